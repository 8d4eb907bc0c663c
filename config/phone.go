package config

import (
	"fmt"
	"strings"
	"unicode"

	"gridbot/internal/phone"
)

// phoneHow is how a department's phone is written, told with every
// problem of one.
const phoneHow = "请写座机（区号-号码，如 0123-5550111）、11 位手机号（如 13912345678）或 12345 这样的 5 位热线；几个号码用「、」分开"

// phoneSeparators split a cell of several numbers.
const phoneSeparators = "、,，/;；"

// DepartmentPhone reads a township department's phone as a volunteer
// writes it, and returns it as the bot tells it to villagers: a landline
// as 区号-号码 (0123-5550111; also from (0123)5550111, 0123 5550111, or
// with full-width digits), a mobile as its 11 digits (also from 139 1234
// 5678, 139-1234-5678, +86…), a government hotline of 5 digits starting
// with 12 (12345, 12348) as is; several numbers joined with 、. The error
// says, in Chinese, what is wrong; its caller adds where and phoneHow.
func DepartmentPhone(s string) (string, error) {
	parts := strings.FieldsFunc(phone.Fold(s), func(r rune) bool { return strings.ContainsRune(phoneSeparators, r) })
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		n, err := onePhone(p)
		if err != nil {
			return "", err
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return "", fmt.Errorf("%q 里没有号码", s)
	}
	return strings.Join(out, "、"), nil
}

// onePhone reads one number of DepartmentPhone, folded to ASCII.
func onePhone(s string) (string, error) {
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune(" -()+", r) {
			return "", fmt.Errorf("%q 里有「%c」，电话号码只能有数字和一个短横", s, r)
		}
		if unicode.IsDigit(r) && (r < '0' || r > '9') {
			return "", fmt.Errorf("%q 里有「%c」，不是 0 到 9 的数字", s, r)
		}
	}
	// (0123)5550111: the brackets mark the area code
	if rest, ok := strings.CutPrefix(strings.TrimSpace(s), "("); ok {
		if area, number, ok := strings.Cut(rest, ")"); ok {
			s = area + "-" + number
		}
	}
	if strings.ContainsAny(s, "()") {
		return "", fmt.Errorf("%q 的括号不对，区号不用括号", s)
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	if strings.HasPrefix(strings.TrimSpace(s), "+") {
		d, ok := strings.CutPrefix(digits, "86")
		if !ok {
			return "", fmt.Errorf("%q 不是国内的号码", s)
		}
		digits = d
	}
	switch {
	case len(digits) == 11 && digits[0] == '1':
		return digits, nil
	case len(digits) == 5 && strings.HasPrefix(digits, "12") && digits == strings.TrimSpace(s):
		return digits, nil
	case digits == "" || digits[0] != '0':
		return "", fmt.Errorf("%q 只有 %d 位数字，不是手机号，也不是带区号的座机", s, len(digits))
	}
	// a landline: the area code (0 and 2 or 3 more digits), then 7 or 8
	area, number, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		if area, number, ok = strings.Cut(strings.TrimSpace(s), " "); !ok {
			return "", fmt.Errorf("%q 看不出哪几位是区号：区号和号码之间加一个短横", s)
		}
	}
	area, number = strings.TrimSpace(area), strings.ReplaceAll(strings.ReplaceAll(number, " ", ""), "-", "")
	if !allDigits(area) || !allDigits(number) || len(area) < 3 || len(area) > 4 || len(number) < 7 || len(number) > 8 {
		return "", fmt.Errorf("%q 不像座机号码：区号 3 到 4 位（0 开头），号码 7 到 8 位", s)
	}
	return area + "-" + number, nil
}

// allDigits reports whether s is all ASCII digits (and not empty).
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
