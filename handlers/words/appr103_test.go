package words

import (
	"testing"
)

// TestAppr103Words: who gets it, where one pays, the office's days, and
// 是不是 asked.
func TestAppr103Words(t *testing.T) {
	for text, want := range map[string]bool{"那俺家能领不": true, "俺家够条件不": true, "家里有辆三轮车影响吗": false, "打工的钱算不算收入": false, "啥时候发": false} {
		if got := MayGetAsked(text); got != want {
			t.Errorf("MayGetAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"医保在哪交都行吗": true, "那手机上能交吗": true, "在外地能交不": true, "医保交了没": false, "交多少钱": false} {
		if got := PayWhereAsked(text); got != want {
			t.Errorf("PayWhereAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"民政局过年放假不": true, "周六能办不": true, "村委会上班吗": true, "学校放假了": false, "放假回来交医保": false} {
		if got := OfficeDaysAsked(text); got != want {
			t.Errorf("OfficeDaysAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for line, want := range map[string]bool{"低保户、特困人员等困难家庭冬季发取暖补贴，按名单发": true, "可以在家分散供养，也可以申请到敬老院集中供养": false, "乡镇审核": false} {
		if got := EligibleLine(line); got != want {
			t.Errorf("EligibleLine(%q) = %v, want %v", line, got, want)
		}
	}
	for text, want := range map[string]bool{"是不是要拿户口本去村委会": true, "是不是要带啥": false} {
		if got := AsksYesNo(text); got != want {
			t.Errorf("AsksYesNo(%q) = %v, want %v", text, got, want)
		}
	}
	if !AsksSomething("是不是重复了") {
		t.Errorf("AsksSomething(是不是重复了) = false")
	}
}

// FuzzAppr103Words: the readers never panic; a place to pay, a day of the
// office or who may get it is asked only in words that ask something.
func FuzzAppr103Words(f *testing.F) {
	for _, s := range []string{"医保在哪交都行吗", "那俺家能领不", "民政局过年放假不", "是不是要拿户口本", "", "交", "能领"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (PayWhereAsked(s) || OfficeDaysAsked(s)) && !AsksSomething(s) && !ContainsAnyOf(s, "交", "缴", "办", "上班", "开门") {
			t.Errorf("%q asks a place or a day in no word of one", s)
		}
		if MayGetAsked(s) && !AsksEligibility(s) {
			t.Errorf("MayGetAsked(%q) without AsksEligibility", s)
		}
		_ = EligibleLine(s)
	})
}
