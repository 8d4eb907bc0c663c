package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// trappedHere is a chat where a collapse with a person trapped is open in
// 三组 (#R1), and, lost, an old mother gone too (#R2).
func trappedHere(t *testing.T, lost bool) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "collapse", c.say("张三", "村口老房子塌了 下面压着人 快来人"), "【突发事件】青山村三组 #R1")
	if lost {
		has(t, "lost", c.say("陈二", "我妈不见了 中午出去到现在没回来"), "【突发事件】青山村三组 #R2")
	}
	return c
}

// TestGridDigTakesCollapse: a grid cadre's dig words beside an open
// collapse with people trapped take that collapse on, a missing person's
// alarm open or not; 找 still goes to the missing one; a collapse nobody
// is under is no dig's (alarm94; before, only missing alarms were a grid
// search's).
func TestGridDigTakesCollapse(t *testing.T) {
	for _, note := range []string{"大家在挖了", "人救出来一个", "正在挖 下面还有一个"} {
		for _, lost := range []bool{false, true} {
			got := trappedHere(t, lost).say("李四", note)
			has(t, note, got, "#R1 已受理", "李四 受理："+note)
			lacks(t, note, got, "#R2", "哪一起")
		}
	}
	c := trappedHere(t, true)
	has(t, "dig", c.say("李四", "大家在挖了"), "#R1 已受理")
	got := c.say("李四", "人救出来一个")
	has(t, "dig news", got, "#R1 进展已记录：人救出来一个")
	lacks(t, "dig news", got, "#R2", "哪一")

	got = trappedHere(t, true).say("李四", "我去水库那边找")
	has(t, "lost", got, "#R2 已受理")
	lacks(t, "lost", got, "#R1")

	c = newChat(t, understand.Rules{})
	has(t, "no one under", c.say("张三", "村口老房子塌了 快来人"), "#R1")
	lacks(t, "no one under", c.say("李四", "大家在挖了"), "已受理")
}

// TestSecondMissingIsSecondAlarm: beside 陈二's open 「我妈不见了」, his
// later alarm naming another person (another kin word, or a name) is an
// alarm of its own whose duty post names the first (可能和 #R1 有关), while
// his words of the same person (「我家老娘还没找到」) and a description of
// her (「是我妈 穿蓝棉袄」) go to #R1 (alarm94; before, 「小孩也找不到了」
// joined #R1 and the description was dropped).
func TestSecondMissingIsSecondAlarm(t *testing.T) {
	mother := func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		has(t, "mother", c.say("陈二", "我妈不见了 中午出去到现在没回来"), "【突发事件】青山村三组 #R1")
		return c
	}
	for _, second := range []string{"我家小孩也找不到了", "孩子也不见了", "我爸也不见了", "我儿子也找不到了"} {
		got := mother(t).say("陈二", second)
		has(t, second, got, "【突发事件】青山村三组 #R2", "可能和 #R1（我妈不见了", "有关", "「重复 #R2 #R1」", "紧急情况 #R2 已登记")
		lacks(t, second, got, "【突发补充】")
	}
	for _, same := range []string{"我家老娘还没找到", "我妈还没找到"} {
		got := mother(t).say("陈二", same)
		has(t, same, got, "【突发补充】青山村三组 #R1", "补充："+same)
		lacks(t, same, got, "#R2")
	}
	for _, told := range []string{"是我妈 穿蓝棉袄", "我妈七十多岁 个子不高"} {
		got := mother(t).say("陈二", told)
		has(t, told, got, "【突发补充·进展】青山村三组 #R1", told)
		lacks(t, told, got, "#R2")
	}
}

// TestDescribedOfWhich: with the mother's and a child's alarms open, a
// description naming whom it is of goes to that one, not asked (alarm94).
func TestDescribedOfWhich(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "mother", c.say("陈二", "我妈不见了 中午出去到现在没回来"), "#R1")
	has(t, "child", c.say("陈二", "孩子也不见了"), "#R2", "可能和 #R1")
	got := c.say("陈二", "是我妈 穿蓝棉袄")
	has(t, "mother's", got, "【突发补充·进展】青山村三组 #R1（")
	lacks(t, "mother's", got, "#R2", "哪一处")
	got = c.say("陈二", "孩子穿红衣服 五岁")
	has(t, "child's", got, "【突发补充·进展】青山村三组 #R2（")
	lacks(t, "child's", got, "#R1", "哪一处")
}
