package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestRosterNameMissing: a person of the roster named by his full name and
// gone is a missing person's alarm, with his roster line in the duty post;
// a grown-up wanted for an errand, a debtor, a thing of his, the sender
// himself are not (lost96).
func TestRosterNameMissing(t *testing.T) {
	for _, c := range []struct{ from, text, who string }{
		{"陈二", "张三不见了", "张三（户号QS-301"},
		{"陈二", "张三也找不到了 电话也打不通", "张三（户号QS-301"},
		{"张三", "石德贵还没回来 天都黑了", "石德贵（户号QS-309"},
		{"张三", "王五不见了 一早上没见人 有人说往水库去了", "王五（户号QS-304"},
	} {
		got := newChat(t, understand.Rules{}).say(c.from, c.text)
		has(t, c.text, got, "【突发事件】青山村三组 #R1", "走失的人："+c.who, "紧急情况 #R1 已登记")
	}
	for _, c := range []struct{ from, text string }{
		{"李四", "王五不见了 谁看见他了 有个表要填"},
		{"陈二", "张三不见了 打电话也不接 他欠我钱"},
		{"陈二", "张三的手机不见了"},
		{"陈二", "张三家的狗不见了"},
		{"陈二", "张明还没回来 会晚点开"},
		{"张三", "张三不见了"},
		{"陈二", "张三不见了吗"},
	} {
		got := newChat(t, understand.Rules{}).say(c.from, c.text)
		lacks(t, c.text, got, "【突发事件】", "紧急情况")
	}
}

// TestBareKinMissingNamed: a kin word with no 我 before it ("小孩不见了")
// names the one member of the reporter's household it fits in the duty
// post; with two children it names none, as before (lost96).
func TestBareKinMissingNamed(t *testing.T) {
	got := newChat(t, understand.Rules{}).say("张三", "小孩不见了 到处找了")
	has(t, "张三's child", got, "【突发事件】青山村三组 #R1", "走失的人：张明（户号QS-301")
	got = newChat(t, understand.Rules{}).say("陈二", "小孩不见了 到处找了")
	has(t, "陈二's children", got, "【突发事件】青山村三组 #R1")
	lacks(t, "陈二's children", got, "走失的人：")
}

// TestTwoRosterNamesMissing: an alarm of one roster person gone and then
// another's are two alarms (the second names the first); the first told
// again joins it (lost96).
func TestTwoRosterNamesMissing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "张三", c.say("陈二", "张三不见了"), "【突发事件】青山村三组 #R1")
	got := c.say("李四", "王奶奶找不到了 一早上没见人")
	has(t, "王奶奶", got, "【突发事件】青山村三组 #R2", "可能和 #R1（张三不见了", "走失的人：王奶奶（户号QS-305")
	lacks(t, "王奶奶", got, "【突发补充】")
	got = c.say("周八", "张三还是找不到")
	lacks(t, "张三 again", got, "#R3")
}
