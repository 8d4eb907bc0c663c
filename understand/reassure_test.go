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
