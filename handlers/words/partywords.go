package words

import (
	"regexp"
	"slices"
	"strings"
)

// amounts are sums of money said in digits: "50块", "200元".
var amounts = regexp.MustCompile(`[0-9０-９]+\s*(?:块|元)`)

// SharesAmount reports whether text names a sum of money that proposal
// names too: "50块不够" of "鸡的事赔50块".
func SharesAmount(proposal, text string) bool {
	ps := AmountsIn(proposal)
	return slices.ContainsFunc(AmountsIn(text), func(a string) bool { return slices.Contains(ps, a) })
}

// AmountsIn are the sums of money in text, as written without spaces.
func AmountsIn(text string) []string {
	found := amounts.FindAllString(text, -1)
	for i, a := range found {
		found[i] = strings.Join(strings.Fields(a), "")
	}
	return found
}
