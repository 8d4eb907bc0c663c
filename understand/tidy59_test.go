package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestChaseAwaitedShared: the question and the stalled complaint read one
// list of what an application waits for, so a stall told with 音信 (in
// stalledRe's list before, not in progressRe's) is a chase too, and 有没有回
// 复 asks after progress as 有没有消息 does.
func TestChaseAwaitedShared(t *testing.T) {
	rules := understand.Rules{}
	for _, text := range []string{"低保材料交上去两个月了 一直没音信", "残疾证申请了 有没有回复啊"} {
		r := rules.Read(context.Background(), text)
		if r.Type != village.Approval || !r.Chases {
			t.Errorf("%q: %s %s chases %v; want approval, chases", text, r.Intent, r.Type, r.Chases)
		}
	}
}
