package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestThirdHouseholdAlong: 周八, whom 陈二 owes too, files his own debt
// privately beside 张三's wages quarrel with 陈二. The mediators hear it
// is another household's quarrel with 陈二, not 「同两家又起纠纷…两件是同
// 两家之间的事」 as on main; 查 names the link without 「同两家」.
func TestThirdHouseholdAlong(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给")
	c.say("周八", "他也欠我八百块钱")
	got := c.private("周八", "上报 陈二欠我八百块钱 在我店里赊的 半年了不还")
	has(t, "the mediators", got, "郑十: 【又一户和陈二有纠纷】#R1（", "）还在调解，周八私信又反映了一件，已登记 #R2",
		"周八家不是 #R1 的当事人，两件都说到陈二，可以一并约谈，各家的事分开谈、分开写清楚")
	lacks(t, "no 同两家", got, "同两家")
	lacks(t, "查", c.private("郑十", "查 #R2"), "同两家")
	has(t, "查", c.private("郑十", "查 #R2"), "相关纠纷：#R1 登记时还没结案")
}

// TestAlongResolvedNotStillMediated: 陈二 files a new quarrel with 张三
// while #R1 between them is 办结, waiting on 张三's 满意. On main both the
// group's line and the mediators' 【同两家又起纠纷】 said #R1 「还在调解」,
// and asked for 「进展 #R1」 (which would take its 办结 back).
func TestAlongResolvedNotStillMediated(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛把我家麦子吃了一大片 说了也不听")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 陈二赔张三200元 已给")
	got := c.say("陈二", "上报 张三家的狗把我家鸡咬死了两只")
	has(t, "the group", got, "两家之间还有 #R1（陈二家的牛把我家麦子吃了一大片 说了也不听）已办结、在等张三确认，这件已和它连在一起")
	has(t, "the mediators", got, "郑十: 【同两家又起纠纷】#R1（陈二家的牛把我家麦子吃了一大片 说了也不听）已办结、在等张三确认，陈二在群里又反映了一件",
		"#R1 已办结，等张三确认，不用再记进展", "#R2 有进展回复「进展 #R2 情况」")
	lacks(t, "not still mediated", got, "还在调解", "「进展 #R1 情况」")
}

// TestCreditorNamingDebtorJoins: 周八's 「陈二也欠我店里八百块 赊了半年了」
// (he names the debtor, as villagers do) on 张三's live wages quarrel with
// 陈二 reads as no dispute of its own; on main it was dropped silently
// while 「他也欠我八百块钱」 was told. Now it is told as that is: the
// mediators hear it is another debt to settle, he hears where it went.
func TestCreditorNamingDebtorJoins(t *testing.T) {
	for _, said := range []string{"陈二也欠我店里八百块 赊了半年了", "陈二也欠我钱 八百块", "陈二还欠我店里八百块钱呢"} {
		t.Run(said, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.say("张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给")
			got := c.say("周八", said)
			has(t, "the mediators", got, "郑十: 【调解提醒】#R1", "（周八说陈二也欠他的钱，是另一笔账；办结时请把每一笔写清楚：给谁、多少、哪天前）")
			has(t, "the creditor", got, "周八: 周八，您说陈二也欠您的钱，已记在 #R1（陈二欠钱的调解）上")
			lacks(t, "the group hears nothing", got, grid3+": ")
		})
	}
	// a quarrel over a wall is no debt: his debt is not put on it
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家砌墙占了我家半米地 说了也不听")
	lacks(t, "no debt quarrel", c.say("周八", "陈二也欠我钱 八百块"), "也欠他的钱")
}

// TestRetortNamingNothingHeadsAccount: 陈二's back-talk to 张三's account
// of his wedding, still waiting for 张三's 「1」, names no thing nor person
// (「一辈子就结一次婚 热闹两天咋了」) and reads as no dispute: on main it was
// dropped, and the 「1」 filed the account without it. Now it files the
// quarrel as 张三 told it, 陈二's words kept as his side (as a retort read
// as a dispute does, med87). His small talk meanwhile files nothing.
func TestRetortNamingNothingHeadsAccount(t *testing.T) {
	for _, said := range []string{"一辈子就结一次婚 热闹两天咋了", "谁家不办事 咋就你事多"} {
		t.Run(said, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "offered", c.say("张三", "陈二家办喜事搭棚子把路堵了，音响放到半夜十二点，孩子要考试睡不着，说了也不听"), "回复「1」登记")
			lacks(t, "small talk", c.say("陈二", "今天好冷啊"), "已登记")
			got := c.say("陈二", said)
			has(t, "filed as told", got, "已登记 #R1（调解事项）：陈二家办喜事搭棚子把路堵了", "这件事是张三先说的，已按张三说的登记")
			rep := c.reports()[0]
			if rep.Reporter != "张三" {
				t.Errorf("reporter %s, want 张三", rep.Reporter)
			}
			kept := false
			for _, e := range rep.History {
				kept = kept || e.By == "陈二" && e.Note == said
			}
			if !kept {
				t.Errorf("陈二's retort not kept on #R1: %+v", rep.History)
			}
			c.say("张三", "1")
			c.wantReports(1, "(one quarrel, one item)")
		})
	}
	// someone the account does not name talking back files nothing
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家办喜事搭棚子把路堵了，音响放到半夜十二点，孩子要考试睡不着，说了也不听")
	lacks(t, "not named", c.say("周八", "多大点事 至于吗"), "已登记")
}

// TestCreditorSaysUnpaid: asked at the 回访 whether 陈二 paid him, 周八
// answers privately as villagers do, 「没给 陈二一分都没给我」: the item is
// reopened for its mediators. On main only 「说好的钱没给」 (a 钱 in it) did;
// this was answered that #R1 waits on 张三's own 满意.
func TestCreditorSaysUnpaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给")
	c.say("周八", "他也欠我八百块钱")
	c.say("李四", "确认 #R1")
	c.private("李四", "办结 #R1 两家谈妥 陈二三天内还张三3000 还周八800")
	c.now = c.now.Add(96 * time.Hour)
	has(t, "reopened", c.private("周八", "没给 陈二一分都没给我"), "#R1 已重新打开")
}
