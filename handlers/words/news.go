package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// BareOut reports whether text says something went out without naming
// it ("灭了", "已经扑灭了"), which said of a fire is its end (fireOut).
func BareOut(text string) bool {
	return !strings.Contains(text, "火") && fireOut("火"+text)
}

// LastTouched is when rep was filed or last changed.
func LastTouched(rep village.Report) time.Time {
	if e, ok := rep.LastStep(); ok {
		return e.At // a neighbour's words touch nothing
	}
	return rep.CreatedAt
}

// EmergencyNews reads a cadre's words about an emergency: over when they
// say it ended ("火灭了", "人找到了", "水退了"), going when they tell what
// is under way ("送医院了", "在抢救"). Words of both, or an end only in
// part ("水退了一些", "火基本灭了"), are news of what goes on: 办结 is his
// to say in so many words. Words of finding something ("找到了") end
// only an alarm of hazard h missing: of another they may be of anything.
func EmergencyNews(text string, h village.Hazard) (over, going bool) {
	going = ContainsAnyOf(text, goingOnWords...) || ToHospital.MatchString(text)
	e := EndOf(text)
	ended := e != village.HazardNone && e != village.HazardMissing || Unnegated(text, endedWords) || h == village.HazardMissing && Unnegated(text, foundWords) ||
		handledAll(text)
	if ended && ContainsAnyOf(text, PartWords...) {
		going = true
	}
	return ended && !going, going
}

// RescuedOnly reports whether text, said to end an emergency of hazard h,
// only tells that people were got out of a fire or a collapse ("人救出来
// 了", "人挖出来了"): the fire may still burn, the ruin fall further, so
// a cadre's or officer's word is its 进展, not its 办结;
// so is a person found there ("老人找到了"),
// (a villager's goes to the duty chat and the handler either way).
func RescuedOnly(text string, h village.Hazard) bool {
	if h == village.HazardCollapse {
		// "人挖出来了" at a collapse: the one under it out, the ruin still
		// to keep people from, others maybe under it (alarm100)
		return EndOf(text) == village.HazardNone && ContainsAnyOf(text, rescueWords...)
	}
	if h != village.HazardFire {
		return false
	}
	switch EndOf(text) {
	case village.HazardNone:
		return ContainsAnyOf(text, rescueWords...)
	case village.HazardMissing:
		// "老人找到了 救出来了" at a fire: the one inside found, the
		// fire not out (lost97); no search's end
		return understand.NamesPerson(understand.Hear(text))
	}
	return false
}

// RescueNews reports whether text is a villager's news that people were
// got out of an emergency of hazard h that goes on: a fire's or a
// collapse's (RescuedOnly), or someone in trouble pulled out ("孩子拉上来
// 了" through the ice, alarm100), for the duty chat and the handler. A
// cadre's or an officer's word at a drowning still closes it (emg52).
func RescueNews(text string, h village.Hazard) bool {
	return RescuedOnly(text, h) || h == village.HazardMedical && EndOf(text) == village.HazardNone && ContainsAnyOf(text, rescueWords...)
}

// rescueWords tell someone was got out (endedWords).
var rescueWords = []string{"救出来了", "救上来了", "拉上来了", "挖出来了", "刨出来了", "扒出来了"}

// Rescued reports whether text tells someone was got out ("救出来了",
// "老人找到了 救出来了", "人救上来了"): of a fire, a ruin or water, not of
// a search (alarm98).
func Rescued(text string) bool {
	return ContainsAnyOf(text, rescuedWords...)
}

// rescuedWords are rescueWords and what they are said as before an end:
// "救出来一个", "人抬出来了".
var rescuedWords = slices.Concat(rescueWords, []string{"救出来", "救上来", "抬出来了", "背出来了", "挖出来", "刨出来", "扒出来"})

// endedWords say an emergency is over. A fire's are read by fireOut:
// a bare "灭了" says not what went out.
var endedWords = []string{"人找到了", "找到人了", "人已找到", "人已经找到", "人回来了", "没大事了", "险情排除", "险情解除", "预警解除", "预警已解除", "预警已经解除", "警报解除", "已经排除", "已排除", "救出来了", "救上来了", "拉上来了", "挖出来了", "刨出来了", "扒出来了", "处置完毕", "虚惊一场"}

// handledAll reports whether text is only a cadre's word that it is
// dealt with ("已经处理好了", "都搞定了"), naming nothing: of his grid's one
// open emergency it tells its end. Words that name what ("路灯处理好了")
// may be of another matter.
func handledAll(text string) bool {
	text = strings.TrimFunc(text, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) })
	for _, lead := range []string{"已经", "已", "都", "全部", "现在"} {
		text = strings.TrimPrefix(text, lead)
	}
	return slices.Contains(dealtWords, text)
}

// dealtWords are handledAll's words, said alone.
var dealtWords = []string{"处理好了", "处理完了", "处理完毕", "搞定了", "弄好了", "解决了", "处置好了", "处置完了"}

// EndOf is the hazard an end told names (a fire out or its smoke gone,
// the water gone down, the gas shut off, someone found), HazardNone when
// it names none ("没大事了", "险情解除") or text tells no end. The words of
// each hazard's end are understand's (EndWords): "水退了" says nothing of
// a fire.
func EndOf(text string) village.Hazard {
	text = alsoEnds.Replace(text) // "我家门口水也退了一些"
	switch {
	case fireOut(text) || Unnegated(text, understand.EndWords(village.HazardFire)):
		return village.HazardFire
	case Unnegated(text, understand.EndWords(village.HazardFlood)):
		return village.HazardFlood
	case Unnegated(text, understand.EndWords(village.HazardGas)):
		return village.HazardGas
	case Unnegated(text, foundWords) || understand.CameBack(understand.Hear(text)):
		return village.HazardMissing
	}
	return village.HazardNone
}

// alsoEnds read an end told with 也 or 都 ("水也退了", "烟都散了") as
// the end's own words.
var alsoEnds = strings.NewReplacer("水也退", "水退", "水都退", "水退", "烟也没", "烟没", "烟都没", "烟没")

// EndsOther reports whether text tells the end of an emergency of another
// hazard than h: "火已经灭了" of a flood. Such words end no item of h;
// whoever said them is asked which he means.
func EndsOther(text string, h village.Hazard) bool {
	e := EndOf(text)
	return e != village.HazardNone && e != h
}

// foundWords end a search, and only a search (see emergencyNews):
// understand's, which the rules read as resolutions too. A child brought
// home is found: "孩子没事了 家长接回家了"; someone named come back
// ("王奶奶回来了") is understand.CameBack's.
var foundWords = understand.EndWords(village.HazardMissing)

// ToHospital tells the hurt are taken to a hospital named by its place
// ("送县医院了", "拉到镇卫生院了", "送去市人民医院"), which goingOnWords'
// "送医院" does not hold.
var ToHospital = regexp.MustCompile(`(?:送|拉到|拉去|抬到|抬去|背到|背去)\p{Han}{0,4}?(?:医院|卫生院|诊所)`)

// goingOnWords tell what is under way at an emergency: the hurt on their
// way to a doctor, the rescue, the search.
var goingOnWords = []string{"送医院", "送到医院", "送去医院", "送医", "送卫生院", "送到卫生院", "接走了", "拉走了", "在抢救", "抢救中", "正在处理",
	"正在救", "正在灭火", "在灭火", "正在扑救", "还在找", "正在找", "在搜", "正在排水", "在排水", "正在疏散", "已疏散", "疏散了", "控制住了",
	"已控制", "住院了", "在医院", "在救火", "正在组织", "在打水"}

// PartWords say an end is only in part.
var PartWords = []string{"一点", "一些", "一半", "部分", "基本", "差不多", "还在冒", "还有明火", "余火"}

// fireOut reports whether text says a fire is out, naming the fire and in
// the past: "火灭了", "火已经扑灭", "大火被扑灭了"; not "灭了" alone, "快来
// 灭火", "火还没灭", "火快灭了".
func fireOut(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "灭")
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len("灭")
		before := lastRunes(text[:at], 6)
		f := strings.LastIndex(before, "火")
		if f < 0 {
			continue
		}
		between := before[f+len("火"):]
		if ContainsAnyOf(between, "没", "未", "不", "快", "要") {
			continue
		}
		if strings.HasPrefix(text[i:], "了") || strings.HasPrefix(text[i:], "掉了") || strings.Contains(between, "已") {
			return true
		}
	}
}

// Unnegated reports whether one of words occurs in text with no denial
// just before it ("没修好", "还未解决").
//
// It is none of the other negation tests, which ask other questions:
// understand's negated cancels an alarm keyword (a wide lexicon, 预防,
// 注意, 演习…, with 不 alone no negation: "不好了 着火了" is an alarm);
// denial.go's negatedWord finds the word a bare denial names ("没亮").
// Its near twin is understand's negatedCue (a cue with 不/没/未/并非 in
// the three runes before it, in its clause, at each occurrence); this one
// looks at two runes, across a pause too, before the first occurrence
// only. Made one, they would decide some messages differently ("不，修好
// 了", "没让他修好"; none of dev.jsonl), so each keeps its rule.
func Unnegated(text string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		i := strings.Index(text, w)
		return i >= 0 && !ContainsAnyOf(lastRunes(text[:i], 2), notYetWords...)
	})
}

// plainNews is what a 进展 read from a cadre's plain words tells the
// township office.
type plainNews int

const (
	newsNone plainNews = iota // an acknowledgement, a handling word: 「盯着」「问问」「正在联系」
	newsPlan                  // what he will do, and when: 「今天上午去看」
	newsWork                  // done, learnt, promised, stuck: 「已经联系电工了」「说是变压器坏了」「明天就能修好」「联系不上」
)

// planGap is how long after a plan in plain words went to the office
// another plan of the same item waits: at most one an item in that time.
const planGap = 4 * time.Hour

// workWords are progressWords but those saying handling is under way
// (「正在联系」「在协调了」「还在修」), which tell the office nothing new.
var workWords = func() []string {
	var all []string
	for _, w := range ProgressWords {
		if strings.HasPrefix(w, "正在") || strings.HasPrefix(w, "在") && w != "在等" || w == "还在修" {
			continue
		}
		all = append(all, w)
	}
	return all
}()

// stuckPlain tells that a matter does not go as it should, in the words
// a cadre says it with: nobody reached or coming (「电工联系不上」「电话打
// 不通」「没人接」「人不在家」), someone unwilling (「村民不同意」), something
// lacking or broken (「缺个零件」「水泵又坏了」「线路有问题」), waiting on
// someone (「在等供电所回复」「等配件」), still not done (「还没修好」), hard
// (「很难办」). A bare 没/不/等/坏 is none: 「没事 我下午去看」「不急 明天
// 去」「等我开完会过去」「下午去看看哪里坏了」 are plans.
var stuckPlain = regexp.MustCompile(`\p{Han}不(?:上|通|到|了|开|动|进|去|起|成|着)|` +
	`没(?:人|接|回|来|到|修|弄|办|解决|处理|联系上|找到|钱|材料|配件|零件|进展|动静|消息|结果|答复|办法|空|时间|同意)|` +
	`不(?:同意|肯|让|配合|愿意|理|接|回|来|行|够|在家|给|批)|还(?:没|不)|缺|难办|困难|很难|难搞|难弄|太难|` +
	`(?:在|还|要|得|只能)等|等(?:配件|零件|材料|回复|回话|通知|答复|审批|批|钱|资金|天晴|雨停|厂家|师傅|电工|他|她|人|对方|镇|供电|水务)|` +
	`坏了|坏掉|又坏|烂了|有问题|出问题|出了问题|问题是|问题比较|问题很`)

// notStuckWords look like stuckPlain and are none: 「没问题」, 「还不错」,
// 「不用谢」.
var notStuckWords = []string{"没问题", "还不错", "不客气", "不用谢", "不好意思"}

// timeWords name a time of the day or a day to come (besides what
// understand.Later and village.DayNamed read).
var timeWords = []string{"今天", "今儿", "上午", "中午", "下午", "今晚", "晚上", "早上", "一会", "待会", "等会", "点钟", "点前", "点去"}

// plainNewsOf reads note, a cadre's plain words recorded as 进展 at at.
func plainNewsOf(note string, at time.Time) plainNews {
	rest := note
	for _, w := range notStuckWords {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	switch {
	case Unnegated(note, DoneWords), understand.Promises(note, at), ContainsAnyOf(note, workWords...), ContainsAnyOf(note, SafeguardWords...),
		WentToSee(note), understand.Relayed(note), stuckPlain.MatchString(rest):
		return newsWork
	}
	if _, day := village.DayNamed(note, at); day || understand.LaterWords(note) || understand.Later(note, at) || ContainsAnyOf(note, timeWords...) {
		return newsPlan
	}
	return newsNone
}

// OfficeHears reports whether the township office hears the last step of
// rep, a 进展 read from a cadre's plain words on an item that went up:
// real work always; a plan with a time at most once an item in planGap
// (replayed from the item's history since it went up, nothing stored);
// an acknowledgement or a handling word never. It stays on the item
// (查, 早报) either way. Any other step is heard as ever.
func OfficeHears(rep *village.Report) bool {
	n := len(rep.History)
	if n == 0 || rep.History[n-1].Action != village.ActProgress || !rep.History[n-1].Implied {
		return true
	}
	up := rep.EscalatedAt()
	var lastPlan time.Time
	for i, e := range rep.History {
		if e.Action != village.ActProgress || !e.Implied || e.At.Before(up) {
			continue
		}
		news, last := plainNewsOf(e.Note, e.At), i == n-1
		switch {
		case news == newsWork:
			if last {
				return true
			}
		case news == newsPlan && (lastPlan.IsZero() || e.At.Sub(lastPlan) >= planGap):
			lastPlan = e.At
			if last {
				return true
			}
		case last:
			return false
		}
	}
	return true
}

// GoesOnWords say, per hazard, that an open emergency still goes on: "后山
// 那边还有明火", "水还在涨".
var GoesOnWords = map[village.Hazard][]string{
	village.HazardFire: {"还有明火", "还有火", "还在烧", "还在着", "还在冒烟", "还冒烟", "火还没灭", "没灭完", "越烧越大", "火更大", "火又大",
		"火势还", "火还很大", "火还挺大"},
	village.HazardFlood: {"水还在涨", "还在涨水", "水还没退", "越涨越高", "水更大", "水又涨"},
	// those overcome by fumes carried out into the air (alarm103): news
	// for the duty chat, and they still see a doctor (FumesOut)
	village.HazardGas: FumesOutWords,
	// the hurt on their way to a doctor: the duty chat may still be
	// sending for an ambulance ("王奶奶已经送医院了", toHospital)
	village.HazardMedical: {"送医院", "送到医院", "送去医院", "送卫生院", "送到卫生院", "救护车来了", "救护车到了", "120来了", "120到了",
		"在抢救", "抢救中",
		// how the one down or fallen is, said at his open alarm (alarm106:
		// 「俺爹下去半天了 也没上来」, 「还有气」 got silence)
		"还没上来", "也没上来", "还没出来", "也没出来", "还没动静", "也没动静", "还有气", "有口气", "还不能动", "不能动", "动不了", "不会动",
		"没反应", "醒了", "醒过来", "能说话了",
		// carried in out of the cold, and how he is (alarm111: 「人抬到小卖部
		// 屋里了 还是迷迷糊糊的」 at one down in the snow got silence)
		"抬到", "抬进", "抬回", "背回", "背到", "扶进", "迷迷糊糊", "迷糊着", "还没醒", "还是叫不醒", "还叫不醒"},
}

// HazardNews reports whether said tells how an emergency of hazard h
// goes on (GoesOnWords), of a fire that someone is still inside
// (understand.PeopleInside: 「屋里还有人 老太太没出来」, lost97), of a search where the one missing was seen
// (Sighted), or that its hurt are on their way to or at a doctor
// (ToDoctor): people are hurt by every hazard, and 「已经送医院了」
// after 「一家人头晕恶心 煤炉子中毒了」 is news the duty chat, sending an
// ambulance, must hear (alarm85).
func HazardNews(said string, h village.Hazard) bool {
	return ContainsAnyOf(said, GoesOnWords[h]...) || slices.Contains(village.Hazards, h) && ToDoctor(said) ||
		h == village.HazardMissing && MissingNews(said) || h == village.HazardFire && understand.PeopleInside(understand.Hear(said))
}

// FumesOutWords tell those in a room of fumes got out into the air: 「人都
// 抬到院子里了」, 「都出来了」 (alarm103).
var FumesOutWords = []string{"抬到院子", "抬到院里", "抬到屋外", "抬到外面", "抬出来了", "抬出去了", "背出来了", "扶出来了", "拖出来了", "人都出来了", "都出来了",
	"出到院子", "到院子里了", "在院子里了", "出到屋外", "到屋外了", "在屋外了", "搬到外面"}

// FumesOut reports whether said tells those overcome by a gas alarm's
// fumes got out into the air (FumesOutWords, not denied): fresh air is no
// cure of carbon monoxide, so they are told to see a doctor still.
func FumesOut(said string) bool { return Unnegated(said, FumesOutWords) }

// smokeFillsWords tell smoke fills a room or chokes those in it: 「屋里全是
// 烟」, 「呛得受不了」.
var smokeFillsWords = []string{"全是烟", "都是烟", "满是烟", "满屋子烟", "满屋子的烟", "一屋子烟", "一屋子的烟", "满屋的烟", "烟好大", "烟很大",
	"烟太大", "烟越来越大", "烟更大了", "呛得受不了", "呛死了", "呛得不行", "熏得受不了", "熏得不行"}

// SmokeFills reports whether said tells smoke fills a room or chokes
// those in it (「屋里全是烟」), not denied (「没有呛得受不了」). Of a CO alarm its reporter's household raised minutes before it is how the
// fumes go (alarm99); alone it is no alarm (a kitchen, a bonfire).
func SmokeFills(said string) bool { return Unnegated(said, smokeFillsWords) }

// MissingNews reports whether said is news of a missing person's search:
// where he was seen (Sighted) or what he looks like (Described, alarm94).
func MissingNews(said string) bool { return Sighted(said) || Described(said) }

// Sighted reports whether said tells where someone was seen going or
// staying (「刚才好像看到一个老太太往后山那边走了」, 「看见她在村口」):
// news of a search under way for the duty chat, not an alarm (alarm85).
func Sighted(said string) bool {
	return strings.ContainsAny(said, "看见碰遇瞧") && sightedRe.MatchString(said)
}

// sightedRe finds a seeing word, then within a few words where the one
// seen went or was.
var sightedRe = regexp.MustCompile(`(?:看到|看见|瞧见|碰到|碰见|遇到|遇见|见过|见着|见到)\p{Han}{0,10}?(?:往|朝|向|在|去了|走了|上了|坐)`)

// ToDoctor reports whether said tells the hurt are taken to a doctor
// (ToHospital, 「送医了」) or the ambulance came for them.
func ToDoctor(said string) bool {
	if !strings.ContainsAny(said, "医救抢") && !strings.Contains(said, "120") {
		return false // every doctorWords and ToHospital holds one: no regexp run
	}
	return ToHospital.MatchString(said) || Unnegated(said, doctorWords)
}

// doctorWords tell the hurt are on their way to a doctor or with one.
var doctorWords = []string{"送医院", "送到医院", "送去医院", "送卫生院", "送到卫生院", "送医", "救护车来了", "救护车到了", "120来了", "120到了",
	"120拉走了", "120接走了", "救护车拉走了", "救护车接走了", "在抢救", "抢救中", "到医院了", "在医院了"}

// knownGoesOn are the goesOnWords of h that say 还: the fire or flood
// they speak of is one already known ("后山还在烧"), no new alarm even
// read as one; "越烧越大" may be a new one's.
func knownGoesOn(h village.Hazard) []string {
	var out []string
	for _, w := range GoesOnWords[h] {
		if strings.Contains(w, "还") {
			out = append(out, w)
		}
	}
	return out
}

// NewsHazards are the hazards of which a villager's words may be news
// (goesOnWords, or an end in part).
// Not a search's "还没回来": another child not home is another alarm.
var NewsHazards = []village.Hazard{village.HazardFire, village.HazardFlood, village.HazardGas, village.HazardMedical}

// SaysKnown reports whether said, read as an alarm of hazard h, says 还 of
// an emergency already known (knownGoesOn): of h, or, read as of no hazard
// ("水还在涨 快来人 老人出不来": a cry, the water not read as a flood), of any.
func SaysKnown(said string, h village.Hazard) bool {
	if h != village.HazardNone {
		return ContainsAnyOf(said, knownGoesOn(h)...)
	}
	return slices.ContainsFunc(NewsHazards, func(h village.Hazard) bool { return ContainsAnyOf(said, knownGoesOn(h)...) })
}

// HeardNote begins the history note of a villager's word of how an open
// emergency goes (emergencyProgress).
const HeardNote = "群里说："

// UnsureMark ends the note of words that may be of any of open (as
// raised): "（#R1 或 #R2，哪一处待确认）".
func UnsureMark(open []village.Report) string {
	refs := make([]string, len(open))
	for i, rep := range open {
		refs[i] = "#" + rep.ID
	}
	return "（" + strings.Join(refs, " 或 ") + "，哪一处待确认）"
}

// NewsWords say that what an item waits for may have come: "张老五昨晚回来
// 了", "天晴了", "材料拿到了". Only a message with one reads the grid's
// paused items (waitNews): ordinary chat costs no Redis read.
var NewsWords = []string{"回来", "回家", "到家", "回村", "出院", "晴了", "停了", "到了", "齐了", "病好", "修好", "同意", "答应",
	"签字", "签了", "答复", "有消息", "来通知", "批了", "批下来", "下来了", "拿到", "办好", "找到", "联系上", "在家"}

// PauseReason is the reason given when rep was last paused (等待 #R 原因).
func PauseReason(rep *village.Report) string {
	for i := len(rep.History) - 1; i >= 0; i-- {
		if rep.History[i].Action == village.ActPause {
			return rep.History[i].Note
		}
	}
	return ""
}
