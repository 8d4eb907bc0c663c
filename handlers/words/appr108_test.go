package words

import "testing"

func TestAppr108Words(t *testing.T) {
	for text, want := range map[string]bool{
		"俺在外地 高龄补贴认证能在手机上弄不": true, "在外地能办吗": true, "网上能认证吗": true,
		"手机上怎么弄": false, "俺在外地打工": false, "手机丢了": false,
	} {
		if got := RemoteAsked(text); got != want {
			t.Errorf("RemoteAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"医保今年还能交不 俺在广东打工": true, "俺闺女在北京上班": true, "俺在家干活": false, "在镇上上班": false, "在村里打工": false,
	} {
		if got := AwayTold(text); got != want {
			t.Errorf("AwayTold(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"高龄补贴到账了没 咋查": false, "医保交了没 怎么查": false, "高龄补贴咋申请": true, "咋查 怎么办": true,
	} {
		if got := HowAsked(text); got != want {
			t.Errorf("HowAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"高龄补贴认证啥时候截止": "", "医保什么时候结束": "", "批下来多久要开工": "开工",
	} {
		if got := TimeOfOther(text); got != want {
			t.Errorf("TimeOfOther(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"今年照常发 月底前打到一卡通": true, "今年取消了": true, "要带原件": false, "先去村委会写个申请": false,
	} {
		if got := PayoutTold(text); got != want {
			t.Errorf("PayoutTold(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzAppr108Words(f *testing.F) {
	for _, s := range []string{"俺在外地 高龄补贴认证能在手机上弄不", "啥时候截止", "手机上怎么弄", "今年照常发", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if RemoteAsked(s) && (!ContainsAnyOf(s, remoteAsks...) || ContainsAnyOf(s, HowAsks...)) {
			t.Fatalf("RemoteAsked(%q) without a remote word, or asking how", s)
		}
		if PayoutTold(s) && !ContainsAnyOf(s, payoutTells...) {
			t.Fatalf("PayoutTold(%q) without a payout word", s)
		}
		if other := TimeOfOther(s); other != "" && ContainsAnyOf(other, "截止", "截至", "结束") {
			t.Fatalf("TimeOfOther(%q) = %q: a deadline is the procedure's own", s, other)
		}
	})
}
