package understand

import (
	"regexp"
	"strings"
)

// stayRefundRe finds a hospital stay or an operation told, then, a few
// words on, how much of it is paid back asked with a bare 报 ("我爸脑梗
// 住院了 能报多少", "俺娘住了半个月院 能报多少"): group 1 is that 报,
// read as 报销 (und105) so that the stay's scheme is asked as
// "住院了怎么报销" is. A stay asked of, not told ("那住院能报多少钱"), is
// left as it is.
//
// A doctor's bill named as what is paid back ("医药费能报多少", "俺娘的药费
// 能报多少啊", "看病的钱能报多少") is asked the same way (und107; lead104
// had left it a silent query, for fear of filing a follow-up on a guide
// as a new item): the 报 of a bill is its 报销, and a follow-up on the
// 医保报销 guide stays one however it is read (the handlers match it to the
// open item first).
var stayRefundRe = regexp.MustCompile(`(?:住院了|在住院|住着院|住了\p{Han}{0,4}院|做了手术|动了手术|开了刀|做手术|` + billWords + `)[^.!?;。！？；]{0,12}?(?:能|可以|可|能给|给)(报)(?:多少|几成|百分之|一半|多少钱)`)

// billWords name a doctor's bill: its fee or the money it took.
const billWords = `医药费|药费|医疗费|住院费|手术费|检查费|治疗费|门诊费|药钱|(?:看病|买药|拿药|住院|治病)的?钱`

// stayRefund is t with a stay's bare 报 read as 报销 (see stayRefundRe).
func stayRefund(t string) string {
	m := stayRefundRe.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	return t[:m[2]] + "报销" + t[m[3]:]
}

// medRefund is t with a 报销 asked of a doctor's bill that names no
// scheme ("看病能报销多少", "俺娘做了手术 报销找谁", "买药的钱能报销吗")
// read as 看病报销, the guide's 医保报销 keyword (und106; not 医保, which
// would read as the scheme named by the sender): in a village the bills paid back are the
// medical insurance's, so the guide's 医保报销 entry answers, not the
// list of common guides. A scheme named (医保, 新农合, 合作医疗, an
// insurer's 保险, 医疗救助…) picks its own entry as before; a 报销 of no
// doctor's bill ("修路垫的钱啥时候报销", "车票能报销吗") is left, and so is
// a stay's ("住院了怎么报销"): a follow-up on 城乡居民医保 narrows to it
// with the scheme said (TestNarrowerSchemeAskedOn).
func medRefund(t string) string {
	i := strings.Index(t, "报销")
	if i < 0 || !containsAny(t, doctorsBills) || containsAny(t, refundSchemes) || strings.Contains(t, "住院") {
		return t
	}
	return t[:i] + "看病" + t[i:]
}

var (
	// doctorsBills tell a bill of a doctor, a hospital or medicine.
	doctorsBills = newLexicon("病", "药", "医院", "卫生院", "诊所", "住院", "出院", "手术", "开刀", "门诊", "检查", "化验", "拍片", "生孩子", "分娩", "剖腹产", "医疗费", "医药费", "看牙")
	// refundSchemes name what pays a bill back: a scheme of the guide or
	// an insurer's policy.
	refundSchemes = newLexicon("医保", "医疗保险", "新农合", "农合", "合作医疗", "保险", "险", "救助", "工伤", "单位", "公司", "学校")
)
