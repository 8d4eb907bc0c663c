package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestOwnDebtNotTheQuarrelsSide (med110's leftover 2): 陈二's own debt
// claim on 张三, right after 张三's snow quarrel, was kept as 陈二's side of
// the snow item (no debt item, no money 回访). Now it is filed as his own
// item, linked to the snow one.
func TestOwnDebtNotTheQuarrelsSide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
	c.say("张三", "上报调解 陈二家扫雪把雪全堆到我家门口 化了结冰 说他也不听")
	got := c.say("陈二", "张三去年借了我三千块钱 说好年底还 到现在一分没还")
	has(t, "his own item", got, "已登记 #R2（调解事项）：张三去年借了我三千块钱 说好年底还 到现在一分没还", "#R1（陈二家扫雪")
	lacks(t, "not the snow's side", got, "争执还在群里继续")
	// his side of the snow quarrel is still its side
	got = c.say("陈二", "雪不堆门口堆哪 路上又不能堆 他家门口那么宽")
	lacks(t, "no new item", got, "已登记 #R3")
	// a land quarrel's 「借我的地」 names no money: its side
	c2 := newChat(t, understand.Rules{})
	c2.now = c.now
	c2.say("张三", "上报调解 陈二家把我家承包地占了两垄")
	got = c2.say("陈二", "那两垄本来就是他借我的地 种了三年了")
	lacks(t, "land side", got, "已登记 #R2")
}

// TestDebtorAfterFestivalDayTold (med110's leftover 3): 陈二's own 「年后一定
// 还」 was kept with its day, but neither he nor the mediators were told
// the day read. Now both read it, as a creditor's relay is told.
func TestDebtorAfterFestivalDayTold(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("陈二", "我不是不还 今年打工的工钱老板还没给 年后一定还")
	has(t, "the day", got, "陈二: 陈二，已记在 #R1 上", "（您说的是年后，按2027年2月20日（正月十五）前算）",
		"李四: 【调解·欠款方表态】#R1", "这是陈二自己答应的（年后，按2027年2月20日（正月十五）前算）")
	got = c.say("陈二", "腊月二十前我肯定还他")
	has(t, "a day named", got, "（您说的是1月27日前）", "这是陈二自己答应的（1月27日前）")
	got = c.say("陈二", "我肯定还 就是现在手头紧")
	lacks(t, "no day", got, "您说的是")
}

// TestDebtorPaidAfterSatisfied (med110's leftover 4): after 张三's 满意 the
// debtor's 「我今天先还了张三1000」 was dropped in the group and his private
// 「我已经转给他1000了」 offered as a 一般事项. Now both are kept on #R1 (once),
// the mediators told it is for the record; his promise still goes as before.
func TestDebtorPaidAfterSatisfied(t *testing.T) {
	c := mediatedLoan(t)
	c.say("李四", "办结 #R1 陈二答应12月31日前把3000还给张三")
	c.say("张三", "满意 #R1")
	got := c.say("陈二", "我今天先还了张三1000 剩下的年前给")
	has(t, "kept", got, "陈二: 陈二，已记在 #R1 上：「我今天先还了张三1000 剩下的年前给」", "他们会跟张三核对",
		"李四: 【调解·部分还款】#R1", "#R1 张三已回复满意、已完结，这条记下备查。")
	got = c.private("陈二", "我已经转给他1000了")
	has(t, "once", got, "这1000元您今天（12月8日）已经说过了")
	lacks(t, "not offered", got, "回复「1」登记")
	got = c.say("陈二", "赵六借我的500块说好月底还")
	lacks(t, "another debt", got, "已记在 #R1 上")
	rep := c.reports()[0]
	if rep.Status != "closed" {
		t.Fatalf("#R1 stays closed: %s", rep.Status)
	}
}

// TestIcicleSmashedCarIsAQuarrel (walk): 「张三家房檐上的冰溜子掉下来把我家
// 车玻璃砸坏了 他说不关他的事」 was an emergency sent to the duty chat with
// first-aid words (掉下来 and a 他 anywhere read as a person fallen). A
// thing come down that smashed a thing, nobody hurt, is the neighbours'
// quarrel over who pays.
func TestIcicleSmashedCarIsAQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
	got := c.say("陈二", "上报 张三家房檐上的冰溜子掉下来把我家车玻璃砸坏了 他说不关他的事 这事得有人管管")
	has(t, "a quarrel", got, "已登记 #R1（调解事项）")
	lacks(t, "no alarm", got, "青山镇应急值班群", "120")
}
