package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestLeaderOwnGroupNoticeConfirmed: a grid leader's notice said in the
// one group it goes to (「通知 三组 …」, 「通知 本组 …」 in 三组's group)
// is posted there and its sender is told privately, as an officer is in
// the township's chat: its number, the days it names as read, and when he
// hears who has not answered 收到. The group gets the post only.
func TestLeaderOwnGroupNoticeConfirmed(t *testing.T) {
	mon := time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	for _, text := range []string{"通知 三组 周六上午打扫村道 每户出一人", "通知 本组 周六上午打扫村道 每户出一人", "通知 我们组 周六上午打扫村道 每户出一人"} {
		c := newChat(t, understand.Rules{})
		c.now = mon
		got := c.say("李四", text)
		has(t, text, got, grid3+": 【通知】周六上午打扫村道 每户出一人\n——李四",
			"李四: 通知 #N1（周六即12月12日）已发到 1 个群：青山村三组网格群。\n24小时后会告诉各网格员哪些户还没回复「收到」，不用微信的会安排电话转告；到时也私信告诉您各网格收到了几户。")
		lacks(t, text+" to the group", got, grid3+": 通知 #N1", "青山村一组网格群", "网格长只能给本村发通知")
		if n := len(got); n != 2 {
			t.Errorf("%s: %d messages, want the post and the private reply:\n%s", text, n, strings.Join(got, "\n"))
		}
	}
}

// TestDatesOfAnotherYearSayIt: a day of another year says its year when it
// is gone by or more than two months off; one of next January read in late
// December needs none (village.Dated, the one rule for every date shown).
func TestDatesOfAnotherYearSayIt(t *testing.T) {
	dec28 := time.Date(2026, 12, 28, 10, 0, 0, 0, at.Location())
	c := newChat(t, understand.Rules{})
	c.now = dec28
	has(t, "next January's notice day", c.in(officeChat, "孙七", "通知 三组 下周二上午体检"), "通知 #N1（下周二即1月5日）已发到 ")
	c.accepted("张三", "上报 村东头水渠堵了")
	got := c.say("李四", "进展 #R1 挖机坏了，3月6日前办结")
	has(t, "a day months into next year", got, "2027年3月6日太晚了")
	lacks(t, "the limit in January", got, "2027年1月")

	c = newChat(t, understand.Rules{})
	c.now = time.Date(2027, 1, 3, 10, 0, 0, 0, at.Location())
	c.accepted("张三", "上报 村东头水渠堵了")
	has(t, "a day of last year", c.say("李四", "进展 #R1 挖机来过了，12月20日前办结"), "2026年12月20日已经过了")
}
