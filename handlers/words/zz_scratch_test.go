package words

import (
	"testing"
	"time"
)

func TestZZScratch(t *testing.T) {
	now := time.Date(2026, 12, 9, 1, 0, 0, 0, time.UTC)
	for _, s := range []string{"我妈腊月二十五我接去城里过年 正月十五以后回来", "我妈腊月二十五我接去城里过年 正月初六回来", "我妈腊月二十五我接她去城里过年 正月初六回来"} {
		st, ok := InHospital(s, now)
		t.Logf("%q -> %v %v %+v", s, kinTakesRe.FindString(s), ok, st)
	}
}
