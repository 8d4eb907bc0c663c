package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file tells a question that asks for information ("停水是几点到几
// 点", "路灯坏了一般归谁管", "高龄补贴一个月多少钱来着") from a complaint put
// as a question ("村口路灯咋还不修呢", "谁家的狗天天半夜叫 能不能管管",
// "自来水一股怪味 还能喝吗"). The first is left to people (or answered);
// the second is a matter to register.

// inquires reports whether t asks something: a question as isQuestion
// finds one, or a question word isQuestion leaves to its callers (who,
// where, how long, "是…还是…", "来着"). Only the reading of reports and
// questions uses it; alarms keep isQuestion's narrower sense.
func inquires(t string) bool {
	return asks(t) || strings.Contains(t, "谁") && !containsAny(t, notAsks) && !asksNeighbour(t)
}

// asks is inquires without "谁": in chat "谁" asks little ("三缺一 谁来",
// "这是谁家的小孩 好可爱"), so a message that names no matter is a
// question for it only with another question word.
//
// A question one villager puts to another about himself, or to ask him
// along (see asksNeighbour), asks nothing of anyone else.
func asks(t string) bool {
	if isQuestion(t) {
		return !asksNeighbour(t)
	}
	s := strip(t, notAsks)
	return (containsAny(s, moreAsks) || countAsked(s) || strings.Contains(s, "还是") && choiceRe.MatchString(s)) && !asksNeighbour(t) || asksCadres(t)
}

// countAsked reports whether a clause of t asks the hearer how many, the
// count last in it: "你们组去了几个人", "你家几口人". Said of no hearer
// ("村里来了几个人") 几 tells a few, as it does before more words ("来了几
// 个人帮忙").
func countAsked(t string) bool {
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if countAskRe.MatchString(c) && containsAny(strip(c, notHearers), hearers) {
			return true
		}
	}
	return false
}

// countAskRe is a count asked at the end of a clause: "几个人", "几口人",
// "几块钱", "几趟啊".
var countAskRe = regexp.MustCompile(`几(?:个|位|家|户|口|天|次|回|趟|年|岁|块|斤|亩)(?:人|钱)?[啊呀呢哦]?$`)

// asksNeighbour reports whether t is a question one villager puts to
// another about the hearer himself or his doings, or to ask him along:
// "你吃饭了没", "你家娃回来没", "你去镇上不", "晚上打牌不", "明天去不去镇
// 上", "明天去镇上办事不" (his errands: errandRe), "中午吃啥 有没有一起去
// 镇上吃饭的". A yes-or-no question is not
// yet a question for information: this one is answered by the one it is
// put to, not by the grid nor by anyone who knows. Every clause that
// asks must be such a question, and the message must name no matter: no
// problem, service, cadre or procedure ("你们那边停电了没", "一起去镇上办
// 低保不", "网格员今天在家不" ask about one), no complaint, nothing the
// sender needs to do ("去镇上要带身份证不"). His own household named in
// a clause that asks makes it his matter ("你看我家低保批了没"); told in
// a clause after the question, it is his own news in turn ("你家秧苗下田
// 没 我家明天插", as "医保交了没 我交了"); told before it, or beside a
// count asked, the question compares the hearer's with his ("我家出工了
// 你家出了没", "俺家去了两个人 你家去了几个": information asked).
func asksNeighbour(t string) bool {
	t = replaceAll(errandRe, t, "$1") // "明天去镇上办事不": his errands
	// "今年工钱结了没 你们厂放假了没": one question names the hearer, and
	// the others, said with no one of their own, go on asking him.
	n, along, counts, toldFirst := 0, containsAny(t, together) || hearerAsked(t), false, false
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if !isQuestion(c) && !containsAny(c, moreAsks) && !countAsked(c) && !strings.Contains(c, "谁") && !containsAny(c, hearerStates) {
			toldFirst = toldFirst || n == 0 && containsAny(c, mineNamed)
			continue
		}
		if !neighbourly(c, along) || containsAny(c, mineNamed) {
			return false
		}
		n++
		counts = counts || countAsked(c)
	}
	return n > 0 && categoryOf(t) == "" && !containsAny(t, staff) && !((counts || toldFirst) && containsAny(t, mineNamed)) && !complains(t)
}

// hearerAsked reports whether one of t's clauses asks the hearer about
// himself by naming him ("你们厂放假了没", "你家娃回来没"), not what he
// knows or can do ("你知道不").
func hearerAsked(t string) bool {
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if isQuestion(c) && containsAny(strip(c, notHearers), hearers) && !containsAny(c, hearerKnows) {
			return true
		}
	}
	return false
}

// errandRe finds one's errands said in passing, "去镇上办事不", "进城办
// 点事吗": no matter, service or procedure named, so a question of going
// with them asks the hearer along. Not "办事大厅", "办事处", "办事员",
// "办事的人", which name a place or its staff.
var errandRe = regexp.MustCompile(`办(?:点|个|些|一下|下)?事(?:情)?([^大处员人的]|$)`)

// neighbourly reports whether the asking clause c asks the hearer about
// himself ("你家娃回来没", "吃饭了没"; not what he knows or can do: "恁
// 知道不", "你能查天气吗", "你们谁家有梯子"), or asks him along: to go
// somewhere ("明天去不去镇上", "今天去赶集不"), to a pastime ("晚上打牌
// 不"), together (along: the message says so, "明天赶集不 一起去").
func neighbourly(c string, along bool) bool {
	if containsAny(c, hearerStates) {
		return true
	}
	c = strip(c, notHearers)
	switch {
	case containsAny(c, hearers):
		return !containsAny(c, hearerKnows)
	case !yesOrNo(c):
		return false // "去镇政府怎么走" asks the way
	case along:
		return true
	case containsAny(c, needs) || containsAny(c, stillOn):
		return false
	case containsAny(c, pastimes):
		return true
	}
	rest := trimLeading(c, whenWords)
	return strings.HasPrefix(rest, "去") || strings.HasPrefix(rest, "走")
}

// yesOrNo reports whether clause c asks yes or no: "去不去", "打牌不",
// "去镇上吗".
func yesOrNo(c string) bool {
	c = strings.TrimRight(c, "啊呀呢嘛哈")
	return choiceQuestion(c) || strings.HasSuffix(c, "吗") || strings.HasSuffix(c, "么")
}

// trimLeading is s without the words of l it begins with.
func trimLeading(s string, l lexicon) string { return trimRepeatedly(s, l, strings.CutPrefix) }

// trimTrailing is s without the words of l it ends with.
func trimTrailing(s string, l lexicon) string { return trimRepeatedly(s, l, strings.CutSuffix) }

// trimRepeatedly cuts words of l off s with cut until none is left to cut.
func trimRepeatedly(s string, l lexicon, cut func(s, w string) (string, bool)) string {
	for {
		cutAny := false
		for _, w := range l.words {
			if rest, ok := cut(s, w); ok {
				s, cutAny = rest, true
			}
		}
		if !cutAny {
			return s
		}
	}
}

var (
	// hearers are the one a question is put to; notHearers hold one and
	// ask him nothing ("你好", "谢谢你", "问你个事").
	hearers    = newLexicon("你", "恁", "您", "侬", "大家的", "各位的")
	notHearers = newLexicon("你好", "您好", "侬好", "谢谢你", "谢谢您", "谢谢恁", "麻烦你", "麻烦您", "请你", "请您", "告诉你", "告诉您", "问你", "问您", "问一下你", "跟你说", "和你说", "给你说")
	// hearerKnows ask what the hearer knows, saw or can do, or which of
	// those hearing has something: a question for information.
	hearerKnows = newLexicon("知道", "晓得", "听说", "听到", "看见", "看到", "见过", "见着", "见到", "瞧见", "记得", "能", "会", "可以", "帮", "谁", "哪个", "哪位", "哪家")
	// hearerStates ask the hearer, no subject said, how he is or what he
	// does: greetings put as questions.
	hearerStates = newLexicon("吃了没", "吃了吗", "吃饭了没", "吃饭没", "吃饭了吗", "吃过了没", "吃过了吗", "吃过饭了没", "睡了没", "睡了吗", "起床了没", "起了没", "到家了没", "到家没", "到家了吗", "忙啥呢", "忙什么呢", "在忙啥", "在忙什么", "在干嘛", "在干啥", "干啥呢", "干嘛呢", "在家没", "在家吗", "在不在家",
		// his ticket home at the year's end: "年前回家的车票抢到没"
		"抢到没", "抢到了没", "抢到票没", "买到票没", "买到票了没", "票买了没", "票买到没", "票买到了没")
	// together and pastimes ask someone along.
	together = newLexicon("一起", "一块去", "一块儿", "一道去", "结伴", "搭个伴", "做个伴", "凑一桌", "三缺一")
	pastimes = newLexicon("打牌", "打麻将", "搓麻将", "斗地主", "下棋", "喝酒", "喝两杯", "喝一杯", "喝两盅", "吃饭", "喝茶", "钓鱼", "跳舞", "广场舞", "逛街", "散步", "遛弯", "唱歌", "打球", "看戏", "串门")
	// needs say what one must do or bring, or what it costs: a question
	// about going somewhere for it asks for information ("去镇上要带身份
	// 证不").
	needs = newLexicon("要", "得", "需", "用不用", "交", "缴", "带", "办", "钱", "多少", "开不开", "开门", "关门", "有没有")
	// stillOn ask whether a thing goes on or is allowed: "广场舞今晚还跳不
	// 跳", "那片还让钓吗" ask news of it, not the hearer along.
	stillOn = newLexicon("还", "让", "准", "允许", "开始", "停")
	// whenWords open a clause with when it is asked about: "明天去不去",
	// "晚上打牌不".
	whenWords = newLexicon("今天", "明天", "后天", "今晚", "明晚", "明儿", "今儿", "晚上", "下午", "上午", "中午", "早上", "等会儿", "等会", "一会儿", "一会", "待会儿", "待会", "周末", "过两天", "改天", "那", "咱们", "咱", "俺们", "我们")
	// mineNamed name the sender's own household or matter: "你看我家低保
	// 批了没" asks about his own.
	mineNamed = newLexicon("我家", "我们家", "俺家", "我的", "俺的")
)

// moreAsks are question words isQuestion does not count: "搬到哪去了",
// "多久", "几号", "周几", "来着", "谁家有" (something to borrow or buy),
// and "谁" that asks who answers for a thing or may have it ("路灯归谁
// 管", "今晚巡查轮到谁了", "谁可以领"): a duty or a right, the grid's to
// answer, unlike "谁" of chat ("三缺一 谁来").
var moreAsks = newLexicon("哪", "多久", "多长时间", "几号", "几月", "几时", "周几", "星期几", "礼拜几", "来着", "谁家有",
	"归谁", "谁负责", "找谁", "轮到谁了", "轮到谁值", "轮到谁家", "该谁了", "谁值班", "谁可以领", "谁能领", "谁可以申请", "谁能申请", "谁可以办", "谁能办", "谁有资格")

// notAsks hold a question word and ask nothing: "哪怕", "谁都", "谁也";
// nor does a doer unknown ("不晓得被哪个搬走了", "不知道谁把路灯打坏了"):
// a complaint of harm done, not a question who did it.
var notAsks = newLexicon("哪拿得出", "哪里拿得出", "哪有钱", "哪来的钱", "哪怕", "谁都", "谁也", "不管谁", "要是哪", "万一哪", "说不定哪", "哪天要是",
	"不知道谁把", "不知道是谁把", "不知道哪个把", "不知道是哪个把", "不知道哪家把", "不知道谁往", "不知道是谁往", "不知道哪个往", "不知道哪家往", "不知道谁在", "不知道是谁在", "不知道哪个在", "怕哪天", "生怕哪天", "迟早哪天", "不知道被谁", "不知道被哪", "不知道让谁", "不知道让哪", "不知道给谁", "不知道给哪")

// choiceRe finds a choice offered: "是检修还是跳闸", "在村委会还是在卫生
// 室".
var choiceRe = regexp.MustCompile(`[是在去打发交]\p{Han}{1,8}还是`)

// asksOnly reports whether t asks for information and tells of nothing
// wrong: it asks (see inquires), complains of nothing (see complains) and
// no clause of it that does not ask names a problem ("停水那两天去哪能接
// 水" asks; "井盖没了 …掉进去咋整" tells first). A thing found whose
// owner is sought ("捡了一部手机 是谁的") is a notice, not a question.
func asksOnly(t string) bool {
	return chatLength(t) && inquires(t) && !complains(t) && !tellsProblem(t) && !containsAny(t, ownerSought) && !troubleAsked(t)
}

// chatLength reports whether t is put as chat: at most maxAskRunes long
// and not opened as a letter. A longer message, or one that opens as a
// letter ("尊敬的领导：…请问…"), writes to the authorities about a matter,
// to be read as one, whatever it asks.
func chatLength(t string) bool {
	return utf8.RuneCountInString(t) <= maxAskRunes && letterBody(t) == t
}

// maxAskRunes is the longest question chatLength takes for chat.
const maxAskRunes = 50

// complains reports whether t, put as a question or not, complains or
// asks someone to act: why and how-come ("怎么又停了", "为啥这么差"), a
// rhetorical judgement ("这样合适吗"), a call to step in ("能不能管管",
// "谁来通一下", "派人来看看"), a repair asked for (see asksRepair), a
// problem told as lasting ("好几天了", "一个礼拜了", "老是"), a promise
// chased ("不是说年底修吗 咋还没动静": see chased), or a judgement asked
// ("这不是大操大办吗": see judgedRe).
func complains(t string) bool {
	return containsAny(t, complaintAsks) || containsAny(t, hardships) || blockedWay(t) || massHarmRe.MatchString(t) || containsAny(t, nearMisses) || asksAction(t) || asksRepair(t) || containsAny(t, lasting) || containsAny(t, petitions) ||
		suspects(t) || worried(t) || ownerBlamed(t) || chased(t) || leftOff(t) || accountsAsked(t) || billRose(t) || strings.Contains(t, "不") && judgedRe.MatchString(t)
}

// judgedRe is a judgement put as a question: "这不是大操大办吗", "这不就是
// 骗人嘛".
var judgedRe = regexp.MustCompile(`这(?:不是|不就是|不算|难道不是)[^,。!?;:\s]{1,8}(?:吗|么|嘛)`)

// ownerBlamed reports whether t asks whose a thing is that does harm
// ("谁家的狗没拴 在学校门口追孩子"): the owner blamed, a complaint.
func ownerBlamed(t string) bool {
	if !strings.Contains(t, "谁家") {
		return false
	}
	_, strong, _ := problem(t)
	return strong
}

// suspects reports whether t asks whether a thing is broken or loose, or
// a service out, now ("监控是不是坏了", "那块大石头是不是松了", "是不是停
// 水了"): a report hedged, no question for information. Of a plan ("明天是
// 不是停电") it asks.
func suspects(t string) bool {
	return eachAt(t, "是不是", func(at int) bool {
		c := clauseAt(t, at, at+len("是不是"))
		if containsAny(c, futures) {
			return false
		}
		cat, _, _ := problem(c)
		return cat != "" || containsAny(c, brokenStates) || containsAny(c, shakyStates)
	})
}

// asksAction reports whether t asks someone to step in: "能不能管管",
// "有没有人管", "派人来", "找移动的来看看".
func asksAction(t string) bool {
	return containsAny(t, actionAsks) || strings.Contains(t, "来") && fetchRe.MatchString(t) && !containsAny(t, chores)
}

// fetchRe finds someone sent for to see to a thing ("找移动的来看看", "叫
// 电工来修", "派个人来处理"), or asked for ("谁来把垃圾清一下", "有人能来通
// 一下吗"; not "三缺一 谁来").
var fetchRe = regexp.MustCompile(`(?:[找派叫喊请]\p{Han}{0,6}|人能)来(?:看|修|处理|弄|管|清|通|收|拉)|谁来\p{Han}`)

// complaintAsks ask why a thing is so, or whether it is right, to
// complain of it.
var complaintAsks = newLexicon("为什么", "凭什么", "怎么又", "怎么还", "怎么老", "怎么总", "怎么一直", "怎么就", "怎么这么", "怎么那么", "怎么回事", "到底", "究竟", "难道",
	"怎么没人", "怎么也没人", "怎么都没人", "第几回", "第几次", "第几天", "合适吗", "像话吗", "应该吗", "合理吗", "公平吗", "公平不", "怎么当的", "咋当的", "还有王法", "有没有王法", "不危险吗", "不怕出事", "让不让人")

// hardships say a service lacking makes life hard: "老人去医院太不方便了".
var hardships = newLexicon("太不方便", "很不方便", "非常不方便", "不方便得很", "太远了", "太难了")

// actionAsks call on someone to step in.
var actionAsks = newLexicon("管管", "管一管", "管一下", "有没有人管", "就没人管", "没人管", "派人", "派个人", "来处理", "来修", "说说他", "说说她", "说一说他")

// blockedWay reports whether t asks how to get past something that blocks
// the way ("他家盖房子把路都占了 车咋过？", "砖头堆了半条路 三轮车咋过啊"):
// a complaint of the obstruction, not a question about directions ("去卫
// 生院怎么走") nor about a procedure (building a house).
func blockedWay(t string) bool {
	return containsAny(t, passAsks) && containsAny(t, blockers) || wayBlockedRe.MatchString(t)
}

// wayBlockedRe tells a way blocked by what someone put on it: "把整条路都
// 堵死了", "把路口占满了" (und102: a feast's tent on the road was read by
// the tent, 棚, as a shed's hazard). A jam of cars told of a trip is
// tripJam's.
//
// A village's gate or a bridge is such a way too ("过年回来的车把村口堵死了
// 救护车都进不来", und110).
var wayBlockedRe = regexp.MustCompile(`把(?:整条|半条|半边|一条|这条|那条)?(?:村道|路口|路|道|巷子|巷口|街|村口|桥头|桥)(?:都|全|给)?(?:堵|占|挡|封)(?:死|住|满|上|严|完)了`)

var (
	passAsks = newLexicon("怎么过", "怎么走", "怎么出门", "怎么出去", "怎么出来", "怎么进出", "怎么进去", "怎么通过", "怎么通行", "怎么上学", "怎么回家", "怎么下地",
		// the way told blocked: "不准在桥上堆柴火 过不了车了"
		"过不了车", "车过不了", "车过不去", "车都过不去", "过不了人", "走不了人",
		// the way shut by snow: "大雪封路了 二组那边的路车上不去" (und104)
		"车上不去", "车下不来", "车出不去", "车进不来", "车进不去", "出不了村", "进不了村",
		// an ambulance or a fire engine kept out (und110)
		"救护车都进不来", "救护车进不来", "消防车都进不来", "消防车进不来", "车都进不来")
	blockers = newLexicon("占", "堵", "挡", "拦", "堆", "封", "挖断", "挖开", "断了", "塌了", "倒在")
)

// nearMisses tell of harm done or nearly done by a matter: with one, a
// question when it will be mended ("护栏啥时候能修好 车都差点掉下去", "大
// 坑啥时候能填上 昨天又有人摔了") complains, it does not only ask.
var nearMisses = newLexicon("差点", "差一点", "险些", "好险", "又有人摔", "有人摔", "摔了两", "摔了好几", "摔了几", "都摔了", "摔过", "崴了脚", "撞了", "掉进去过", "掉下去过")

// lasting words tell that a matter has gone on or keeps coming back.
var lasting = newLexicon("好几天", "几天了", "天了", "礼拜了", "星期了", "个月了", "年了", "拖了", "好久", "老是", "总是", "天天", "每天", "经常", "到现在", "一直")

// tellsProblem reports whether a clause of t that does not ask names a
// problem: "自来水一股怪味 黄黄的 还能喝吗" tells of the water first.
func tellsProblem(t string) bool {
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if inquires(c) {
			continue
		}
		if cat, _, _ := problem(c); cat != "" {
			return true
		}
	}
	return false
}

// wishDoneFor matches a wish to get something done for someone, the
// wish and the doing word apart: "我想给我妈办个残疾证", "打算帮老娘弄个",
// "要替俺爹申请". Said of an approval topic it asks for the procedure as
// plainly as "俺娘想办个残疾证" (procedures: 想办), question mark or not.
var wishDoneFor = regexp.MustCompile(`(?:想|要|打算|准备)(?:给|帮|替)[^，。,.!！?？\s]{1,5}?(?:办|弄|申请|评|领)`)

// lacks say no one is there to serve: with a complaint ("村委会咋老是没人"),
// a matter to register.
var lacks = newLexicon("没人", "没有人", "不在", "找不到人", "没人接", "打不通")

// asksProcedure reports whether t asks how, where or when to get
// something done ("高龄补贴什么时候发"), or about the sender's own case:
// not only how much, how long or whether ("高龄补贴一个月多少钱来着", "幼儿
// 园下学期还招小班吗", "冬季取暖补贴今年还发不发"), which is news to ask
// about.
func asksProcedure(t string) bool {
	return containsAny(strip(t, factAsks), procedures) || containsAny(t, dealings) || containsAny(t, mine) || containsAny(t, kinWords) || signsUp(t) || letsOutRe.MatchString(t) ||
		mayGetAsked(t) || containsAny(t, credentials) && containsAny(t, expiries) || containsAny(t, bookings) && containsAny(t, registers)
}

// bookings ask whether a visit is booked ahead; with a paper or a
// registering named ("腊月二十几结婚 结婚登记要预约不") they ask the
// procedure's, not a doctor's visit ("看病要预约不": chat) (appr112).
var (
	bookings  = newLexicon("预约")
	registers = newLexicon("登记", "领证", "办证", "证")
)

// expiries tell a paper or card ran out: one's own card expired, asked of
// ("残疾证过期了 两项补贴会停吗", "身份证到期了 还能用吗"), is his renewal's
// question, no hazard nor news (appr109).
var expiries = newLexicon("过期", "到期")

// mayGetAsked reports whether a clause of t asks yes or no whether one
// may get or apply for a thing, the 能不能 of "低保户能不能领取暖补贴" put as
// dialect does, split round the thing ("低保户能领取暖补贴不", "残疾人能申请
// 临时救助吗"): who gets it, a question the guide answers (appr109).
func mayGetAsked(t string) bool {
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if mayGetRe.MatchString(strings.TrimRight(c, "啊呀呢啦哦嘛哈")) {
			return true
		}
	}
	return false
}

// mayGetRe is 能 and a getting or applying, the thing, and a yes-or-no
// ending the clause.
var mayGetRe = regexp.MustCompile(`能(?:领|申请|享受|拿|评|办|报)\p{Han}{0,8}(?:不|吗|么)$`)

// letsOutRe is the sender's intent to let his land or house out ("想转出
// 去", "打算把地租给别人", "准备流转给合作社"): with its price asked he means
// to do it, the procedure's question, not news of the going rate.
var letsOutRe = regexp.MustCompile(`(?:想|打算|准备|要)(?:把[^，。！？,.!?\s]{1,4}?)?(?:转|租|包|流转|转包)(?:出去|出|给)`)

// signsUp reports whether t names an approval topic with 报名 right after
// it ("危房改造报名", "低保报名"), the terse way to ask how to apply, or a
// few words on in its clause ("危房改造今年还能报名不"), not refused ("户
// 口不在这边不让报名" tells a grievance). In another clause ("驾校招生 报
// 名就送") it is an ad or a notice.
func signsUp(t string) bool {
	for _, w := range approvalTopics.words {
		if eachAt(t, w, func(at int) bool {
			rest := t[at+len(w):]
			k := strings.Index(rest, "报名")
			return k >= 0 && utf8.RuneCountInString(rest[:k]) <= signUpGap && !strings.ContainsFunc(rest[:k], isBreak) && !strings.ContainsAny(rest[:k], "不没未")
		}) {
			return true
		}
	}
	return false
}

// signUpGap is the most runes between an approval topic and its 报名
// ("今年还能").
const signUpGap = 6

// dealings are what a villager does to get a thing done: pay in, bring
// papers, have it approved or paid back ("养老保险一年交多少档", "那要带户
// 口本原件吗", "宅基地审批现在要多久", "残疾证多久能办下来", "医保报销要多久").
var dealings = newLexicon("交", "缴", "要带", "带上", "带着", "原件", "复印件", "审批", "批下来", "办下来", "报销", "备案", "能报", "转诊", "异地就医",
	// a paper renewed or replaced in time (appr107): "残疾证到期了 过年前能换下来不"
	"换下来", "换得下来", "补下来", "补得下来",
	// a lost or expired paper asked whether it can be replaced (appr112):
	// "社保卡丢了 在外地能补不", "残疾证过期了 在县里能换不"
	// (not "能补多少", an amount of aid: a query)
	"能补不", "能补吗", "能补么", "能补办", "能不能补", "能换不", "能换吗", "能换么", "能不能换",
	// registering on coming home asked (appr100): "过年回来要去村里登记吗"
	"要登记", "去登记", "要去村里登记", "要报备", "去报备",
	// a household register moved: "户口要迁到学校吗", "毕业了还能迁回来不"
	"要迁", "迁到", "迁回", "能迁")

// factAsks ask how long or how much: in procedures, but by themselves no
// procedure.
var factAsks = newLexicon("多少", "多久", "多长时间", "标准")

// recalled reports whether the alarm word at t[at:end] names a household
// or place by what happened there ("着火那户人家现在住哪了", "塌方那段路哪
// 天修") in a clause that asks who, where or what about it: a question
// about a known event, no alarm. A cry, an urgent call or any hurry keeps
// it one ("着火那个地方在哪 快去"), and so does a yes-or-no question ("着火
// 那家还有人在里面吗").
func recalled(t string, at, end int) bool {
	c := clauseAt(t, at, end)
	return recalledRe.MatchString(t[end:]) && containsAny(c, recallAsks) && !containsAny(t, urgentCalls) && !containsAny(t, cries) &&
		!containsAny(t, hurries)
}

// hurries urge someone on: with one, a question about a place of danger
// is a call.
var hurries = newLexicon("快", "赶紧", "赶快", "马上", "速")

// recalledRe finds a household or place right after an alarm word: "那户",
// "的那家", "那段".
var recalledRe = regexp.MustCompile(`^的?[那这](?:户|家|个|间|栋|座|片|段|处|边|位)`)

// recallAsks ask who, where or what of a thing named.
var recallAsks = newLexicon("哪", "谁", "什么", "怎么样", "多少")

// asksContact reports whether t asks how to reach someone: "网格员的电话
// 是多少 有事找不到人" asks for a number, whatever it says of finding no one.
func asksContact(t string) bool {
	return containsAny(t, contactAsks)
}

var contactAsks = newLexicon("电话是多少", "电话多少", "电话号码", "手机号", "联系方式", "怎么联系", "号码是多少", "号码多少")

// AsksNeighbour reports whether s is a question one villager puts to
// another about himself or to ask him along ("你吃饭了没", "明天去不去镇
// 上", "晚上打牌不"; see asksNeighbour): the one asked answers it, not
// the bot, nor does it ask anything further of a matter of the sender's.
func AsksNeighbour(s Said) bool { return asksNeighbour(s.Canon) }

// AsksCadres reports whether s asks who the grid's cadres are or how to
// reach them ("网格员的电话是多少", "我们组网格长是谁", "有事找谁", "有事
// 该联系谁"), and tells of no matter ("路灯坏了找谁" reports the lamp):
// the grid's leader and workers answer to the public, and their phones
// hang on the village's 公示 board.
func AsksCadres(s Said) bool { return asksCadres(s.Canon) }

func asksCadres(t string) bool {
	switch {
	case containsAny(t, gridCadres):
		if !containsAny(t, contactAsks) && !containsAny(t, whoAsks) && !phoneAsked(t) {
			return false
		}
	case !containsAny(t, whomToAsk):
		return false
	}
	// what else it says is no matter: "有事找不到人" complains of no one
	rest := strip(strip(strip(t, gridCadres), whomToAsk), lacks)
	cat, _, _ := problem(rest)
	return cat == "" && categoryOf(rest) == "" && !containsAny(rest, praises)
}

var (
	// gridCadres name a grid's cadres, as a villager says them.
	gridCadres = newLexicon("网格员", "网格长", "网格管理员", "网格的人", "管网格的")
	// whoAsks ask who someone is, or ask for his number.
	whoAsks = newLexicon("是谁", "是哪个", "是哪位", "是哪一个", "叫什么", "叫啥", "谁是", "哪个是", "有哪些", "找谁", "谁有", "谁知道")
	// whomToAsk ask whom to turn to with whatever comes up.
	whomToAsk = newLexicon("有事找谁", "有事找哪个", "有事该找谁", "有事情找谁", "有事联系谁", "有事该联系谁", "有事跟谁说", "有事和谁说", "有事问谁", "有问题找谁", "有问题该找谁", "有问题问谁", "有啥事找谁", "有什么事找谁", "找谁反映", "向谁反映", "跟谁反映", "和谁反映", "该找谁", "应该找谁", "找谁办事", "办事找谁", "联系谁", "找哪个反映")
)

// phoneAsked reports whether t asks for a number ("网格长电话有吗", "网格员
// 的手机呢"), not tells of a call ("网格员打电话来了吗").
func phoneAsked(t string) bool {
	return containsAny(strip(t, phoneCalls), phoneWords) && isQuestion(t)
}

var (
	phoneWords = newLexicon("电话", "手机", "号码", "微信")
	phoneCalls = newLexicon("打电话", "打了电话", "打过电话", "来电话", "来了电话", "回电话", "接电话", "电话打")
)

// seeksHelper reports whether t asks the group for someone who can mend
// the sender's own thing ("群里有没有会修电视的 我家电视没信号了", "谁懂
// 电路 我家老跳闸"): a favour asked of neighbours, no public matter. A
// complaint with it ("…好几天了 没人管") keeps it one; how long his own
// fault has lasted ("一直滴") is no complaint.
func seeksHelper(t string) bool {
	return (helperRe.MatchString(t) && senderHouseholdRe.MatchString(t) || lendRe.MatchString(t) || buyRe.MatchString(t)) && !containsAny(t, sharedPlaces) && !complains(strip(t, lasting))
}

// buyRe asks the neighbours who has a thing to sell: "谁家今年杀年猪 想买
// 点土猪肉", "哪家有土鸡蛋 想要点" — a trade among people, asked of them.
var buyRe = gate("想要", regexp.MustCompile(`(?:谁家|哪家|有没有人|有谁)\p{Han}{0,10}[\s，,]*(?:想买|想要|要买|想订|想称)`))

// lendRe asks the neighbours for a thing and its use: "谁家有拖拉机帮个忙",
// "哪家有梯子借一下", "有没有人有电锯 用一下". What it is for is the
// sender's own mishap (his car in a ditch), a favour among people, not a
// matter for the grid; at a shared place (sharedPlaces: "村口路上倒了棵树
// 谁家有电锯") it stays one (und97).
var lendRe = gate("借帮用拉拖", regexp.MustCompile(`(?:谁家|哪家|哪位|有没有人|有谁)(?:有)\p{Han}{1,6}?(?:借|帮个忙|帮帮忙|帮忙|用一下|用用|拉一下|拖一下|拉一把)`))

// helperRe asks who can mend a thing: "有没有会修…的", "谁会修", "哪个懂电",
// "有啥人会修伐" (啥人, 什么人: who, in dialect and in voice-to-text).
var helperRe = gate("会懂能", regexp.MustCompile(`(?:有没有|有谁|谁|哪个|哪位|认识|(?:啥|什么)人)(?:人)?(?:会|懂|能)(?:修|弄|看|电|装|换)`))

// billRose reports whether t tells a bill risen against what it was
// ("电费咋这个月涨这么多 一个月三百多 以前才一百"): a utility's charge
// doubted, for the grid to look into with it (水电设施, und100), no
// question of price.
//
// A unit price remembered ("电费以前才五毛一度吧", "水费以前才两块一方 现在
// 涨到三块了") is talk of prices, no bill of the sender's: only a charge
// of his for a time ("这个月", "一个月三百多", "收了我八十") is doubted (und101).
func billRose(t string) bool {
	return containsAny(t, bills) && containsAny(t, wasLess) && (!unitPriceRe.MatchString(t) || containsAny(t, billCharged))
}

// unitPriceRe finds a utility's price per unit: "五毛一度", "两块一方",
// "每度电六毛".
var unitPriceRe = regexp.MustCompile(`(?:[0-9一二两三四五六七八九十几]+(?:毛|角|块|元|分)[0-9一二三四五六七八九几半]*(?:钱)?(?:一|每)(?:度|方|吨|立方))|(?:每|一)(?:度|方|吨)(?:电|水)?[0-9一二两三四五六七八九十几]+(?:毛|角|块|元|分)`)

var (
	bills = newLexicon("电费", "水费", "燃气费", "气费", "网费")
	// billCharged name the sender's bill for a time, or what he paid:
	// "这个月", "一个月三百多", "收了我八十".
	billCharged = newLexicon("这个月", "这月", "本月", "上个月", "上月", "一个月", "这次", "这回", "这一季", "收了我", "收我", "交了", "扣了", "缴了")
	wasLess     = newLexicon("以前才", "以前只", "原来才", "原来只", "平时才", "平时只", "去年才", "上个月才", "翻了一倍", "翻倍", "多了一倍", "涨了一倍", "多出一倍")
)
