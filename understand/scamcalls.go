package understand

import "regexp"

// This file tells a scam's story as a villager relays it while it runs:
// a caller says a card is to be cancelled or someone's grandson is in
// trouble, and asks for money or sends one to the bank, with no money
// word the scam alarm's lexicon knows (und110).

// scamCall reports whether canonical text t tells a scam's story under
// way: a stranger's call or message (scamCallers) telling a card or an
// account threatened (cardThreatRe), kin in trouble (kinTroubleRe) or a
// refund or a prize (lureRe), and asking money, a card's number or a code,
// or sending one to the bank (scamAsks): "我妈刚才接了个电话 说是医保卡要
// 注销 让她去银行", "有人打电话说我孙子在外面出事了 让赶紧打钱". Kin
// telling their own trouble ("我孙子在外面出事了 得赶紧打钱过去") is no
// stranger's call; one told after the money went, turned down or asked
// about is scamOver's (see the scam alarm); such calls warned of to all
// (scamWarnings) are none.
func scamCall(t string) bool {
	return scamStory(t) && !containsAny(t, scamWarnings)
}

// scamStory reports whether t tells a scam call's story (see scamCall),
// warned of or not.
func scamStory(t string) bool {
	return containsAny(t, scamCallers) && containsAny(t, scamAsks) &&
		(cardThreatRe.MatchString(t) || kinTroubleRe.MatchString(t) || containsAny(t, lures))
}

var (
	// scamCallers are a stranger calling or messaging: "有人打电话",
	// "接了个电话", "说是…", "加我微信".
	scamCallers = newLexicon("有人", "陌生", "对方", "自称", "说是", "个电话", "接到电话", "接了电话", "来电", "来了电话", "短信", "打来", "一个男的", "一个女的",
		"有个男的", "有个女的", "加我", "加了我", "加她", "加他", "视频电话")
	// scamAsks are what the swindler asks: money moved or brought, a
	// card's number, a code, an app, or a trip to the bank.
	scamAsks = newLexicon("去银行", "到银行", "上银行", "打钱", "转钱", "汇钱", "转账", "汇款", "拿钱", "送钱", "取钱", "交钱", "保证金", "押金", "验证码",
		"卡号", "密码", "下载", "加微信", "加个微信", "加他微信", "加她微信", "加好友", "交税", "交个税", "交手续费", "填银行卡", "填卡号", "共享屏幕", "屏幕共享", "点链接", "扫码", "转过去", "打过去", "汇过去", "打到")
	// scamCallAsks are the asks the scam's alarm is found by: money moved
	// and a few more no talk of one's own errands holds (mentionsAlarm
	// reads every alarm's words).
	scamCallAsks = newLexicon(append([]string{"去银行", "到银行", "上银行", "汇钱", "保证金", "验证码", "卡号"}, moneyMoves.words...)...)
	// cardThreatRe is a card or an account said to be cancelled, frozen
	// or misused: "医保卡要注销", "社保卡被冻结了".
	cardThreatRe = gate("销冻停废常盗嫌期效锁", regexp.MustCompile(`(?:医保卡|社保卡|银行卡|存折|账户|账号|医保|社保|身份证|养老金|电话卡|手机号|卡)[^，。！？!?\s]{0,4}?(?:注销|冻结|停用|作废|异常|盗用|盗刷|涉嫌|过期|失效|锁了|被锁)`))
	// kinTroubleRe is kin said to be in trouble: "我孙子在外面出事了",
	// "她外孙打架被派出所扣了", "儿子出车祸了", "我弟出车祸了" (und111).
	kinTroubleRe = gate("事抓扣撞伤院祸拘关", regexp.MustCompile(`(?:孙子|孙女|外孙|儿子|闺女|女儿|孩子|侄子|侄女|儿媳|女婿|娃|弟弟|我弟|她弟|他弟|哥哥|我哥|姐姐|我姐|妹妹|我妹|老公|丈夫|老伴|媳妇|爱人)[^，。！？!?\s]{0,8}?(?:出事|出了事|被抓|被扣|扣了|撞了人|撞人|打伤|住院|进了医院|在医院|出车祸|出了车祸|被拘|被关|关起来)`))
	// lures are a refund, a claim paid, a prize or a red packet promised
	// ("发链接说领过年红包 点进去要填银行卡号", und111).
	lures = newLexicon("退款", "理赔", "退费", "返现", "中奖", "中了奖", "领奖", "领红包", "过年红包", "领取红包")
)

// scamWarnings tell such a call warned of to all, no call taken: "最近有
// 骗子打电话说你孙子出事了…大家别上当", a notice's "请广大群众提高警惕".
var scamWarnings = newLexicon("大家", "别上当", "不要上当", "莫上当", "注意", "小心", "当心", "最近", "近期", "警惕", "不要轻信", "切勿", "谨防", "提醒", "群众")
