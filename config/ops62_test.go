package config

import (
	"strings"
	"testing"
)

// TestZoneOffBeijingTime: a zone that loads but is not Beijing time —
// the server's own (Local), UTC, or Etc/GMT+8 (POSIX: UTC-8, not +8) — is
// refused with how far off it is, as deadlines and schedules would shift;
// Beijing time under any name, and Xinjiang's zone, pass.
func TestZoneOffBeijingTime(t *testing.T) {
	for _, tt := range []struct {
		zone string
		want []string // "" for none
	}{
		{"UTC", []string{"第 1 行", `time_zone 写的是 "UTC"`, "比北京时间慢 8 小时", "请写 Asia/Shanghai"}},
		{"Etc/GMT+8", []string{"比北京时间慢 16 小时", "请写 Asia/Shanghai"}},
		{"Asia/Tokyo", []string{"比北京时间快 1 小时"}},
		{"Asia/Kolkata", []string{"比北京时间慢 2.5 小时"}},
		{"Local", []string{"这台服务器自己设的时区", "请写 Asia/Shanghai"}},
		{"Asia/Shanghai", nil},
		{"PRC", nil},
		{"Etc/GMT-8", nil},
		{"Asia/Urumqi", nil},
	} {
		t.Run(tt.zone, func(t *testing.T) {
			_, err := Parse([]byte("time_zone: " + tt.zone + "\n" + minimal))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Parse refused %s: %v", tt.zone, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Parse accepted time_zone %s", tt.zone)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}
