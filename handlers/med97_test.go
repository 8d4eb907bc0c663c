package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLapsedOfferJoinsRetort: the reporter's account of a quarrel waits
// for his 「1」, the other side's retort is filed as #R1 meanwhile, and his
// 「1」 comes past its time, twice: each late reply dates his words by when
// he said them (09:01), not by the offer asked again; the 「1」 in time then
// joins #R1, which now reads his account and is his to answer 满意, the
// retort kept on it as the other side's. On main the second late reply
// said 「今天09:32说的」 and the last 「1」 filed #R2 along #R1, the week's
// item headed by the accused's retort and his the 满意 to answer.
func TestLapsedOfferJoinsRetort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	said := c.now // say moves the clock on before it sends
	// the retort after the offer lapsed (within it, it is filed headed by
	// his account: med98's TestRetortHeadedByAccount)
	c.now = c.now.Add(31 * time.Minute)
	has(t, "the retort filed", c.say("陈二", "张三你自己去看看界桩在哪 别血口喷人"), "已登记 #R1")
	when := "今天" + said.Format("15:04") + "说的"
	c.now = said.Add(32 * time.Minute)
	has(t, "first late 1", c.say("张三", "1"), "过了回复时间", when)
	c.now = c.now.Add(31 * time.Minute)
	has(t, "second late 1", c.say("张三", "1"), "过了回复时间", when)
	c.now = c.now.Add(2 * time.Minute)
	got := c.costs(t, 1, "his 1 in time", bot.Message{ID: "yes97", Chat: grid3, From: "张三", Text: "1"})
	has(t, "kept on #R1", got, "@张三 这件事陈二刚才已登记为 #R1，现在 #R1 按您说的记", "李四: 【调解提醒】#R1 陈二刚才登记的「")
	lacks(t, "not filed again", got, "#R2", "已登记 #R")
	c.wantReports(1, "(his account is on #R1)")
	// the quarrel is his: #R1 reads his account, the retort is 陈二's
	// side on it, and he (not the side he accuses) answers its 满意
	if rep := c.reports()[0]; rep.Reporter != "张三" || !strings.HasPrefix(rep.Text, "陈二家盖猪圈") {
		t.Errorf("#R1 reported by %s: %q, want 张三's account", rep.Reporter, rep.Text)
	}
	has(t, "查", c.private("郑十", "查 #R1"), "内容：陈二家盖猪圈", "报告人：张三", "陈二 反映：张三你自己去看看界桩在哪")
	c.say("郑十", "确认 #R1")
	got = c.private("郑十", "办结 #R1 到现场量了界桩 墙过界半米 陈二答应拆了重砌 再赔张三200块")
	has(t, "he is asked", got, "@张三\u2005请确认：", "张三: 【调解事项】#R1「陈二家盖猪圈", "请您确认", "陈二: 【调解事项】#R1「陈二家盖猪圈")
	lacks(t, "not the accused", got, "@陈二\u2005请确认")
}

// TestUnkeptAfterClose: 「说好下周一给的300块 到现在一分没给」 days after a
// quarrel settled on 300 元 was closed is its 未解决: reopened with his
// words, its mediators told, in one round trip, in the group as
// privately, from either party. A word with nothing promised unkept, or
// from a bystander, changes nothing. On main the group word was dropped
// (no reply, the quarrel left closed) and the private one offered as a
// new 一般事项.
func TestUnkeptAfterClose(t *testing.T) {
	for _, tc := range []struct {
		name, from string
		private    bool
	}{
		{"reporter in the group", "张三", false},
		{"reporter privately", "张三", true},
		{"the other party", "陈二", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "filed", c.say("张三", "陈二家的牛又跑到俺家麦地里啃了一大片 说了好几次也不管 太欺负人了"), "已登记 #R1（调解事项）")
			c.say("郑十", "确认 #R1")
			has(t, "settled", c.private("郑十", "办结 #R1 两家谈好了 陈二赔张三300元 下周一前给"), "#R1 已办结")
			has(t, "satisfied", c.say("张三", "满意 #R1"), "#R1")
			c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed}, "")
			c.now = c.now.Add(3 * 24 * time.Hour)
			lacks(t, "a bystander", c.say("赵六", "说好的300块一分没给 这种人"), "#R1")
			lacks(t, "another debt", c.say(tc.from, "赵六借我的500块说好月底还 到现在没还"), "已重新打开")
			words := "说好下周一给的300块 到现在一分没给"
			if tc.from == "陈二" {
				words = "张三说好的协议不认账了 反悔了"
			}
			m := bot.Message{ID: "unkept97", Chat: grid3, From: tc.from, Text: words}
			if tc.private {
				m.Chat, m.Private = tc.from, true
			}
			got := c.costs(t, 1, "unkept", m)
			has(t, "reopened", got, "李四: ", "郑十: ", "#R1")
			lacks(t, "no new item", got, "#R2", "回复「1」登记")
			c.wantStatuses(map[string]village.Status{"R1": village.StatusReopened, "R2": village.StatusNew}, "")
		})
	}
}
