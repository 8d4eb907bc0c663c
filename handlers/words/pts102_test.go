package words

import (
	"testing"
	"time"
)

func TestPhotoResent(t *testing.T) {
	h := func(n int) time.Time {
		return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Hour)
	}
	made, until := h(14), h(38)
	for _, c := range []struct {
		name         string
		from, to, at time.Time
		want         bool
	}{
		{"down across the wait's end, resent after", h(15), h(81), h(82), true},
		{"down at the end only", h(30), h(40), h(41), true},
		{"resent a day after the bot came back", h(15), h(81), h(106), false},
		{"down before the claim", h(1), h(10), h(40), false},
		{"down after the wait", h(39), h(70), h(71), false},
		{"within the wait", h(15), h(20), h(21), false},
		{"before the bot came back", h(15), h(81), h(60), false},
	} {
		if got := PhotoResent(made, until, c.from, c.to, c.at); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	if PhotoResent(made, time.Time{}, h(15), h(81), h(82)) {
		t.Error("no wait: resent")
	}
}
