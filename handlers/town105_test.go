package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestOfficerAsksWhichGridMostOverdue (town105): 「哪个组超期最多」 in the
// office chat was silent without an @, and with one listed the overdue
// items naming no grid as the most. Now, @ or not, the list heads with a
// count by grid, the most first.
func TestOfficerAsksWhichGridMostOverdue(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.say("陈二", "上报 后坡那段路结冰了 很滑")
	c.in("青山村一组网格群", "陈桂兰", "上报 水渠冻住了")
	c.now = c.now.Add(3 * 24 * time.Hour)
	for _, q := range []string{"哪个组超期最多", "超期最多的是哪个组？", "哪个网格超期最多", "@网格小助手 哪个组超期最多"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "全镇超期 3 件，按网格（多的在前）：青山村三组 2 件，一组 1 件。\n逐件", "#R1 青山村三组", "#R3 青山村一组")
	}
	// the plain question keeps its list alone
	got := c.in(officeChat, "孙七", "超期的有哪些")
	has(t, "plain", got, "全镇超期 3 件（过了规定期限")
	for _, line := range got {
		if strings.Contains(line, "按网格") {
			t.Errorf("plain question counted by grid: %s", line)
		}
	}
	has(t, "a villager in his group", c.say("张三", "哪个组超期最多"), "是给网格长、网格员和镇干部看的")
	silent(t, "talk", c.in(officeChat, "孙七", "哪个组超期最多 明天开会点名"))
}

// TestOfficerAsksUrgentMattersOfTheVillages (town105): 「今天各村有啥急事
// 没」 in the office chat was silent; it asks for the day's emergencies,
// as 「今天有没有突发」. 「有急事吗」 alone may be to a colleague.
func TestOfficerAsksUrgentMattersOfTheVillages(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 后山着火了 火很大")
	c.say("李四", "确认 #R1")
	for _, q := range []string{"今天各村有啥急事没", "各村今天有没有急事", "今天全镇有啥急事吗？"} {
		has(t, q, c.in(officeChat, "孙七", q), "今天（3月2日）全镇有突发 1 件")
	}
	silent(t, "to a colleague", c.in(officeChat, "孙七", "有急事吗"))
	silent(t, "his own", c.in(officeChat, "孙七", "我今天有急事没法去"))
}

// TestOfficerAsksHowAPersonIs (town105): 「R1 王奶奶人怎么样了」 was
// answered from the record (town104), which holds only the last step:
// the grid is asked (镇里问), the officer told that step meanwhile, and
// the alarm's 最新进展 does not read his question back.
func TestOfficerAsksHowAPersonIs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("王五", "上报 王奶奶在家门口滑倒了 腿疼起不来")
	c.say("李四", "确认 #R1 已经送镇卫生院了")
	got := c.in(officeChat, "孙七", "R1 王奶奶人怎么样了")
	has(t, "asked", got, "#R1 已私信问网格长李四：王奶奶人怎么样了\n记录里最新：", "李四 受理：已经送镇卫生院了。",
		"李四: 【镇里问】青山村三组 #R1")
	got = c.in(officeChat, "孙七", "#R1 老人现在咋样了？")
	has(t, "asked again", got, "记录里最新：", "受理：已经送镇卫生院了。")
	has(t, "alarm's latest", c.in(officeChat, "孙七", "今天有没有突发"), "最新进展", "已经送镇卫生院了")
	for _, line := range c.in(officeChat, "孙七", "今天有没有突发") {
		if strings.Contains(line, "最新进展（") && strings.Contains(line, "咋样了") {
			t.Errorf("his question read as the latest step: %s", line)
		}
	}
	// of the matter, not a person: the record answers (town104)
	c.say("张三", "上报 三组王奶奶家水管冻裂了 满屋子是水")
	c.say("李四", "确认 #R2 已经过去看了")
	for _, q := range []string{"R2 王奶奶家水管怎么样了", "R2 老人家里现在什么情况？"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "#R2", "已经过去看了")
		for _, line := range got {
			if strings.Contains(line, "已私信问") {
				t.Errorf("%q: the grid asked: %s", q, line)
			}
		}
	}
}
