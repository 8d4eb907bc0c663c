package village

import (
	"strings"
	"unicode/utf8"
)

// Mask replaces the numbers that identify a person before text leaves the
// machine: mobile and landline numbers become [电话], ID-card numbers
// [身份证], bank-card numbers [银行卡], and any other run of seven or more
// digits [号码]. Digits may be full-width or split by single spaces or
// dashes ("139 0000 1234", "6222-0202-…"). Shorter numbers (amounts,
// dates, "3组") stay.
func Mask(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		end, digits := numberRun(s, i, false)
		// Dots split a phone number too ("139.1234.5678"), and a date
		// ("2026.03.02") or an amount: a dotted run is masked only when
		// it reads as a phone, ID or bank number.
		if dEnd, d := numberRun(s, i, true); len(d) > len(digits) && len(d) >= 7 && numberKind(d) != maskOther {
			end, digits = dEnd, d
		}
		if len(digits) >= 7 {
			b.WriteString(numberKind(digits))
		} else {
			b.WriteString(s[i:end])
		}
		i = end
	}
	return b.String()
}

// numberRun reads a run of digits starting at i, allowing one space or
// dash (and, with dots, one dot) between digit groups and a trailing X of
// an ID number. It returns where the run ends and its digits (ASCII).
func numberRun(s string, i int, dots bool) (end int, digits string) {
	var d strings.Builder
	end = i
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case isDigit(r):
			d.WriteByte(byte('0' + digitValue(r)))
			j += size
			end = j
		case (r == 'x' || r == 'X' || r == 'ｘ' || r == 'Ｘ') && d.Len() == 17:
			d.WriteByte('X')
			j += size
			end = j
			return end, d.String()
		case r == ' ' || r == '-' || r == '－' || r == '\u00a0' || r == '\u3000' || dots && (r == '.' || r == '．'):
			// a separator counts only when a digit follows it
			if k := j + size; k < len(s) {
				if n, _ := utf8.DecodeRuneInString(s[k:]); isDigit(n) {
					j = k
					continue
				}
			}
			return end, d.String()
		default:
			return end, d.String()
		}
	}
	return end, d.String()
}

// What Mask puts in place of a number.
const (
	maskID    = "[身份证]"
	maskPhone = "[电话]"
	maskBank  = "[银行卡]"
	maskOther = "[号码]"
)

// Masked reports whether s holds what Mask puts in place of a number
// ("电话[电话]"): a model's summary that echoes one reads worse than the
// sender's own words.
func Masked(s string) bool {
	for _, tok := range []string{maskID, maskPhone, maskBank, maskOther} {
		if strings.Contains(s, tok) {
			return true
		}
	}
	return false
}

func numberKind(d string) string {
	switch {
	case len(d) == 18 || len(d) == 15 && d[0] != '0' && d[0] != '1':
		return maskID
	case len(d) == 11 && d[0] == '1', len(d) == 13 && strings.HasPrefix(d, "861"),
		(len(d) == 11 || len(d) == 12) && d[0] == '0':
		return maskPhone
	case len(d) >= 16 && len(d) <= 19:
		return maskBank
	}
	return maskOther
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func digitValue(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	return int(r - '0')
}
