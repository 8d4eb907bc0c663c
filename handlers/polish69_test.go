package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallUrgeSaysAlarmPlace: 谢明 reported 刘洋家's fire; to a cadre's
// 「打120了吗」 his 「还没有」 is asked to say where 刘洋家 is, not 「您家的
// 位置」 (it is not his house); 陈桂兰, of 刘洋's household, is asked her
// home's. A reporter's own home keeps 「您家的位置」 (polish69).
func TestCallUrgeSaysAlarmPlace(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid1, "谢明", "刘洋家着火了")
	c.in(grid1, "马红梅", "打120了吗")
	got := c.costs(t, 1, "not called", bot.Message{Chat: grid1, From: "谢明", Text: "还没有"})
	has(t, "another's home", got, "青山村一组网格群: @谢明\u2005请现在就打120，说清青山村一组刘洋家的位置；打通后回一句「打了」。")

	c = newChat(t, understand.Rules{})
	c.in(grid1, "谢明", "刘洋家着火了")
	c.in(grid1, "马红梅", "打120了吗")
	has(t, "the home's own", c.in(grid1, "陈桂兰", "还没有"), "@陈桂兰\u2005请现在就打120，说清青山村一组和您家的位置；")

	c = newChat(t, understand.Rules{})
	c.in(grid1, "谢明", "我家着火了")
	c.in(grid1, "马红梅", "打120了吗")
	has(t, "his own home", c.in(grid1, "谢明", "还没有"), "@谢明\u2005请现在就打120，说清青山村一组和您家的位置；")
}

// TestCallAskedAgainSaysWhoCalled: after 谢明's 「打了」 to 马红梅's
// 「打120了吗」, 刘建国's same question is answered at once with who said
// so and when; nothing is noted, and a later 「还没有」 is not urged. A
// question of another number (报119了没) is still noted (polish69).
func TestCallAskedAgainSaysWhoCalled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid1, "谢明", "刘洋家着火了")
	c.in(grid1, "马红梅", "打120了吗")
	has(t, "yes", c.in(grid1, "谢明", "打了"), "答马红梅「打120了吗」：打了")
	yesAt := c.now.In(at.Location()) // the answer's time
	steps := len(c.reports()[0].History)
	got := c.costs(t, 1, "asked again", bot.Message{Chat: grid1, From: "刘建国", Text: "打120了吗"})
	expect(t, "asked again", got, "青山村一组网格群: 刘建国，#R1 的120已经打过了：谢明 "+yesAt.Format("15:04")+" 回答「打了」。到场后请回复「确认 #R1」。")
	if n := len(c.reports()[0].History); n != steps {
		t.Errorf("R1 has %d steps, want %d (nothing noted)", n, steps)
	}
	lacks(t, "no wait", c.in(grid1, "谢明", "还没有"), "请现在就打")

	c.in(grid1, "何志强", "报119了没")
	if note := c.lastStep().Note; note != "问「报119了没」" {
		t.Errorf("last note %q, want the 119 question", note)
	}
}

// TestOfficerJoinsTakenTellsHolder: 钱八's typed 「确认 #R1」 on #R1 孙七
// took joins him (as before); 孙七 is told privately, once: 钱八's words
// after are accept.already's (polish69).
func TestOfficerJoinsTakenTellsHolder(t *testing.T) {
	c := lampWithTwoOfficers(t)
	c.in(officeChat, "孙七", "R1我来跟")
	got := c.in(officeChat, "钱八", "确认 #R1")
	has(t, "joined", got, "由钱八负责协调，李四、孙七配合",
		"孙七: 孙七，钱八也发了「确认 #R1」（村口路灯坏了），现由钱八负责协调，李四、孙七配合。有进展请回复「进展 #R1 情况」。")
	lacks(t, "again", c.in(officeChat, "钱八", "确认 #R1"), "孙七: ")
}

// TestBareNotYetPicksAsked: 张三's two items were both 办结 just now; his
// bare 「还没」 is asked back with the numbered pick (was the typed list),
// and 「2」 is 「未解决 #R1 还没」 (polish69).
func TestBareNotYetPicksAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口的路灯坏了")
	has(t, "pipe", c.say("张三", "上报 我家门口水管漏水了"), "已登记 #R2")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R1 换了灯泡")
	c.say("李四", "办结 #R2 换了接头")
	got := c.say("张三", "还没")
	expect(t, "pick", got, grid3+": 张三，您有几件已办结、在等您确认的事项，您说的「还没」是哪一件没解决？请回复数字：\n"+
		"「1」#R2 我家门口水管漏水了\n「2」#R1 村口的路灯坏了\n回「1」就和发「未解决 #R2 还没」一样，我会请网格长接着办。")
	has(t, "2", c.say("张三", "2"), "#R1 已重新打开：还没")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusReopened}, village.StatusResolved)
}

// TestFollowerBareNotYetSilent: 张三 follows 陈二's drain (#R2, open); a
// day later, nothing asked, his bare 「还没」 stays silent (it answers no
// question of the bot's and names nothing), while 「下水道还没通」 is the
// status nudge to 李四 as before (polish69's decision).
func TestFollowerBareNotYetSilent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "drain", c.say("陈二", "上报 我家门口的下水道堵了"), "已登记 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	has(t, "joined", c.say("张三", "我家那边也是"), "张三家也是这样，已记到 #R1")
	c.now = c.now.Add(24 * time.Hour)
	silent(t, "bare 还没", c.say("张三", "还没"))
	has(t, "named", c.say("张三", "下水道还没通"), "@李四\u2005张三说#R1「下水道还没通」")
}
