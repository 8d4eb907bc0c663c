package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestTodoWitnessOnce: a claim whose witness vouched for it shows him once
// in the scorer's 待审, marked as confirmed, not as two witnesses.
func TestTodoWitnessOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	has(t, "vouched", c.say("陈二", "C1属实，我看见了"), "谢谢陈二")
	got := c.private("赵六", "待审")
	has(t, "todo", got, "#C1", "证明人 陈二（已确认）")
	lacks(t, "todo", got, "证明人陈二已确认")
}

// TestOnceMoreResentAsked: a 「又一次」 line sent again under a new id is
// asked about, as a 「第2次」 one is (nothing counted twice); 「1」 records
// it. A repeat said to be one more tells no 「如果这条是重复记录」: it
// says the count only when the scorer did not say that very 第N次.
func TestOnceMoreResentAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "加分 陈二 义务劳动 6"), "已记录 #C1")
	got := c.say("赵六", "加分 陈二 义务劳动 6 第2次")
	has(t, "second said", got, "已记录 #C2")
	lacks(t, "second said", got, "重复记录", "记过一次", "这是第")
	got = c.say("赵六", "加分 陈二 义务劳动 6 又一次")
	has(t, "third", got, "已记录 #C3", "今天已经给陈二记过 2 次「参加义务劳动、集体劳动」（#C1、#C2），这是第 3 次。")
	lacks(t, "third", got, "重复记录")
	got = c.say("赵六", "加分 陈二 义务劳动 6 又一次")
	has(t, "the 又一次 line resent", got, "这条还没有记录", "记过 3 次")
	has(t, "not counted", c.private("陈二", "我的积分"), "您本人：18 分")
	has(t, "meant", c.say("赵六", "1"), "已记录 #C4", "这是第 4 次")
	has(t, "counted once more", c.private("陈二", "我的积分"), "您本人：24 分")
}
