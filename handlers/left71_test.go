package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderHurtHimself: 网格长李四's 「我从梯子上摔下来了 腿好像断了」
// in his own group: the alarm asks 王五 to go (not him to 确认 or to
// organise his own rescue), does not @ him, tells him help is coming and
// to call 120, and the duty chat hears that the leader himself is hurt. It
// costs what a villager's same alarm costs. 张三's same words ask the
// leader as usual; 张三's 「我看见王奶奶摔倒了」 is no cadre's own hurt.
func TestLeaderHurtHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.costs(t, alarmTrips(t, grid3, "张三", "我从梯子上摔下来了 腿好像断了"), "alarm", bot.Message{Chat: grid3, From: "李四", Text: "我从梯子上摔下来了 腿好像断了"})
	has(t, "alarm", got,
		"遇险的是网格长李四本人（报告人），请调度120，并联系王五赶去现场。",
		"网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。",
		"李四，您先别乱动，已请王五赶过去，镇应急值班也在调度救援；能打电话的话请先拨120，说清在哪。", "@王五")
	lacks(t, "alarm", got, "@李四", "李四已在处置的", "也可回复「确认", "网格长李四已报告")
	has(t, "worker confirms", c.in(grid3, "王五", "确认 #R1"), "#R1 已受理")

	v := newChat(t, understand.Rules{})
	got = v.say("张三", "我从梯子上摔下来了 腿好像断了")
	has(t, "villager", got, "请网格长立即赶到现场协助救护，到场后回复「确认 #R1」。", "@李四")
	lacks(t, "villager", got, "本人遇险", "您先别乱动")
	w := newChat(t, understand.Rules{})
	got = w.say("李四", "我看见王奶奶从台阶上摔倒了 起不来")
	lacks(t, "seen, not hurt", got, "本人遇险", "您先别乱动")
}

// TestLooseYieldNeedsQuarrel: while 陈二's quarrel with 张三 is open, his
// 「算了 明天再去镇上买吧」 about something else does not reach the
// mediators as conciliatory nor is kept on the quarrel; 「张三家的事就算
// 了」 (naming it) does, and so does a bare 「算了」 right after the
// mediator's 进展 to him. Plain words (「不计较了」) need nothing more.
func TestLooseYieldNeedsQuarrel(t *testing.T) {
	c := med68Quarrel(t)
	got := c.say("陈二", "算了 明天再去镇上买吧")
	lacks(t, "unrelated", got, "调解提醒", "愿意和解", "已转告")
	if r2 := c.reports()[1]; r2.ID != "R2" || slices.ContainsFunc(r2.History, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "陈二" }) {
		t.Errorf("his unrelated words kept on R2: %+v", r2.History)
	}
	has(t, "named", c.say("陈二", "张三家的事就算了"), "李四: 【调解提醒】#R2 的当事人陈二表示愿意和解", "「张三家的事就算了」")

	c = med68Quarrel(t)
	c.say("李四", "进展 #R2 建议张三家把羊圈起来 赔50块")
	has(t, "after the step", c.say("陈二", "算了"), "李四: 【调解提醒】#R2 的当事人陈二表示愿意和解")

	c = med68Quarrel(t)
	has(t, "plain", c.say("陈二", "不计较了"), "李四: 【调解提醒】#R2 的当事人陈二表示愿意和解")
}

// TestMeTooAsksWhen: after 张三's water cut is filed, 陈二's 「我家也没水了
// 啥时候来水啊？」 follows #R1 (no new item, no confirm-back) and tells him
// how it stands, in one commit; a plain 「我家也没水了」 is not told the
// status.
func TestMeTooAsksWhen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 停水了 一早上都没水")
	got := c.costs(t, 1, "me too", bot.Message{Chat: grid3, From: "陈二", Text: "我家也没水了 啥时候来水啊？"})
	has(t, "me too", got, "陈二家也是这样，已记到 #R1", "现在共 2 人反映", "您问什么时候好：#R1 现在「待受理」，由李四负责，办好后会在群里说。")
	lacks(t, "me too", got, "已登记 #R2", "回复「1」", "是同一件事吗")
	if reps := c.reports(); len(reps) != 1 || len(reps[0].Followers) != 1 {
		t.Errorf("want one item followed by 陈二, got %+v", reps)
	}
	got = c.say("张明", "我家也没水了")
	has(t, "plain", got, "张明家也是这样，已记到 #R1")
	lacks(t, "plain", got, "您问什么时候好")
}

// TestYesToRangeListKeepsIt: 都同意 lists two range claims (no fixed
// points): 「是」 asks for their score and keeps the list, so that a
// later 「都给8分」 approves both.
func TestYesToRangeListKeepsIt(t *testing.T) {
	c := claimsChat(t)
	c.say("陈二", "申请积分 今天扫雪 证明人 王五")
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	has(t, "listed", c.say("赵六", "都同意"), "要同意这 2 项吗")
	got := c.costs(t, 1, "yes", bot.Message{Chat: grid3, From: "赵六", Text: "是"})
	has(t, "yes", got, "#C1、#C2 都要给分才能通过：都给一样的分请发「都给8分」")
	lacks(t, "yes", got, "没有处理")
	has(t, "each", c.say("赵六", "都给8分"), "这条处理了 2 项：#C1、#C2 已通过")
}
