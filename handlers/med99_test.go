package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestDueDayAskedInEveryCopy: a quarrel settled on 「陈二十天内给」 (陈二
// and 十天: the roster's name wins, ten days, not twenty) is asked once
// that day is over in every copy of its 办结: the group line @-asks the
// reporter for then, not 「请确认」 at once (on main it asked 满意 at once
// while his private copy said to wait), his private copy and the
// mediator's say the same day.
func TestDueDayAskedInEveryCopy(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "陈二家的狗把俺家三只鸡咬死了 找他说还不认账"), "已登记 #R1（调解事项）")
	c.say("郑十", "确认 #R1")
	got := c.say("郑十", "办结 #R1 两家谈妥了 陈二赔张三150元 陈二十天内给")
	has(t, "the group asks at the day", got, grid3+": #R1（调解事项）已办结",
		"@张三", "\n@张三\u2005说好3月12日前办的，过了那天我会再问您照做了没有。已经照做了，可以先回复「满意 #R1」；到日子还没照做，请私信我「未解决 #R1 原因」。")
	has(t, "his copy", got, "张三: 【调解事项】#R1", "说好3月12日前办的，过了那天我会再问您照做了没有。已经照做了，可以先回复「满意 #R1」；到日子还没照做，请回复「未解决 #R1 原因」。")
	has(t, "the mediator's", got, "郑十: #R1 已办结", "说好3月12日前办的，过了那天我会再请报告人张三确认")
	lacks(t, "not asked at once", got, "请确认：解决了", "3月22日")
	// 满意 before the day: he says it was kept, it closes
	has(t, "satisfied early", c.say("张三", "满意 #R1"), "#R1")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed}, "")
}

// TestDueDayPrivateItem: a quarrel told privately and settled with a day
// asks its reporter, privately, for that day too.
func TestDueDayPrivateItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.private("张三", "上报 调解 陈二家的狗把俺家三只鸡咬死了 找他说还不认账"), "#R1")
	c.private("郑十", "确认 #R1")
	got := c.private("郑十", "办结 #R1 两家谈妥了 陈二赔张三150元 下周一前给")
	has(t, "his copy", got, "张三: ", "说好3月9日前办的，过了那天我会再问您照做了没有")
	lacks(t, "not asked at once", got, "请您确认：解决了", grid3+": ")
}

// TestRetortOfAccountsHousehold: the account names 陈二家; the retort comes
// from his wife 胡秀芝 and names nobody (「是你们先把界桩拔了的」). It is
// that household answering, so the item is headed by 张三's account (med98),
// not by the retort: on main it was filed as #R1 「是你们先把界桩拔了的…」,
// the accused's words heading the quarrel.
func TestRetortOfAccountsHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	c.now = c.now.Add(2 * time.Minute)
	got := c.say("胡秀芝", "是你们先把界桩拔了的 去看看界桩在哪 别血口喷人")
	has(t, "headed by the account", got, "已登记 #R1（调解事项）：陈二家盖猪圈把墙往我家宅基地这边挪了半米",
		"这件事是张三先说的，已按张三说的登记，张三不用再回复「1」；胡秀芝说的已记为胡秀芝那边的说法")
	lacks(t, "not the retort", got, "（调解事项）：是你们先")
	if rep := c.reports()[0]; rep.Reporter != "张三" {
		t.Errorf("#R1 reported by %s, want 张三", rep.Reporter)
	}
	// a bystander's household answering names nobody's side: not headed
	c2 := newChat(t, understand.Rules{})
	c2.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了")
	c2.now = c2.now.Add(2 * time.Minute)
	lacks(t, "a bystander", c2.say("周八", "是你们先把界桩拔了的 别血口喷人"), "这件事是张三先说的")
}

// TestPrivateUnkeptToldOnce: 「说好下周一给的500块 到现在一分没给」 told
// privately weeks after the quarrel closed is the same dispute again; each
// mediator hears it once, as 【调解·协议没照做】 saying it is private, not
// also as a 【私信反映】 of the new item (on main: both).
func TestPrivateUnkeptToldOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家砌墙把墙往我家这边挪了半米 占了我家的地 说了好几次也不听")
	c.say("郑十", "确认 #R1")
	c.private("郑十", "办结 #R1 两家谈妥了 陈二把墙拆回原界 赔张三500元 下周一前给")
	c.say("张三", "满意 #R1")
	c.now = c.now.Add(8 * 24 * time.Hour)
	got := c.costs(t, 1, "unkept", bot.Message{ID: "unkept99", Chat: "张三", Private: true, From: "张三", Text: "说好下周一给的500块 到现在一分没给 墙也没拆"})
	for _, h := range []string{"李四", "郑十"} {
		n := 0
		for _, line := range got {
			if len(line) > len(h)+2 && line[:len(h)+2] == h+": " {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s told %d times, want once: %q", h, n, got)
		}
		has(t, h+" told", got, h+": 【调解·协议没照做】张三私信说", "这是私下反映的，请不要在群里提；受理请私信我回复「确认 #R2」")
	}
	lacks(t, "no second notice", got, "【私信反映")
}

// TestWinterRetortsReachMediators: the other party answering back within
// the hour of a winter quarrel, of its thing in another word (the snow
// swept onto a doorway, the shared water pipe's 管子, the funeral band's
// 唢呐), is his side: kept on the item and told to the mediators. On main
// each was dropped silently (雪, 管子, 唢呐 named no thing of a quarrel).
func TestWinterRetortsReachMediators(t *testing.T) {
	for _, tc := range []struct{ name, from, account, answer, to string }{
		{"snow", "周八", "赵六家扫雪全堆到俺家门口了 门都推不开 跟他说了还骂人", "雪又不是我家下的 路是公家的 我往哪堆", "赵六"},
		{"pipe", "熊秀英", "俺家跟金大海家共用的那根水管冻裂了 修要三百块 他家说不是他家冻的不肯出钱", "那管子是你家那头先冻的 凭啥让俺出一半", "金大海"},
		{"band", "万丽", "周八家办丧事 请的响器班子吹到半夜 唢呐喇叭吵得老人孩子都睡不着", "老人走了吹几天唢呐是老规矩 你家没老人啊 这点事都容不下", "周八"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "filed", c.say(tc.from, tc.account), "已登记 #R1（调解事项）")
			c.now = c.now.Add(3 * time.Minute)
			got := c.say(tc.to, tc.answer)
			has(t, "his side told", got, "郑十: 【调解提醒】#R1", tc.to+"也说了：「"+tc.answer, tc.to+": "+tc.to+"，您刚才在群里说的（#R1）已转告")
			lacks(t, "quiet in the group", got, grid3+": ")
		})
	}
}

// TestJoinerSideNamed: when several people answer in a quarrel's group,
// the mediators' notice of each newcomer says whose side he speaks for: a
// second worker owed wages by the same contractor (「和金大海一样，说的是
// 雷志明」), the contractor's wife (「是雷志明家的」). On main each read
// only 「争执还在群里继续，X也说了」.
func TestJoinerSideNamed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("金大海", "雷志明包的工程 俺在他那干了三个月 工钱一万二到现在一分没给 快过年了 家里等着用钱"), "已登记 #R1（调解事项）")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "another creditor", c.say("赵鹏", "俺也在雷志明那干的 欠俺八千块工钱 也一直拖着不给"),
		"又来了一位债主，赵鹏说：「俺也在雷志明那干的 欠俺八千块工钱 也一直拖着不给」（赵鹏说雷志明也欠他的钱，是另一笔账；办结时请把每一笔写清楚：给谁、多少、哪天前）") // med100: another creditor; med106: no 「争执还在群里继续」
	has(t, "the contractor's wife", c.say("万丽", "金大海你别在群里瞎嚷嚷 上面的钱还没拨下来"),
		"（万丽是雷志明家的）")
}

// TestSettledWithDayIsDone: 「R1 调解好了 雷志明赔熊秀英100块 大后天给」
// from its mediator is the quarrel's 办结, the payment's day asked then
// (大后天: three days on, not 后天); on main the day read as the
// mediation put off, and he was offered a 进展 instead.
func TestSettledWithDayIsDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("熊秀英", "雷志明家的狗又把俺家鸡咬死两只 上回说好拴起来的 根本没拴"), "已登记 #R1（调解事项）")
	c.say("郑十", "确认 #R1")
	got := c.say("郑十", "R1 调解好了 雷志明赔熊秀英两只鸡钱100块 大后天给 狗以后拴好")
	has(t, "resolved", got, "#R1 已办结", "说好3月5日前办的")
	lacks(t, "no 进展 offered", got, "回复「1」就照「进展")
}
