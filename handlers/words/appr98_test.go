package words_test

import (
	"strings"
	"testing"

	"gridbot/handlers/words"
)

// TestNeedAsked (appr98): a yes-or-no question whether a thing must be
// done, not what or where.
func TestNeedAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"要回来开证明不": true,
		"那户口本要带吗": true,
		"还得本人去吗？": true,
		"需不需要开证明": true,
		"身份证要不要带": true,
		"要带啥":     false,
		"要去哪里办":   false,
		"要多久":     false,
		"本人去不":    false, // no word of need
		"要几张照片吗":  false,
		"证明开好了":   false,
		"":        false,
	} {
		if got := words.NeedAsked(q); got != want {
			t.Errorf("NeedAsked(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestMayGetAsked (appr98): whether one may get or apply for it, put yes
// or no, asks eligibility; asked what or where, it does not.
func TestMayGetAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"俺家烧煤的 能领不": true,
		"我爹79了能申请吗": true,
		"在哪能领":      false,
		"能领多少":      false,
		"有辆三轮车影响吗":  true,
	} {
		if got := words.AsksEligibility(q); got != want {
			t.Errorf("AsksEligibility(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestPaperUsed (appr98): a paper right after a word of using or
// bringing it is not what is asked about; said otherwise once, it is.
func TestPaperUsed(t *testing.T) {
	for _, c := range []struct {
		text, k string
		want    bool
	}{
		{"用医保卡看病能报多少", "医保卡", true},
		{"刷医保卡买药能报销不", "医保卡", true},
		{"要带上残疾证吗", "残疾证", true},
		{"医保卡在哪领", "医保卡", false},
		{"用医保卡看病 医保卡丢了咋办", "医保卡", false},
		{"用医保看病能报多少", "医保", false}, // no paper
		{"低保怎么办", "", false},
		{"低保怎么办", "医保卡", false}, // not said
	} {
		if got := words.PaperUsed(c.text, c.k); got != c.want {
			t.Errorf("PaperUsed(%q, %q) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}

// FuzzNeedAskedPaperUsed: villagers' words never panic either reader; a
// question asking what (啥/哪/几/多少) without a yes-or-no form is no
// need asked; a keyword not ending in a paper's letter is never used.
func FuzzNeedAskedPaperUsed(f *testing.F) {
	for _, s := range []string{"要回来开证明不", "那户口本要带吗", "用医保卡看病能报多少", "要带啥", "医保卡在哪领", "用用用卡", "卡", "要不"} {
		f.Add(s, "医保卡")
		f.Add(s, "医保")
	}
	f.Fuzz(func(t *testing.T, text, k string) {
		need := words.NeedAsked(text)
		if need && !strings.ContainsAny(text, "要得用需必") {
			t.Errorf("NeedAsked(%q) with no word of need", text)
		}
		if words.PaperUsed(text, k) && (k == "" || !strings.ContainsAny(string([]rune(k)[len([]rune(k))-1:]), "卡证本簿")) {
			t.Errorf("PaperUsed(%q, %q) of no paper", text, k)
		}
	})
}
