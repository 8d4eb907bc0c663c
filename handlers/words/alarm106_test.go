package words

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestAlarmSceneCount: the re-posts' scene keeps the greatest count told
// of the alarm since (alarm106), none of a crime's.
func TestAlarmSceneCount(t *testing.T) {
	rep := village.Report{Text: "俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应", Hazard: village.HazardMedical}
	if n := AlarmScene(understand.Hear(rep.Text), rep).Count; n != "" {
		t.Fatalf("count before = %q", n)
	}
	rep.Tell("陈二", time.Now(), HeardNote+"下面有三个人")
	rep.Tell("张三", time.Now(), HeardNote+"窖里还有两个人")
	if n := AlarmScene(understand.Hear(rep.Text), rep).Count; n != "三人" {
		t.Fatalf("count told = %q, want 三人", n)
	}
	rep.Hazard = village.HazardCrime
	if n := AlarmScene(understand.Hear(rep.Text), rep).Count; n != "" {
		t.Fatalf("a crime's count = %q", n)
	}
}
