package understand

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize folds full-width ASCII and spaces, lower-cases Latin letters,
// drops emoji-range runes, WeChat sticker codes ("[强]") and control
// characters, and collapses runs of spaces.
func normalize(s string) string {
	s = stripStickers(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		case r == '\u3000' || r == '\t' || r == '\u00a0' || r == '\u2005':
			r = ' '
		case r == utf8.RuneError:
			continue
		case r < 0x20 && r != '\n', r >= 0x1F000, r == '\uFE0F', r == '\u200D', r == '\u200B', r == '\uFEFF':
			continue
		case r >= 0x2600 && r <= 0x27BF: // dingbats and miscellaneous symbols: ☀ ❤ ✌
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		r = toneless(r)
		if r == ' ' || r == '\n' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// toneless is r without a pinyin tone mark (some input methods type them:
// "zháo huǒ le"), so that the pinyin variants match; other runes are kept.
func toneless(r rune) rune {
	if r < 'À' || r > 'ǜ' { // Latin-1 and Latin Extended-A/B, where pinyin's marks are
		return r
	}
	for _, v := range [...]struct {
		plain  rune
		marked string
	}{{'a', "āáǎàĀÁǍÀ"}, {'e', "ēéěèĒÉĚÈ"}, {'i', "īíǐìĪÍǏÌ"}, {'o', "ōóǒòŌÓǑÒ"}, {'u', "ūúǔùŪÚǓÙ"}, {'v', "ǖǘǚǜüǕǗǙǛÜ"}} {
		if strings.ContainsRune(v.marked, r) {
			return v.plain
		}
	}
	return r
}

// stripStickers removes WeChat's text codes for stickers and media
// ("[强]", "[玫瑰]", "[语音]", "[图片]"): short bracketed words.
func stripStickers(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 || utf8.RuneCountInString(s[i+1:i+j]) > 4 || j == 1 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	return b.String()
}

// variants folds common typos, voice-to-text homophones and dialect words
// into the standard word the lexicons use. Longer patterns come first:
// strings.Replacer tries them in argument order at each position.
var variants = newReplacer(
	// typos and homophones from pinyin input and voice-to-text
	"不醒人事", "不省人事", "路登", "路灯", "灯怀", "灯坏", "拉圾", "垃圾", "垃级", "垃圾", "拉鸡", "垃圾", "辣鸡", "垃圾", "低包", "低保",
	// farm words typed or heard wrong: 秸杆/桔杆 (秸秆), 鸡耕 (机耕路),
	// 张价 (涨价), 地利补贴 (耕地地力保护补贴)
	"秸杆", "秸秆", "桔杆", "秸秆", "桔秆", "秸秆", "鸡耕", "机耕", "张价", "涨价", "地利补贴", "地力补贴", "地利保护", "地力保护",
	// 压趴 (northern dialect) is 压塌: 「大棚叫雪压趴了」
	"压趴", "压塌",
	"残疾政", "残疾证", "残疾正", "残疾证", "残急证", "残疾证", "残及证", "残疾证",
	// voice-to-text of the schemes villagers ask after: 摘基地 (宅基地),
	// 一保 (医保) where it is paid, carded or claimed, 养老保先, 炸骗
	"摘基地", "宅基地", "宅基低", "宅基地", "养老保先", "养老保险", "养老保显", "养老保险", "炸骗", "诈骗",
	// 医宝 (医保); 地保 and 底保 (低保) only where asked, applied for or
	// had: 耕地保护 and 兜底保障 hold them; 出身证明 (出生证明)
	"医宝", "医保", "地保咋", "低保怎么", "地保怎么", "低保怎么", "地保申请", "低保申请", "申请地保", "申请低保", "办地保", "办低保", "吃地保", "吃低保", "地保户", "低保户",
	"底保咋", "低保怎么", "底保怎么", "低保怎么", "底保申请", "低保申请", "申请底保", "申请低保", "办底保", "办低保", "吃底保", "吃低保", "底保户", "低保户", "出身证", "出生证",
	"的一保", "的医保", "交一保", "交医保", "缴一保", "缴医保", "一保卡", "医保卡", "一保咋", "医保咋", "一保怎么", "医保怎么", "一保报销", "医保报销", "一保交", "医保交",
	// "偷偷" is secretly, no theft ("有人偷偷倒垃圾"); "偷偷摸摸" stays.
	"偷偷摸摸", "偷偷摸摸", "偷偷", "悄悄",
	"找火柴", "找火柴", "找火机", "找火机", "找火", "着火", "救名", "救命",
	"煤汽", "煤气", "然气泄", "燃气泄", "漏汽", "漏气", "泄露", "泄漏", "晕到", "晕倒", "昏到", "昏倒",
	"摔到了", "摔倒了", "摔到地", "摔倒在地", "冻列", "冻裂",
	// one who will not wake however he is roused: pushed, shaken, patted
	// ("喝多了睡在雪地里 推都推不醒" was chat, und111)
	"推不醒", "叫不醒", "摇不醒", "叫不醒", "拍不醒", "叫不醒", "晃不醒", "叫不醒", "弄不醒", "叫不醒",
	// 中毒 and 结冰 heard wrong (und97): only after what is poisoned by or
	// with 了, since "高中读书" holds 中读
	"气中读", "气中毒", "炭中读", "炭中毒", "煤中读", "煤中毒", "结病了", "结冰了",
	// a pipe burst, heard as 报 or written 暴 ("水管报了"); 报了 alone is
	// signed up or reported
	"管子报了", "管子爆了", "管报了", "管爆了", "管子暴了", "管子爆了", "管暴了", "管爆了",
	// idioms that hold an alarm word and mean something else: an engine
	// or a lighter that will not start, big news, illegal logging
	"打不着火", "打不着", "点不着火", "点不着", "打着火", "打着", "爆炸新闻", "大新闻", "爆炸性", "惊人", "乱砍滥伐", "滥伐", "困扰", "烦扰",
	// so tired, dizzy or angry one cannot talk: a degree, not a sign
	// ("晕得说不出话 到家躺会儿就好"; "说不出话" alone is one)
	"得说不出话", "得开不了口", "得说不了话", "得开不了口",
	// figures of speech that hold an alarm word: the last hope, the one
	// who once saved a life, heat told as a degree ("这天热得要中暑了")
	// a fuel named for a pest's nest: 蜂窝煤 is coal, no wasps (und99)
	"蜂窝煤", "煤球",
	"救命稻草", "稻草", "救命恩人", "恩人", "热得要中暑", "热得要命", "热得快中暑", "热得要命", "热得中暑", "热得要命", "晒得要中暑", "晒得要命", "晒得快中暑", "晒得要命",
	// dialect
	"冇得", "没有", "莫得", "没有", "冒得", "没有", "没得", "没有", "冇", "没", "不得亮", "不亮",
	"几多钱", "多少钱", "找哪个", "找谁", "找哪位", "找谁",
	"咋个办", "怎么办", "咋办", "怎么办", "咋整", "怎么弄", "咋弄", "怎么弄", "咋", "怎么",
	"么子", "什么", "啥子", "什么", "啥", "什么", "晓得", "知道",
	"俺们", "我们", "俺家", "我家", "俺", "我", "咱家", "我家", "咱们", "我们",
	// 恁 is 你 (豫, 鲁) before a household; alone it may be 那么 ("恁大")
	"恁们家", "你们家", "恁家", "你家",
	"屋里头", "家里", "屋头", "家里", "阿拉屋里厢", "我家", "阿拉屋里", "我家", "屋里厢", "家里",
	"娃儿", "孩子", "娃娃", "孩子", "伢子", "孩子", "伢", "孩子", "娃", "孩子",
	"栽进去", "掉进去", "栽下去", "掉下去", "栽进", "掉进",
	"栽下来", "摔下来", "栽倒", "摔倒", "跌了一跤", "摔了一跤", "跌倒", "摔倒", "跌河", "掉河", "跌到", "掉到", "跌进", "掉进", "跌下", "摔下",
	"咯", "了", "啦", "了",
	// pinyin typed without picking the characters
	"zhao huo", "着火", "zhaohuo", "着火", "zhe huo", "着火", "qi huo", "起火", "qihuo", "起火", "shi huo", "失火",
	"jiu ming", "救命", "jiuming", "救命", "kuai lai ren", "快来人", "kuailairen", "快来人",
	// Only words no everyday pinyin shares: not "ni shui" (你睡), "yun dao"
	// (运到) or "jiu huo" (旧货) without a person before them.
	"luo shui", "落水", "luoshui", "落水", "ren yun dao", "人晕倒", "ren hun dao", "人昏倒", "bao jing", "报警", "baojing", "报警",
	"ni shi liu", "泥石流", "nishiliu", "泥石流", "hua po", "滑坡", "huapo", "滑坡", "chu ren ming", "出人命", "churenming", "出人命",
	"fa da shui", "发大水", "fadashui", "发大水", "kuai pao", "快跑", "kuaipao", "快跑",
)

// Canon is text in the words the lexicons and the knowledge base use:
// full-width folded, typos, homophones and dialect words replaced
// ("低包怎么办" → "低保怎么办").
func Canon(text string) string { return canon(normalize(text)) }

// Said is a text as sent and in canonical words (Canon), folded once: the
// checks a message goes through (Threatens, Resolves, QuarrelFlares…)
// take it, so that their caller folds each text once however many of them
// it asks.
type Said struct {
	// Raw is the text as sent: laughter and emoji are gone from Canon.
	Raw   string
	Canon string
}

// Hear folds text for the checks that take a Said.
func Hear(text string) Said { return Said{Raw: text, Canon: Canon(text)} }

// canon is the text the lexicons match against.
func canon(t string) string {
	t = fireSounds(variants.Replace(t))
	if strings.Contains(t, "不") {
		t = softened.Replace(t)
	}
	if strings.Contains(t, "灯") {
		// "灯没亮", "路灯有点暗": the lamp's own fault.
		t = lampFault(t)
	}
	if strings.Contains(t, "没") && strings.Contains(t, "电") {
		// "电动车没电了", "手机快没电了": a battery run down, not the grid's
		// power cut.
		t = replaceAll(flatBatteryRe, t, "${1}${2}电量耗尽")
	}
	if strings.ContainsAny(t, "补津钱") {
		t = elderAllowance(t)
	}
	if strings.ContainsAny(t, "钱款") {
		t = schemePayment(t)
	}
	if strings.Contains(t, "结") && strings.Contains(t, "冰") {
		// "门口结了一大片冰", "桥上结了厚厚一层冰": the 结了冰 of the
		// lexicons, however much ice is said (alarm111)
		t = replaceAll(iceFormedRe, t, "结了冰${1}")
		// frost on a window pane ("窗户上结了一层冰花") is no ice on a way
		t = strings.ReplaceAll(t, "冰花", "霜花")
	}
	if strings.Contains(t, "断") {
		// "医保断了一年 能补上吗": the premium not paid, no thing broken
		t = replaceAll(premiumBrokenRe, t, "${1}断交")
	}
	if strings.Contains(t, "报") && strings.ContainsAny(t, "院术刀费钱") {
		t = stayRefund(t) // "我爸脑梗住院了 能报多少", "医药费能报多少": 报销 (und105, und107)
	}
	if strings.Contains(t, "报销") {
		t = medRefund(t) // "看病能报销多少": 医保报销 (und106)
	}
	if strings.Contains(t, "登记") || strings.Contains(t, "报备") {
		t = homecomingRegistration(t)
	}
	return t
}

// iceFormedRe finds ice formed told with how much between 结 and 冰 ("结
// 了一大片冰", "结了厚厚一层冰", "结了层薄冰"): no 结冰 word matched it, so
// 「我家门口结了一大片冰 滑得很」 got no answer (alarm111). Ice no one
// walks on ("冰花", "冰棍", "冰箱") is none, nor 结的冰 (no filler).
var iceFormedRe = regexp.MustCompile(`结了?(?:一|好)?(?:厚厚的?|薄薄的?|好厚的?|很厚的?)?(?:一)?(?:大|厚|薄|老厚)?(?:片|层|块|溜)(?:厚|薄)?的?冰(?:碴子|碴|凌)?([^花棍箱柜糖淇激]|$)`)

// premiumBrokenRe finds a scheme one pays into said broken off ("医保断
// 了一年", "养老保险断过两年"): its payments missed, read as 断交 (appr102).
// A pension stopped ("养老金断了") is money not paid out: left as it is.
var premiumBrokenRe = regexp.MustCompile(`(医保|医疗保险|合作医疗|新农合|农合|养老保险|社保|农保)(?:也|都|早)?断(?:了|过|掉)`)

// homecomingRe finds coming home told, then, a few words on in the same
// sentence, registering or reporting asked of ("过年回来的 是不是要去村
// 里登记", "回家过年用不用去村里报备", "我腊月二十八到家 村里要不要登记",
// "返乡的人要不要到村里登记"): group 1 is the coming home.
var homecomingRe = regexp.MustCompile(`(回来|回家|回村|回老家|回到家|回到村|到家|返乡|回乡)[^.!?;。！？；]{0,10}?(?:登记|报备)`)

// homecomingOther are the matters a registering told with coming home may
// be of, which is then no homecoming's: "结婚回来要登记吗", "生了孩子回来
// 要去登记不".
var homecomingOther = newLexicon("结婚", "生育", "出生", "孩子", "户口", "房", "车", "死亡", "去世", "领证", "狗", "犬")

// homecomingNamed name the guide's 返乡人员登记 as its keywords do: a
// question holding one is found as said. "返乡的人", "到家" are not.
var homecomingNamed = newLexicon("返乡人员", "回乡人员", "返乡登记", "回乡登记", "返乡报备", "回乡报备")

// homecomingAsks ask whether registering is needed: "回来了 积分登记一下"
// asks nothing of a homecoming.
// Where or how is asked too: "过年回来的 在哪登记" (und108).
var homecomingAsks = newLexicon("吗", "不", "么", "嘛", "是不是", "要不要", "用不用", "需不需要", "得不得", "?", "？", "在哪", "哪里", "哪儿", "去哪", "找谁", "怎么")

// homecomingRegistration is t with a coming home that registering is
// asked of read as 返乡登记 ("过年返乡登记的 是不是要去村里登记"), so that
// the guide's 返乡人员登记 is found however the question winds on, and
// the registering asked stays as said (appr102). Registering of another
// matter is left as it is.
func homecomingRegistration(t string) string {
	m := homecomingRe.FindStringSubmatchIndex(t)
	if m == nil || containsAny(t, homecomingOther) || containsAny(t, homecomingNamed) || !containsAny(t, homecomingAsks) {
		return t // "返乡人员要不要去村里登记" names it already
	}
	return t[:m[2]] + "返乡登记" + t[m[3]:]
}

// schemePaymentRe finds the money of a public works scheme a household
// takes part in ("厕所改造的钱", "改厕的款", "煤改电的钱"): group 1 is the
// money's word. The township pays such money as a 补贴.
var schemePaymentRe = regexp.MustCompile(`(?:改造|改厕|旱改水|煤改电|煤改气|退耕还林)的?(钱|款)`)

// schemePayment is t with the money of a public works scheme read as the
// scheme's 补贴 ("俺家厕所改造的钱啥时候给"), so that it is asked after as
// the subsidy it is. Money the household pays in or laid out itself
// ("改造的钱自己出的", "改厕的钱交给谁") is left as it is.
func schemePayment(t string) string {
	m := schemePaymentRe.FindStringSubmatchIndex(t)
	if m == nil || containsAny(t, schemeOwnMoney) {
		return t
	}
	return t[:m[2]] + "补贴" + t[m[3]:]
}

// schemeOwnMoney is money of a scheme the household pays, not is paid.
var schemeOwnMoney = newLexicon("交", "缴", "自己出", "自己掏", "自掏", "垫", "花了", "借")

// elderAgeRe finds an elder's age told as such ("80了", "八十三岁", "过了
// 80", "九十多了", "今年82"), then, a few words on, money asked after ("有补贴不",
// "能领啥钱", "有没有钱"): the money is the 高龄补贴 (group 2 is the
// money's word). An age not of a person ("八十余户", "百分之八十五") is
// none: it is followed by 岁 or 了, or said after 过了, 满 or 超过.
var elderAgeRe = regexp.MustCompile(`(?:(?:过了|满了?|超过|超了|今年|都)(?:[7-9]\d|1[01]\d|[七八九]十[一二三四五六七八九]?|一百)(?:多|几|好几)?(?:周?岁)?|(?:[7-9]\d|1[01]\d|[七八九]十[一二三四五六七八九]?|一百)(?:多|几|好几)?(?:周?岁|了|啦))[^.!?;。！？；]{0,10}?(补贴|补助|津贴|钱)`)

// elderAllowance is t with the money an elder's age asks after read as
// 高龄补贴 ("俺娘80了 有补贴不", "我爸85了能领啥钱", "老人过了80有没有钱"),
// so that the knowledge base's entry is found whatever the money is
// called. Money paid in (交, 缴), a medical bill (报销, 看病) or a payout
// already named (高龄, 养老金) is left as it is.
func elderAllowance(t string) string {
	m := elderAgeRe.FindStringSubmatchIndex(t)
	if m == nil || containsAny(t, elderOtherMoney) {
		return t
	}
	return t[:m[2]] + "高龄补贴" + t[m[3]:]
}

// elderOtherMoney is money an elder's age may be told with that is no
// 高龄补贴.
var elderOtherMoney = newLexicon("高龄", "交", "缴", "报销", "看病", "住院", "医药", "养老金", "养老保险", "低保", "残疾", "丧葬", "抚恤", "借", "欠", "红包", "礼")

// softened takes the degree out of a broken state said mildly: "不太亮",
// "不怎么通" are the 不亮, 不通 of brokenStates, however hedged ("路灯好像
// 不太亮"); a degree before anything else ("今天不太冷") is kept.
var softened = func() replacer {
	var pairs []string
	for _, w := range brokenStates.words {
		rest, ok := strings.CutPrefix(w, "不")
		if !ok {
			continue
		}
		for _, d := range []string{"不太", "不怎么", "不大", "不是很", "不是太", "不很"} {
			pairs = append(pairs, d+rest, w)
		}
	}
	return newReplacer(pairs...)
}()

// lampFaultRe finds a lamp unlit, dim or not turned on ("灯没亮", "路灯
// 晚上都没亮", "路灯有点暗", "晚上路灯都没开"), a pause from voice input
// between ("路灯 晚上没亮"): what the lamp does wrong, read as its 不亮
// (brokenStates).
// Darkness with no lamp named ("天还没亮", "路上太黑") is no lamp's fault,
// and a lamp that flickers ("电压不稳 灯一闪一闪的") tells of the power.
var lampFaultRe = regexp.MustCompile(`(灯[^,.!?;:，。！？；：、]{0,4}?)(?:没有?亮|不够亮|没有?开|暗)`)

// lampFault is t with each lampFaultRe fault read as 不亮, but for a lamp
// at home ("我家灯没亮 是不是停电了", "屋里的灯暗"): the household's own
// wiring or the grid's power, not a public lamp.
func lampFault(t string) string {
	var b strings.Builder
	last := 0
	for _, m := range lampFaultRe.FindAllStringSubmatchIndex(t, -1) {
		if indoors(t[:m[0]]) || ownLamp(t[:m[0]], t[m[0]+len("灯"):m[3]]) || shade(t[m[1]:]) {
			continue
		}
		b.WriteString(t[last:m[3]])
		b.WriteString("不亮")
		last = m[1]
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// ownLamp reports whether the lamp lampFaultRe found, with before the
// words before it and gap those between it and its fault, is a lamp of
// one's own or no lamp at all: "台灯", "车灯", "手电筒灯光", "床头灯", "灯
// 笼", "灯光秀".
func ownLamp(before, gap string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("台车筒头床桌壁吊", last) || strings.HasPrefix(gap, "笼") || strings.HasPrefix(gap, "光秀")
}

// shade reports whether after, the words after a lamp's 暗, make it a
// colour: "暗红色".
func shade(after string) bool {
	first, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("红黄绿蓝紫灰色", first)
}

// indoors reports whether before, the words before a lamp, end in a
// room of a home: "我家", "屋里的", "房间", "卧室的".
func indoors(before string) bool {
	before = strings.TrimSuffix(strings.TrimSuffix(before, "电"), "的")
	return hasAnySuffix(before, rooms)
}

var rooms = newLexicon("家", "屋", "屋里", "屋头", "房间", "房间里", "卧室", "客厅", "厨房", "厕所", "卫生间", "家里", "里屋", "堂屋")

// flatBatteryRe finds a vehicle or a gadget out of charge: its battery is
// not the grid's power.
var flatBatteryRe = regexp.MustCompile(`(电动车|电瓶车|电车|摩托车|摩托|三轮车|三轮|老年代步车|代步车|车子|手机|电瓶|电池|充电宝|手电筒|手电|手表|平板|遥控器|助听器|收音机|电筒)([^\s,.!?;:，。！？；：、]{0,3}?)没有?电`)

// clauses splits text at punctuation and spaces: negation and resolution
// cues only reach within their clause.
const clauseBreaks = "，。,.!！?？；;：:、\n ~…"

func isBreak(r rune) bool { return strings.ContainsRune(clauseBreaks, r) }

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// HasContent reports whether s holds any letter or digit: a message of
// emoji, stickers or punctuation only says nothing to act on.
func HasContent(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
