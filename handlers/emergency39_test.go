package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestMissingNamedHasNumberAndCarer: an alarm naming someone of the roster
// as missing ("王奶奶不见了") gives the duty chat her household, number and
// who looks after her; the group hears who looks after her, never her
// number, which the grid's cadres get privately. An alarm naming nobody
// the roster knows ("我家老头子…" of a household with no such man) and one
// naming a villager as kin of the missing ("张三家孩子不见了") add nothing.
func TestMissingNamedHasNumberAndCarer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "王奶奶不见了")
	has(t, "the duty chat", got, dutyChat+": 【突发事件】青山村三组 #R1",
		"走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号），平时由王五照看（13900000005）")
	has(t, "the group", got, "王奶奶平时由王五照看，电话和户号已私信发给网格长、网格员。")
	has(t, "the cadres privately", got, "李四: 紧急情况 #R1（王奶奶不见了）走失的人：王奶奶（户号QS-305，电话 13900000001",
		"王五: 紧急情况 #R1（王奶奶不见了）走失的人：")
	for _, o := range got {
		if strings.HasPrefix(o, grid3+": ") {
			lacks(t, "no number in the group", []string{o}, "13900000001")
		}
	}
	got = c.say("陈二", "我家老头子一早出去到现在没回来")
	has(t, "an unknown man", got, dutyChat+": 【突发事件】青山村三组 #R2")
	lacks(t, "nobody named", got, "走失的人", "已私信发给网格长")
	got = c.say("赵六", "张三家孩子不见了")
	lacks(t, "张三 is not missing", got, "走失的人：张三")
}

// TestWitnessWordsOnTheItem: a second villager's alarm that joins an open
// emergency is kept on the item: 查 shows what he said, not only his name.
func TestWitnessWordsOnTheItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "flood", c.say("张三", "村口发大水了，水漫到路上了"), dutyChat+": 【突发事件】青山村三组 #R1")
	got := c.say("陈二", "村口水好大，都淹到膝盖了")
	has(t, "joined", got, dutyChat+": 【突发补充】青山村三组 #R1", "陈二（13900000002）也报告：村口水好大，都淹到膝盖了")
	lacks(t, "no second item", got, "#R2")
	has(t, "查 shows his words", c.say("李四", "查 #R1"), "（同反映：陈二）", "陈二 反映：村口水好大，都淹到膝盖了")
}
