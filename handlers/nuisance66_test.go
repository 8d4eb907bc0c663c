package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestNeighbourNuisanceFiled: a nuisance from a household named by its
// head ("张三家的鸡天天跑到我家菜地里") was silent; it is filed as a
// mediation item, the other party's retort reaches its mediators, and the
// grid head's word to both households accepts it. A joke and news of a
// neighbour's dog stay silent.
func TestNeighbourNuisanceFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "a joke", c.say("陈二", "哈哈 老李家的狗又跑我家来蹭饭了"))
	silent(t, "news of a dog", c.say("陈二", "王五家的狗生小狗了 谁要"))
	expect(t, "a named household's hens", c.say("陈二", "张三家的鸡天天跑到我家菜地里 说了好几次也不管"),
		grid3+": 已登记 #R1（调解事项）：张三家的鸡天天跑到我家菜地里 说了好几次也不管\n已交李四、郑十调解")
	expect(t, "the other party retorts", c.say("张三", "我家鸡圈得好好的 哪天跑你家了"),
		"李四: 【调解提醒】#R1 的争执还在群里继续，张三也说了",
		"郑十: 【调解提醒】#R1 的争执还在群里继续，张三也说了",
		"张三: 张三，您刚才在群里说的（#R1）已转告")
	expect(t, "the grid head steps in", c.say("李四", "都少说两句 明天我到你们两家看看"),
		grid3+": 按李四的回复，#R1 已受理")
}
