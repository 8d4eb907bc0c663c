package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestUnkeptLongAfterClose: 「说好下周一给的500块 到现在一分没给」 from a
// party eight days after his quarrel settled on 500 元 was closed (past
// followup.reopen_within, so it stays closed) is the same dispute again:
// a new mediation item linked to the old one (Recurs), the group told so,
// and the mediators of both told privately what was agreed and that it
// was not kept, in one round trip, in the group as privately. A bystander's
// word changes nothing. On main it was offered as a general 安全隐患,
// unlinked, the mediators never told it was the settled quarrel.
func TestUnkeptLongAfterClose(t *testing.T) {
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
			has(t, "filed", c.say("张三", "陈二家砌墙把墙往我家这边挪了半米 占了我家的地 说了好几次也不听"), "已登记 #R1（调解事项）")
			c.say("郑十", "确认 #R1")
			// his copy asks his 满意 once it was done (the 回访 waits
			// for the day: scheduler's TestFollowupWaitsForPaymentDay)
			has(t, "settled", c.private("郑十", "办结 #R1 两家谈妥了 陈二把墙拆回原界 赔张三500元 下周一前给"), "#R1 已办结",
				"张三: 【调解事项】#R1", "说好3月9日前办的，过了那天我会再问您照做了没有。已经照做了，可以先回复「满意 #R1」；到日子还没照做，请回复「未解决 #R1 原因」。")
			has(t, "satisfied", c.say("张三", "满意 #R1"), "#R1")
			c.now = c.now.Add(8 * 24 * time.Hour)
			lacks(t, "a bystander", c.say("赵六", "说好的500块一分没给 这种人"), "#R")
			words := "说好下周一给的500块 到现在一分没给 墙也没拆"
			if tc.from == "陈二" {
				words = "张三说好的协议不认账了 反悔了"
			}
			m := bot.Message{ID: "unkept98", Chat: grid3, From: tc.from, Text: words}
			if tc.private {
				m.Chat, m.Private = tc.from, true
			}
			got := c.costs(t, 1, "unkept", m)
			has(t, "filed linked", got, "已登记 #R2（调解事项）", "这是 #R1 那次的纠纷又起")
			lacks(t, "no offer", got, "回复「1」登记", "一般事项", "已重新打开")
			for _, h := range []string{"李四", "郑十"} {
				has(t, h+" told", got, h+": 【调解·协议没照做】"+tc.from, "这是 #R1（陈二家砌墙把墙往我家这边挪了半米", "调解时说好「两家谈妥了 陈二把墙拆回原界 赔张三500元 下周一前给」（3月2日结案），现在说没照做。已重新登记为 #R2，和 #R1 连在一起")
			}
			c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed, "R2": village.StatusNew}, "")
			if tc.from == "张三" && !tc.private {
				// the payer's answer of the money is his side of #R2
				// (he follows it: words.AnswersUnkept), told to the
				// mediators, quietly for the group
				c.now = c.now.Add(10 * time.Minute)
				got := c.say("陈二", "我又没说不给 最近手头紧 过几天再说")
				has(t, "the payer's answer told", got, "李四: 【调解提醒】#R2（#R1 的协议没照做）登记后，当事人陈二在群里说了钱的事", "陈二: 陈二，您刚才在群里说的（#R2）已转告")
				lacks(t, "quiet in the group", got, grid3+": ")
			}
			for _, rep := range c.reports() {
				if rep.ID == "R2" && (rep.Recurs != "R1" || rep.Type != village.Mediation || rep.Reporter != tc.from) {
					t.Errorf("#R2 recurs %q, type %s, reporter %s: want R1's quarrel again, told by %s", rep.Recurs, rep.Type, rep.Reporter, tc.from)
				}
			}
		})
	}
}

// TestRetortHeadedByAccount: 张三's account of a quarrel waits for his
// 「1」 (read under the filing threshold), and 陈二's retort 「是他先把界桩
// 拔了的 张三你别血口喷人」 comes three minutes later: the item filed is
// the quarrel as 张三 told it, his to answer 满意, the retort kept on it as
// 陈二's side, 张三's question taken in the same commit (his late 「1」
// files nothing more). On main the group read 「已登记 #R1（调解事项）：是他
// 先把界桩拔了的…」, the accused's words heading the item until 张三's 「1」.
func TestRetortHeadedByAccount(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	got := c.say("陈二", "是他先把界桩拔了的 张三你自己去看看界桩在哪 别血口喷人")
	has(t, "headed by the account", got, "已登记 #R1（调解事项）：陈二家盖猪圈把墙往我家宅基地这边挪了半米",
		"这件事是张三先说的，已按张三说的登记，张三不用再回复「1」；陈二说的已记为陈二那边的说法")
	lacks(t, "not the retort", got, "（调解事项）：是他先")
	rep := c.reports()[0]
	if rep.Reporter != "张三" || !strings.HasPrefix(rep.Text, "陈二家盖猪圈") {
		t.Errorf("#R1 reported by %s: %q, want 张三's account", rep.Reporter, rep.Text)
	}
	has(t, "查", c.private("郑十", "查 #R1"), "内容：陈二家盖猪圈", "报告人：张三", "陈二 反映：是他先把界桩拔了的")
	c.now = c.now.Add(2 * time.Minute)
	got = c.say("张三", "1")
	lacks(t, "his 1 files nothing more", got, "#R2", "已登记 #R")
	c.wantReports(1, "(his account heads #R1)")
}
