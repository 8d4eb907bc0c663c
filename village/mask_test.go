package village

import (
	"testing"
	"unicode"

	"gridbot/internal/fuzzseed"
)

func TestMask(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mobile", "有事打我电话13912345678", "有事打我电话[电话]"},
		{"mobile with spaces", "电话 139 1234 5678 找老王", "电话 [电话] 找老王"},
		{"mobile with dashes", "139-1234-5678", "[电话]"},
		{"mobile full-width", "１３９１２３４５６７８", "[电话]"},
		{"country code", "+86 13912345678", "+[电话]"},
		{"landline", "村委会电话0871-6543210", "村委会电话[电话]"},
		{"id card", "身份证号530102199001011234", "身份证号[身份证]"},
		{"id card with X", "身份证53010219900101123X号", "身份证[身份证]号"},
		{"id card lower-case x", "53010219900101123x", "[身份证]"},
		{"bank card grouped", "卡号6222 0202 1234 5678 901", "卡号[银行卡]"},
		{"bank card plain", "转到6217000012345678", "转到[银行卡]"},
		{"other long number", "订单号20260302123", "订单号[号码]"},
		{"amounts and dates stay", "2026年3月2日借了5000块，3组", "2026年3月2日借了5000块，3组"},
		{"short numbers stay", "400毫升 120 110", "400毫升 120 110"},
		{"several", "张三13912345678李四13800001111", "张三[电话]李四[电话]"},
		{"no digits", "村口那个灯又不亮了", "村口那个灯又不亮了"},
		{"trailing separator", "号码是1391234 5678-", "号码是[电话]-"},
		{"mobile with dots", "有事打139.1234.5678", "有事打[电话]"},
		{"mobile with full-width dots", "有事打139．1234．5678找我", "有事打[电话]找我"},
		{"mobile half dotted", "有事打1391234.5678", "有事打[电话]"},
		{"dotted dates and amounts stay", "2026.03.02开会 每斤3.5元 1.2.3", "2026.03.02开会 每斤3.5元 1.2.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Mask(tt.in); got != tt.want {
				t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzMask: after masking no run of seven or more digits is left, even
// across single spaces or dashes, and text without digits is unchanged.
func FuzzMask(f *testing.F) {
	for _, s := range []string{"13912345678", "139 1234 5678", "53010219900101123X", "6222 0202 1234 5678 901",
		"１３９１２３４５６７８", "1-2-3-4-5-6-7", "没有数字", "12 34 56 78", "\xff13912345678\xfe"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := Mask(s)
		run := 0
		pendingSep := false
		for _, r := range out {
			switch {
			case isDigit(r):
				run++
				pendingSep = false
				if run >= 7 {
					t.Fatalf("Mask(%q) = %q keeps a long number", s, out)
				}
			case (r == ' ' || r == '-' || r == '－' || r == '\u00a0' || r == '\u3000') && run > 0 && !pendingSep:
				pendingSep = true
			default:
				run, pendingSep = 0, false
			}
		}
		hasDigit := false
		for _, r := range s {
			hasDigit = hasDigit || isDigit(r) || unicode.IsDigit(r) && r < 0x80
		}
		if !hasDigit && out != s {
			t.Fatalf("Mask(%q) = %q changed text without digits", s, out)
		}
	})
}
