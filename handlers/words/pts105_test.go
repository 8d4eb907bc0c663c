package words

import (
	"testing"
	"time"
)

func TestShopOpenTold(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc) // a Tuesday
	day := func(d int) string { return time.Date(2026, 12, d, 0, 0, 0, 0, loc).Format("01-02") }
	for _, c := range []struct {
		text string
		ok   bool
		open string
	}{
		{"超市明天照常开门", true, day(9)},
		{"超市周六照常开门，不去县里了", true, day(12)},
		{"超市13日照常开门", true, day(13)},
		{"积分超市今天恢复兑换", true, day(8)},
		{"超市不关门了", true, day(8)},
		{"周六不去县里了 超市照常兑换", true, day(12)},
		{"超市明天照常开门吗", false, ""},
		{"这周六超市不开门", false, ""},
		{"明天照常开门", false, ""}, // no shop named
		{"镇上超市几点开门", false, ""},
	} {
		open, ok := ShopOpenTold(c.text, now)
		if ok != c.ok || ok && open.Format("01-02") != c.open {
			t.Errorf("ShopOpenTold(%q) = %s, %v; want %s, %v", c.text, open.Format("01-02"), ok, c.open, c.ok)
		}
	}
}

func TestShopClosedReopened(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	d := func(n int) time.Time { return time.Date(2026, 12, n, 0, 0, 0, 0, loc) }
	s := ShopClosed{From: d(12), Back: d(15)}
	if got, ok := s.Reopened(d(13), d(8)); !ok || !got.Back.Equal(d(13)) || !got.On(d(12)) {
		t.Errorf("cut: %+v %v, want back 12-13", got, ok)
	}
	if got, ok := s.Reopened(d(12), d(8)); !ok || got.On(d(8).Add(time.Hour)) {
		t.Errorf("called off: %+v %v, want no longer on", got, ok)
	}
	if _, ok := s.Reopened(d(15), d(8)); ok {
		t.Errorf("the day it opens anyway: changed, want not")
	}
}

func TestDeedYearBack(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"去年腊月帮五保户扫雪", 1},
		{"去年冬天帮王奶奶劈了柴", 1},
		{"去年12月28日帮五保户扫雪 证明人 王五", 1},
		{"前年捐了500块修路", 2},
		{"大前年拾到钱包交给了派出所", 3},
		{"从去年开始每周去敬老院打扫卫生", 0},
		{"去年起一直照顾王奶奶", 0},
		{"去年评过五好家庭 今天又帮五保户扫了雪", 0},
		{"比去年多扫了几次雪", 0},
		{"帮五保户扫雪", 0},
	} {
		if got := DeedYearBack(c.text); got != c.want {
			t.Errorf("DeedYearBack(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	if !DeedYearLunar("去年腊月帮五保户扫雪") || DeedYearLunar("去年8月帮五保户收玉米") {
		t.Error("DeedYearLunar: 腊月 straddles the new year, 8月 does not")
	}
}

func FuzzShopOpenTold(f *testing.F) {
	for _, s := range []string{"超市明天照常开门", "超市13日照常开门", "周六不去县里了 超市照常兑换", "超市明天照常开门吗"} {
		f.Add(s)
	}
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	today := time.Date(2026, 12, 8, 0, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		open, ok := ShopOpenTold(s, now)
		if ok && open.Before(today) {
			t.Errorf("ShopOpenTold(%q) = %v, before today", s, open)
		}
	})
}

func FuzzDeedYearBack(f *testing.F) {
	for _, s := range []string{"去年腊月帮五保户扫雪", "从去年开始", "大前年", "前年捐了500块"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := DeedYearBack(s); n < 0 || n > 3 {
			t.Errorf("DeedYearBack(%q) = %d", s, n)
		}
	})
}

func TestShopVisitAskedPts105(t *testing.T) {
	for _, c := range []string{"年前超市还开几次门", "积分超市腊月里还开几回", "超市过年前还开吗"} {
		if !ShopVisitAsked(c) {
			t.Errorf("ShopVisitAsked(%q) = false, want true", c)
		}
	}
	if ShopVisitAsked("镇上超市开到几点") {
		t.Error("another shop's hours asked: want false")
	}
}
