package words

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

func TestScorerSaw(t *testing.T) {
	for _, tt := range []struct {
		note string
		need village.Evidence
		what string
		ok   bool
	}{
		{"县综治办认定书已看", village.EvidenceDocument, "县综治办认定书", true},
		{"分数按规定，认定书原件已经看过了", village.EvidenceDocument, "认定书原件", true},
		{"已核实", village.EvidenceDocument, "证明材料", true},
		{"我看了照片", village.EvidencePhoto, "照片", true},
		{"证书已核对无误", village.EvidenceDocument, "证书", true},
		{"认定书还没看到，先通过", village.EvidenceDocument, "", false},
		{"证明以后补，看过再说", village.EvidenceDocument, "", false},
		{"干得好", village.EvidenceDocument, "", false},
		{"我看见了", village.EvidenceWitness, "", false},
	} {
		what, ok := ScorerSaw(tt.note, tt.need)
		if what != tt.what || ok != tt.ok {
			t.Errorf("ScorerSaw(%q) = %q, %v; want %q, %v", tt.note, what, ok, tt.what, tt.ok)
		}
	}
}

func TestOtherDeeds(t *testing.T) {
	vol := village.Indicator{Code: "SG01", Name: "参加志愿服务活动", Keywords: []string{"志愿", "志愿者", "志愿服务", "做志愿"}}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"志愿服务 在村口帮忙指挥交通", "志愿服务 下午去敬老院打扫卫生", true},
		{"志愿服务 在村口帮忙指挥交通", "志愿服务 今天在村口指挥交通", false},
		{"志愿服务", "今天参加志愿服务了", false},
		{"志愿服务 打扫村口 证明人 王五", "志愿服务 扫村口的地，王五可以作证", false},
		{"志愿服务 在敬老院 证明人 王五", "志愿服务 在村口 证明人 王五", true}, // two places, one witness
		{"志愿服务 在敬老院帮忙 证明人 王五", "志愿服务 去村口指挥 证明人 王五", true},
	} {
		if got := OtherDeeds(tt.a, tt.b, vol); got != tt.want {
			t.Errorf("OtherDeeds(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzScorerSawOtherDeeds(f *testing.F) {
	vol := village.Indicator{Code: "SG01", Name: "参加志愿服务活动", Keywords: []string{"志愿", "志愿服务"}}
	for _, s := range []string{"县综治办认定书已看", "已看", "看过了，", "，已核实", "在村口帮忙指挥交通", "", "\xff已看"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		what, ok := ScorerSaw(s, village.EvidenceDocument)
		if ok != (what != "") {
			t.Errorf("ScorerSaw(%q) = %q, %v: what said iff seen", s, what, ok)
		}
		if utf8.ValidString(s) && !utf8.ValidString(what) {
			t.Errorf("invalid UTF-8 from valid input %q", s)
		}
		if ok && !strings.Contains(s, what) && what != village.EvidenceDocument.Label() {
			t.Errorf("ScorerSaw(%q) = %q: not of the note", s, what)
		}
		if OtherDeeds(s, s, vol) {
			t.Errorf("OtherDeeds(%q, itself)", s)
		}
		if OtherDeeds(s, "志愿服务 在村口", vol) != OtherDeeds("志愿服务 在村口", s, vol) {
			t.Errorf("OtherDeeds(%q, …) not symmetric", s)
		}
	})
}
