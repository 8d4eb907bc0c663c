// Package phone holds what every reader of a phone number written by
// people shares: the folding of what an input method or a copied web page
// puts into one.
package phone

import "strings"

// fold turns full-width digits, hyphens, dashes, brackets, plus and the
// ideographic space into their ASCII.
var fold = strings.NewReplacer(
	"－", "-", "—", "-", "–", "-", "‐", "-", "‑", "-", "（", "(", "）", ")", "\u3000", " ", "＋", "+",
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9",
)

// Fold returns s with what a Chinese input method or a copied web page
// puts into a phone number (１３９－１２３４, （0871）, ＋86) as ASCII.
func Fold(s string) string { return fold.Replace(s) }
