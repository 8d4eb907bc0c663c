package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestDutyAskedFromAStaleCopy (town111): the duty chat's 「现在什么情况」
// is answered from the process's copy of the open reports (town110), its
// commit guarded by that read. With two bot processes over one Redis, the
// alarm the other process filed since, and its 确认 there, must be in the
// answer: the stale copy's commit is refused and the reports read again.
func TestDutyAskedFromAStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "王奶奶家的炭盆把被子烤着了 快来人")
	a.now = a.now.Add(time.Minute)
	got := a.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"})
	has(t, "first answer", got, "#R1")
	b.now = a.now.Add(time.Minute)
	b.say("陈二", "赵六家后院柴火垛着火了 快来人")
	b.say("李四", "确认 #R1 我已经到王奶奶家了")
	a.now = b.now.Add(time.Minute)
	got = a.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"}) // 3 round trips: the commit refused, the read, the commit
	has(t, "answer after the other process's alarm", got, "#R1", "#R2")
	if s := strings.Join(got, "\n"); !strings.Contains(s, "「已受理」，李四负责") {
		t.Errorf("the answer does not say 李四 confirmed #R1 in the other process:\n%s", s)
	}
	// the same question again, the copy now current: one round trip
	a.now = a.now.Add(time.Minute)
	a.costs(t, 1, "asked again", bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"})
}

// TestTownshipQuestionsTwoVillagesTwoTrips (town111): in a township of
// two villages the officers' township-wide questions read one village a
// round trip, then replied (3); every village's reports are now read in
// one round trip, whatever their number.
func TestTownshipQuestionsTwoVillagesTwoTrips(t *testing.T) {
	c := twoVillagesChat(t)
	c.say("张三", "王奶奶家的炭盆把被子烤着了 快来人")
	c.send(bot.Message{Chat: "石桥村一组网格群", From: "石大山", Text: "后山着火了 快来人"})
	for _, q := range []struct{ chat, text, want string }{
		{dutyChat, "现在什么情况", "石桥村一组 #R1"},
		{dutyChat, "三组现在什么情况", "青山村三组 #R1"},
		{officeChat, "今天有没有突发", "全镇有突发 2 件"},
		{officeChat, "情况", "未办结 2 件"},
		{officeChat, "哪些路还没通", "道路不通"},
	} {
		c.now = c.now.Add(time.Minute)
		has(t, q.text, c.costs(t, 2, q.text, bot.Message{Chat: q.chat, From: "孙七", Text: q.text}), q.want)
	}
}

// TestOfficerAsksOpenedWithTheWeather (town111): 孙七's 「雪下这么大 各村没
// 出啥事吧」 and 「下雪了 各村情况怎么样」 were silent, the same questions
// without the weather answered.
func TestOfficerAsksOpenedWithTheWeather(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口到镇上那段坡路结冰了 早上好几个人摔了 车也不敢走")
	for q, want := range map[string]string{
		"雪下这么大 各村没出啥事吧": "全镇没有突发事件",
		"下雪了 各村情况怎么样":   "【情况】全镇",
		"各村有没有啥情况":      "全镇没有突发事件",
	} {
		c.now = c.now.Add(time.Minute)
		has(t, q, c.send(bot.Message{Chat: officeChat, From: "孙七", Text: q}), want)
	}
}
