package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCallWhomExampleInLogForm: a worker's note naming no elder, with two
// calls waiting, is asked whose it was; the example is the log as it is
// written (回访 王奶奶 未接通), not his words again after the name
// (「回访 王奶奶 打了 没人接」).
func TestCallWhomExampleInLogForm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "王奶奶", "QS-305", "13900000001")
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	for _, x := range []struct{ note, example, words string }{
		{"打了 没人接", "例如：回访 王奶奶 未接通。", "打了 没人接"},
		{"今天打了两次都没人接", "例如：回访 王奶奶 未接通。", "没人接"},
		{"下午打通了 挺好的", "例如：回访 王奶奶 已通 挺好的。", "打通了"},
		{"上门了 人挺好", "例如：回访 王奶奶 上门 人挺好。", "上门了"},
	} {
		got := c.private("王五", x.note)
		has(t, x.note, got, "这条是哪位的回访？您还有 2 个电话要打：王奶奶、白凤兰", "这条还没有记", x.example)
		lacks(t, x.note+": not his words", got, "回访 王奶奶 "+x.words, "已记录")
	}
}
