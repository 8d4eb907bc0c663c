package scheduler

import (
	"testing"
	"time"

	"gridbot/config"
	"gridbot/storage/storagetest"
)

func TestQuietHours(t *testing.T) {
	loc := storagetest.Must(time.LoadLocation("Asia/Shanghai"))(t)
	tests := []struct {
		name, start, end, at string
		want                 bool
	}{
		{"evening inside a window over midnight", "21:00", "07:00", "22:30", true},
		{"after midnight", "21:00", "07:00", "03:00", true},
		{"end is not quiet", "21:00", "07:00", "07:00", false},
		{"day", "21:00", "07:00", "12:00", false},
		{"start is quiet", "21:00", "07:00", "21:00", true},
		{"window within a day", "12:00", "14:00", "13:00", true},
		{"outside a window within a day", "12:00", "14:00", "15:00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := &jobs{Deps: Deps{Config: &config.Config{QuietHours: config.QuietHours{Start: tt.start, End: tt.end}}}, loc: loc}
			hm, _ := time.Parse("15:04", tt.at)
			at := time.Date(2026, 3, 2, hm.Hour(), hm.Minute(), 0, 0, loc).UTC() // the zone must come from the config
			if got := j.quiet(at); got != tt.want {
				t.Errorf("quiet(%s) with %s–%s = %v, want %v", tt.at, tt.start, tt.end, got, tt.want)
			}
		})
	}
}
