package words

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// A worker's call note in his own words, beyond the outcome words
// (call70): the number itself is no good ("白凤兰的电话是空号"), she may
// not have understood ("白凤兰耳朵背 说了半天 也不知道听懂没有"), she
// is away from home a while ("王奶奶去她女儿家住了 这个月不在村里"), the
// name said last ("打了三次都没人接 王奶奶"), a new number given
// ("白凤兰电话换了 新号13912345678"). Pure readings of text, together.

// DeadNumberWords say the number dialled is no good: trying it again
// tomorrow reaches nobody.
var deadNumberWords = []string{"空号", "停机", "号码不对", "号码错了", "号码有误", "号不对", "号错了", "不是她的号", "不是他的号",
	"没这个号", "号码不存在", "已停用", "停用了"}

// unsureWords say the elder may not have taken in what she was told.
var unsureWords = []string{"耳朵背", "耳背", "听不清", "听不见", "听不太清", "听不懂", "没听懂", "没听清", "没听明白", "听懂没", "听清没",
	"听明白没", "听懂了没", "糊涂", "说不清", "记不住"}

// understoodWords say she took it in after all ("耳朵背 大声说了几遍 听懂了").
var understoodWords = []string{"听懂了", "听清了", "听明白了", "说清楚了", "记住了", "她知道了", "说知道了", "明白了"}

// UnsureHeard reports whether note says she may not have understood the
// call: a notice it was to pass on is not passed on.
func UnsureHeard(note string) bool {
	if !ContainsAnyOf(note, unsureWords...) {
		return false
	}
	for _, w := range understoodWords {
		// "听懂了没" asks; "听懂了" says so
		if i := strings.Index(note, w); i >= 0 && !strings.HasPrefix(note[i+len(w):], "没") {
			return false
		}
	}
	return true
}

// doubtLeads put what follows as a doubt of the speaker's, not a
// question to the bot ("也不知道听懂没有").
var doubtLeads = []string{"不知道", "不晓得", "不确定", "不清楚", "搞不清"}

// doubtEnds reports whether text's last clause is a doubt of the
// speaker's ("也不知道听懂没有"), whose 没有 asks nobody.
func doubtEnds(text string) bool {
	clauses := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(CallSeps+"!！~", r) })
	return len(clauses) > 0 && ContainsAnyOf(clauses[len(clauses)-1], doubtLeads...) && !strings.ContainsAny(text, "?？吗")
}

// awayHomes are the homes of her family an elder goes to stay at
// ("去她女儿家了"); awayTowns, where she stays when she lives there
// ("跟儿子去城里住了", not "去城里看病了").
var (
	awayHomes = []string{"女儿家", "儿子家", "闺女家", "亲戚家", "孙子家", "孙女家", "女儿那", "儿子那", "闺女那"}
	awayTowns = []string{"城里", "县城", "县里", "市里", "外地", "养老院", "敬老院"}
)

// kinAwayHomeRe is the home of one of her family named by whose kin he is
// ("我姐家", "她大儿子那", "俺弟那边"): said by her son, 「我妈去我姐家住
// 了」 is her stay at her daughter's (call103).
var kinAwayHomeRe = regexp.MustCompile(`(?:我|俺|她|他|老人)(?:家的?|的)?(?:大|二|三|小)?(?:` + kin + `|[姐哥弟妹姑姨舅叔]{1,2})(?:家|那里|那儿|那边|那)`)

// kinTakesRe is one of her family taking her to his own home, married
// out or not ("我闺女接她去她家住几天", "她闺女把她接到她那去了", "跟嫁到外村
// 的闺女走了", "她孙子接她去城里过年了", "让我姐接走了"): 她家 is then the daughter's, not hers (call104: said by her
// son, it paused nothing; the 闺女 read as whose stay it was).
//
// A day may stand between who and 接 (「她闺女腊月二十六接她去城里过年」),
// and one coming to take her may go unnamed in the clause, named the
// clause before (「她闺女一家过年回来 年前会来接她去城里」, call110).
// Her son may take her himself (「我妈腊月二十五我接去城里过年」, 「腊月二十八
// 我接我妈去城里」, call112: both were met with silence).
var kinTakesRe = regexp.MustCompile(`(?:` + kin + `|[姐哥弟妹]{1,2}|我|俺)(?:` + soonDay + `|[^，。；;\s不没别]{0,8}?)?(?:把(?:她|他|老人|[我俺](?:妈|爸|娘|爹))|来)?接(?:她|他|老人|[我俺](?:妈|爸|娘|爹))?(?:去|到)(?:她|他)?(?:家|那里|那儿|那边|那|城里|县城|县里|市里)` +
	`|(?:^|[^不没别])来接(?:她|他|老人)(?:去|到)(?:她|他)?(?:家|那里|那儿|那边|那|城里|县城|县里|市里)` +
	`|(?:` + kin + `|[姐哥弟妹]{1,2})(?:给|来)?接走了|跟[^，。；;\s]{0,8}?(?:` + kin + `)(?:走了|去了|过去了)`)

// soonDay is a day a stay away begins a few days from now (「她闺女后天接她
// 去城里」, call106).
const soonDay = `明天|后天|大后天|过两天|过几天|这两天`

// soonLeaves are the words of soonDay: a stay begun in a few days with an
// end named (「过两天去她闺女家 住到正月初六」) is a stay now for her calls
// (she was just reached; the next routine call is a week off at the
// soonest), unlike one months ahead (「下个月要去女儿家住」, call101).
var soonLeaves = strings.Split(soonDay, "|")

// stayEnds say when a stay ends: with one of soonLeaves, the stay is read.
var stayEnds = []string{"住到", "待到", "呆到", "回来", "回家", "回村"}

// awayOut say she is out of the village a while on their own.
var awayOut = []string{"不在村", "出远门", "去外地", "在外地", "到外地"}

// awayPeriods make "不在家" a stay, not an hour out ("这个月不在家").
var awayPeriods = []string{"这个月", "本月", "这几天", "这段时间", "一阵子", "过冬", "过年", "这周", "这个星期", "下个月"}

// outOfHome reports whether clause (of note) tells the elder stays away
// from home a while: "去她女儿家住了", "这个月不在村里", "跟儿子去城里住了".
func outOfHome(clause, note string) bool {
	if dayOut(clause, note) {
		return false // 「明天去她闺女家吃饭」: a meal, not a stay (call108)
	}
	if staysLater(clause) && !soonWithEnd(clause, note) {
		return false // "过年接她去城里住几天": not away yet (call101)
	}
	return awayTold(clause, note)
}

// aheadOut reports whether clause (of note), which names the day she
// leaves (village.LeaveDay), tells a stay away from then: a stay word or
// an end said (「腊月二十八她儿子接她去城里过年」, 「后天去我姐家住 过完年
// 再回来」, call107), not a day out (「明天去她闺女家吃饭」).
func aheadOut(clause, note string) bool {
	return !dayOut(clause, note) && awayTold(clause, note) && (ContainsAnyOf(clause, "住", "过年", "过冬") || ContainsAnyOf(note, stayEnds...))
}

// dayOuts are what an outing of a day is for: a meal, a wedding, a
// visit, the market — she is home by night.
var dayOuts = []string{"吃饭", "吃顿饭", "吃个饭", "吃午饭", "吃晚饭", "吃席", "坐席", "吃酒", "喝酒", "喝喜酒", "吃喜酒", "随礼", "串门", "串个门",
	"坐坐", "坐一会", "玩", "转转", "逛逛", "赶集", "看看", "拜寿", "过生日", "吃杀猪菜"}

// dayStays say a stay of nights all the same: 「去她闺女家吃饭 住几天」.
var dayStays = []string{"住", "过年", "过冬", "过夜", "几天", "两天", "三天", "一阵", "一段", "这段时间", "不在家", "不在村", "宿", "待到", "呆到", "再回来", "才回来",
	"过完年", "年后"}

// dayOut reports whether clause (of note) tells an outing of a day
// (「明天去她闺女家吃饭」, 「去她儿子那吃饭了」), no stay away: nothing in
// note says a night away (call108: it paused her calls a week).
func dayOut(clause, note string) bool {
	return ContainsAnyOf(clause, dayOuts...) && !ContainsAnyOf(note, dayStays...)
}

// awayTold is outOfHome's reading of clause, a stay ahead or not.
func awayTold(clause, note string) bool {
	if told(clause, "在家") && strings.Contains(clause, "不在家") && ContainsAnyOf(note, awayPeriods...) {
		return true
	}
	for _, w := range awayOut {
		if strings.Contains(clause, w) && !strings.Contains(clause, "没"+w) {
			return true
		}
	}
	if ContainsAnyOf(clause, "回来了", "回家了", "没去", "不去", "没住", "不住") {
		return false
	}
	if ContainsAnyOf(clause, backLater...) {
		return true // "过完年再回来": away till then (call102)
	}
	if ContainsAnyOf(clause, kinHomes...) && kinSpokeRe.MatchString(note) {
		return true // "她闺女接的 说在她家住着": the home of hers who answered
	}
	if kinTakesRe.MatchString(clause) {
		return true
	}
	return (ContainsAnyOf(clause, awayHomes...) || kinAwayHomeRe.MatchString(clause)) && ContainsAnyOf(clause, "住", "去", "到", "过冬") ||
		ContainsAnyOf(clause, awayTowns...) && strings.Contains(clause, "住")
}

// backLater say she comes home later, so is away now ("过完年再回来",
// "开春才回来").
var backLater = []string{"再回来", "才回来", "再回家", "才回家", "再回村", "才回村"}

// kinHomes are the home of one of hers named by 她/他 ("在她家住着"),
// hers who answered or spoke on the call (kinSpokeRe), not the elder's own.
var kinHomes = []string{"在她家住", "在她那住", "在她那里住", "在他家住", "在他那住", "在他那里住", "住她家", "住她那", "住他家", "住他那"}

// laterWords put a stay away ahead: a feast, a month or a plan to come.
var laterWords = []string{"过年", "过完年", "开春", "春节", "年前", "年后", "元旦", "下个月", "下月", "明年", "过几天", "过两天", "过些天", "过段时间", "到时候", "以后",
	"下周", "下个星期", "下礼拜", "要去", "准备", "打算", "想去", "想接", "要接"}

// soonWithEnd reports whether clause tells a stay begun in a few days
// (soonLeaves, and no word of a stay further ahead) whose end note names
// (stayEnds).
func soonWithEnd(clause, note string) bool {
	far := slices.DeleteFunc(slices.Clone(laterWords), func(w string) bool { return slices.Contains(soonLeaves, w) })
	return ContainsAnyOf(clause, soonLeaves...) && !ContainsAnyOf(clause, far...) && ContainsAnyOf(note, stayEnds...)
}

// staysLater reports whether clause tells a stay away ahead ("过年接她去城里
// 住几天", "下个月要去女儿家住"), not one begun: no 住了/去了/到了 says it
// has ("过年去女儿家住了", "去城里儿子家过年了": call103, is now).
func staysLater(clause string) bool {
	return ContainsAnyOf(clause, laterWords...) && !ContainsAnyOf(clause, backLater...) && !ContainsAnyOf(clause, "住了", "去了", "到了", "走了", "接走了", "接去了", "住着", "住到", "在住", "过年了", "过冬了")
}

// spokeWords say the worker spoke with someone of hers ("她说下周回来",
// "电话打通了", "聊了几句"): a note with one is of a call that got through.
var spokeWords = []string{"说", "讲", "聊", "通了", "接了", "接的", "告诉", "转告", "知道了"}

// AwayUnreached reports whether note, what a worker writes after an
// elder's name with no outcome word, tells only that she stays away
// ("去她女儿家住了 这个月不在村里") or in hospital ("住院了", hosp73):
// nothing says he reached her or
// anyone of hers (spokeWords, an outcome word, a relay), so the call is no
// 已通 and no notice was passed on (notice72). Hearsay ("听说") is no talk.
//
// What else the note tells (call74) makes it a reached call only when it
// says how she is now ("身体挺好": AllWell), which only talk with her or
// hers tells; the reason for the stay or a need ("住院了 腿摔了") is no
// talk, and is filed as her matter on the away call.
func AwayUnreached(note string, now time.Time) bool {
	stay, ok := InHospital(note, now)
	if !ok {
		return false
	}
	if at, _, _ := OutcomeAt(note); at >= 0 {
		return false
	}
	said := strings.NewReplacer("听说", "", "据说", "").Replace(note)
	if ContainsAnyOf(said, spokeWords...) {
		return false
	}
	return !slices.ContainsFunc(strings.FieldsFunc(stay.Rest, func(r rune) bool { return strings.ContainsRune(CallSeps, r) }), AllWell)
}

// kinSpokeRe is one of her family answering or speaking on the call
// ("儿子接的电话", "她儿子说挺好的", "孙女讲").
var kinSpokeRe = regexp.MustCompile(`(?:` + kin + `)[^。；;]{0,6}?(?:接|说|讲|反映)`)

// herSpoke say the elder herself spoke ("她说下周回来", "跟她聊了").
var herSpoke = []string{"她说", "她讲", "他说", "他讲", "老人说", "老人讲", "本人", "她自己", "他自己", "跟她", "和她", "跟他", "和他",
	"跟老人", "和老人"}

// KinReachedOnly reports whether note, a call note that got through,
// tells that one of her family answered or spoke ("儿子接的电话 说下周出院",
// "她儿子说挺好的") and nothing that she herself did: on a stay away
// (InHospital), the call reached her family, not her (call74).
func KinReachedOnly(note string) bool {
	return kinSpokeRe.MatchString(note) && !ContainsAnyOf(kinOfHerRe.ReplaceAllString(note, "亲属"), herSpoke...)
}

// kinOfHerRe is one of her family named by her ("她儿子", "老人的女儿"),
// whose 她 is no word of hers ("跟她儿子说了").
var kinOfHerRe = regexp.MustCompile(`(?:她|他|老人)(?:家的|家|的)?(?:` + kin + `)`)

// withoutAwayPlaces is clause without the places of awayHomes (and
// kinAwayHomeRe: "我姐家"), whose
// kin words ("女儿家") name where she is, not whose stay it tells.
func withoutAwayPlaces(clause string) string {
	for _, w := range awayHomes {
		clause = strings.ReplaceAll(clause, w, "")
	}
	return kinTakesRe.ReplaceAllString(kinAwayHomeRe.ReplaceAllString(clause, ""), "")
}

// monthWords name the rest of this month as a stay ("这个月不在村里").
var monthWords = []string{"这个月", "本月"}

// monthStay is the first day of next month, when note says she is away
// this month.
func monthStay(note string, now time.Time) (time.Time, bool) {
	if !ContainsAnyOf(note, monthWords...) {
		return time.Time{}, false
	}
	return time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, now.Location()), true
}

// NameLast reads a call note that names the elder last ("打了三次都没人接
// 王奶奶", "没人接 石德贵"): the note with the name first ("王奶奶 打了三
// 次都没人接"). ok is false unless the last word alone is a name isName
// takes and what comes before it says how a call went, nothing more
// before its outcome word than call leads ("打了三次都").
func NameLast(text string, isName func(string) bool) (string, bool) {
	s := strings.TrimRight(text, CallSeps+"。!！~")
	i := strings.LastIndexAny(s, CallSeps)
	if i < 0 {
		return text, false
	}
	name, note := strings.TrimLeft(s[i:], CallSeps), strings.TrimRight(s[:i], CallSeps)
	if !isName(name) || note == "" {
		return text, false
	}
	at, _, _ := OutcomeAt(note)
	if at < 0 || WithoutCallLeads(note[:at]) != "" {
		return text, false
	}
	return name + " " + note, true
}

// phoneRe is a phone number as written: a mobile (13912345678, 139 1234
// 5678, 139-1234-5678) or a landline with its area code (0851-1234567).
var phoneRe = regexp.MustCompile(`1[3-9][0-9](?:[ -]?[0-9]{4}){2}|0[0-9]{2,3}-?[0-9]{7,8}`)

// PhoneIn is the first phone number text holds ("在村口 13812345678"),
// spaces and dashes of a mobile dropped; "" when none.
func PhoneIn(text string) string {
	found := phoneRe.FindString(text)
	if strings.HasPrefix(found, "1") {
		found = strings.NewReplacer(" ", "", "-", "").Replace(found)
	}
	return found
}

// serviceRe is a service line as a guide writes one: an insurer's 95518,
// a 12345 hotline, a 400 number.
var serviceRe = regexp.MustCompile(`(?:^|[^0-9])(?:95[0-9]{3}|12[0-9]{3}|400-?[0-9]{3}-?[0-9]{4})(?:[^0-9]|$)`)

// HoldsPhone reports whether a line holds a number one may call: a phone
// (PhoneIn) or a service line ("人保财险95518").
func HoldsPhone(line string) bool {
	return PhoneIn(line) != "" || serviceRe.MatchString(line)
}

// NewNumberWords say a number given is her number now.
var newNumberWords = []string{"换了", "换号", "改了", "新号", "新的号", "新电话", "现在的号", "现在号码", "现在电话", "号码是", "电话是",
	"手机是", "号是", "改成", "换成"}

// NewNumber reads a new number given for the one named first
// ("白凤兰电话换了 新号13912345678", "白凤兰的新号码是139 1234 5678"):
// the name and the number, its spaces and dashes of a mobile dropped.
// ok is false unless text starts with a name isName takes, says the
// number is new or hers, and holds exactly one number.
func NewNumber(text string, isName func(string) bool) (name, phone string, ok bool) {
	name, width := LeadingName(strings.TrimSpace(text), isName)
	if name == "" || strings.ContainsAny(text, "?？吗") {
		return "", "", false
	}
	rest := strings.TrimSpace(text)[width:]
	found := phoneRe.FindAllString(rest, -1)
	if len(found) != 1 || !ContainsAnyOf(rest, newNumberWords...) {
		return "", "", false
	}
	phone = found[0]
	if strings.HasPrefix(phone, "1") {
		phone = strings.NewReplacer(" ", "", "-", "").Replace(phone)
	}
	return name, phone, true
}

// DeadNumberWord is the word of note that says the number is no good
// (deadNumberWords), or "".
func DeadNumberWord(note string) string {
	for _, w := range deadNumberWords {
		if told(note, w) && !strings.Contains(note, "不是"+w) {
			return w
		}
	}
	return ""
}
