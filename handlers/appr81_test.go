package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestChaseOfHisProcedureItem: 「我上次交了材料怎么还没信儿」 a day after his
// 低保 question was a further question "not in the guide"; he applied and
// presses. His item is chased: its leader sees how it stands, the 时限 and
// the office's phone, and is asked to chase the office (with 「确认」 while
// nobody has taken it on); one round trip, no second item.
func TestChaseOfHisProcedureItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	c.now = c.now.Add(26 * time.Hour)
	got := c.costs(t, 1, "chase", bot.Message{Chat: grid3, From: "张三", Text: "我上次交了材料怎么还没信儿"})
	has(t, "chase", got, "张三就 #R1（低保怎么申请）催办：我上次交了材料怎么还没信儿", "#R1 现在「已告知流程」。【低保】办到哪一步了要问经办部门。",
		"时限：一般受理后30个工作日内办结", "问进度：镇便民服务中心电话", "请负责人帮张三向经办部门问问进度，回复「确认 #R1」受理")
	lacks(t, "chase: no guide", got, "办事指南里没有写", "又问", "带齐材料")
	if reps := c.reports(); len(reps) != 1 || reps[0].DueAt.IsZero() {
		t.Fatalf("reports = %+v; want #R1 alone, waiting for 确认", reps)
	}
	c.say("李四", "确认 #R1")
	got = c.say("张三", "材料交了一个月了还没信儿")
	has(t, "taken on", got, "#R1 现在「已受理」", "请负责人帮张三向经办部门问问进度，问到后在群里告诉张三。")
	lacks(t, "taken on: no 确认", got, "回复「确认")
	has(t, "private", c.private("张三", "低保材料交了一个月了 怎么还没批"), "#R1 现在「已受理」")
	c.wantReports(1, "the group item chased privately too (appr82)")
	// a further question is still one
	has(t, "further", c.say("张三", "要带啥"), "又问：要带啥", "带齐材料")
}

// TestCommonProceduresInTheGuide: 五保户, 残疾人补贴, 大病救助 and 房产证
// were met with "网格长会帮您问清楚" though every township handles them; the
// example guide holds them now (config.example.yaml, amounts and time
// limits left to the township). 「残疾人补贴怎么申请」 after his 残疾证
// question is that procedure, a new item, not the 残疾证 guide's line
// 「填残疾人证申请表」.
func TestCommonProceduresInTheGuide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, tc := range []struct{ text, want string }{
		{"五保户怎么申请", "【特困人员救助供养】怎么办："},
		{"大病救助怎么申请", "【医疗救助】怎么办："},
		{"房产证怎么办", "【农村房屋不动产登记】怎么办："},
	} {
		got := c.say("陈二", tc.text)
		has(t, tc.text, got, tc.want, "以")
		lacks(t, tc.text, got, "网格长会帮您问清楚")
	}
	c.say("张三", "残疾证怎么办")
	got := c.say("张三", "残疾人补贴怎么申请")
	has(t, "two allowances", got, "已登记 #R5（办事咨询）：残疾人补贴怎么申请", "【残疾人两项补贴】怎么办：", "先办好第二代残疾人证")
	lacks(t, "two allowances: not the card's line", got, "填残疾人证申请表")
}

// TestWhoTakesItAsked: 「村里谁管」 after his 宅基地 question was silent;
// it asks who takes it, answered with the guide's 去哪办 line and its
// handler asked to answer. 「村里谁管路灯」 names no part of a guide and is
// left to the group.
func TestWhoTakesItAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "宅基地怎么批")
	got := c.say("陈二", "村里谁管")
	has(t, "who", got, "陈二就 #R1（宅基地怎么批）又问：村里谁管", "去哪办：村委会受理，镇便民服务中心审批", "请负责人在群里答复陈二")
	silent(t, "a lamp", c.say("周八", "村里谁管路灯"))
}

// TestNarrowerSchemeAskedOn: 「住院了怎么报销」 after his 医保 question was
// answered with 城乡居民医保's note that names 报销; it asks after 医保报销,
// the scheme's narrower entry, filed as its own question with that guide
// (「那过期了咋办」 after 残疾证: 残疾证换领). A further question of the
// same procedure stays one.
func TestNarrowerSchemeAskedOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "医保怎么交")
	got := c.say("赵六", "住院了怎么报销")
	has(t, "reimbursement", got, "已登记 #R2（办事咨询）：医保 住院了怎么报销", "【医保报销】怎么办：")
	lacks(t, "reimbursement", got, "又问", "新生儿出生90天内参保")
	c.say("陈二", "残疾证怎么办")
	has(t, "renewal", c.say("陈二", "那过期了咋办"), "已登记 #R4（办事咨询）：残疾证 那过期了咋办", "【残疾证换领】怎么办：")
	has(t, "same procedure", c.say("陈二", "要带啥"), "陈二就 #R4（残疾证 那过期了咋办）又问：要带啥", "旧残疾证")
}

// TestPaperAskedFor: 「村里能开个居住证明吗」 in the group was silent (能开 was
// no asking word); it gets 村里开证明, and 「当天能拿到不」 its 时限 line.
func TestPaperAskedFor(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "asked for", c.say("周八", "村里能开个居住证明吗"), "已登记 #R1（办事咨询）：村里能开个居住证明吗", "【村里开证明】怎么办：")
	has(t, "same day", c.say("周八", "当天能拿到不"), "又问：当天能拿到不", "时限：村委会的情况说明一般当场或1到2天")
	silent(t, "a lamp", c.say("陈二", "我家门口的灯能开吗"))
}
