package config

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// TestExamplePointsCatalogue keeps the shipped catalogue what the plan
// asks: seven categories with at least 35 indicators, at least ten bonus
// and veto items, deductions for burning straw and dumping rubbish, and a
// supermarket priced at about 1 point ≈ 0.1–3 元.
func TestExamplePointsCatalogue(t *testing.T) {
	c := mustLoadExample(t)
	p := c.Points
	if len(p.Catalogue) < 35 {
		t.Errorf("catalogue has %d indicators, want at least 35", len(p.Catalogue))
	}
	if n := len(p.Bonus) + len(p.Veto); n < 10 || len(p.Bonus) == 0 || len(p.Veto) == 0 {
		t.Errorf("%d bonus and %d veto items, want at least 10 together and some of each", len(p.Bonus), len(p.Veto))
	}
	per := map[string]int{}
	for _, it := range p.Catalogue {
		per[it.Category]++
		if it.Points.Max > 100 || it.Points.Min < -50 {
			t.Errorf("%s %s: %d–%d is beyond a regular item's scale (1–20 per act, one-off up to 100)", it.Code, it.Name, it.Points.Min, it.Points.Max)
		}
		if len(it.Keywords) == 0 {
			t.Errorf("%s %s has no keywords: claims could only name it by code", it.Code, it.Name)
		}
	}
	for _, cat := range village.PointCategories {
		if per[cat] < 3 {
			t.Errorf("category %s has %d indicators, want at least 3", cat, per[cat])
		}
	}
	cat := p.Indicators()
	deduct := func(i village.Indicator) bool { return i.Deduction() }
	for _, text := range []string{"焚烧秸秆", "乱倒垃圾"} {
		if _, ok := cat.Match(text, deduct); !ok {
			t.Errorf("no deduction matches %q", text)
		}
	}
	claim := village.Indicator.Claimable
	for text, code := range map[string]string{
		"今天把院子打扫干净了": "HJ01", "参加了村里的义务劳动": "SG02", "捡到钱包还给失主了": "SG03",
		"孩子考上大学了": "JT03", "晚上参加治安巡逻": "ZF01", "在河边救起落水儿童": "JF01",
	} {
		if got, ok := cat.Match(text, claim); !ok || got.Code != code {
			t.Errorf("claim %q matched %q, want %s", text, got.Code, code)
		}
	}
	for _, b := range p.Bonus {
		if b.Points.Min < 10 || b.Evidence == "none" {
			t.Errorf("bonus %s: %d points with evidence %s; bonus items are large and need evidence", b.Code, b.Points.Min, b.Evidence)
		}
	}
	if len(p.Supermarket) < 5 {
		t.Errorf("supermarket has %d items, want a usable price list", len(p.Supermarket))
	}
	if p.Visit.Hours == "" || p.Visit.Place == "" {
		t.Errorf("shop is %+v: the example village tells villagers when and where its shop opens", p.Visit)
	}
}

func TestPointsDefaults(t *testing.T) {
	twenty := 20
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	want := Points{
		Publicity:   Publicity{Cadence: "monthly", Window: Duration(7 * 24 * time.Hour), Veto: "withhold"},
		ClaimWindow: "publicity",
		YearEnd:     YearEnd{Unspent: "clear"},
		Ranking:     Ranking{Top: 10, Honours: 3, HonourShare: 10, HonourMin: &twenty},
		Schedules:   PointsSchedules{Publicity: "0 9 1 * *", Finalise: "0 9 * * *", YearEnd: "0 18 31 12 *", Reminder: "0 10 1 12 *", LastCall: "0 10 24 12 *"},
	}
	if diff := cmp.Diff(c.Points, want); diff != "" {
		t.Errorf("points defaults (-got +want):\n%s", diff)
	}
	c, err = Parse([]byte(minimal + "points:\n  publicity:\n    cadence: quarterly\n  year_end:\n    unspent: keep\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Points.Schedules.Publicity != "0 9 1 1,4,7,10 *" || c.Points.Schedules.Reminder != "off" || c.Points.Schedules.LastCall != "off" {
		t.Errorf("quarterly/keep schedules = %+v", c.Points.Schedules)
	}
	ex := mustLoadExample(t)
	pick := func(p Points) []any {
		return []any{p.Publicity, p.YearEnd, p.Ranking, p.Schedules, len(p.Average.ExcludeCare)}
	}
	if diff := cmp.Diff(pick(ex.Points), pick(c.Points)); diff == "" {
		t.Error("the quarterly/keep config equals the example: the test above proves nothing")
	}
	def, _ := Parse([]byte(minimal))
	if diff := cmp.Diff(pick(ex.Points), pick(def.Points)); diff != "" {
		t.Errorf("example differs from the defaults it documents (-example +default):\n%s", diff)
	}
}

func TestPointsValidation(t *testing.T) {
	item := func(s string) string { return minimal + "points:\n  catalogue:\n    - " + s + "\n" }
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"duplicate code", item("{code: A1, category: 人居环境, name: 扫院子, points: 2}\n    - {code: a1, category: 人居环境, name: 清河道, points: 5}"),
			[]string{"points.catalogue[1] (a1).code", "已经用在 points.catalogue[0]"}},
		{"unknown category", item("{code: A1, category: 卫生, name: 扫院子, points: 2}"), []string{"category 写的是 \"卫生\"", "人居环境"}},
		{"mixed range", item("{code: A1, category: 人居环境, name: 扫院子, points: [-5, 5]}"), []string{"既有加分又有扣分"}},
		{"range upside down", item("{code: A1, category: 人居环境, name: 扫院子, points: [10, 2]}"), []string{"小的数写在前面"}},
		{"cap below the award", item("{code: A1, category: 人居环境, name: 扫院子, points: 5, monthly_cap: 3}"), []string{"monthly_cap 写的是 3，比最少一次加的分 5 还小"}},
		{"bad evidence", item("{code: A1, category: 人居环境, name: 扫院子, points: 5, evidence: video}"), []string{"evidence 写的是 \"video\"", "photo"}},
		{"points in words", item("{code: A1, category: 人居环境, name: 扫院子, points: 五分}"), []string{"第 12 行", "整数"}},
		{"veto that awards", minimal + "points:\n  veto:\n    - {code: F1, name: 判刑, points: 5}\n", []string{"否决项不能加分"}},
		{"cadence", minimal + "points:\n  publicity:\n    cadence: weekly\n", []string{"points.publicity.cadence 写的是 \"weekly\"", "monthly", "quarterly"}},
		{"veto", minimal + "points:\n  publicity:\n    veto: hide\n", []string{"points.publicity.veto 写的是 \"hide\"", "withhold", "name"}},
		{"window", minimal + "points:\n  publicity:\n    window: 60d\n", []string{"points.publicity.window", "1d 到 30d"}},
		{"price", minimal + "points:\n  supermarket:\n    - {name: 香皂, points: 0}\n", []string{"points.supermarket[0] (香皂).points 写的是 0"}},
		{"care", minimal + "points:\n  average:\n    exclude_care: [卧床]\n", []string{"exclude_care 里的 \"卧床\"", "高、重点 或 一般"}},
		{"shop hours on two lines", minimal + "points:\n  shop:\n    hours: \"周六上午\\n周日下午\"\n", []string{"points.shop.hours 要写成一行"}},
		{"shop place too long", minimal + "points:\n  shop:\n    place: " + strings.Repeat("村", 41) + "\n", []string{"points.shop.place 写了 41 个字", "最多 40 个字"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parseError(t, tt.yaml, tt.want)
		})
	}
}

// TestPointsPeriod: points decided after the year-end run count in
// January of the next year; with the run in January (it closes the
// year before) or off, in their own month.
func TestPointsPeriod(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ yearEnd, at, want string }{
		{"0 18 31 12 *", "2026-12-31 17:59", "2026-12"},
		{"0 18 31 12 *", "2026-12-31 18:00", "2027-01"},
		{"0 18 31 12 *", "2026-12-31 23:59", "2027-01"},
		{"0 18 31 12 *", "2027-01-01 00:00", "2027-01"},
		{"0 18 31 12 *", "2026-06-15 10:00", "2026-06"},
		{"0 18 20 12 *", "2026-12-25 10:00", "2027-01"},
		{"0 0 1 1 *", "2026-12-31 23:59", "2026-12"},
		{"0 0 1 1 *", "2027-01-01 10:00", "2027-01"},
		{"off", "2026-12-31 23:59", "2026-12"},
	} {
		p := Points{Schedules: PointsSchedules{YearEnd: tt.yearEnd}}
		at, err := time.ParseInLocation("2006-01-02 15:04", tt.at, loc)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Period(at); got != tt.want {
			t.Errorf("year_end %q, decided %s: period %s, want %s", tt.yearEnd, tt.at, got, tt.want)
		}
	}
}

// TestClearsThisMonth: the year-end clearing is told only in its own
// month, and never when unspent points are kept or it is off.
func TestClearsThisMonth(t *testing.T) {
	sh := time.FixedZone("CST", 8*3600)
	for _, tc := range []struct {
		name    string
		unspent string
		yearEnd string
		at      time.Time
		want    time.Time
	}{
		{"December", "clear", "", time.Date(2026, 12, 10, 9, 0, 0, 0, sh), time.Date(2026, 12, 31, 18, 0, 0, 0, sh)},
		{"November", "clear", "", time.Date(2026, 11, 30, 23, 0, 0, 0, sh), time.Time{}},
		{"after the clearing", "clear", "", time.Date(2026, 12, 31, 19, 0, 0, 0, sh), time.Time{}},
		{"kept", "keep", "", time.Date(2026, 12, 10, 9, 0, 0, 0, sh), time.Time{}},
		{"off", "clear", "off", time.Date(2026, 12, 10, 9, 0, 0, 0, sh), time.Time{}},
	} {
		p := Points{YearEnd: YearEnd{Unspent: tc.unspent}, Schedules: PointsSchedules{YearEnd: tc.yearEnd}}
		p.applyDefaults()
		if got := p.ClearsThisMonth(tc.at); !got.Equal(tc.want) {
			t.Errorf("%s: ClearsThisMonth(%v) = %v, want %v", tc.name, tc.at, got, tc.want)
		}
	}
}
