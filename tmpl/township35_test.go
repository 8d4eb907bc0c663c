package tmpl

import (
	"testing"
	"time"
)

// TestLateBy: how long past a deadline, to the day from a day on, else
// to the hour.
func TestLateBy(t *testing.T) {
	saysEach(t, "LateBy", LateBy, []durationCase{
		{0, "不到1小时"},
		{59 * time.Minute, "不到1小时"},
		{time.Hour, "1小时"},
		{23*time.Hour + 59*time.Minute, "23小时"},
		{24 * time.Hour, "1天"},
		{47 * time.Hour, "1天"},
		{72*time.Hour + 5*time.Hour, "3天"},
	})
}
