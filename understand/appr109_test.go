package understand

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestOfficeChoiceAndArrivalCheck (appr109): a choice of offices asks where
// a procedure is done; 到没到账 asks whether money came, no payment found
// missing. Where an event is held, and money told missing, read as before.
func TestOfficeChoiceAndArrivalCheck(t *testing.T) {
	ru := Rules{}.WithProcedures([]string{"结婚登记", "高龄补贴", "征兵体检"})
	for _, c := range []struct {
		text  string
		typ   village.Type
		query bool
	}{
		{"俺闺女腊月回来结婚 结婚登记要去县里还是镇上办", village.Approval, false},
		{"结婚登记要去县里还是镇上", village.Approval, false},
		{"身份证丢了 补办是在镇上还是得去县里", village.Approval, false},
		{"低保要到村里还是镇上交材料", village.Approval, false},
		{"高龄补贴咋查到没到账", village.Approval, false},
		{"俺娘的养老金咋看到没到账", village.Approval, false},
		{"征兵体检是哪天 在县里还是镇上", "", true},
		{"明天去镇上还是去县里赶集", "", true},
		{"高龄补贴三个月没到账了 恳请尽快发放", village.General, false},
		// who may get it, put yes or no round the thing
		{"低保户能领取暖补贴不", village.Approval, false},
		{"残疾人能领取暖补贴吗", village.Approval, false},
		{"高龄补贴一个月多少钱来着", "", true},
		// one's own card expired, asked of: his renewal, no hazard
		{"残疾证过期了 两项补贴会停吗", village.Approval, false},
		{"身份证到期了 还能用吗", village.Approval, false},
		{"灭火器过期了 还能用吗", village.General, false},
	} {
		r := ru.Read(t.Context(), c.text)
		if got := r.Intent == village.IntentQuery; got != c.query {
			t.Errorf("Read(%q) intent %q, want query %v", c.text, r.Intent, c.query)
		}
		if c.typ != "" && r.Type != c.typ {
			t.Errorf("Read(%q) type %q, want %q", c.text, r.Type, c.typ)
		}
	}
}

// FuzzMayGetAsked: mayGetAsked never panics, and holds only of words with
// 能 and a yes-or-no.
func FuzzMayGetAsked(f *testing.F) {
	for _, s := range []string{"低保户能领取暖补贴不", "能领不", "能申请吗 俺家", "", "能", "能办么啊"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayGetAsked(s) && (!strings.Contains(s, "能") || !strings.ContainsAny(s, "不吗么")) {
			t.Errorf("mayGetAsked(%q) with no 能…不", s)
		}
	})
}
