package words

import (
	"strings"
	"testing"
)

func TestAppr110Words(t *testing.T) {
	for q, want := range map[string]string{"低保名单几号公示": "公示", "高龄补贴的钱几号到账": PaidEvent, "危房改造哪天来验收": "验收", "低保名单啥时候公示": "", "明天几号": ""} {
		if got := StepDayAsked(q); got != want {
			t.Errorf("StepDayAsked(%q) = %q, want %q", q, got, want)
		}
	}
	for q, want := range map[string]string{"低保户能领取暖补贴不": "低保户", "五保户能领取暖补贴不": "五保户", "俺家是低保户 能领取暖补贴不": "", "取暖补贴谁能领": ""} {
		if got := GroupAsked(q); got != want {
			t.Errorf("GroupAsked(%q) = %q, want %q", q, got, want)
		}
	}
	if !PayoutWhenAsked("危房改造的钱啥时候能到") || PayoutWhenAsked("危房改造啥时候能批") {
		t.Error("PayoutWhenAsked")
	}
	if !AwayPayAsked("在外地怎么交医保") || AwayPayAsked("医保怎么交") {
		t.Error("AwayPayAsked")
	}
	if AmountAsked("临时救助咋申请 家里老人住院花了好多钱") || !AmountAsked("医保一年要好多钱") {
		t.Error("AmountAsked: spent told")
	}
}

func FuzzAppr110Words(f *testing.F) {
	for _, s := range []string{"低保名单几号公示", "低保户能领取暖补贴不", "危房改造的钱啥时候能到", "在外地怎么交医保", "花了好多钱", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if e := StepDayAsked(s); e != "" && !strings.Contains(s, e) {
			t.Errorf("StepDayAsked(%q) = %q, not in it", s, e)
		}
		if g := GroupAsked(s); g != "" && g != "特困" && !strings.Contains(s, g) {
			t.Errorf("GroupAsked(%q) = %q, not in it", s, g)
		}
		_, _ = PayoutWhenAsked(s), AwayPayAsked(s)
		_ = AmountAsked(s)
	})
}
