package handlers

import (
	"slices"
	"testing"

	"gridbot/config"
)

// FuzzGuideMentions: whatever a villager writes, guideMentions tells
// only lines of the guide, and everyday only with some.
func FuzzGuideMentions(f *testing.F) {
	p := &config.Procedure{Name: "低保", Steps: []string{"向乡镇提书面申请", "入户调查，核对收入、存款、车辆、房产"},
		Materials: []string{"全家身份证、户口簿", "残疾证、病历等（有的话）"}, Where: "镇便民服务中心", Note: "全程免费。"}
	for _, s := range []string{"我有残疾证能优先吗", "三轮车算车辆吗", "户口本要带吗", "身份证", "证", "", "（）、等", "存的钱存款"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		steps, parts, everyday := guideMentions(q, p)
		for _, s := range steps {
			if !slices.Contains(p.Steps, s) {
				t.Fatalf("%q: step %q not in the guide", q, s)
			}
		}
		for _, part := range parts {
			if !guideHolds(p, part) && part != "note" {
				t.Fatalf("%q: part %q the guide lacks", q, part)
			}
		}
		if everyday && len(steps)+len(parts) == 0 {
			t.Fatalf("%q: everyday with no line", q)
		}
	})
}
