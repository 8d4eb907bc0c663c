package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestOwnStatusAskedGoesToTheLeader: 「@网格小助手 你好 我想问问今年的医保交
// 了没有」 was filed with the whole 城乡居民医保 guide, and 「养老金这个月到账
// 了吗」 said unaddressed was met with silence: whether his fee went through
// or his payout arrived is his own record, which only the office can look
// up. Each is forwarded to the grid's leader as a question, with one line
// on how he may look it up himself (config: check), in one round trip.
func TestOwnStatusAskedGoesToTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	// the chat's first filing reads its cold caches (2 round trips, as
	// before); the next costs one
	got := c.say("张三", "@网格小助手 你好 我想问问今年的医保交了没有")
	has(t, "insurance", got, "这个我答不了，已转问网格长李四（#R1），会在群里答复您。",
		"您也可以自己查：微信搜“国家医保服务平台”小程序，登录后看本人的参保缴费记录",
		"【村民提问】张三在青山村三组网格群问我（#R1）：我想问问今年的医保交了没有")
	lacks(t, "insurance: no guide", got, "【城乡居民医保】怎么办", "带齐材料")

	got = c.costs(t, 1, "pension", bot.Message{Chat: grid3, From: "陈二", Text: "养老金这个月到账了吗"})
	has(t, "pension", got, "这个我答不了，已转问网格长李四（#R2）", "您也可以自己查：用“掌上12333”App查本人缴费和领取记录",
		"【村民提问】陈二在青山村三组网格群问我（#R2）：养老金这个月到账了吗")
	lacks(t, "pension: no guide", got, "【城乡居民养老保险】怎么办")

	// decided, not paid: no record of his tells it, no self-check line
	got = c.say("张三", "我家低保批下来没")
	has(t, "allowance decided", got, "这个我答不了，已转问网格长李四（#R3）")
	lacks(t, "allowance decided: no check, no guide", got, "您也可以自己查", "【低保】怎么办")

	has(t, "subsidy", c.private("陈二", "耕地补贴发了没"), "这个我答不了，已转问网格长李四（#R4），答复后我私信告诉您。",
		"您也可以自己查：看一卡通（惠民惠农补贴卡）的到账记录")

	reps := c.reports()
	if len(reps) != 4 {
		t.Fatalf("reports = %d; want 4", len(reps))
	}
	for _, r := range reps {
		if r.Type != village.Approval {
			t.Errorf("%s type = %s; want approval", r.ID, r.Type)
		}
	}
}

// TestOwnStatusAskedAgainJoinsItsItem: the same question again, or in other
// words, joins his item (one item per person and topic); neither dumps the
// guide's lines, which say nothing of his record.
func TestOwnStatusAskedAgainJoinsItsItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "养老金这个月到账了吗")
	got := c.say("陈二", "养老金这个月到账了吗")
	has(t, "same words", got, "陈二，您问的和 #R1 一样。", "已经请李四答复您了")
	lacks(t, "same words: no guide", got, "【城乡居民养老保险】")
	got = c.say("陈二", "我的养老金到账没有啊")
	has(t, "other words", got, "陈二就 #R1（养老金这个月到账了吗）又问：我的养老金到账没有啊", "请负责人在群里答复陈二。")
	lacks(t, "other words: no guide", got, "办理流程里写的", "办事指南里没有写")
	c.wantReports(1, "one item per person and topic")
}

// TestStatusNearMissesStayAsTheyWere: a neighbour asked (「你们医保都交了
// 吗」) is talk among them, silent; a procedure question still gets the
// guide; a cadre's question to the group is not forwarded to himself.
func TestStatusNearMissesStayAsTheyWere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"你们医保都交了吗", "大家养老金都到账了吗", "你家医保交了没", "医保交了没 我交了😂", "明天几点打疫苗啊", "快递到了没"} {
		if got := c.say("陈二", text); len(got) != 0 {
			t.Errorf("%s: got %q; want silence", text, got)
		}
	}
	has(t, "procedure", c.say("张三", "医保怎么交"), "已登记 #R1（办事咨询）", "【城乡居民医保】怎么办")
	lacks(t, "cadre", c.say("李四", "养老金这个月到账了吗"), "【村民提问】")
}
