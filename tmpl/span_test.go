package tmpl

import (
	"testing"
	"time"
)

func TestSpan(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{15 * time.Minute, "15分钟"},
		{90 * time.Minute, "1小时30分钟"},
		{24 * time.Hour, "24小时"},
		{36 * time.Hour, "36小时"},
		{48 * time.Hour, "2天"},
		{7 * 24 * time.Hour, "7天"},
		{49*time.Hour + 30*time.Second, "49小时"},
	} {
		if got := Span(tt.d); got != tt.want {
			t.Errorf("Span(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
