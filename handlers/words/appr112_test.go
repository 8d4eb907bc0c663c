package words

import (
	"strings"
	"testing"
)

func TestAppr112Words(t *testing.T) {
	for q, want := range map[string]bool{
		"身份证号填错了咋改": true, "老年人要带身份证不": true, "带上身份证号": true,
		"想办个身份证": false, "身份证号填错了 身份证也丢了": false, "要带身份证 身份证丢了": false,
	} {
		if got := PaperAside(q, "身份证"); got != want {
			t.Errorf("PaperAside(%q) = %v, want %v", q, got, want)
		}
	}
	if PaperAside("低保号多少", "低保") {
		t.Error("PaperAside: no paper")
	}
	if g := GiftsSaid("低保户过年有慰问金吗 有福利不"); strings.Join(g, ",") != "慰问金,慰问" {
		t.Errorf("GiftsSaid = %q", g)
	}
	for _, q := range []string{"牛死了保险能赔多少", "低保一个月给多少钱"} {
		if !ContainsAnyOf(q, PayOutWords...) {
			t.Errorf("%q: no pay-out word", q)
		}
	}
}

func FuzzAppr112Words(f *testing.F) {
	for _, s := range []string{"身份证号填错了咋改", "老年人要带身份证不", "俺家是低保户 过年有慰问金吗", "号", ""} {
		f.Add(s, "身份证")
	}
	f.Fuzz(func(t *testing.T, s, k string) {
		if PaperAside(s, k) && (k == "" || !strings.Contains(s, k)) {
			t.Errorf("PaperAside(%q, %q) with no paper said", s, k)
		}
		for _, g := range GiftsSaid(s) {
			if !strings.Contains(s, g) {
				t.Errorf("GiftsSaid(%q): %q", s, g)
			}
		}
	})
}
