package words

import (
	"gridbot/understand"
	"regexp"
	"strings"
)

// scamPrizes: a prize won.
var scamPrizes = []string{"中奖", "获奖", "抽中", "大奖", "奖品", "幸运用户", "领奖", "兑奖"}

// scamClaims: what a prize is claimed by (a scam's next step).
var scamClaims = []string{"领取", "领奖", "兑奖", "点击", "链接", "http", "www.", "加微信", "客服", "手续费", "转账", "验证码", "银行卡"}

// scamLures: money offered or an account in trouble.
var scamLures = []string{"补贴", "补助", "退款", "退费", "退税", "理赔", "返利", "返现", "额度", "免费领", "免费送", "高额回报", "稳赚", "日赚",
	"异常", "冻结", "注销", "停用", "失效", "过期", "涉嫌"}

// scamDemands: what only a fraud asks of a group's readers.
var scamDemands = []string{"验证码", "转账", "汇款", "打钱", "点击", "点链接", "链接", "http", "www.", "银行卡号", "填银行卡", "填写银行卡",
	"提供银行卡", "输入银行卡", "卡号", "密码", "保证金", "手续费", "解冻费", "激活费", "下载"}

// brushPays: paid 刷单, always a fraud.
var brushPays = []string{"返利", "返现", "佣金", "日赚", "兼职", "垫付", "提成", "日结"}

// scamWarned: words of someone warning others, or telling of a scam
// (the right message already), not of the scammer.
var scamWarned = []string{"骗", "冒充", "小心", "谨防", "提防", "当心", "警惕", "别信", "不要信", "别点", "不要点", "千万别", "千万不要", "假的", "反诈"}

// scamOwn: the sender's own matter ("我的银行卡冻结了 转账转不出去"),
// told, not a scammer's call to others.
var scamOwn = []string{"我的", "我家", "俺", "咱家", "我妈", "我爸", "我爹", "我娘", "我儿", "我女", "我孙", "我老"}

// scamAsks: a question about it ("…要填银行卡吗"), unless it holds
// a link (a pasted message asked about: warned all the same).
var scamAsks = []string{"吗", "?", "？", "是不是", "真的假的", "怎么回事", "咋回事"}

var adOffers = []string{"卖", "出售", "销售", "代办", "代理", "贷款", "放款", "借款", "网贷", "套现", "信用卡", "保险", "兼职", "招聘",
	"招工", "优惠", "特价", "批发", "促销", "团购", "回收", "装修", "疏通", "开锁", "办证", "投资", "理财", "推广", "微商", "刷单"}

var adCalls = []string{"加我", "加微信", "加v", "加V", "微信号", "vx", "VX", "wx", "扫码", "二维码", "进群", "入群", "联系我", "联系电话",
	"私聊", "私信", "咨询电话", "欢迎咨询", "有需要", "需要的", "找我", "热线"}

var loanOffers = []string{"贷款", "网贷", "放款", "借款", "下款", "套现", "借钱", "额度"}

var loanEasy = []string{"无抵押", "免抵押", "无担保", "免担保", "不看征信", "征信修复", "修复征信", "黑户", "秒到", "秒批", "秒下",
	"当天到账", "当天放款", "当天下款", "包下款", "包过", "低息", "零利息", "免息", "无息"}

var sureReturns = []string{"稳赚", "保本", "高收益", "高回报", "零风险", "无风险", "躺赚", "包赚", "翻倍", "月入过万", "日赚", "保底收益"}

// adTroubles are words of a villager's own trouble or need ("下水道堵了
// 需要疏通 联系我"): such words are a matter for the reader, not an ad.
var adTroubles = []string{"坏了", "坏掉", "堵了", "堵住", "漏水", "漏了", "断了", "塌", "停水", "停电", "没水", "没电", "不亮", "着火",
	"帮忙", "求助", "谁会", "谁有", "哪里有", "哪有", "求购", "丢了", "找不到", "假", "有人", "举报", "投诉", "别买", "不要买", "上当"}

// ReadsAsScamAd reports whether an ad's text offers a loan on a fraud's
// terms (无抵押, 当天到账, 不看征信…) or promises returns (稳赚, 保本…).
func ReadsAsScamAd(text string) bool {
	return ContainsAnyOf(text, loanOffers...) && ContainsAnyOf(text, loanEasy...) || ContainsAnyOf(text, sureReturns...)
}

// VillagerAd reports whether a roster villager's text is an ad of his
// and no trouble or matter of his own ("我家…", "…堵了 需要疏通").
func VillagerAd(text string) bool {
	return ReadsAsAd(text) && !ContainsAnyOf(text, scamOwn...) && !ContainsAnyOf(text, adTroubles...)
}

// adPhone is a phone number written in an ad.
var adPhone = regexp.MustCompile(`[0-9]{7,}`)

// ReadsAsScam reports whether text reads as a scam's message (see above).
func ReadsAsScam(text string) bool {
	if ContainsAnyOf(text, scamWarned...) || understand.Alarms(text) {
		return false
	}
	lower := strings.ToLower(text)
	linked := ContainsAnyOf(lower, "http", "www.")
	if !linked && (ContainsAnyOf(text, scamAsks...) || ContainsAnyOf(text, scamOwn...)) {
		return false
	}
	return ContainsAnyOf(text, scamPrizes...) && ContainsAnyOf(lower, scamClaims...) ||
		ContainsAnyOf(text, scamLures...) && ContainsAnyOf(lower, scamDemands...) ||
		strings.Contains(text, "刷单") && ContainsAnyOf(text, brushPays...)
}

// ReadsAsAd reports whether text offers something with a way to reach
// the seller (see above), and is no warning, question ("想咨询一下 养老
// 保险…需要多少钱？") nor alarm.
func ReadsAsAd(text string) bool {
	return ContainsAnyOf(text, adOffers...) && (ContainsAnyOf(text, adCalls...) || adPhone.MatchString(text)) &&
		!ContainsAnyOf(text, scamWarned...) && !ContainsAnyOf(text, scamAsks...) && !understand.Alarms(text)
}
