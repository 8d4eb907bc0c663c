package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/village"
)

// This file holds what limits an alarm word: how far a negation, a
// "resolved" word or a question reaches, and which frames (forwarded news,
// fiction, dreams) make a whole message no report of danger here and now.

// acute reports whether the alarm word w at t[at:] tells of danger now:
// not negated (unless a cry for help follows it), not asked about, not
// called off by a later resolution.
func acute(t string, at int, w string) bool {
	end := at + len(w)
	if isNegated(t, at, w) && !cryAfter(t, end) {
		return false
	}
	if asked(clauseAt(t, at, end)) || past(t, at, end) || recalled(t, at, end) || clearedAway(t, at, end) {
		return false
	}
	return !resolvedAfter(t, at) || anyUnnegated(t, severities)
}

// downStill reports whether the collapse word w at t[at:] tells what came
// down and stays down, called off by nothing but the people being safe
// ("下了一夜雪 俺家老房子灶屋塌了一角 人都没事", alarm110): the room may
// go on falling, so it is an alarm as 「…塌了 人没事」 is. A resolution
// of the place ("已经处理好了") still calls it off.
func downStill(t string, at int, w string) bool {
	if !strings.ContainsAny(w, "塌垮倒") || !containsAny(t, peopleSafe) {
		return false
	}
	end := at + len(w)
	if isNegated(t, at, w) || asked(clauseAt(t, at, end)) || past(t, at, end) || recalled(t, at, end) || clearedAway(t, at, end) {
		return false
	}
	return !resolvedAfterBut(t, at, peopleSafe)
}

// peopleSafe are the resolutions that tell only that nobody was hurt
// ("人都没事", "还好没事"): they end an alarm about people, not a
// collapse (downStill).
var peopleSafe = newLexicon("人没事了", "人都没事", "还好没事", "幸好没事", "好在没事", "还好没出事", "幸好没出事")

// clearedAway reports whether the alarm word at t[at:end] only names what
// fell, and its clause tells it was cleared: "把村道上塌下来的土石清了一
// 半" is a deed, no collapse now.
func clearedAway(t string, at, end int) bool {
	rest := t[end:]
	if k := strings.IndexFunc(rest, isBreak); k >= 0 {
		rest = rest[:k]
	}
	return strings.HasPrefix(rest, "的") && containsAny(rest, fixes)
}

// past reports whether the alarm word at t[at:end] tells of something
// days or weeks ago ("上个礼拜河里淹死了一个人", "前几天老张家着火了")
// that the message does not say is still going on ("前几天走丢的老人还没
// 找到").
func past(t string, at, end int) bool {
	return datesAlarm(clauseAt(t, at, end), at-clauseStart(t, at)) && !going(t, nowCues) && !going(t, stillCues) && !containsAny(t, cries)
}

// datesAlarm reports whether a word of pastTimes in clause c dates the
// alarm word at c[at:]: not when it dates a place named between them
// ("上次滑坡的地方又有裂缝": 上次 dates the slide, not the crack; "上次
// 着火的那家又着火了").
func datesAlarm(c string, at int) bool {
	x := sketchOf(c)
	for k := range pastTimes.mayOccur(&x) {
		w := pastTimes.words[k]
		if eachAt(c, w, func(p int) bool { return p >= at || !datedPlaceRe.MatchString(c[p:at]) }) {
			return true
		}
	}
	return false
}

// datedPlaceRe finds a place named by what happened there: "滑坡的地方",
// "着火的那家", "塌方的那段".
var datedPlaceRe = regexp.MustCompile(`的(?:地方|那|这|位置|旁边|附近|下面|上面|坡|段|处)`)

// going reports whether t says a matter is now or not over ("现在又起不来
// 了", "还没找到"): one of cues in a clause that does not complain that no
// one came ("到现在也没人来看" tells of neglect, not of danger going on).
func going(t string, cues lexicon) bool {
	x := sketchOf(t)
	for k := range cues.mayOccur(&x) {
		w := cues.words[k]
		if eachAt(t, w, func(at int) bool { return !containsAny(clauseAt(t, at, at+len(w)), neglects) }) {
			return true
		}
	}
	return false
}

// bygone finds an alarm of t that is not negated nor asked about, only
// past: "上个礼拜河里淹死了一个人". It is news worth asking about, no
// emergency.
func bygone(t string) (village.Hazard, bool) {
	h := village.HazardNone
	found := anyAlarm(t, func(hz village.Hazard, at int, w string) bool {
		end := at + len(w)
		if isNegated(t, at, w) || asked(clauseAt(t, at, end)) || !past(t, at, end) {
			return false
		}
		h = hz
		return true
	})
	return h, found
}

// resolvedAfter reports whether a resolution ("火已经灭了", "找到了") or
// a recovery ("现在好点了") that is not a question follows the alarm word at t[at:], in its clause
// or later, with no cry for help after it: an alarm raised again after
// a resolution ("以为没事了，结果又烧起来了") stands, and so does one
// that came back after its resolution, in its clause ("火灭了又烧起来了").
func resolvedAfter(t string, at int) bool { return resolvedAfterBut(t, at, lexicon{}) }

// resolvedAfterBut is resolvedAfter with the words of skip not counted.
func resolvedAfterBut(t string, at int, skip lexicon) bool {
	start := clauseStart(t, at)
	last := -1
	x := sketchOf(t)
	for _, l := range []lexicon{resolutions, recoveries} {
		for k := range l.mayOccur(&x) {
			w := l.words[k]
			if slices.Contains(skip.words, w) {
				continue
			}
			eachAt(t[start:], w, func(i int) bool {
				p := start + i
				if !negatedCue(t, p) && !asked(clauseAt(t, p, p+len(w))) && !(p+len(w) <= at && containsAny(t[p+len(w):at], recurrences)) && !oneOfMany(t, p) {
					last = max(last, p)
				}
				return false
			})
		}
	}
	return last >= 0 && !cryAfter(t, last)
}

// oneOfMany reports whether the resolution at t[p:] is told of one of a
// number in danger ("两个娃掉冰窟窿里了 有一个救上来了", alarm110): the
// others are still in danger, nothing is over.
func oneOfMany(t string, p int) bool {
	return oneEndRe.MatchString(t[clauseStart(t, p):p]) && countSaid.MatchString(t[:p])
}

// oneEndRe ends in one of them: "有一个", "其中一个已经", "一个娃被".
var oneEndRe = regexp.MustCompile(`(?:有|其中)一?个(?:人|娃|孩子|小孩)?(?:已经|被|给)?$|一个(?:人|娃|孩子|小孩)(?:已经|被|给)?$`)

// called reports whether t says the alarm was a drill or a rumour ("消防
// 演练", "是谣言", "假的") and no clause of an alarm other than the
// drill's puts one in the present ("上次演练…现在真着火了"), cries for
// help or names harm done ("演练时有人受伤").
func called(t string) bool {
	if !cueIn(t, hoaxes) || containsAny(t, cries) || anyUnnegated(t, severities) {
		return false
	}
	now := anyAlarm(t, func(_ village.Hazard, at int, w string) bool {
		c := clauseAt(t, at, at+len(w))
		return !containsAny(c, hoaxes) && (containsAny(c, nowCues) || strings.Contains(c, "真"))
	})
	return !now
}

// framed reports whether t passes on an alarm from elsewhere or from no
// real place: forwarded news, television, a game, a dream ("【转发】…",
// "看新闻 隔壁县…", "电视剧里那个着火的场面", "我梦见…"). A cry for
// help keeps it an alarm.
//
// Thanks for forwarding, or a plea to forward, is no frame: the sender
// calls for help himself ("谢谢转发，三组王奶奶还没找到", "感谢转发！我家小
// 孙子…走丢了"); nor is a forward of a call that names the sender's own
// household ("转发扩散：我家孩子放学没回家").
func framed(t string) bool {
	if strings.Contains(t, "转发") { // what both steps are about: else they change nothing
		t = replaceAll(forwardPleaRe, t, "")
		if senderHouseholdRe.MatchString(t) {
			t = strings.ReplaceAll(t, "转发", "")
		}
	}
	return (containsAny(t, frames) || advice(t)) && !containsAny(t, cries)
}

// forwardPleaRe thanks for or asks for a forward: "感谢转发", "谢谢大家昨天
// 转发", "求大家帮忙转发".
var forwardPleaRe = regexp.MustCompile(`(?:谢|帮忙|麻烦|请|求)[^,。!?:]{0,6}转发`)

// thanked reports whether t is a letter of thanks or praise (see
// gratitude) that asks nothing and tells of nothing going on now: it
// recounts an emergency that is over ("表扬信：上月十五日…小孩落水，他跳入
// 水中将孩子救起", "我父亲走失的那两天…无以为报"). A plea ("请继续帮忙
// 找") or a cry keeps it a call.
//
// "现在已经康复出院了" tells that it is over, not that it goes on.
func thanked(t string) bool {
	if !containsAny(t, gratitude) || containsAny(t, petitions) || containsAny(strip(t, pleaLookalikes), thanksAsks) || isQuestion(t) ||
		containsAny(t, cries) || containsAny(t, urgentCalls) {
		return false
	}
	for _, cues := range []lexicon{nowCues, stillCues} {
		x := sketchOf(t)
		for k := range cues.mayOccur(&x) {
			w := cues.words[k]
			if eachAt(t, w, func(at int) bool {
				c := clauseAt(t, at, at+len(w))
				return !containsAny(c, resolutions) && !containsAny(c, recoveries)
			}) {
				return false
			}
		}
	}
	return true
}

// thanksAsks in a letter of thanks ask for something more ("请继续帮忙
// 找", "麻烦再来看看"); pleaLookalikes hold 请 and ask no one to act: "帮
// 我们申请了救助款".
var (
	thanksAsks     = newLexicon("麻烦", "请", "派人", "来人", "尽快", "赶紧", "希望", "能不能", "能否", "怎么办", "继续", "帮帮")
	pleaLookalikes = newLexicon("申请", "邀请", "聘请", "请假")
)

// untold reports whether t tells of nothing here to act on: a tale (the
// news, fiction, a dream: "梦见老家房子塌了") or a tip ("转发：夏季防溺
// 水…"), with no one and nowhere here named (see witnesses).
//
// A news paragraph of the township is untold too (see chronicles), and so
// is a letter of thanks (see thanked). An
// appeal is told, whatever tip words it holds ("关于村里流浪狗的问题：…
// 家长们都很担心，希望村里组织处理"): see petitions.
func untold(t string) bool {
	if thanked(t) {
		return true
	}
	return (containsAny(t, tales) || containsAny(t, chronicles) || advice(t)) && !containsAny(t, witnesses) && !containsAny(t, petitions)
}

// advice reports whether t teaches rather than tells: a health or safety
// tip, often a forwarded chain message ("中风前兆 嘴歪 手麻 赶紧去医院",
// "煤气泄漏了怎么办？第一时间关阀门"), that names no one here, nothing
// happening now and no danger standing (see caution): "塘边护栏倒了 看好
// 孩子" reports the railing.
func advice(t string) bool {
	teaches := containsAny(t, tips) || containsAny(t, howTos) && containsAny(t, imperatives)
	return teaches && !containsAny(t, nowCues) && !containsAny(t, witnesses) && caution(t) == village.HazardNone
}

// selfAnswered reports whether t asks how to deal with a danger and
// answers itself in imperatives ("煤气泄漏了怎么办？第一时间关阀门开窗"): a
// tip (see advice), not a question for anyone.
func selfAnswered(t string) bool {
	return containsAny(t, howTos) && containsAny(t, imperatives) && advice(t)
}

// asked reports whether a clause asks whether something happened ("着火了
// 吗", "没事了吗") rather than telling it. A question about how or why
// ("怎么着火了") tells it, and so does a call to come and see ("快来看看
// 我爸怎么样了") or one after people still inside (see stillInside).
func asked(clause string) bool {
	return strings.Contains(clause, "吗") && !containsAny(clause, whWords) && !containsAny(clause, stillInside) ||
		containsAny(clause, statusQuestions) && !containsAny(clause, comeAndSee)
}

// stillInside ask after people who may still be in danger: "着火那家还有人
// 在里面吗" is an alarm, not a question about one.
var stillInside = newLexicon("还有人", "人在里面", "在里面", "还在里", "困在", "被困", "出不来")

// doubted reports whether t passes on hearsay and asks whether it is
// true ("看到群里说着火了 是真的吗"): a question, not an alarm.
func doubted(t string) bool {
	return containsAny(t, hearsay) && isQuestion(t) && !containsAny(t, cries)
}

// cryAfter reports whether a cry for help ("快来人", "救命", "快打119")
// occurs in t at or after byte from.
func cryAfter(t string, from int) bool { return containsAny(t[from:], cries) }

// cry finds a bare cry for help: "快来人啊", "出人命了", "快打119",
// "火！火！" (see onlyRune). The number called names the hazard. A cry
// for a chore ("快来个人帮我抬一下柜子") or in jest ("救命 笑死我了") is
// none.
func cry(t string) (village.Hazard, bool) {
	if !containsAny(t, cries) || containsAny(t, chores) || containsAny(t, jests) {
		return village.HazardNone, false
	}
	for _, c := range callHazards {
		if containsAny(t, c.words) {
			return c.hazard, true
		}
	}
	if violent(t) || beaten(t) {
		// "隔壁家打得好凶 快来人啊", "打起来了 快来人", "他打我 快来人":
		// violence under way, for 110
		return village.HazardCrime, true
	}
	return village.HazardNone, true
}

// onlyRune reports whether the letters of t are all r, at least twice:
// "火！火！", "火火火".
func onlyRune(t string, r rune) bool {
	n := 0
	for _, x := range t {
		switch {
		case x == r:
			n++
		case unicode.IsLetter(x) || unicode.IsDigit(x):
			return false
		}
	}
	return n >= 2
}

// livestockOnly reports whether a medical alarm in clause of t is about
// an animal ("我家猪生病了 上吐下泻", "我家的牛掉沟里了 起不来 来几个人帮
// 忙"), or its farm animal is down ("牛倒了 起不来了": animalDown, appr93):
// t names livestock or a vet and the clause no person.
func livestockOnly(t, clause string) bool {
	down, _ := animalDown(t)
	return (down || containsAny(t, livestock)) && !containsAny(clause, people)
}

// animalOnly reports whether a clause tells of an animal and of no person
// ("我家的牛走丢了"): a missing animal is no person missing.
func animalOnly(clause string) bool {
	clause = strip(clause, owners)
	return containsAny(clause, animals) && !containsAny(clause, people) && !containsAny(clause, persons)
}

// thingLost reports whether the missing-person word at t[at] tells of a
// thing lost rather than a person: the words of its clause before it end
// with one of belongings, up to a few fillers ("我哥的手机又不见了",
// "钥匙找不到了"), and not one a person carries off ("背着包没回来").
func thingLost(t string, at int) bool {
	before := strings.TrimRight(t[clauseStart(t, at):at], " 又都也全给被让叫")
	rest, ok := cutAnySuffix(before, belongings)
	return ok && !hasAnySuffix(rest, carrying)
}

// negatedCue reports whether the cue at t[p:] is negated by the three
// runes before it in its clause ("不是演习" is no drill, "还没扑灭" no fire
// out; in "水涨了不少 没事了" the 不 is another clause's). handlers'
// unnegated is its near twin, with another window (see there).
func negatedCue(t string, p int) bool {
	before := []rune(t[clauseStart(t, p):p])
	if len(before) > 3 {
		before = before[len(before)-3:]
	}
	return strings.ContainsAny(string(before), "不没未") || strings.Contains(string(before), "并非")
}

// clauseStart is the byte offset where the clause around t[at] starts.
func clauseStart(t string, at int) int {
	k := strings.LastIndexFunc(t[:at], isBreak)
	if k < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(t[k:])
	return k + size
}

// unspace joins text typed one character at a time ("着 火 了 ！ 快 来
// 人"): a space between two single-rune tokens is dropped.
func unspace(t string) string {
	fields := strings.Split(t, " ")
	if len(fields) < 3 {
		return t
	}
	var b strings.Builder
	for i, f := range fields {
		if i > 0 && !(single(fields[i-1]) && single(f)) {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

func single(f string) bool { return utf8.RuneCountInString(f) == 1 }

// lastCry is the byte offset of the last cry for help in t, or -1.
func lastCry(t string) int {
	last := -1
	x := sketchOf(t)
	for i := range cries.mayOccur(&x) {
		if k := strings.LastIndex(t, cries.words[i]); k > last {
			last = k
		}
	}
	return last
}

// advertises reports whether t sells something and says how to reach the
// seller ("灭火器特价…着火了不慌 联系电话139…", "专业疏通下水道 管道漏水维
// 修 随叫随到"): its alarm and problem words are a pitch, not a matter. A
// warning about a pitch ("说是特价 其实是骗人的"), a grievance or a cry for
// help is no ad.
func advertises(t string) bool {
	return containsAny(t, sales) && (containsAny(t, contacts) || phoneRe.MatchString(t)) &&
		!containsAny(t, pitchWarnings) && !containsAny(t, grievances) && !containsAny(t, cries)
}

// offers reports whether t offers the group something of the sender's
// and asks who wants it ("有要腊肉香肠的没 今年熏了好多 要的说一声"): a
// neighbour's sale or gift, no matter, whatever the goods.
func offers(t string) bool {
	return containsAny(t, offerCalls) && !containsAny(t, grievances) && !containsAny(t, cries)
}

// weatherTip reports whether t warns everyone of the weather and says what
// to do ("今朝落雨 路浪向滑来兮 大家当心点", "明天降温了 大家把水管子包一包
// 别冻裂了"): advice, not a matter, unless something is already broken or
// a repair is asked for ("下大雨把路冲垮了 大家当心"). A tip is a short
// group message: a long letter that names the weather tells of more.
func weatherTip(t string) bool {
	if !chatLength(t) || !containsAny(t, weathers) || !containsAny(t, toAll) || !containsAny(t, takeCare) || asksRepair(t) || mentionsAlarm(t) {
		return false
	}
	x := sketchOf(t)
	for k := range damagesDone.mayOccur(&x) {
		w := damagesDone.words[k]
		if eachAt(t, w, func(at int) bool {
			rs := []rune(t[:at])
			if len(rs) > 3 {
				rs = rs[len(rs)-3:]
			}
			return !containsAny(string(rs), prevents)
		}) {
			return false
		}
	}
	return true
}

var (
	// offerCalls ask who wants what the sender offers.
	offerCalls = newLexicon("要的说一声", "要的吱一声", "要的吱声", "要的私聊", "要的找我", "要的联系", "要的来拿", "要的来我家", "要的打电话", "想要的说", "想要的私聊", "想要的找我",
		// a pot shared: "腊八粥熬好了 谁来喝", "杀猪了 晚上都来吃" (und99)
		"谁来喝", "谁来吃", "谁要喝", "谁要吃", "都来喝", "都来吃", "过来喝", "过来吃", "来尝尝", "都来尝")
	// weathers are the weather, told or forecast; toAll address everyone;
	// takeCare tells them to take care; prevents put a damage after them
	// in what is to be avoided ("别冻裂了").
	weathers = newLexicon("落雨", "下雨", "下雪", "降温", "寒潮", "冷空气", "刮大风", "起大风", "结冰", "霜冻", "冰冻", "变天", "暴雨", "大雨", "大雪", "天冷", "天气预报", "气温",
		// the season's dangers, told as a slogan: "冬季防火 人人有责 出门记得断电" (und99)
		"冬季", "冬天", "天干物燥", "防火期")
	toAll       = newLexicon("大家", "各位", "乡亲们", "老少爷们", "人人有责", "家家户户")
	takeCare    = newLexicon("当心", "小心", "注意", "别", "不要", "莫", "记得", "提前", "做好", "包一包", "包好", "收好", "关好")
	prevents    = newLexicon("别", "不要", "莫", "防止", "以免", "免得", "怕", "防")
	damagesDone = newLexicon("坏了", "断了", "塌了", "垮了", "堵了", "倒了", "裂了", "破了", "爆了", "停了", "漏了", "淹了", "冲走了", "塌方", "滑坡", "滑到", "翻了", "摔了", "掉进", "掉到", "掉沟")
	// sales are the words of a pitch; contacts how to reach the seller.
	sales = newLexicon("特价", "优惠", "促销", "打折", "包邮", "批发", "零售", "出售", "热卖", "直销", "厂家", "专业疏通", "专业维修", "上门服务", "上门安装", "欢迎选购",
		"欢迎来电", "欢迎咨询", "有需要的", "需要的联系", "需要的来", "新到", "到货", "价格实惠", "价格优惠", "质量保证", "品质保证")
	contacts = newLexicon("联系电话", "咨询电话", "电话", "微信", "联系", "随叫随到", "私聊", "加我", "店里", "本店", "门市")
	// pitchWarnings tell of a pitch as a fraud or a nuisance.
	pitchWarnings = newLexicon("骗", "假的", "假货", "上当", "坑人", "投诉", "举报", "别买", "不要买")
	phoneRe       = regexp.MustCompile(`1[3-9][0-9]{9}`)
)
