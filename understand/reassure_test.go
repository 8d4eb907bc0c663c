package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestReassures: what an elder says so as not to trouble anyone, or that a
// complaint is over; and the look-alikes that ask, arrange or say it got
// worse.
func TestReassures(t *testing.T) {
	for text, want := range map[string]bool{
		"不要紧": true, "她说没事": true, "老毛病了": true, "已经好了": true, "好多了": true, "不用管": true,
		"现在好点了": true, "出院了": true, "没大碍": true,
		"没事吧": false, "好了吗": false, "情况不好了": false, "儿子说好了明天来": false, "一个人没事干": false,
		"不放心": false, "腰疼": false, "屋顶漏雨": false,
	} {
		if got := understand.Reassures(text); got != want {
			t.Errorf("Reassures(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAlarms: a new alarm, not news of one under way or over.
func TestAlarms(t *testing.T) {
	for text, want := range map[string]bool{
		"后山也着火了 正在灭火": true, "王大爷摔倒了 已经送医院了": true, "又有人落水了": true,
		"火灭了 没人受伤": false, "救护车把人接走了 没大事": false, "人找到了 在他姑家": false, "已经送医院了": false,
	} {
		if got := understand.Alarms(text); got != want {
			t.Errorf("Alarms(%q) = %v, want %v", text, got, want)
		}
	}
}
