// Package cnnum reads numbers written in Chinese numerals (一, 十二,
// 三百零五, 两万五千, and the financial forms 壹, 贰拾 an accountant
// writes), below 十万: the one reader of them that the chat words
// (handlers/words) and the register's sheet and grid names (roster) share.
package cnnum

import "unicode/utf8"

// digits are the digits as written in Chinese, 两 and the financial
// forms included.
var digits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '壹': 1, '二': 2, '两': 2, '贰': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
	'五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

// units are the place words, each below the one before it in a number.
var units = map[rune]int{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000, '万': 10000}

// Leading reads the number s starts with in Chinese numerals, as long as
// it reads on: "十二组" is 12 and "组", "二三" is 2 and "三", "十万" is 10
// and "万" (no number reaches 十万). n is 0 when s starts with none (or
// only with 零), and rest is then s. rest is a slice of s: bytes that are
// no UTF-8 stay as they were.
func Leading(s string) (n int, rest string) {
	total, cur, last, end := 0, -1, 100000, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if d, ok := digits[r]; ok {
			if cur > 0 {
				break // "二三": two digits in a row
			}
			cur = d
		} else if u := units[r]; u != 0 && u < last {
			if cur < 0 {
				cur = 1 // "十二"
			}
			total, cur, last = total+cur*u, -1, u
		} else {
			break
		}
		i += size
		if v := total + max(cur, 0); v > 0 {
			n, end = v, i
		}
	}
	return n, s[end:]
}

// Read reads s as a whole as a number in Chinese numerals, 一 to
// 九万九千九百九十九 ("两", "十二", "二十", "三百零五", "贰拾壹"); ok is
// false for anything else ("零", "二三", "十万", "3").
func Read(s string) (n int, ok bool) {
	n, rest := Leading(s)
	return n, n > 0 && rest == ""
}
