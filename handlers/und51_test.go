package handlers_test

import "testing"

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
	expect(t, "a deadline asked", c.say("陈二", "冬天的养老保险什么时候截止交 过了还能补交不"), "【城乡居民养老保险】怎么办")
	silent(t, "a drill asked after", c.say("陈二", "周六防火演练几点集合 要带啥"))
	silent(t, "a check-up asked after", c.say("陈二", "后天体检要带身份证不"))
	if reps := c.reports(); len(reps) != 1 {
		t.Fatalf("%d reports, want 1 (the 养老保险 question)", len(reps))
	}
}
