package config

import (
	"slices"
	"strings"
	"testing"
)

// TestExtraDayReasons: outreach.extra_days names what each day's call is
// about after its date, in the ways a volunteer writes it; a plain date
// list reads as before.
func TestExtraDayReasons(t *testing.T) {
	c, err := Parse([]byte(minimal + `outreach:
  extra_days:
    - 2026-10-01
    - 2026-12-07 寒潮：提醒取暖、防煤气中毒
    - 2026-12-08：暴雪：提醒别出门
    - "2026-12-09  大风"
    - 2026-12-10: 冰冻，提醒防滑
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []ExtraDay{{Date: "2026-10-01"}, {Date: "2026-12-07", Reason: "寒潮：提醒取暖、防煤气中毒"},
		{Date: "2026-12-08", Reason: "暴雪：提醒别出门"}, {Date: "2026-12-09", Reason: "大风"}, {Date: "2026-12-10", Reason: "冰冻，提醒防滑"}}
	got := c.Outreach.ExtraDays
	for i := range got {
		got[i].said = ""
	}
	if !slices.Equal(got, want) {
		t.Errorf("extra days:\n%+v\nwant\n%+v", got, want)
	}
	if d, ok := c.Outreach.ExtraDay("2026-12-07"); !ok || d.Reason != "寒潮：提醒取暖、防煤气中毒" {
		t.Errorf("ExtraDay(2026-12-07) = %+v, %v", d, ok)
	}
	if _, ok := c.Outreach.ExtraDay("2026-12-11"); ok {
		t.Error("2026-12-11 is no extra day")
	}
	c, err = Parse([]byte(minimal + "outreach:\n  extra_days: [2026-10-01, 2027-02-17]\n"))
	if err != nil || len(c.Outreach.ExtraDays) != 2 || c.Outreach.ExtraDays[1].Date != "2027-02-17" || c.Outreach.ExtraDays[1].Reason != "" {
		t.Errorf("a plain list: %+v, %v", c, err)
	}
}

// TestExtraDayErrors: an item that is no date, a date twice, or an item
// that is neither text nor a date with its reason is named by its line in
// Chinese, with how to write it.
func TestExtraDayErrors(t *testing.T) {
	for _, tt := range []struct {
		name, yaml string
		want       []string
	}{
		{"no date", "outreach:\n  extra_days:\n    - 2026-10-01\n    - 12月7日 寒潮\n", []string{"第 13 行", "\"12月7日 寒潮\"", "开头不是日期", "2026-12-07 寒潮：提醒取暖、防煤气中毒"}},
		{"no padding", "outreach:\n  extra_days:\n    - 2026-12-7 寒潮\n", []string{"第 12 行", "两位"}},
		{"twice", "outreach:\n  extra_days:\n    - 2026-12-07\n    - 2026-12-07 寒潮\n", []string{"第 13 行", "2026-12-07 写了两次", "第 1 项"}},
		{"a list for an item", "outreach:\n  extra_days:\n    - [2026-12-07, 寒潮]\n", []string{"第 12 行", "看不懂", "一项一行"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := parseError(t, minimal+tt.yaml, tt.want)
			if strings.Contains(err.Error(), "cannot unmarshal") {
				t.Errorf("error %q is yaml's English", err)
			}
		})
	}
}
