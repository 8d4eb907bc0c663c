package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestOfficerAsksOpenCountOfNoPlace (town104): 「还有多少没办完的」 in the
// office chat with no place was silent (town103 kept it so); the officer
// looks after the township, and gets its count as 「全镇还有多少没办完」
// does, the year's end said or not. Words to a colleague stay talk.
func TestOfficerAsksOpenCountOfNoPlace(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.in("青山村一组网格群", "陈桂兰", "上报 水渠冻住了")
	for _, q := range []string{"还有多少没办完的", "年底了，还有多少没办完的", "现在一共还有几件没办完？", "年底了 各村还有多少事没办完"} {
		has(t, q, c.in(officeChat, "孙七", q), "【情况】全镇", "未办结 2 件")
	}
	has(t, "in private", c.private("孙七", "还有几件没处理的"), "【情况】全镇", "未办结 2 件")
	for _, talk := range []string{"你们还有几件没办完", "你那边还有多少没办完的", "还有几件没办完的明天开会说"} {
		silent(t, "office talk: "+talk, c.in(officeChat, "孙七", talk))
	}
	silent(t, "a villager in his group", c.say("张三", "还有多少没办完的"))
}

// TestOfficerAsksHowAPartOfAnItemIs (town104): 「R3 王奶奶人怎么样了」 in
// the office chat was offered to him as his 进展 of #R3; it asks how the
// item stands, answered as 查 (as the same words quoting it are).
func TestOfficerAsksHowAPartOfAnItemIs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组王奶奶家水管冻裂了 满屋子是水")
	c.say("李四", "确认 #R1 已经过去看了")
	for _, q := range []string{"R1 王奶奶家水管怎么样了", "R1 老人家里现在什么情况？"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "#R1", "已经过去看了")
		for _, line := range got {
			if strings.Contains(line, "回复「1」") || strings.Contains(line, "记到 #R1 上") {
				t.Errorf("%q: offered as a note: %s", q, line)
			}
		}
	}
}
