package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/understand"
)

// TestAbuseAlarmNamesFulian: a 家暴 under way ("快来 老王在家暴") is an
// alarm whose group reply says 110 first and then, short, the township
// 妇联 (its phone when listed, else the words), as the mediation reply of
// a beating told does; a crime that is no beating names no 妇联.
func TestAbuseAlarmNamesFulian(t *testing.T) {
	c := newChat(t, understand.Rules{})
	out := c.say("陈二", "隔壁又在打老婆 哭得厉害")
	has(t, "家暴 under way", out, dutyChat+": 【突发事件】青山村三组 #R1",
		"治安情况请立即拨打110，有人受伤同时拨打120，注意自身安全。别一个人上前拉架，人多了再一起劝开。家暴不是家务事，事后也可以找镇妇联（0123-5550109）。")
	lacks(t, "家暴 under way", out, "调解")
	out = newChat(t, understand.Rules{}).say("张三", "有人在撬门偷东西 快来")
	has(t, "a theft", out, dutyChat+": 【突发事件】", "110")
	lacks(t, "a theft", out, "妇联")

	out = withoutFulian(t).say("张三", "快来 老王在家暴")
	has(t, "no 妇联 listed", out, "110", "事后也可以找镇妇联。")
	lacks(t, "no 妇联 listed", out, "0123-5550109")
}

// withoutFulian is a chat of the example village whose township lists
// no 妇联: replies name it without a phone.
func withoutFulian(t *testing.T) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t)
	cfg.Township.Departments = slices.DeleteFunc(cfg.Township.Departments, func(d config.Department) bool { return d.Name == "妇联" })
	return chatOf(t, cfg, dir)
}

// TestBeatingHeardFiled: 「刚才隔壁打得好凶 一直在叫」 (no one named
// beaten) was noise; it is a mediation item whose handlers hear of it at
// once, with 110 said for a beating that goes on; no alarm for the duty
// chat.
func TestBeatingHeardFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 1, 23, 30)
	out := c.say("陈二", "刚才隔壁打得好凶 一直在叫")
	has(t, "heard at night", out,
		"李四: 【调解提醒·注意】陈二反映有人打人（可能是家暴），已登记 #R1：「刚才隔壁打得好凶 一直在叫」",
		grid3+": 已登记 #R1（调解事项）：刚才隔壁打得好凶 一直在叫", "正在打人请立即拨打110")
	lacks(t, "heard at night", out, dutyChat)
}

// TestCareOfNeighbourFreeText: 「给刘芳申请积分 照顾隔壁王奶奶」 is filed
// as 照料孤寡老人, as 「申请积分 给刘芳 照顾…」 is (pts103: no longer
// confirmed back); a 「1」 after it, delivered twice, files nothing more.
func TestCareOfNeighbourFreeText(t *testing.T) {
	b := catalogueBot(t)
	got := b.say("张三", "给刘芳申请积分 照顾隔壁王奶奶")
	// the name before 申请积分: filed at once, as 申请积分 给刘芳 … (pts103)
	has(t, "filed", got, "#C1：张三户·刘芳「帮助困难群众、照料孤寡老人」")
	lacks(t, "filed", got, "还没认出是哪一项")
	b.sayID("one", "张三", "1")
	b.sayID("one", "张三", "1")
	cs, err := storage.Claims(context.Background(), b.st, qs, storage.ClaimIndex(""))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Indicator != "SG04" {
		t.Errorf("claims after 「1」 twice: %+v; want one of SG04", cs)
	}
}
