package words

import (
	"regexp"
	"slices"
	"strings"
)

// EligibleSays are the words of a guide's line that say who gets or may
// apply for it: 取暖补贴's 「低保户、特困人员等困难家庭…按名单发」 and 「不在
// 名单里…可申请临时救助」, 高龄补贴's 「满规定年龄」, 养老保险's 「年满16周
// 岁…可参保」. "那俺家能领不" after its 时限 hears those lines (appr103).
var EligibleSays = []string{"发给", "名单", "符合条件", "年满", "满规定年龄", "周岁以上", "可领", "可参保", "可以申请", "重点帮扶",
	// who qualifies by a finding: 危房改造's 「C级、D级危房可纳入」 (appr104)
	"可纳入"}

// EligibleLine reports whether line, a line of a guide, says who gets or
// may apply for it (EligibleSays); "也可以申请到敬老院" offers a choice to
// one who has it already.
func EligibleLine(line string) bool {
	return ContainsAnyOf(line, EligibleSays...) && !strings.Contains(line, "也可以申请")
}

// PayChannelSays are the words of a guide's step that tell where or how
// a fee is paid ("微信或支付宝搜当地税务…或到银行、村代收点交"): what "医保在
// 哪交都行吗" asks, which the 去哪办 line (where one registers) does not
// say (appr103).
var PayChannelSays = []string{"微信", "支付宝", "手机", "银行", "代收", "App", "APP", "小程序", "网上"}

// PayWhereAsked reports whether question asks where a fee is paid ("医保在
// 哪交都行吗", "养老保险去哪缴"): a place asked and paying in.
func PayWhereAsked(question string) bool {
	return ContainsAnyOf(question, payWhereAsks...)
}

// payWhereAsks ask where one pays.
var payWhereAsks = []string{"哪交", "哪里交", "哪儿交", "哪缴", "哪里缴", "哪儿缴", "交到哪", "缴到哪", "哪能交", "哪都能交", "哪都可以交", "哪里都能交",
	"手机上能交", "手机能交", "手机上交", "网上能交", "网上交", "微信能交", "微信上交", "微信交", "支付宝交", "外地能交", "外地交", "外面交", "在外面能交"}

// countsAgainst ask whether a thing one has counts against him ("有辆三轮
// 车影响吗", "打工的钱算不算收入"): no line saying who gets it answers that.
var countsAgainst = []string{"影响", "算不算", "算收入", "算财产", "算资产", "算存款"}

// MayGetAsked reports whether question asks whether he or his household
// may get or apply for it ("那俺家能领不", "俺家够条件不"), not whether a thing
// counts against him (AsksEligibility's 影响, 算不算).
func MayGetAsked(question string) bool {
	return AsksEligibility(question) && !ContainsAnyOf(question, countsAgainst...)
}

// officeDaysAsks ask, yes or no, whether the office works on a day
// ("民政局过年放假不", "周六能办不", "周末上班吗").
var officeDaysAsks = []string{"放假不", "放假吗", "放不放假", "上班不", "上班吗", "上不上班", "开门不", "开门吗", "几点上班", "几点开门",
	"周末能办", "周六能办", "周日能办", "过年能办", "年前能办", "节假日能办"}

// OfficeDaysAsked reports whether question asks whether or when the
// office a procedure is done at works ("结婚登记民政局过年放假不"): no guide
// line tells it unless it says so (OfficeDaysSays; appr103).
func OfficeDaysAsked(question string) bool {
	return ContainsAnyOf(question, officeDaysAsks...)
}

// OfficeDaysSays are the words of a guide's line that tell the office's
// days or hours.
var OfficeDaysSays = []string{"上班", "工作日", "节假日", "周末", "周六", "周日", "放假", "办公时间"}

// AwayTold reports whether question tells that the one it is for is away
// until after a time ("我在外地打工腊月二十五才回来", "人在外面回不来"):
// beside a deadline asked, the steps that say it is done from anywhere
// (微信, 支付宝, 手机) answer what he needs (appr107).
func AwayTold(question string) bool {
	return ContainsAnyOf(question, awayNowWords...) || workingAway(question)
}

// awayWorkRe tells where one works ("俺在广东打工", "在北京上班").
var awayWorkRe = regexp.MustCompile(`在([^\s，。,.!！?？在]{1,5}?)(?:打工|务工|上班|干活)`)

// nearPlaces are the places one works at home ("在家干活", "在镇上上班").
var nearPlaces = []string{"家", "村", "镇", "乡", "这", "附近", "本地", "跟前", "咱"}

// workingAway reports whether question tells that one works somewhere
// away ("医保今年还能交不 俺在广东打工"), not at home or nearby (appr108).
func workingAway(question string) bool {
	for _, m := range awayWorkRe.FindAllStringSubmatch(question, -1) {
		if !slices.ContainsFunc(nearPlaces, func(p string) bool { return strings.HasPrefix(m[1], p) }) {
			return true
		}
	}
	return false
}

// FasterSays are the words of a guide's note that tell a faster way for
// one in a hurry (身份证补办's 「急用可同时办临时身份证」, 医疗救助's 「急需用
// 钱的，也可申请临时救助」): told with its 时限 (appr108).
var FasterSays = []string{"急用", "急需", "加急"}

// remoteAsks ask whether a thing is done from afar, on a phone or online
// ("能在手机上弄不", "在外地能办吗").
var remoteAsks = []string{"手机上", "网上", "线上", "用手机", "手机能", "手机可以", "远程", "在外地能", "在外地可以", "外地能", "外地也能", "外地可以", "不回来能", "不回来也能", "不回去能"}

// RemoteAsked reports whether question asks whether the thing is done
// from afar ("俺在外地 高龄补贴认证能在手机上弄不"): the guide's steps that
// say so (PayChannelSays) answer it, not the whole guide (appr108).
func RemoteAsked(question string) bool {
	return ContainsAnyOf(question, remoteAsks...) && AsksSomething(question) && !ContainsAnyOf(question, HowAsks...)
}

// AwaySays are the words of a guide's line that speak of someone away
// (低保年审's 「有人外出打工…随时主动告诉村里」): told to one away who asks by
// when it is done (appr108).
var AwaySays = []string{"外出", "外地", "在外", "不在家"}

// awayNowWords tell that someone is away from home for now.
var awayNowWords = []string{"在外地", "在外面", "在外头", "在外打工", "外地打工", "外出打工", "回不来", "回不去", "才回来", "才能回来", "才回家", "不在家"}
