package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestUnkeptAskedAfterSettlement: after a debt's 办结 on 「腊月二十前」, the
// creditor's 「到时候他不给钱咋办」 in the group is a worry ahead of the day:
// he hears privately what was agreed, its day (with its lunar name), what
// to send once it passed, and the court's 司法确认; the item stays 已办结待
// 确认. On main it reopened the item as 未解决 (「按您说的，#R1 已重新打开」),
// and a closed one's question was dropped. A bystander's is not answered.
func TestUnkeptAskedAfterSettlement(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, c.now.Location())
	has(t, "filed", c.say("张三", "陈二欠我帮他家盖房子的工钱3000块，找他好几次了一直拖着"), "已登记 #R1（调解事项）")
	c.say("李四", "确认 #R1")
	got := c.say("郑十", "办结 #R1 两家谈好了 陈二腊月二十前给张三3000元")
	has(t, "the day with its lunar name", got, "@张三", "说好1月27日（腊月二十）前办的")
	got = c.say("张三", "到时候他不给钱咋办")
	has(t, "answered privately", got, "张三: 张三，#R1 调解时说好：「两家谈好了 陈二腊月二十前给张三3000元」，1月27日（腊月二十）前办。",
		"到日子还没照做，请私信我「未解决 #R1 原因」，我会马上请李四、郑十接着调解。", "申请司法确认", "强制执行")
	lacks(t, "not reopened", got, "重新打开", grid3+": ")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, "")
	lacks(t, "a bystander", c.say("王五", "到时候不给钱咋办"), "调解时说好")
	// the debtor's worry is his too: told what was agreed, without the day
	has(t, "the debtor", c.say("陈二", "要是到时候我手头还是紧 给不了咋办"), "陈二: 陈二，#R1 调解时说好")
	// closed: the words to send are plain
	c.say("张三", "满意 #R1")
	got = c.private("张三", "万一他反悔了怎么办")
	has(t, "closed", got, "请私信我说一声「说好的没照做」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed}, "")
	// the day passed unpaid is still the settlement not kept
	c.now = c.now.Add(3 * 24 * time.Hour)
	has(t, "unkept after", c.say("张三", "说好的3000块到现在一分没给"), "#R1")
}

// TestSecondCreditorTold: 周八's 「他也欠我的，在我店里赊了两千多」 within the
// hour of 张三's 「陈二欠我…工钱」 follows #R1 (one debtor, one table), and
// now says so: the mediators read it is another debt of 陈二 to be written
// out in the 办结, and 周八 hears privately where his debt went and how to
// file it alone. On main the mediators read only 「周八也说了」 and he heard
// nothing.
func TestSecondCreditorTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二欠我帮他家盖房子的工钱3000块，找他好几次了一直拖着")
	got := c.say("周八", "他也欠我的，在我店里赊了两千多块钱的东西，一年了都没还")
	has(t, "the mediators", got, "郑十: 【调解提醒】#R1", "（周八说陈二也欠他的钱，是另一笔账；办结时请把每一笔写清楚：给谁、多少、哪天前）")
	has(t, "the creditor", got, "周八: 周八，您说陈二也欠您的钱，已记在 #R1（陈二欠钱的调解）上", "「上报 陈二欠我……（多少钱、怎么欠的）」")
	lacks(t, "the group hears nothing", got, grid3+": ")
	if rep := c.reports()[0]; !rep.FollowedBy(village.Person{Name: "周八"}) && len(rep.Followers) == 0 {
		t.Errorf("#R1 followers %v, want 周八", rep.Followers)
	}
	// the debtor answering is no creditor
	lacks(t, "the debtor", c.say("陈二", "我又没说不给 欠我的钱也没人给我"), "也欠他的钱")
}

// TestWeddingRetortTold: 陈二's 「办喜事放两天音乐咋了」 two minutes after
// 张三's account of his wedding's canopy and loudspeakers was filed is his
// side of it: kept and told to the mediators. On main it shared no thing
// with the account (喜事, 音乐 named none) and was dropped silently.
func TestWeddingRetortTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家办喜事搭棚子把路堵了，音响放到半夜十二点，孩子要考试睡不着，说了也不听")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1（调解事项）")
	c.now = c.now.Add(2 * time.Minute)
	got := c.say("陈二", "办喜事放两天音乐咋了 谁家没个红白事")
	has(t, "the mediators", got, "郑十: 【调解提醒】#R1", "陈二也说了：「办喜事放两天音乐咋了 谁家没个红白事」")
	has(t, "he is told", got, "陈二: 陈二，您刚才在群里说的（#R1）已转告")
}
