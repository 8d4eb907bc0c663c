package words

import (
	"testing"
	"time"
)

func TestShopClosedTold(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc) // a Tuesday
	day := func(d int) string { return time.Date(2026, 12, d, 0, 0, 0, 0, loc).Format("01-02") }
	for _, c := range []struct {
		text     string
		from, to string // to: the day it opens again
	}{
		{"积分超市明天后天不开门，周五照常", day(9), day(11)},
		{"超市明后天不开门", day(9), day(11)},
		{"超市这两天歇业 我去县里进货", day(8), day(10)},
		{"今天超市关门一天", day(8), day(9)},
		{"周六超市不开门", day(12), day(13)},
		{"积分超市12日到14日暂停兑换", day(12), day(15)},
		{"超市明天起关门三天", day(9), day(12)},
	} {
		from, back, ok := ShopClosedTold(c.text, now)
		if !ok || from.Format("01-02") != c.from || back.Format("01-02") != c.to {
			t.Errorf("%q: %v %v %v, want %s..%s", c.text, from, back, ok, c.from, c.to)
		}
	}
	for _, text := range []string{
		"明天超市开门吗", "超市今天没关门", "超市几点关门", "今天休息一天", "我明天不开门", "听说超市明天关门",
		"超市关门了", "超市下个月起关门半年", "村委会明天放假",
	} {
		if _, _, ok := ShopClosedTold(text, now); ok {
			t.Errorf("%q read as the shop closed", text)
		}
	}
}

func FuzzShopClosedTold(f *testing.F) {
	for _, s := range []string{"积分超市明天后天不开门", "超市12日到14日暂停兑换", "周六超市不开门", "超市明天开门吗", "超市关门三十天"} {
		f.Add(s)
	}
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		from, back, ok := ShopClosedTold(s, now)
		if !ok {
			return
		}
		today := time.Date(2026, 12, 8, 0, 0, 0, 0, loc)
		if from.Before(today) || !from.Before(back) || back.Sub(today) > ShopClosedMax*24*time.Hour {
			t.Fatalf("%q: %v..%v", s, from, back)
		}
	})
}
