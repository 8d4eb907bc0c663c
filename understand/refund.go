package understand

import "regexp"

// stayRefundRe finds a hospital stay or an operation told, then, a few
// words on, how much of it is paid back asked with a bare 报 ("我爸脑梗
// 住院了 能报多少", "俺娘住了半个月院 能报多少"): group 1 is that 报,
// read as 报销 (und105) so that the stay's scheme is asked as
// "住院了怎么报销" is. A bare "看病的钱能报多少" tells no stay of the
// sender's, nor does "那住院能报多少钱" (a stay asked of, not told): a
// follow-up on a guide is left as it is (lead104).
var stayRefundRe = regexp.MustCompile(`(?:住院了|在住院|住着院|住了\p{Han}{0,4}院|做了手术|动了手术|开了刀|做手术)[^.!?;。！？；]{0,12}?(?:能|可以|可|能给|给)(报)(?:多少|几成|百分之|一半|多少钱)`)

// stayRefund is t with a stay's bare 报 read as 报销 (see stayRefundRe).
func stayRefund(t string) string {
	m := stayRefundRe.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	return t[:m[2]] + "报销" + t[m[3]:]
}
