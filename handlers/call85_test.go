package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestColdWaveAcks (call85): a cold wave notice answered as villagers do.
// 「收到收到，家里炉子都检查过了」 (收到 said twice, then an aside),
// 「好的 谢谢提醒」 (assent and thanks for the reminder, soon after it) and
// the dialect 「晓得了」 were silent and counted nothing: the chase list
// named households that plainly read the notice.
func TestColdWaveAcks(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 寒潮预警：明天起气温骤降，请各户做好防寒准备，注意取暖防煤气中毒，烧炉子一定开窗通风。")
	silent(t, "收到收到，…", c.say("张三", "收到收到，家里炉子都检查过了"))
	silent(t, "好的 谢谢提醒", c.say("陈二", "好的 谢谢提醒"))
	silent(t, "晓得了", c.say("赵六", "晓得了"))
	silent(t, "收到了谢谢", c.say("周八", "收到了谢谢"))
	expect(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 4/9 户，没回：王奶奶户、郑十户、石德贵户、雷志明户、金大海户")
	// still no acknowledgement: 收到 inside a sentence, a question
	c.say("郑十", "我收到一个诈骗电话")
	c.say("雷志明", "不晓得")
	expect(t, "查 #N1 again", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 4/9 户")
}

// TestCallNoteHerNameEndWhere (call85): 「奶奶那边打通了 炉子我让她儿子看了」
// names 王奶奶 by the end of her name and where (那边), as 「奶奶今天打了
// 没接」 does: her call is logged, not offered as a report of his, and the
// note is not read as a kin 奶奶 who answered.
func TestCallNoteHerNameEndWhere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "那边", c.private("王五", "奶奶那边打通了 炉子我让她儿子看了"), "王五: 已记录：王奶奶 已通（王五，3月2日 09:01）。")
}

// TestElderOutOfFuel (call85): a visit in a cold wave finds her house
// cold and the charcoal gone: her need, filed on her behalf and told to
// the leader, as 没煤 was; enough charcoal is no need.
func TestElderOutOfFuel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "没炭了", c.private("王五", "王奶奶上门看了 屋里冷 没炭了"),
		"王五: 已记录：王奶奶 上门（王五，3月2日 09:01）。\n王奶奶反映的「屋里冷 没炭了」已登记 #R1（待受理），网格长会跟进。", "李四: 【私信反映】王奶奶（王五代报）反映 #R1（一般事项）：屋里冷 没炭了")
	has(t, "煤快烧完了", c.private("王五", "回访 石德贵 已通 煤快烧完了"), "石德贵反映的「煤快烧完了」已登记 #R2（待受理）")
	expect(t, "炭够烧", c.private("王五", "回访 白凤兰 已通 屋里不冷 炭够烧"), "王五: 已记录：白凤兰 已通（王五，3月2日 09:03）。")
}

// TestLeaderVisitHomeForm (call85): the leader sent to visit after two
// misses writes 「石德贵家我去了 人没事 手机没电了 寒潮的事也跟他说了」:
// his visit, logged, with the notice passed on; it was 「这条没看懂」.
func TestLeaderVisitHomeForm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 石德贵 未接通")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "second miss", c.private("王五", "回访 石德贵 未接通"), "李四: 【请上门看看】石德贵")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "家我去了", c.private("李四", "石德贵家我去了 人没事 手机没电了"), "李四: 已记录：石德贵 上门")
}
