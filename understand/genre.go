package understand

import (
	"regexp"
	"strings"
)

// A text pasted into the group in the form of a notice, a 公示, an
// 倡议书, minutes, a work summary, a news paragraph, a greeting or a
// letter of thanks tells the village something; it asks nothing of the
// grid, whatever matters it names ("排查安全隐患六处…调解邻里纠纷两起",
// "如有异议可向村委会反映"). Its form gives it away: a heading that names
// the genre, a formula that closes it ("特此通知"), or a signature with an
// organisation or a date. A villager's own matter in the same form — his
// household's problem, and a request or a question about it — is read as
// any appeal (see ownMatter).
var (
	// genreHeadRe is a heading that names the genre, before the first
	// colon, bar or closing bracket: "关于…的公示:", "【温馨提示】",
	// "政策解读|…", "村规民约(节选):", a forward ("转:", "【转发】").
	// Text is normalized: full-width
	// colons, bars and brackets are ASCII.
	genreHeadRe = regexp.MustCompile(`^[【\[]?[^:|】\]。!?]{0,30}?(?:通知|通告|公告|公示|倡议书|倡议|提示|提醒|预警|简章|启事|招领|纪要|会议记录|工作总结|小结|工作汇报|简报|学习笔记|心得|体会|解读|贺信|贺词|慰问信|感谢信|表扬信|喜报|讣告|谢帖|告知书|村规民约|宣传|小课堂|一封信|通报|务公开|诚聘|招聘|须知|转发|转)(?:\([^)]{0,6}\))?[:|】\]]`)
	// newsOpenRe opens a news paragraph: "本报讯", "据县融媒体报道,".
	newsOpenRe = regexp.MustCompile(`^(?:本报讯|据[^,。:]{0,12}(?:报道|消息))`)
	// closingRe are the formulas that close a notice, a 公示 or a formal
	// ad.
	closingRe = regexp.MustCompile(`特此(?:通知|公告|公示|公布|公开|表扬|讣告|告知|说明|通报)|接受全体村民监督|欢迎(?:垂询|来电|咨询|光临|惠顾)`)
	// signatureRe is a notice signed at its end by an organisation, a
	// date, or both, after the last sentence: "…敬请谅解。国网青山供电所",
	// "…青山村委会 2026年11月". "…咋办" is no signature: it follows a comma.
	signatureRe = regexp.MustCompile(`[。!?\s](?:[^,。!?:\s]{0,16}(?:` + strings.Join(signers, "|") + `))?\s*(?:[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?)?\s*$`)
	// signers end the name of an organisation that signs a notice.
	signers = []string{"村委会", "村民委员会", "村两委", "人民政府", "派出所", "供电所", "指挥部", "文明办", "安委办", "办公室", "党支部", "党委", "小学", "中学", "幼儿园", "卫生院", "气象台", "管理站", "交管站", "供水站", "宣"}
	// signatureMarks are what a signature that says something holds: a
	// signer or a date's 年. A text with none of them has none, and the
	// regexp, tried at every position of the text, is not run on it.
	signatureMarks = newLexicon(append([]string{"年"}, signers...)...)
	// closingMarks begin every closing formula (closingRe); headMarks end
	// every heading (genreHeadRe).
	closingMarks = newLexicon("特此", "接受全体村民监督", "欢迎")
	headMarks    = ":|】]"
	// missingHeads head a search for a person, which is no notice.
	missingHeads = newLexicon("寻人", "寻找", "找人", "紧急")
)

// genreOf returns where t's heading ends and how t is in the form of a
// text addressed to all: by a heading, a news opening or a closing formula
// (formal), or only by a signature (signed). A search for a person ("寻人
// 启事:") is neither.
func genreOf(t string) (head int, formal, signed bool) {
	x := sketchOf(t)
	if strings.ContainsAny(t, headMarks) {
		if loc := genreHeadRe.FindStringIndex(t); loc != nil {
			if containsAny(t[:loc[1]], missingHeads) {
				return 0, false, false
			}
			return loc[1], true, false
		}
	}
	if (strings.HasPrefix(t, "本报讯") || strings.HasPrefix(t, "据")) && newsOpenRe.MatchString(t) ||
		containsAnyIn(t, &x, closingMarks) && closingRe.MatchString(t) {
		return 0, true, false
	}
	if !containsAnyIn(t, &x, signatureMarks) {
		return 0, false, false
	}
	return 0, false, signedAt(t, signatureRe.FindStringIndex(t))
}

// signedAt reports whether the signature found at loc (nil: none) says
// something and is not a villager's own.
func signedAt(t string, loc []int) bool {
	if loc == nil {
		return false
	}
	sig := strings.TrimSpace(strings.Trim(t[loc[0]:], "。!?"))
	last := t[strings.LastIndexAny(strings.TrimRight(t, "。!? "), "。!?")+1:]
	return sig != "" && !villagerSignsRe.MatchString(last)
}

// villagerSignsRe, in the last sentence, is a villager signing his own
// letter: "三组村民张三 2026年11月28日" (a 村民委员会 signs for the
// village).
var villagerSignsRe = regexp.MustCompile(`村民(?:[^委]|$)`)

// notice reports whether t is in the form of a text addressed to all and
// is not the sender's own matter (see ownMatter): it is no report. A text
// that is only signed, or only worded as the authorities word things (see
// officialese), may still be a villager's letter ("…三组村民张三 2026年
// 11月28日", "我家的低保被统一取消了"): it is a notice only when it names
// no household of the sender's, pleads for nothing and asks nothing (a
// choice asked, "路灯归谁管 村里还是供电所", ends in no signature).
func notice(t string) bool {
	head, formal, signed := genreOf(t)
	switch {
	case formal:
		return !ownMatter(t[head:])
	case signed || official(t):
		return !senderHouseholdRe.MatchString(strip(t, selfLookalikes)) && !pleads(t) && !containsAny(t, ownAsks) && !asks(t)
	}
	return false
}

// officialese is how the authorities word a notice, a news paragraph or a
// work summary, and a villager does not: the addressees a notice picks out
// ("村民朋友们", "请尚未缴费的", "有意向的"), its reach ("全县范围内"),
// sanctions ("违者…追究法律责任"), the accounts of work and of meetings
// ("扎实开展", "高度重视", "已办结", "建立台账", "会议强调", "按照上级要
// 求", "学习贯彻"). The words of stiffWords are official too, but a
// villager quotes them or writes them in a letter
// ("严禁倒垃圾的牌子底下…", "一律是诈骗", "近日,三组村道被大车压坏了"):
// two of them are needed.
var (
	officialese = newLexicon(
		"村民朋友们", "广大群众", "广大村民", "全体村民", "各组要", "各户要", "请尚未", "需要的可以", "有需要的", "有意向的", "有意者", "相互转告", "互相转告",
		"全县范围", "全镇范围", "全村范围", "辖区内", "违者", "追究法律责任", "追究责任", "依法严肃",
		"高度重视", "研究决定", "讨论通过", "扎实开展", "深入开展", "组织开展", "受到群众", "群众满意", "有群众反映", "化解率", "办结", "走访群众", "台账", "及时上报", "压实",
		"会议指出", "会议强调", "会议要求", "上级要求", "文件精神", "学习贯彻", "全体党员", "宣传活动", "宣传资料")
	stiffWords = newLexicon("严禁", "不得", "切勿", "切记", "逾期", "一律", "务必", "提高警惕", "形势严峻", "为准", "届时", "部署", "切实", "进一步", "近日,", "日前,", "今年以来,")
)

// official reports whether t is worded as the authorities word things
// (see officialese) and holds no contrast, which a villager's complaint
// against a rule would ("村口立了严禁倒垃圾的牌子，可是…").
func official(t string) bool {
	return (containsAny(t, officialese) || countAny(t, stiffWords) >= 2) && !containsAny(t, contrasts)
}

// addressedToAll reports whether t speaks to everyone as a notice does
// (see broadcasts: "各位村民", "请大家", "如有异议") and asks nothing for
// the sender: a villager may greet everyone and still plead ("各位乡亲,
// 三组河边的护栏…恳请村里尽快安装", "村里发倡议书…可是…希望村里管一管").
func addressedToAll(t string) bool {
	return announces(t) && !ownMatter(t) && !pleads(t) && !containsAny(t, tellsGrid)
}

// tellsGrid are how a villager turns from greeting the group to telling
// the grid of a matter: "各位乡亲新年好！顺便说一下 后山那条水渠堵了".
var tellsGrid = newLexicon("顺便说一下", "顺便说下", "顺便提一下", "顺便提下", "跟网格员说", "跟网格长说", "给网格员说", "给网格长说", "和网格员说", "说个事", "反映个事", "反映个情况")

// ownMatter reports whether body tells of the sender's own problem and
// asks the authorities about it: the sender or his household ("本人系…",
// "我家", "我们组", "我母亲"), and a plea (see pleads) or a question.
// "请与本人联系" and "无需本人申请" name no sender's matter.
func ownMatter(body string) bool {
	if !firstPersonRe.MatchString(strip(body, selfLookalikes)) {
		return false
	}
	return pleads(body) || containsAny(body, ownAsks) || isQuestion(body)
}

// ownAsks ask the grid to do something for the sender, in words plainer
// than a petition's: "麻烦再派人来疏通一下", "能不能帮帮我们".
var ownAsks = newLexicon("麻烦", "派人", "尽快", "赶紧", "能不能", "能否", "给个说法", "管一管", "帮帮", "再帮", "求助")

// firstPersonRe names the sender, his household or his group;
// senderHouseholdRe only the sender and his household: "我村", "我镇" are how
// the authorities speak too.
var (
	senderHouseholdRe = regexp.MustCompile(`本人|(?:我|俺|咱)们?家|我(?:妈|爸|爹|娘|父亲|母亲|奶奶|爷爷|老伴|儿子|女儿|孙子|孙女|外公|外婆)|家(?:父|母)`)
	firstPersonRe     = regexp.MustCompile(`本人|(?:我|俺|咱)们?(?:家|组|村|[一二三四五六七八九十0-9]+组)|我(?:妈|爸|爹|娘|父亲|母亲|奶奶|爷爷|老伴|儿子|女儿|孙子|孙女|外公|外婆)|家(?:父|母)`)
	selfLookalikes    = newLexicon("需本人", "须本人", "由本人", "与本人", "要本人", "联系本人", "本人持", "本人携带", "本人带")
)

// pleads reports whether t asks the authorities to act (see petitions),
// not counting what a notice tells everyone to do ("如有异议可向村委会反映",
// "可拨打举报电话", "可向镇环保办举报") nor what others reported, told by
// the authorities ("有群众反映…已全部修复", "收集群众诉求九件").
func pleads(t string) bool {
	return containsAny(replaceAll(instructionRe, t, ""), petitions)
}

var instructionRe = regexp.MustCompile(`(?:可|均可|可以|请|欢迎)(?:向|到|拨打)[^,。;:!?]{0,14}(?:反映|举报|投诉|提出)|举报电话|举报热线|(?:群众|村民)(?:反映|诉求|投诉|举报)`)

// contrasts turn from what the authorities said or did to what is wrong:
// "村里发倡议书让大家不要焚烧秸秆,可是四组有几户天天晚上偷偷烧", "谢谢网格
// 员上次帮我家修了水管,可是这两天又开始漏水了".
var contrasts = newLexicon("可是", "但是", "却", "然而", "不过", "可我", "可他", "可到现在")
