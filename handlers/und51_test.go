package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// TestRelayedNoticesAndEventQuestionsInGroup: in a grid group, a villager's
// chat about volunteer work, a question about an event's time, a notice
// passed on and a warning passed on get no reply; a scheme's deadline
// asked gets the scheme's guide; a question about an event right after
// his approval item is not taken for a further question of that item.
func TestRelayedNoticesAndEventQuestionsInGroup(t *testing.T) {
	c := newChat(t, guideReader(t))
	silent(t, "volunteer chat", c.say("张三", "俺家今天去修渠了 你们组去了几个人"))
	silent(t, "an event asked", c.say("张三", "明天几点打疫苗 老年人要带身份证不"))
	silent(t, "a notice passed on", c.say("张三", "危房改造报名开始了，符合条件的到村委会报名"))
	silent(t, "a warning passed on", c.say("张三", "有人说不要在加油站附近放鞭炮"))
	// its 时限 line, which says when payment closes and whether late is
	// allowed (appr99: a deadline or a late payment asks the 时限)
	expect(t, "a deadline asked", c.say("陈二", "冬天的养老保险什么时候截止交 过了还能补交不"), "【城乡居民养老保险】办理流程里写的：\n时限：")
	silent(t, "a drill asked after", c.say("陈二", "周六防火演练几点集合 要带啥"))
	silent(t, "a check-up asked after", c.say("陈二", "后天体检要带身份证不"))
	if reps := c.reports(); len(reps) != 1 {
		t.Fatalf("%d reports, want 1 (the 养老保险 question)", len(reps))
	}
}

// TestEventAskedAfterItsNotice: a question about an event a notice in the
// group told of goes to the grid's worker when said to no one (notice55:
// it was left unanswered, und51); said to the bot,
// it gets the notice again and whom to ask. A question no notice tells
// of goes to the grid's leader (ask62).
func TestEventAskedAfterItsNotice(t *testing.T) {
	c := newChat(t, guideReader(t))
	expect(t, "the notice", c.say("李四", "通知 三组 明天上午9点在村卫生室打流感疫苗，60岁以上老人带身份证"), grid3+": 【通知】明天上午9点",
		"李四: 通知 #N1 已发到 1 个群")
	has(t, "asked of no one", c.say("张三", "明天几点打疫苗 老年人要带身份证不"),
		"王五: 【通知提问】张三在青山村三组网格群问通知 #N1 的事：明天几点打疫苗 老年人要带身份证不")
	expect(t, "asked of the bot", c.say("张三", "@网格小助手 明天几点打疫苗 老年人要带身份证不"),
		"群里发过通知 #N1：3月3日（明天）上午9点在村卫生室打流感疫苗，60岁以上老人带身份证\n通知里没写的，请问网格员王五。") // its day as a date (nq62)
	has(t, "no notice of it: the leader answers (ask62)", c.say("张三", "@网格小助手 后天体检几点开始"), "这个我答不了，已转问网格长李四")
}

// TestEventAskedAfterItsNoticeRoundTrips: the question said to the bot
// reads the group's recent notices once, then commits its reply: two
// round trips, with a notice of it or without (the menu).
func TestEventAskedAfterItsNoticeRoundTrips(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("李四", "通知 三组 明天上午9点在村卫生室打流感疫苗，60岁以上老人带身份证")
	c.say("张三", "@网格小助手 下周体检几点开始") // the store's connection made, the notice indexes built (once)
	for _, text := range []string{"@网格小助手 明天几点打疫苗 老年人要带身份证不", "@网格小助手 后天体检几点开始"} {
		if n, got := c.counted(bot.Message{Chat: grid3, From: "陈二", Text: text}); n > 2 {
			t.Errorf("%s: %d round trips, want 2 (the notices, the reply): %q", text, n, got)
		} else {
			t.Logf("%s: %d round trips", text, n)
		}
	}
}
