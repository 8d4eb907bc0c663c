package config

import (
	"strings"
	"testing"
)

// TestDepartmentPhone: a department's phone is kept as villagers are told
// it (区号-号码, 11 digits, a 12xxx hotline), from the ways a volunteer
// types or pastes it; anything else is refused with what is wrong.
func TestDepartmentPhone(t *testing.T) {
	good := map[string]string{
		"0123-5550111":  "0123-5550111",
		"0871-66001234": "0871-66001234",
		"０８７１－６６００１２３４": "0871-66001234",
		"(0871)66001234":            "0871-66001234",
		"（0871）6600 1234":           "0871-66001234",
		"0871 66001234":             "0871-66001234",
		"010-12345678":              "010-12345678",
		"13912345678":               "13912345678",
		"139 1234 5678":             "13912345678",
		"+86 139-1234-5678":         "13912345678",
		"１３９１２３４５６７８":               "13912345678",
		"12345":                     "12345",
		"0871-6600123、12348":        "0871-6600123、12348",
		"0871-6600123/0871-6600124": "0871-6600123、0871-6600124",
	}
	for in, want := range good {
		if got, err := DepartmentPhone(in); err != nil || got != want {
			t.Errorf("DepartmentPhone(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	bad := map[string]string{
		"0871-66abc01":     "「a」",
		"电话0871-6600123":   "「电」",
		"5550111":          "只有 7 位数字",
		"1391234567":       "只有 10 位数字",
		"110":              "只有 3 位数字",
		"087166001234":     "区号和号码之间加一个短横",
		"0871-66001":       "号码 7 到 8 位",
		"08-66001234":      "区号 3 到 4 位",
		"+1 2025550123":    "不是国内的号码",
		"、":                "没有号码",
		"0871-6600123、abc": "「a」",
	}
	for in, want := range bad {
		_, err := DepartmentPhone(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("DepartmentPhone(%q) = %v; want an error saying %q", in, err, want)
		}
	}
}

// TestDepartmentPhoneChecked: the file's phone is checked on its line and
// told how to write it, and a full-width one is kept in ASCII.
func TestDepartmentPhoneChecked(t *testing.T) {
	dept := func(phone string) string {
		return strings.Replace(minimal, "villages:\n", "  departments:\n    - name: 司法所\n      duty: 人民调解\n      phone: "+phone+"\nvillages:\n", 1)
	}
	parseError(t, dept("0123-555O111"), []string{"第 8 行", "township.departments[0].phone（司法所）", "「O」", "0123-5550111", "11 位手机号", "12345"})
	parseError(t, dept("5550111"), []string{"第 8 行", "只有 7 位数字"})
	c, err := Parse([]byte(dept("０１２３－５５５０１１１")))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Township.Departments[0].Phone; got != "0123-5550111" {
		t.Errorf("full-width phone kept as %q, want 0123-5550111", got)
	}
}

// FuzzDepartmentPhone: any text is read or refused, never a panic; what
// is read holds only digits, hyphens and 、, and reads the same again.
func FuzzDepartmentPhone(f *testing.F) {
	for _, s := range []string{"0123-5550111", "（0871）6600 1234", "+86 139-1234-5678", "12345", "０８７１－６６００１２３４", "0871-6600123、12348", "(", "+", "()-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := DepartmentPhone(s)
		if err != nil {
			return
		}
		if strings.Trim(got, "0123456789-、") != "" {
			t.Errorf("DepartmentPhone(%q) = %q: more than digits, hyphens and 、", s, got)
		}
		if again, err := DepartmentPhone(got); err != nil || again != got {
			t.Errorf("DepartmentPhone(%q) = %q, read again %q, %v", s, got, again, err)
		}
	})
}
