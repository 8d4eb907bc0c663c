package words

import (
	"slices"
	"strings"
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

func TestStockAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"大米还有吗", true}, {"还有大米吗", true}, {"香皂有货没", true}, {"电压力锅换完了吗", true},
		{"大米还剩几袋", true}, {"大米有吗", true}, {"大 米 还 有 没 有", true},
		{"你家大米还有吗", false}, {"家里大米还有吗", false}, {"大米哪里买", false},
		{"大米还有", false}, {"大米还能兑换吗", false}, {"超市的大米还有吗？我想这周六去换两袋给老人", false},
	} {
		if got := StockAsked(c.text); got != c.want {
			t.Errorf("StockAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzStockAsked(f *testing.F) {
	for _, s := range []string{"大米还有吗", "你家大米还有吗", "香皂有货没", " 还 剩 几", "\xff还有吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if StockAsked(s) && ContainsAnyOf(s, notShopStock...) {
			t.Errorf("StockAsked(%q) with another's home, buying or lending", s)
		}
	})
}

func TestCoWorkersIn(t *testing.T) {
	isName := func(n string) bool { return n == "王五" || n == "张三" || n == "李四" }
	for _, c := range []struct {
		text string
		want []string
	}{
		{"今早下大雪 我和王五把村口的路铲出来了", []string{"王五"}},
		{"我跟王五、李四一起扫的雪", []string{"王五", "李四"}},
		{"跟王五一起帮王奶奶扫雪", []string{"王五"}},
		{"王五和我去清的水渠", []string{"王五"}},
		{"我们和张三把路扫了", []string{"张三"}},
		{"帮王五家扫了雪", nil},
		{"王五可以作证", nil},
	} {
		if got := CoWorkersIn(c.text, isName); !slices.Equal(got, c.want) {
			t.Errorf("CoWorkersIn(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzCoWorkersIn(f *testing.F) {
	for _, s := range []string{"我和王五把村口的路铲出来了", "王五和我", "我们跟@王五一起", "\xff我和"} {
		f.Add(s)
	}
	isName := func(n string) bool { return n == "王五" || n == "张三" }
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range CoWorkersIn(s, isName) {
			if !isName(n) || !strings.Contains(s, n) {
				t.Errorf("CoWorkersIn(%q) gave %q", s, n)
			}
		}
	})
}

func TestStockListAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"库存", true}, {"查库存", true}, {"库存还有多少", true}, {" 库存 情况 ", true},
		{"补货 大米 10 库存", false}, {"大米进了10袋 库存加上", false}, {"库存不够了要赶紧去县城进货吧", false}, {"大米还有吗", false},
	} {
		if got := StockListAsked(c.text); got != c.want {
			t.Errorf("StockListAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzStockListAsked(f *testing.F) {
	for _, s := range []string{"库存", "查 库存", "补货库存", "\xff库存"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if StockListAsked(s) && (!strings.Contains(s, "库存") || strings.Contains(s, "补")) {
			t.Errorf("StockListAsked(%q)", s)
		}
	})
}
