package words

import (
	"cmp"
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DisputeLive is how long after its last message or change a mediation
// item takes the quarrel's further messages in the group as its own.
const DisputeLive = time.Hour

// InsultEvery is how often at most the mediators of one item hear that a
// party is insulted. A quarrel in the group trades insults by the dozen
// within the hour it is live (disputeLive); the first tells the mediators
// it has come to that, and they take up the whole quarrel with both sides,
// not each word: ten notices in an hour wear out their attention (as
// repeatQuiet spares them a repeated report). Per item, not per party: both
// sides saying they are insulted is one heated exchange. A threat is told
// each time, urgently.
const InsultEvery = time.Hour

// InsultNote begins the history note of a party's word that he is
// insulted.
const InsultNote = "（被骂）"

// IsInsult reports whether e keeps a party's word that he is insulted.
func IsInsult(e village.Entry) bool {
	return e.Action == village.ActSaid && strings.HasPrefix(e.Note, InsultNote)
}

// InsultsSince counts the words of a party that he is insulted kept on
// rep after since, and gives the latest (nil for none).
func InsultsSince(rep village.Report, since time.Time) (n int, last *village.Entry) {
	for i, e := range rep.History {
		if IsInsult(e) && e.At.After(since) {
			n, last = n+1, &rep.History[i]
		}
	}
	return n, last
}

// insultWords tell that someone was insulted: "骂得很难听", "满嘴脏话".
var insultWords = []string{"辱骂", "侮辱", "脏话", "难听", "骂街", "骂娘", "骂祖宗"}

// Insulted reports whether text tells that its sender or his family is
// Insulted ("陈二天天在群里骂我家", "骂得很难听"), not only that two sides
// quarrel ("两家又吵起来了") or someone calls for calm ("别骂了").
func Insulted(text string) bool {
	if ContainsAnyOf(text, "别骂", "不要骂", "不骂") {
		return false
	}
	return ContainsAnyOf(text, insultWords...) || strings.Contains(text, "骂") && ContainsAnyOf(text, "骂我", "骂俺", "骂咱", "骂了我", "骂了俺")
}

// BothParties name the sides of a quarrel as such: "两家都有错".
var BothParties = []string{"两家", "两个人", "两人", "双方", "两边", "他俩", "他们俩", "他们两", "这事", "这件事", "谁对谁错"}

// manyTimes say a thing was tried or happened more than once: "好几次",
// "三番五次".
var manyTimes = []string{"几次", "多次", "几回", "两回", "三回", "两次", "三次", "三番五次", "一次又一次", "每次", "次次", "回回"}

// FailedBefore reports whether news that rep's quarrel is not settled
// (text) tells it failed more than once: text says so, or the item was
// reopened or told such news before. 上报镇 is then what its leader is
// offered first.
func FailedBefore(rep village.Report, text string) bool {
	reopened, _ := rep.Reopened()
	return ContainsAnyOf(text, manyTimes...) || !rep.RepeatedAt.IsZero() || reopened > 0
}

// FailedAgain reports whether e, just taken on rep, is the reopen of a
// quarrel the grid has not yet sent up that failed more than once: it
// was reopened before, or its note says so ("调解了好几次都没用"),
// whichever party said it. 上报镇 is then what its leader is offered.
func FailedAgain(rep *village.Report, e village.Entry) bool {
	if rep.Type != village.Mediation || e.Action != village.ActReopen || !rep.EscalatedAt().IsZero() {
		return false
	}
	n, _ := rep.Reopened()
	return n > 1 || ContainsAnyOf(e.Note, manyTimes...)
}

// OtherHousehold reports whether text names households (householdsIn) and
// none of them is named in item, an item's text: "东头老赵家两口子又吵起来了"
// is no more of the quarrel over "隔壁老刘家的狗".
//
// A neighbour named by where he lives ("对门那家", "隔壁家": PlaceHomesIn)
// is another household only when item places its own elsewhere: 「对门那
// 家的狗」 is none of 「隔壁陈二家…」's quarrel, and may be 「陈二家…」's
// (where 陈二 lives is not said), as it may be 「对门陈二家…」's. A place
// is said from where the speaker lives: the other side's 「前院那家」 is
// the reporter of 「后院陈二家…」 (mirrored).
func OtherHousehold(text, item string) bool {
	// "你家玉米本来就不行", "两家为院墙闹矛盾": the side spoken to, or
	// the sides counted, are the quarrel's own
	homes := slices.DeleteFunc(householdsIn(placeHomeRe.ReplaceAllString(text, " ")), func(h string) bool { return strings.ContainsAny(h, "你您两俩几每双") })
	if len(homes) > 0 {
		return !slices.ContainsFunc(homes, func(h string) bool { return strings.Contains(item, h) })
	}
	places, placed := PlaceHomesIn(text), placedHomes(item)
	return len(places) > 0 && len(placed) > 0 && !slices.ContainsFunc(places, func(p string) bool {
		return slices.Contains(placed, p) || slices.Contains(placed, mirrored[p])
	})
}

// mirrored is where the one living at a place lives, said from there:
// the home 后院 of one's own sees one's own as 前院; 隔壁 sees 隔壁.
var mirrored = map[string]string{"对门": "对门", "对面": "对面", "隔壁": "隔壁", "旁边": "旁边", "后院": "前院", "前院": "后院",
	"后头": "前头", "前头": "后头", "后面": "前面", "前面": "后面", "楼上": "楼下", "楼下": "楼上"}

// placeHomes are where a neighbour lives, said for who he is: "对门那家",
// "隔壁家", "后院那户".
var placeHomes = []string{"对门", "对面", "隔壁", "后院", "前院", "后头", "前头", "后面", "前面", "旁边", "楼上", "楼下"}

// placeHomeRe finds a neighbour named by where he lives (placeHomes, then
// 的, 那 or 这, then 家 or 户, and no more of a name): "对门那家",
// "隔壁的那户", "隔壁家"; not "隔壁老刘家", whose name householdsIn reads.
var placeHomeRe = regexp.MustCompile(`(` + strings.Join(placeHomes, "|") + `)的?[那这]?(?:家|户)`)

// PlaceHomesIn are the places of the neighbours text names by where they
// live (placeHomeRe): "对门那家的狗天天叫" names 对门.
func PlaceHomesIn(text string) []string {
	var out []string
	for _, m := range placeHomeRe.FindAllStringSubmatch(text, -1) {
		out = AppendNew(out, m[1])
	}
	return out
}

// placedHomes are the places of the households item names with where
// they live: by place alone (PlaceHomesIn), or a place right before a
// household's name ("对门陈二家", "隔壁的老刘家": householdsIn).
func placedHomes(item string) []string {
	out := PlaceHomesIn(item)
	for _, p := range placeHomes {
		for at := range village.Indices(item, p) {
			rest := []rune(strings.TrimPrefix(item[at+len(p):], "的"))
			k := slices.Index(rest[:min(len(rest), 5)], '家')
			if k > 0 && len(householdsIn(string(rest[:k+1]))) > 0 {
				out = AppendNew(out, p)
			}
		}
	}
	return out
}

// MediatingWords tell of a mediator's work: "明天上午去调解", "约好了两家".
var MediatingWords = []string{"调解", "协调", "调处", "说和", "劝和", "约好", "约了"}

// MediatesAny reports whether p holds a role that mediates quarrels: a
// grid's leader or worker, a township officer.
func MediatesAny(p village.Person) bool {
	return p.Has(village.RoleLeader) || p.Has(village.RoleWorker) || p.Has(village.RoleOfficer)
}

// EmergencyJoin is how long an emergency takes the group's further
// alarms of the same hazard as news of itself.
const EmergencyJoin = 30 * time.Minute

// OwnHome are the ways of saying "at my home": an alarm there is its own.
var OwnHome = []string{"我家", "我们家", "俺家", "咱家", "我屋"}

// SaysOwnHome reports whether text tells of the sender's own home:
// ownHome's words, or 家里 said bare ("家里煤气味好大", "快来人 家里着火
// 了"), not someone else's ("老王家里", "他家里").
func SaysOwnHome(text string) bool {
	for _, w := range OwnHome {
		for at := range village.Indices(text, w) {
			// "俺家隔壁烟囱冒黑烟", "我家对门的煤烟味": a neighbour's home,
			// told by his own (und106)
			if !hasAnyPrefix(strings.TrimPrefix(text[at+len(w):], "的"), nextDoor) {
				return true
			}
		}
	}
	for i := 0; ; {
		j := strings.Index(text[i:], "家里")
		if j < 0 {
			return false
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:i+j]); !unicode.Is(unicode.Han, before) {
			return true
		}
		i += j + len("家里")
	}
}

// CrimesApart reports whether crime alarms a and b are two crimes: a
// scam under way and a fight or a beating (understand.Scam, Violent):
// 「我妈正在给骗子转账」 is no witness's word of 「隔壁家打得好凶 快来人啊」.
func CrimesApart(a, b string) bool {
	sa, sb := understand.Hear(a), understand.Hear(b)
	return understand.Scam(sa) && understand.Violent(sb) || understand.Violent(sa) && understand.Scam(sb)
}

// notPetName are characters after 小 that make no one's pet name: "小心",
// "小孩", "小路", "小卖部".
const notPetName = "心孩伙子姑娘朋路卖部学区组车狗猫时事点些儿媳叔姨舅妹弟哥姐孙女"

// peopleIn lists the people text names in the ways a village calls them:
// 老 and a family name (surnames: "老王", not "老王家", a home), 小 and
// a given name ("小龙"), a family name and a title (elderTitles: "刘奶奶",
// "王大爷").
func peopleIn(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i+1 < len(rs); i++ {
		next := rs[i+1]
		if i+2 < len(rs) && rs[i+2] == '家' {
			continue
		}
		switch {
		case rs[i] == '老' && strings.ContainsRune(Surnames, next):
			out = AppendNew(out, string(rs[i:i+2]))
		case rs[i] == '小' && unicode.Is(unicode.Han, next) && !strings.ContainsRune(notPetName, next):
			out = AppendNew(out, string(rs[i:i+2]))
		case strings.ContainsRune(Surnames, rs[i]) && (strings.ContainsRune(ElderTitles, next) ||
			next == '大' && i+2 < len(rs) && strings.ContainsRune(ElderTitles, rs[i+2])):
			out = AppendNew(out, string(rs[i:i+2]))
		}
	}
	return out
}

// PeopleApart reports whether medical alarms a and b each name a person
// (peopleIn) and share none: "老王摔倒了 起不来" and "刘奶奶也摔了 头破了"
// are two people to help, the same way of harm or not.
func PeopleApart(a, b string) bool {
	pa, pb := peopleIn(a), peopleIn(b)
	return len(pa) > 0 && len(pb) > 0 && !slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) })
}

// HarmKinds are the ways a person comes to harm that tell two medical
// alarms apart: a crash on the road is not an elder's fall in her yard.
// Signs that any of them may leave (昏迷, 流血, 起不来) are none: a
// witness of the crash says "人昏过去了".
var HarmKinds = [][]string{
	// a vehicle overturned is a crash's kind (alarm112: "大巴在村口翻了")
	slices.Concat(understand.CrashWords, []string{"翻车", "侧翻", "车翻", "翻了"}),
	// the cold overcoming someone (alarm112)
	{"冻僵", "冻晕", "冻昏", "冻得", "哆嗦", "雪地里"},
	{"摔倒", "摔了", "摔下", "摔伤", "滑倒", "从房顶", "从梯子", "从树上"},
	{"落水", "溺水", "掉河", "掉进河", "掉水里", "掉进水", "掉到河", "掉池塘", "掉进池塘", "掉到池塘", "掉井", "掉进井", "淹", "冰窟", "冰裂", "冰面裂", "冰破", "掉冰"},
	{"触电", "被电", "电到人", "电着人"},
	{"中毒", "农药", "喝药"},
	{"烧伤", "烫伤"},
	// a firecracker's blast (alarm101): "放鞭炮把孩子手炸伤了"
	{"炸伤", "炸到", "炸破", "炸断", "崩伤", "崩到", "鞭炮", "炮仗", "烟花", "爆竹", "二踢脚"},
	{"咬伤", "被狗咬", "蛇咬", "被蛇"},
	{"打伤", "砍伤", "刺伤", "捅伤", "打破", "打架"},
}

// HarmsApart reports whether medical alarms a and b, in canonical words,
// each tell how someone came to harm and share no way: "村口车撞人了"
// and "王奶奶在院子里摔倒了" are two people to help, not a witness's word.
// A driver's 撞见 (understand.Unmet) is no crash: "开车撞见一个老太太摔倒
// 了" is a fall apart from a crash (alarm111).
func HarmsApart(a, b string) bool {
	a, b = understand.Unmet(understand.Canon(a)), understand.Unmet(understand.Canon(b))
	told := false
	for _, kind := range HarmKinds {
		inA, inB := ContainsAnyOf(a, kind...), ContainsAnyOf(b, kind...)
		if inA && inB {
			return false
		}
		told = told || inA
	}
	return told && slices.ContainsFunc(HarmKinds, func(kind []string) bool { return ContainsAnyOf(b, kind...) })
}

// EmergencyRekindle is how long after an emergency was raised, while it
// is not closed, an alarm of the same hazard told as it come back ("后山
// 又着起来了", "复燃了"), or naming its place again after it was said
// over, is that emergency broke out again (emergencyBack), not a new one:
// embers in straw, wood or a hillside rekindle hours after the flames
// are out, and a fire brigade watches a fire ground for a day.
const EmergencyRekindle = 24 * time.Hour

// AgainQuiet is how long after one answer to an emergency's alarm said
// again (emergency.again) the same item's next repeat gets none.
const AgainQuiet = time.Minute

// SaidSoFar is all that was said of rep: its alarm and the words kept on
// it since (ActSaid notes), against which a repeat is news or not.
func SaidSoFar(rep village.Report) string {
	var b strings.Builder
	b.WriteString(rep.Text)
	for _, e := range rep.History {
		if e.Action == village.ActSaid {
			b.WriteString("\n" + e.Note)
		}
	}
	return b.String()
}

// numberAsks ask which number to call ("着火了该打什么电话", "有人晕倒了
// 打哪个电话", "报警电话是多少"): in an alarm, the asker needs the number
// now, whatever item his alarm joins.
var numberAsks = []string{"什么电话", "哪个电话", "啥电话", "电话多少", "电话是多少", "什么号", "哪个号", "啥号", "几号电话",
	"号码多少", "号码是多少", "打多少", "拨多少", "该打哪", "该打啥", "该打什么", "要打哪", "要打啥", "要打什么",
	// what to do now ("捞上来了 没气了 怎么办"): the same steps answer it
	"怎么办", "咋办", "怎么救", "咋救", "怎么弄", "咋弄", "咋整", "该怎么做", "要怎么做"}

// AsksNumber reports whether canon, an alarm's canonical words, asks which
// number to call or what to do now (numberAsks).
func AsksNumber(canon string) bool { return ContainsAnyOf(canon, numberAsks...) }

// BackWords say an emergency broke out again: "复燃了", "又着起来了",
// "水又涨了", "人又不见了", "又闻到煤气味了".
var BackWords = []string{"复燃", "又着", "又烧", "又起火", "又起来", "又冒", "又燃", "又涨", "又上来", "又漫", "又塌", "又滑",
	// a scam under way again: "张三他妈又在给骗子转账了"
	"又在给", "又在转", "又在汇", "又在往", "又在烧", "又在涨", "又在冒",
	"又不见", "又丢", "又跑", "又晕", "又倒", "又犯", "又开始", "又来了", "又打起来", "又动手", "再次", "重新着",
	// a gas leak back: "又闻到煤气味了", "家里又有味了", "煤气又漏了"
	"又闻到", "又闻见", "又有味", "又有气味", "又有煤气味", "又有燃气味", "又漏", "又泄"}

// BackNote begins the history note of an emergency come back
// (emergencyBack): one such note within backQuiet makes further alarms of
// it news for the duty chat only, as any witness's are.
const (
	BackNote  = "险情又起："
	BackQuiet = 10 * time.Minute
)

// SpreadNote begins the history note of an emergency spread to another
// home (spreadHome) or place (spreadPlace).
const SpreadNote = village.SpreadNote

// Home is a household an emergency spread to (Report.SpreadTo), as the
// roster knows it.
type Home struct {
	Key    string // its 户号; the person's key for one of no household
	Name   string // "陈二家", as the group hears it
	Roster string // for the duty chat: 户号, its people, the phones of those without WeChat
	// Place: no home but a place of the village ("后山", spreadPlace):
	// nobody there to tell to get out.
	Place bool
}

// SpreadsHome reports whether an emergency of hazard h goes from one home
// to the next: a fire, a flood.
func SpreadsHome(h village.Hazard) bool { return h == village.HazardFire || h == village.HazardFlood }

// FleeHome is what one whose home an emergency of hazard h reached is told
// to do now.
func FleeHome(h village.Hazard) string {
	if h == village.HazardFlood {
		return "请马上带家人往高处撤，别回去拿东西，有人被困拨打119。"
	}
	return "请马上带家人离开屋子，别回去拿东西，立即拨打119。"
}

// ReachWord is how one says an emergency of hazard h reached a home, as
// reachedHome reads it: "烧到", "淹到".
func ReachWord(h village.Hazard) string {
	if h == village.HazardFlood {
		return "淹到"
	}
	return "烧到"
}

// HazardMarks are, per hazard that spreads, the characters words of it
// reaching a home hold: "我家也进水了" is no fire's.
var HazardMarks = map[village.Hazard][]string{
	village.HazardFire:  {"火", "烧", "着"},
	village.HazardFlood: {"水", "淹", "冲", "泡"},
}

// FearWords say a harm is feared or asked about, not come: "会不会烧到我家".
var FearWords = []string{"会不会", "会烧", "怕", "万一", "要是", "如果", "担心", "别烧到", "不要烧到", "别淹到", "没有啊"}

// ReachedHome reports whether text, in canonical words (the fire typed by
// its sound, "火少到我家了", read as fire), tells that an emergency of hazard h
// reached the sender's own home now ("我家也着了", "火烧到我家柴房了", "我家
// 也进水了"), not feared, asked ("烧到你家没有？") or denied ("还好没烧到我
// 家"), and names no other home ("火烧到老李家了 我家老头去帮忙了").
func ReachedHome(text string, h village.Hazard) bool {
	if !ContainsAnyOf(text, OwnHome...) || !ContainsAnyOf(text, HazardMarks[h]...) || strings.ContainsAny(text, "?？吗") || ContainsAnyOf(text, FearWords...) {
		return false
	}
	if NamesOtherHome(BlankWords(BlankSourceHomes(text), OwnHome)) {
		return false
	}
	// a home hit with no word that it came from elsewhere ("我家厨房着火
	// 了") is an alarm of its own
	spread, _, hit := understand.HarmWords()
	return Unnegated(text, spread) || ContainsAnyOf(text, "也", "都") && (Unnegated(text, hit) || Unnegated(text, homeFire))
}

// sourceAfter follow a home the harm came from, not one it reached:
// "老王家的火", "老王家那边烧过来的".
var sourceAfter = []string{"的火", "的水", "那边", "那里", "那儿", "烧过", "过来", "起的火", "着的火"}

// BlankSourceHomes blanks the homes text names as where the harm came
// from ("老王家的火烧到我家了", "从老王家烧过来的"), which are no other home
// it reached.
func BlankSourceHomes(text string) string {
	rs := []rune(text)
	for i, c := range rs {
		if c != '家' {
			continue
		}
		from := slices.Index(rs[max(i-4, 0):i], '从')
		if from < 0 && !StartsWithAny(string(rs[i+1:]), sourceAfter...) {
			continue
		}
		start := max(i-2, 0)
		if from >= 0 {
			start = max(i-4, 0) + from
		}
		for j := start; j <= i; j++ {
			rs[j] = ' '
		}
	}
	return string(rs)
}

// homeFire say a home burns: "我家房子也烧起来了".
var homeFire = []string{"着火", "起火", "烧着", "烧起来", "着起来"}

// notHomes end in 家 and name no home: "大家", "回家", "在家".
var notHomes = append([]string{"大家", "回家", "在家", "全家", "一家", "两家", "人家", "老家", "到家", "娘家", "婆家", "国家", "专家", "农家", "管家", "东家", "住家"}, selfHomes...)

// selfHomes are the speaker's own home said as 自己/自个(儿) 家: no
// household of another, whichever character stands before 家 (「自个儿家」,
// 「自各儿家」, 「自己个儿家」 are no 「儿家」 as 「女儿家」 is).
var selfHomes = []string{"自己家", "自己个儿家", "自个儿家", "自各儿家", "自个家", "自家"}

// NamesOtherHome reports whether text names a home ("老李家", "隔壁家").
func NamesOtherHome(text string) bool {
	text = BlankWords(text, notHomes)
	for i, c := range text {
		if c != '家' || i == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// SaidOut reports whether rep, an emergency, was said over: resolved
// (办结) and awaiting its reporter's word, or said over before its 办结
// (Report.OverSaid): by its reporter or a witness, or, once taken on, by
// a cadre's words recorded as its 进展.
func SaidOut(rep village.Report) bool {
	return rep.Status == village.StatusResolved || !rep.OverSaid.IsZero()
}

// notPlaceRunes are characters no place or household word of an alarm
// holds: the hazard, the home, the cry for help.
const notPlaceRunes = "火烧着燃起冒烟水淹漫冲泡进家屋人来快到过边里儿救命喊叫赶紧那这"

// PlaceWords are the pairs of Chinese characters of text that may name
// a place or a household ("老王", "仓库", "村口"): bigrams of its words with
// no particle nor notPlaceRunes.
func PlaceWords(text string) []string {
	var out []string
	for g := range Bigrams(text) {
		rs := []rune(g)
		if unicode.Is(unicode.Han, rs[0]) && unicode.Is(unicode.Han, rs[1]) && !strings.ContainsAny(g, notPlaceRunes) {
			out = append(out, g)
		}
	}
	slices.Sort(out)
	return out
}

// HomeAlarmed reports whether rep, an emergency, was raised at household
// key ("我家着火了" from one of it) or had spread there.
func HomeAlarmed(rep village.Report, key string) bool {
	if slices.Contains(rep.SpreadTo, key) {
		return true
	}
	text := rep.Text
	if rep.Recorder != "" {
		text = HerHome.Replace(text) // "她家柴房着火了" a worker recorded on a call: her own home
	}
	if !SaysOwnHome(text) {
		return false
	}
	return key != "" && ReporterHome(rep) == key
}

// ReporterHome is the household (homeOf's key) of rep's reporter: a
// Person.Key is village/household/name, and homeOf's key of one of no
// household is the whole of it.
func ReporterHome(rep village.Report) string {
	parts := strings.SplitN(rep.ReporterKey, "/", 3)
	if len(parts) == 3 && parts[1] != "" {
		return parts[1]
	}
	return rep.ReporterKey
}

// PresumedHome is the household a gas alarm that names no place at all
// (placeless: "快来人 煤气泄漏了") is most likely at: its reporter's. Gas
// is smelt where one is, indoors, and mostly in one's own kitchen; a
// fire is seen and shouted of from afar, a fall or a drowning happen
// anywhere, so no other hazard is placed so. "" for any other alarm.
// One knocking at a door no one answers ("烟囱冒黑烟冒了一上午了 敲门没人
// 应") stands at another's home, not his own (und106): unknown unless named.
func PresumedHome(rep village.Report) string {
	if rep.Hazard != village.HazardGas || !Placeless(rep.Text) || ContainsAnyOf(rep.Text, doorUnanswered...) {
		return ""
	}
	return ReporterHome(rep)
}

// nextDoor are the words that, after 我家/俺家, tell a neighbour's home:
// "俺家隔壁", "我家对门". 后面, 旁边 are left: "我家后面柴房着火了" is
// his own shed (TestWitnessRepeatsOnlyNews).
var nextDoor = []string{"隔壁", "对门", "对面", "斜对门", "邻居", "附近"}

// doorUnanswered tell one knocked at a door and no one came.
var doorUnanswered = []string{"敲门", "叫门", "喊门", "拍门", "砸门", "敲了半天", "没人开门", "不开门", "没人开", "没人应", "没人答应", "叫不应", "喊不应"}

// Placeless reports whether an alarm's text names no place at all: no
// home (no 家 of any kind), no place of the village (spotsIn), no
// numbered house, and no word of elsewhere (elsewhereWords: "隔壁",
// "路上", "店里", "这边").
func Placeless(text string) bool {
	return !strings.Contains(text, "家") && len(SpotsIn(text)) == 0 && len(HousesIn(text)) == 0 && !ContainsAnyOf(text, elsewhereWords...)
}

// elsewhereWords tell, naming no place spotWords knows, that an alarm may
// be away from its sender's home: a neighbour's, the road, a shop, a
// yard or shed, the fields, a grid or village, or "here" said of where
// he stands.
var elsewhereWords = []string{"隔壁", "邻居", "对门", "对面", "楼上", "楼下", "外面", "外头", "路上", "路边", "街上", "车上", "店", "厂", "馆", "食堂",
	"学校", "单位", "镇上", "镇里", "地里", "田里", "山", "坡", "河", "沟", "塘", "村", "组", "院", "仓库", "棚", "场", "站", "铺", "这边", "那边",
	"这里", "那里", "这儿", "那儿", "门口", "楼", "管道", "管子", "罐车", "气站"}

// HomeThings are the things of a household's own home: told broken with
// no place ("屋顶漏雨", "水管冻裂了", "大门坏了") they are at the teller's
// (or, of a 代报, the villager's) home, where nobody asks where (med93).
var HomeThings = []string{"屋", "房", "水管", "水龙头", "电表", "窗", "炕", "灶", "圈", "棚", "门", "锅", "床"}

// EmergencyHistory is how long after an emergency was raised a new alarm
// of the same hazard at the same place names it (earlierAlarm).
const EmergencyHistory = 7 * 24 * time.Hour

// HomesIn are the homes text names by whose they are: "老王家着火了" names
// 老王 (the two characters before 家), "村口李家" 李 (a place word before
// it, homePlaces, is no part of the name), "我家", "大家", "王家沟" none.
func HomesIn(text string) []string {
	text = hamletNamed.ReplaceAllString(text, " ") // "王家沟": a place, no home
	text = BlankLands(text)                        // "老李家林子": his land, no home
	text = BlankWords(text, notHomes)
	text = BlankWords(text, OwnHome)
	var out []string
	for i, c := range text {
		if c != '家' {
			continue
		}
		rs := []rune(text[:i])
		if len(rs) == 0 || !unicode.Is(unicode.Han, rs[len(rs)-1]) || endsWithPlace(string(rs)) {
			continue
		}
		name := rs[len(rs)-1:]
		if len(rs) >= 2 && unicode.Is(unicode.Han, rs[len(rs)-2]) && !endsWithPlace(string(rs[:len(rs)-1])) {
			name = rs[len(rs)-2:]
		}
		if strings.ContainsAny(string(name), notHomeNames) {
			continue // "那家", "对门那家": which home is not said
		}
		out = append(out, string(name))
	}
	return out
}

// homePlaces are the words of where a home is that stand before its
// name: "村口李家", "隔壁王家", "东头张家".
var homePlaces = append(slices.Clip(SpotWords), "隔壁", "对面", "对门", "旁边", "前面", "后面", "上面", "下面", "那边", "这边", "村里", "组里",
	"屋后", "屋前", "坡下", "路边", "河对面", "上头", "下头", "里头", "外头")

// notHomeNames are characters that make no household's name before 家:
// "那家", "哪家", "每家".
const notHomeNames = "这那哪谁每各别本己"

// endsWithPlace reports whether s ends with a place word (homePlaces).
func endsWithPlace(s string) bool {
	return slices.ContainsFunc(homePlaces, func(w string) bool { return strings.HasSuffix(s, w) })
}

// SameHome reports whether a and b, households homesIn read, are one:
// the same, or one the other with 老, 小 or 阿 before it ("李", "老李").
func SameHome(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if utf8.RuneCountInString(a) > utf8.RuneCountInString(b) {
		short, long = b, a
	}
	return utf8.RuneCountInString(short) == 1 && utf8.RuneCountInString(long) == 2 &&
		StartsWithAny(long, "老", "阿") && strings.HasSuffix(long, short)
}

// DaysAgo says the day of then as seen on now's: 今天, 昨天, 前天, or
// "3天前".
func DaysAgo(then, now time.Time, loc *time.Location) string {
	day := func(x time.Time) time.Time {
		x = x.In(loc)
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	}
	switch n := int(day(now).Sub(day(then)).Hours() / 24); n {
	case 0:
		return "今天"
	case 1:
		return "昨天"
	case 2:
		return "前天"
	default:
		return strconv.Itoa(n) + "天前"
	}
}

// EmergencyOverLive is how long after an emergency was raised news from
// its group that it is over is passed to the duty chat.
const EmergencyOverLive = 24 * time.Hour

// OverHeard begins the history note of a bystander's news that an
// emergency nobody took on is over (bystanderOver).
const OverHeard = "有人说已解除："

// EndsIt reports whether text says an emergency of hazard h is over: a
// fire out is of a fire only, someone found of a search only.
func EndsIt(text string, h village.Hazard) bool {
	over, _ := EmergencyNews(text, h)
	return over && !EndsOther(text, h)
}

// meTooWhole are whole messages that say "the same here".
var meTooWhole = []string{"+1", "同", "同上", "一样", "一样的", "我也是", "我家也是", "俺家也是", "我们家也是", "我这也是", "我们这也是"}

// MeTooHomes say where the same happens: "我家也停了", "我们那边也没水".
var MeTooHomes = []string{"我家", "俺家", "我们家", "咱家", "我屋", "我这", "我们这", "我们那", "我那", "这边", "那边"}

// meTooEnds end a "the same here" that names no trouble: "我家也一样".
var meTooEnds = []string{"也是", "也一样", "也这样", "也是这样", "也是的", "一样", "同样", "也同样"}

// SaysMeToo reports whether text, short and no question, says the
// sender has the same trouble as a report just made: bare ("我家也是",
// "+1", "俺家也一样", "我家也停了", "是啊 我家那边也是": an assent first is
// his agreeing), or naming it ("我家也停了", "我们那边也没水") when
// bare is false.
func SaysMeToo(text string, bare bool) bool {
	s := MeTooSaid(text)
	if utf8.RuneCountInString(s) > 20 || strings.ContainsAny(s, "?？吗") {
		return false
	}
	if MeTooPlain(text) {
		return true
	}
	home := StartsWithAny(s, MeTooHomes...)
	if bare {
		// short enough to name nothing else: "我家也停了" (meTooFits)
		return home && strings.Contains(s, "也") && utf8.RuneCountInString(s) <= 6
	}
	return home && (strings.Contains(s, "也") || strings.Contains(s, "同样"))
}

// MeTooSaid is text as saysMeToo reads it: no assent first ("是啊 "), no
// closing marks, no question of when after it (MeTooAsksWhen: "我家也没气
// 了 啥时候来啊？" is "我家也没气了").
func MeTooSaid(text string) string {
	s, _ := meTooWhen(text)
	return s
}

// meTooWhenWords ask when a trouble ends: "啥时候来啊", "还要多久".
var meTooWhenWords = []string{"啥时候", "什么时候", "几时", "几点", "多久", "多长时间", "咋还没", "怎么还没", "还没好", "能好", "修好"}

// meTooWhen is text as saysMeToo reads it (MeTooSaid), and whether a
// clause of its own after it asks when the trouble ends.
func meTooWhen(text string) (string, bool) {
	s := strings.TrimRight(strings.TrimSpace(assentLead.ReplaceAllString(strings.TrimSpace(text), "")), "。！!~～ ")
	i := strings.LastIndexAny(s, " ，,。！!")
	if i <= 0 || !ContainsAnyOf(s[i:], meTooWhenWords...) {
		return s, false
	}
	return strings.TrimRight(s[:i], " ，,。！!~～"), true
}

// MeTooAsksWhen reports whether a villager's "me too" asks, after it,
// when the trouble ends ("我家也没气了 啥时候来啊"): he is told how the
// item he joins stands.
func MeTooAsksWhen(text string) bool {
	_, asks := meTooWhen(text)
	return asks
}

// MeTooPlain reports whether text says "the same here" and nothing else:
// "+1", "我家也是", "是啊 我家那边也一样".
func MeTooPlain(text string) bool {
	s := MeTooSaid(text)
	return slices.Contains(meTooWhole, s) ||
		StartsWithAny(s, MeTooHomes...) && slices.ContainsFunc(meTooEnds, func(e string) bool { return strings.HasSuffix(s, e) })
}

// assentLead is an agreeing word a villager's "me too" may open with: "是
// 啊 我家那边也是", "对 我家也一样".
var assentLead = regexp.MustCompile(`^(?:是啊|是呀|是的|是滴|对啊|对呀|对对|对的|对|嗯嗯|嗯|确实|真的|可不是嘛|可不是|没错)[\s,，、。!！~～]*`)

// MeTooWindow is how long after it was filed a report takes a villager's
// "我家也停了" as the same trouble; a bare "我也是" only within
// MeTooBareWindow, as the group's talk moves on.
const (
	MeTooWindow     = 24 * time.Hour
	MeTooBareWindow = 2 * time.Hour
	// MeTooTold is how many people, the reporter included, a report
	// gathers before further ones are added without a word in the
	// group: twenty "我家也是" answered twenty times bury it.
	MeTooTold = 5
)

// personRe finds a word of a person an alarm may tell hurt: anyone (有人,
// 一个人, 老人), he or she, who, a child, an elder, kin of anyone
// (village.KinWords: 他爸, 老太太).
var personRe = regexp.MustCompile(`人|他|她|谁|娃|孩|宝宝|老头|老太|大爷|大妈|大娘|` + village.KinWords)

// callsOut are cries for help that name no one hurt: "快来人", "救人啊".
var callsOut = strings.NewReplacer("快来人", "", "来人", "", "救人", "", "叫人", "", "喊人", "", "来个人", "", "救命", "")

// NamesNoOne reports whether a medical alarm's text tells nothing of whom
// or where: no person (personRe, peopleIn: "老王"), no place (Placeless),
// only what befell and a cry ("低血糖晕倒了 快来人"). Such an alarm is most
// likely of its sender's household (alarm79); "有人晕倒了" (a witness's
// anyone) and "村口有人摔倒了" are not.
func NamesNoOne(text string) bool {
	text = callsOut.Replace(text)
	return Placeless(text) && !personRe.MatchString(text) && len(peopleIn(text)) == 0
}

// AlarmNamedWithin is how long after a medical alarm that named no one
// and no place ("有人晕倒了 快来人") words naming whom or where
// ("是张三家的老人 在村口") are taken as that alarm's (alarm81): the cry
// comes first, who and where follow within minutes.
const AlarmNamedWithin = 10 * time.Minute

// namedLead opens words that say whom an alarm is of: "是张三家的老人",
// "倒的是张三家的".
var namedLead = regexp.MustCompile(`^(?:好像是|应该是|可能是|就是|是|(?:晕|摔)?倒的是|出事的是)`)

// namedTail closes such words: "张三家的啊".
var namedTail = regexp.MustCompile(`(?:啊|呀|吧|呢|哦|的)+$`)

// homeClause is a household named alone or with one of it: "张三家的",
// "老张家", "张三家的老人", "他家老爷子".
var homeClause = regexp.MustCompile(`^(\p{Han}{1,4}?)家(?:的|里的|里)?(\p{Han}{0,4})$`)

// whereClause is a place said after 在: "在村口", "人在小卖部门口".
var whereClause = regexp.MustCompile(`^(?:人|他|她)?(?:就)?在(\p{Han}{1,8})$`)

// homeThing is what of a household names where an alarm is: "老李家的
// 林子", "张三家柴房", "王五家后面".
var homeThing = regexp.MustCompile(`^(?:林子|树林|竹林|柴房|柴堆|柴火堆|草垛|草堆|房子|老房子|老屋|屋|屋后|院子|院|地|地里|田|田里|菜地|山|山上|棚|牛棚|猪圈|仓库|鱼塘|果园|厂|门口|后面|旁边|那边|附近)$`)

// spotClause is a place said alone, with or without which side of it:
// "三组那边", "河边", "后山".
var spotClause = regexp.MustCompile(`^(?:就|人|他|她)?(?:就)?(\p{Han}{1,6}?)(那边|这边|附近|旁边|边上|一带|那块|那里|那儿)?$`)

// gridNamed is a grid said by its number: "三组", "3组".
var gridNamed = regexp.MustCompile(`^(?:[一二三四五六七八九十]+|\d+)组$`)

// whoWhere is what words that only say whom or where an alarm is of
// name, clause by clause: a household (alone or with one of it or a thing
// of it: "张三家的老人", "老李家的林子"), a place (after 在, "在村口", or
// alone, "三组那边", "河边"), a person alone ("他爸"); lead when they open
// with 是 ("是他爸"); household is the first household's name as said
// ("赵铁柱", "老李"). ok is false when a clause is anything else.
type whoWhere struct {
	home, place, person, lead bool
	household                 string
}

// readWhoWhere reads text as whoWhere; ok is false when it is more than
// that (an alarm word, talk: "在吃饭", "张三家今天办酒") or more than three
// clauses.
func readWhoWhere(text string) (n whoWhere, ok bool) {
	clauses := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" ，,。、！!？?~～\n", r) })
	if len(clauses) == 0 || len(clauses) > 3 {
		return n, false
	}
	for i, c := range clauses {
		if i == 0 && namedLead.MatchString(c) {
			n.lead = true
		}
		c = namedTail.ReplaceAllString(namedLead.ReplaceAllString(c, ""), "")
		if m := homeClause.FindStringSubmatch(c); m != nil && !strings.HasPrefix(c, "我") && !ContainsAnyOf(c, notHomes...) && !ContainsAnyOf(c, "谁家", "哪家") {
			switch {
			case m[2] == "" || personRe.MatchString(m[2]):
				n.home, n.household = true, cmp.Or(n.household, m[1])
				continue
			case homeThing.MatchString(m[2]):
				n.home, n.place, n.household = true, true, cmp.Or(n.household, m[1])
				continue
			}
		}
		if m := whereClause.FindStringSubmatch(c); m != nil && !Placeless(m[1]) && !strings.Contains(m[1], "家") {
			n.place = true
			continue
		}
		if m := spotClause.FindStringSubmatch(c); m != nil && !strings.Contains(m[1], "家") &&
			(slices.Contains(SpotWords, m[1]) || gridNamed.MatchString(m[1]) || m[2] != "" && len(SpotsIn(m[1])) > 0) {
			n.place = true
			continue
		}
		if c != "" && utf8.RuneCountInString(c) <= 4 && personRe.MatchString(c) && !ContainsAnyOf(c, "我", "谁", "哪") {
			n.person = true
			continue
		}
		return n, false
	}
	return n, true
}

// NamesWhoWhere reports whether text only says whom or where an alarm is
// of, no alarm word of its own: each clause a household with or without
// one of it ("是张三家的老人", "张三家的"), a person alone ("他爸"), or a
// place ("在村口"; not "在吃饭"), one of them a household or a place, or
// the person said as who it is ("是他爸"). Said in a group right after an
// alarm that named neither, they name its hurt (alarm81, alarm82).
func NamesWhoWhere(text string) bool {
	n, ok := readWhoWhere(text)
	return ok && (n.home || n.place || n.person && n.lead)
}

// NamesWhere reports whether text only says where an alarm is, no alarm
// word of its own: a place ("在后山", "三组那边", "河边") or a household or
// a thing of it ("老李家的林子"), with or without a person. Said right
// after a fire or flood that named no place, they place it (alarm82).
func NamesWhere(text string) bool {
	n, ok := readWhoWhere(text)
	return ok && (n.home || n.place)
}

// HouseholdSaid is the household words naming whom or where an alarm is
// of (NamesWhoWhere) name, as said: "赵铁柱" of "是赵铁柱家的", "" when
// they name none. HomesIn keeps two characters of a name; the duty
// officer asking a family the roster does not know needs all of it.
func HouseholdSaid(text string) string {
	n, ok := readWhoWhere(text)
	if !ok {
		return ""
	}
	return n.household
}

// SaysWhoItIs reports whether an alarm is said as who or where it is of,
// not raised on its own: "是张三家的老人晕倒了", "就是王五家的", "晕倒的是
// 张三家的" (namedLead at its head; not "是不是"). Right after an alarm that
// named no one it tells that alarm's hurt (alarm82); "王五家的老人晕倒了"
// stands on its own.
func SaysWhoItIs(text string) bool {
	text = strings.TrimSpace(text)
	return namedLead.MatchString(text) && !StartsWithAny(text, "是不是", "是否")
}

// someoneWords name another person without his name: "他家牛还踩了俺玉
// 米", "对方也不讲理" (其他/其它 are no person: partyFree drops them first).
var someoneWords = []string{"他", "她", "对方", "那家", "那户", "人家"}

// partyFree drops the words that hold 他 and name nobody.
var partyFree = strings.NewReplacer("其他", "", "其它", "", "其余", "", "他乡", "")

// backHouseholds point back at a household just named: 「另外他家鸭子…」.
var backHouseholds = []string{"他家", "她家", "他们家", "她们家", "那家", "那户"}

// RefersBack reports whether text opens on a household pointed back at
// (backHouseholds), who is then the nearest household named before it
// (NamesHousehold): after 「还有隔壁老刘家…」, 「另外他家鸭子…」 is 老刘家's.
//
// A 他家 in the middle of a part that names no household itself points
// back too: 「另外俺家鸭子也叫他家狗咬死了」 is 老刘家's dog as well.
func RefersBack(text string) bool {
	return StartsWithAny(strings.TrimLeft(text, ClauseCuts), backHouseholds...) ||
		ContainsAnyOf(homesListed.ReplaceAllString(placeHomeRe.ReplaceAllString(text, " "), " "), backHouseholds...) && !NamesHousehold(text)
}

// homesListed are homes said one after another for every home: "俺家他家
// 都没人管", "你家他家" point back at nobody.
var homesListed = regexp.MustCompile(`家(?:和|跟)?(?:他|她)们?家`)

// NamesHousehold reports whether text names a household by its head or
// name ("老刘家", "陈二家") or by where it lives ("对门那家", "隔壁家":
// PlaceHomesIn), not one's own: a 他家 said after it is that household
// (RefersBack).
func NamesHousehold(text string) bool {
	return len(householdsIn(text)) > 0 || len(PlaceHomesIn(text)) > 0
}

// JoinedOnHousehold reports whether text, a later word of a quarrel's
// party, opens on a joiner (alsoWords) and points at a household, 他家
// anywhere in it or one named (NamesHousehold), asking nothing: 「还有 他家
// 的狗也老冲俺家孩子叫」, 「另外他家的鸭子也跑过来」 add to what he told of
// that household, whatever thing they name.
func JoinedOnHousehold(text string) bool {
	t := strings.TrimLeft(text, ClauseCuts)
	if !StartsWithAny(t, alsoWords...) || strings.ContainsAny(t, "?？") || strings.HasSuffix(strings.TrimRight(t, ClauseCuts), "吗") {
		return false
	}
	return ContainsAnyOf(t, backHouseholds...) || NamesHousehold(t)
}

// NamesSomeone reports whether text names another person by a pronoun or
// as the other side: a matter said after a quarrel's account that does
// ("另外他家牛还踩了俺玉米") is more of the quarrel, one that does not
// ("另外村口路灯也坏了") a matter of its own.
func NamesSomeone(text string) bool {
	return ContainsAnyOf(partyFree.Replace(text), someoneWords...)
}
