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

// WomensFederation is the township department that helps against
// domestic violence (家暴), named beside 110 when the township lists it.
const WomensFederation = "妇联"

// OwnSide is who is on the side of p: his household, the reporter's side
// (village.Report.ReporterSide) of an item he would file.
func OwnSide(p village.Person) func(village.Person) bool {
	filed := village.Report{}
	filed.SetReporter(p, p.Name)
	return filed.ReporterSide
}

// LeaderParty reports whether a quarrel told by a grid leader makes him
// one of its parties: he says 我, 俺 or 咱 of himself ("俺和隔壁老赵吵起
// 来了", "他骂我"), not of his grid ("咱组东头两家…") nor of his visit as
// its mediator ("我去看了", "我正在调解").
func LeaderParty(text string) bool {
	return ContainsAnyOf(leaderSelfRe.ReplaceAllString(text, ""), "我", "俺", "咱")
}

// leaderSelfRe are a leader's words of himself that make him no party:
// his grid ("咱组", "我们村", "咱这") and his going there as its
// mediator ("我去看了", "俺刚到现场", "我正在调解").
var leaderSelfRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:组|村|网格|队|屯|这边|这里|这儿|那边)|` +
	`(?:我|俺)(?:已经|已|刚刚|刚才|刚|这就|马上|正在|正|今天|明天|下午|上午|晚上|也|都)?` +
	`(?:去看|去了|去过|去调解|去劝|去处理|去问|到现场|到了|来调解|来处理|在调解|在劝|在现场|调解|劝了|劝过|协调)`)

// ReportKind decides the type of a report of said that reads as reading,
// where typ is the type forced or named by the sender ("" when none;
// saidEmergency when he named it an emergency): an emergency read wins
// over a type named only when a person is in the danger; what nothing
// decides is 一般. hazard is the emergency's, or the caution the reply
// carries; byModel says only the model saw the emergency.
func ReportKind(said understand.Said, typ village.Type, reading village.Reading, saidEmergency bool) (_ village.Type, hazard village.Hazard, byModel bool) {
	// Only the model saw an emergency, and nobody said it is one.
	byModel = reading.Type == village.Emergency && reading.Source == understand.SourceLLM && !saidEmergency
	if reading.Type == village.Emergency && (typ == "" || understand.Endangers(said.Raw, reading.Hazard)) {
		typ = village.Emergency
	}
	byModel = byModel && typ == village.Emergency
	if typ == "" {
		typ = reading.Type
		if !typ.Valid() {
			typ = village.General
		}
	}
	hazard = reading.Hazard
	if typ != village.Emergency {
		hazard = understand.Caution(said) // a hole in the road, a line down: the hint the reply carries
	}
	return typ, hazard, byModel
}

// PeopleBut are people but those of out.
func PeopleBut(people, out []village.Person) []village.Person {
	return slices.DeleteFunc(slices.Clone(people), func(p village.Person) bool {
		return slices.ContainsFunc(out, func(o village.Person) bool { return o.Key() == p.Key() })
	})
}

// OthersThan are people but p.
func OthersThan(people []village.Person, p village.Person) []village.Person {
	return slices.DeleteFunc(slices.Clone(people), func(o village.Person) bool { return o.Key() == p.Key() })
}

// Whom a lifecycle reply is worded for (the template data's "To"): the
// reply names or @mentions the reporter only where he reads it.
const (
	// ToGroup is the report's own grid group, where the reporter, its
	// handlers and its recorder are members: they may be @mentioned.
	ToGroup = "group"
	// ToReporter is a private chat with the reporter, or with the
	// recorder who answers for him (代报): he is "您".
	ToReporter = "reporter"
	// ToOthers is a chat without the reporter: a township chat, or a
	// private chat with a leader or officer. Nobody is @mentioned there;
	// the reporter is spoken of.
	ToOthers = "others"
	// ToParty is a private chat with the other side of a quarrel, who
	// reopened it (hush): he is "您", and its 满意 is not his.
	ToParty = "party"
)

// JoinLines is a and b on lines of their own; a alone when b is "".
func JoinLines(a, b string) string {
	if b == "" {
		return a
	}
	return a + "\n" + b
}

// alsoWords join a second matter to a first in one message: "水管冻裂了
// 还有村东头的路灯也不亮".
var alsoWords = []string{"还有", "另外", "再就是", "顺便说下", "顺便说一下", "对了"}

// pausedAlso are alsoWords that join only said as a clause of their own,
// a pause or the text's end on both sides: "…不管 对了 路灯也坏了", not
// "说对了" nor "对了吗".
var pausedAlso = []string{"对了"}

// alsoIndex is where the first alsoWords w at or after from in text
// joins a second matter, -1 when nowhere (see pausedAlso).
func alsoIndex(text, w string, from int) int {
	for i := from; i <= len(text); {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return -1
		}
		at := i + k
		if !slices.Contains(pausedAlso, w) || pausedAt(text, at, at+len(w)) {
			return at
		}
		i = at + len(w)
	}
	return -1
}

// pausedAt reports whether text[from:to] stands between pauses
// (ClauseCuts) or the text's ends.
func pausedAt(text string, from, to int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:from])
	after, _ := utf8.DecodeRuneInString(text[to:])
	return (from == 0 || strings.ContainsRune(ClauseCuts, before)) && (to == len(text) || strings.ContainsRune(ClauseCuts, after))
}

// ListedMatter is a matter of a message that lists several (see
// listed): its words and their reading.
type ListedMatter struct {
	Text    string
	Reading village.Reading
}

// WorryAfter reports whether a piece of a list is a worry about the
// matter told before it, not a matter of its own: "电线杆子歪的厉害 风一吹
// 晃悠悠的 怕是要倒" (it names no thing; the pole is what may fall).
func WorryAfter(piece string) bool {
	return StartsWithAny(strings.TrimSpace(piece), "怕是", "怕要", "怕会", "恐怕", "就怕", "估计", "说不定", "搞不好", "弄不好", "万一", "迟早")
}

// ListPieces are the spans of text's pieces for listed: cut at each
// alsoWords and, before the first of them, at each pause or punctuation
// ("路灯坏了，垃圾没人收" is a list; after 还有, "水管漏水，流得到处都是" is
// one matter told at length), with the words and pauses that cut them
// left out. None when text holds no alsoWords.
func ListPieces(text string) [][2]int {
	var cuts [][2]int // spans of the words and pauses that cut text
	for _, w := range alsoWords {
		for i := 0; ; {
			k := alsoIndex(text, w, i)
			if k < 0 {
				break
			}
			end := alsoEnd(text, k+len(w))
			cuts = append(cuts, [2]int{k, end})
			i = end
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	firstAlso := cuts[0][0]
	for i, c := range text[:firstAlso] {
		if strings.ContainsRune(ClauseCuts, c) {
			cuts = append(cuts, [2]int{i, i + utf8.RuneLen(c)})
		}
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var pieces [][2]int
	from := 0
	for _, c := range append(cuts, [2]int{len(text), len(text)}) {
		if c[0] < from {
			continue // a cut inside the one before ("另外" of "顺便说下 另外")
		}
		if p := trimSpan(text, from, c[0]); p[0] < p[1] {
			pieces = append(pieces, p)
		}
		from = c[1]
	}
	return pieces
}

// trimSpan is the span [from, to) of text without the clauseCuts at its
// ends.
func trimSpan(text string, from, to int) [2]int {
	s := text[from:to]
	left := len(s) - len(strings.TrimLeft(s, ClauseCuts))
	right := len(strings.TrimRight(s, ClauseCuts))
	if left >= right {
		return [2]int{from, from}
	}
	return [2]int{from + left, from + right}
}

// DecidedAsks ask whether an application was decided ("低保批下来没",
// "残疾证办好了没"), which no record he can look up himself tells, unlike
// a fee paid or a payout arrived (config.Procedure.Check).
var DecidedAsks = []string{"批", "审", "办好", "办妥", "办下来", "办了", "办没办", "通过"}

// ClauseCuts trim the space and punctuation between two clauses.
const ClauseCuts = " ，,。.、；;：:！!？?"

// SplitAlso splits text at its first alsoWords: "低保咋办 另外路灯不亮了
// 还有垃圾没人收" after 低保咋办, whichever word the list names first.
func SplitAlso(text string) (head, tail string, ok bool) {
	at, n := -1, 0
	for _, w := range alsoWords {
		if i := alsoIndex(text, w, 0); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(w)
		}
	}
	if at < 0 {
		return "", "", false
	}
	return strings.TrimRight(text[:at], ClauseCuts), strings.TrimLeft(text[alsoEnd(text, at+n):], ClauseCuts), true
}

// alsoEnd is where the joiner ending at text[end:] ends with the 就是 (or
// a 就 before 想 or 问) said after it: "还有就是想问问高龄补贴咋领" leaves
// "想问问高龄补贴咋领"; "还有就业补贴" keeps its 就业.
func alsoEnd(text string, end int) int {
	rest := strings.TrimLeft(text[end:], " ")
	skipped := len(text[end:]) - len(rest)
	switch {
	case strings.HasPrefix(rest, "就是"):
		return end + skipped + len("就是")
	case strings.HasPrefix(rest, "就想"), strings.HasPrefix(rest, "就问"):
		return end + skipped + len("就")
	}
	return end
}

// ProcedureAsks ask how to go about a procedure: "怎么申请残疾证", "低保年审
// 咋弄", "需要什么材料", "去哪办", or want one done: "我想办个残疾证",
// "村里能开个居住证明吗" (a paper asked for: 开).
var ProcedureAsks = []string{"怎么", "怎样", "如何", "咋", "什么材料", "啥材料", "哪些材料", "去哪", "在哪", "找谁", "想办", "要办", "办个", "想申请", "要申请",
	"能开", "能不能开", "可以开", "给开"}

// ReportStarts start a report said after a question in one breath: whose
// or where the trouble is.
var ReportStarts = []string{"俺家", "我家", "咱家", "俺们", "我们", "咱们", "村里", "村口", "村头", "家门口", "隔壁"}

// Hushed reports whether the entry e just made on rep (进展, 办结, 未解决,
// 等待, 驳回, 退回) carries a note its group does not hear: how a mediation
// goes (who agreed to pay what, what a party will not accept, why it is
// not taken up) is for its parties and those who mediate, as its 查 is
// (Router.status).
func Hushed(rep *village.Report, e village.Entry) bool {
	return rep.Type == village.Mediation && e.Note != "" &&
		slices.Contains([]village.Action{village.ActProgress, village.ActResolve, village.ActReopen, village.ActPause,
			village.ActReject, village.ActReturn}, e.Action)
}

// OnlyWaits reports whether a 等待's note says only what the item waits
// for, clause by clause ("先等等 张三出门了 等他儿子回来了再说": who is
// away, whom it waits for, that it waits): no particular of the dispute,
// which written in the group would have been better told privately. A
// clause that plans (understand.Planned, read at now) waits too.
func OnlyWaits(note string, now time.Time) bool {
	clauses := strings.FieldsFunc(note, func(c rune) bool { return unicode.IsSpace(c) || strings.ContainsRune("，,。；;！!、", c) })
	for _, c := range clauses {
		if !WaitsOnVillager(c) && !MeetingSet(c) && !ContainsAnyOf(c, awayWords...) && !understand.Planned(c, now) {
			return false
		}
	}
	return len(clauses) > 0
}

// awayWords tell that someone a matter waits for is away: "出门了",
// "在外地打工", "住院了".
var awayWords = []string{"出门", "不在家", "外出", "外地", "打工", "住院", "走亲戚", "没回来", "还没回", "回娘家"}

// Unnamed are the mediators a dispute's text does not name: one it names
// ("隔壁郑十家把围墙砌到我家地里") is a party to it, and mediates it no
// more than he would judge his own case; the grid leader mediates.
func Unnamed(mediators []village.Person, text string) []village.Person {
	return slices.DeleteFunc(mediators, func(m village.Person) bool { return strings.Contains(text, m.Name) })
}

// HarmNews reports whether words about an open emergency tell of more
// harm than its alarm: it spreading ("火烧到我家柴房了", "烧过来了"),
// another household hit ("我家也被烧了", "隔壁也淹了"), someone hurt
// ("有人烧伤了"), none of it denied ("没人受伤"). A neighbour's (notOwn)
// own home hit ("我家房子烧没了") is another household; the reporter's
// is what he alarmed of.
func HarmNews(text string, notOwn bool) bool {
	spread, hurt, home := understand.HarmWords()
	return Unnegated(text, spread) || Unnegated(text, hurt) ||
		notOwn && ContainsAnyOf(text, OwnHome...) && Unnegated(text, home)
}

// AidWords name help in money or kind after a misfortune; AidAsks ask
// whether there is any, or how to get it; RescueCalls call for rescue,
// which the alarm is already about.
var AidWords = []string{"救助", "救济", "补助", "补贴", "帮扶", "慰问"}

// ApplyAsks ask to apply for the procedure the words name: with an
// emergency that names a guide's entry ("西屋塌了半边 人没事 能申请危房改
// 造不") that entry is the aid asked (appr109), though no aid word is said.
var ApplyAsks = []string{"申请", "报名", "能报不", "能报吗", "能不能报", "可以报", "还能报"}

var AidAsks = []string{"有没有", "有没", "有啥", "有什么", "能不能", "能申请", "可以申请", "怎么申请", "咋申请", "怎么办", "咋办", "给不给", "管不管", "吗", "么", "不", "?", "？"}

var RescueCalls = []string{"快来", "来人", "需要救助", "急需救助", "请求救助", "求救"}

// RenewalCues say a certificate is to be renewed or replaced.
var RenewalCues = []string{"过期", "到期", "换证", "换领", "换新", "丢了", "掉了", "丢失", "补办", "补领", "补证", "坏了"}

// RenewalSubject is the certificate a renewal entry's name is about
// (残疾证换领 → 残疾证), and whether the name is one.
func RenewalSubject(name string) (string, bool) {
	for _, suffix := range []string{"补办", "换领", "换证"} {
		if s, ok := strings.CutSuffix(name, suffix); ok && s != "" {
			return s, true
		}
	}
	return "", false
}

func AppendNew(list []string, more ...string) []string {
	for _, m := range more {
		found := false
		for _, l := range list {
			found = found || l == m
		}
		if !found && m != "" {
			list = append(list, m)
		}
	}
	return list
}

// AwaitingAnswer are the reports of cands still waiting for a grid
// cadre's answer: a villager's (village.Report.AwaitsAnswer) or the
// township's question (village.Report.OpenAsk), which the bot asked him
// to answer with 「答复 #R」.
func AwaitingAnswer(cands []village.Report) []village.Report {
	var w []village.Report
	for i := range cands {
		if _, asked := cands[i].OpenAsk(); asked || cands[i].AwaitsAnswer() {
			w = append(w, cands[i])
		}
	}
	return w
}

// Candidate is a report offered for a command, with its reference as the
// chat writes items (refHere: 「办结 石桥村 #R1」 in the township office of
// several villages), read at Now (its words' 明天 said as that day).
type Candidate struct {
	Ref string
	village.Report
	Now time.Time
}

// NoNumber is a # with no number after it (「查 #」, 「查 #。」, 「办结 #
// 修好了」): followed by nothing or a punctuation mark, or by a space and
// no number; not "#接龙", "# 3" (bareNumber) or "# R1".
var NoNumber = regexp.MustCompile(`#\s*(?:$|\p{P})|#\s+[^\s0-9A-Za-z]`)

// WrongRef is an item number written wrong: #R and no digits after it
// ("查 #Rabc", "查 #R-1"), which no command reads as a number.
var WrongRef = regexp.MustCompile(`#\s*[Rr][^\s，,。；;]*`)

// MinQuotedRunes is the shortest report text a quoted message is matched
// with: "路灯坏了" may be in many messages.
const MinQuotedRunes = 5

// MaxCandidates is how many reports a command without a reference lists.
const MaxCandidates = 5

// NewestFirst sorts reps newest first (a which-list's order).
func NewestFirst(reps []village.Report) []village.Report {
	slices.SortStableFunc(reps, func(a, b village.Report) int { return b.CreatedAt.Compare(a.CreatedAt) })
	return reps
}

// SplitPrivate parts open into the reports told in a group and those told
// to the bot in private, which a group's list leaves out.
func SplitPrivate(open []village.Report) (public, private []village.Report) {
	for _, rep := range open {
		if rep.Private() {
			private = append(private, rep)
		} else {
			public = append(public, rep)
		}
	}
	return public, private
}

// ReportRefs are the reports' references among refs, each once, in order
// (a reminder names its items in its list and again in its example).
func ReportRefs(refs []village.Ref) []village.Ref {
	var out []village.Ref
	for _, x := range refs {
		if x.Kind == 'R' && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// CloneReport is rep with slices of its own: a reader that changes its
// copy (Next, Apply) leaves the turn's memo as read.
func CloneReport(rep village.Report) village.Report {
	rep.Handlers, rep.Followers, rep.FollowerKeys, rep.HandlerKeys = slices.Clone(rep.Handlers), slices.Clone(rep.Followers),
		slices.Clone(rep.FollowerKeys), slices.Clone(rep.HandlerKeys)
	rep.Images, rep.AidTold, rep.SpreadTo, rep.History = slices.Clone(rep.Images), slices.Clone(rep.AidTold),
		slices.Clone(rep.SpreadTo), slices.Clone(rep.History)
	rep.CreditorsAwaited, rep.CreditorsAskedEarly = slices.Clone(rep.CreditorsAwaited), slices.Clone(rep.CreditorsAskedEarly)
	return rep
}

// RefVillagesDropped is args without the villages written right before
// an item's number (「办结 石桥村 #R1 已修好」, 「进展 青山村 #R2 石桥村 #R1
// 已联系」, as the township's texts write items): they named the items,
// and are no part of the note.
func RefVillagesDropped(args string, villages []string) string {
	for _, v := range villages {
		if v == "" {
			continue
		}
		var b strings.Builder
		for rest := args; ; {
			i := strings.Index(rest, v)
			if i < 0 {
				b.WriteString(rest)
				break
			}
			after := strings.TrimLeft(rest[i+len(v):], " ")
			b.WriteString(rest[:i])
			if rest = rest[i+len(v):]; refNext(after) {
				rest = after // the village and the spaces after it
				if n := b.Len(); n > 0 && isASCIIAlnum(b.String()[n-1]) {
					b.WriteByte(' ') // 「3石桥村 R1」: R1 stays a number of its own
				}
			} else {
				b.WriteString(v)
			}
		}
		args = b.String()
	}
	return args
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// refNext reports whether s starts with an item's number (「#R1」, 「R1」).
func refNext(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "#"), "＃")
	return len(s) > 1 && (s[0] == 'R' || s[0] == 'r') && s[1] >= '0' && s[1] <= '9'
}

// AnswersAsProgress reports whether who's 答复 #R on rep is its 进展: on
// any item but a procedure question (whose 答复 answers the villager).
// The grid's 答复 to the township's question (镇里问), which the
// township's chat hears; so too once the question counts as answered:
// the office asked twice and one answer closed both, or he adds to his
// answer; the bot asked him for 「答复 #R」. An officer's 答复 to what
// was sent up to him (quoting its 【网格上报】, or to an alarm) is his
// word on it: 进展 decides whether he may note it.
func AnswersAsProgress(who village.Person, rep village.Report) bool {
	return rep.Type != village.Approval && (townshipAsked(rep) || who.Has(village.RoleOfficer))
}

// townshipAsked reports whether the township ever asked the grid about
// rep (镇里问), answered or not.
func townshipAsked(rep village.Report) bool {
	return slices.ContainsFunc(rep.History, func(e village.Entry) bool { return e.Action == village.ActAsk })
}

// RejectAnyway is the word of 驳回 that is never asked whether a matter
// said done is meant for 办结 (prepareReject): the way out of that question.
const RejectAnyway = "不予受理"

// RejectReasons say why a report is not taken on though its words say it
// is done: a false or mistaken report, a repeat, one of another grid
// ("误报 路灯是好的", "重复反映 已经修好了").
var RejectReasons = []string{"误报", "不属于", "不归", "重复", "不是本", "搞错", "弄错", "看错", "假的", "没有这回事", "不存在", "不是真的"}

// handledWords tell, besides what doneBy reads, that a matter was dealt
// with already: "已处理", "已经清运过了".
var handledWords = []string{"已处理", "处理过", "已经处理", "清运过", "已清运", "办过了", "已经办了", "修过了", "解决过", "已解决"}

// HandledAlready reports whether an officer's note on an item sent up says
// that it is done already ("已经清运过了", "已处理", "已经修好了"), with
// no doubt and on no day to come.
func HandledAlready(note string, now time.Time) bool {
	return DoneBy(note, now) || ContainsAnyOf(note, handledWords...) && !ContainsAnyOf(note, DoubtWords...) && !understand.Later(note, now)
}

// AsksInGroup reports whether the township's question about rep may be
// asked in its group (问网格): it has one, and its notes are the group's
// (not a quarrel's, not a private item's).
func AsksInGroup(rep *village.Report) bool {
	return rep.Chat != "" && rep.Type != village.Mediation && !rep.Private()
}

// LeaderOnly are the lifecycle verbs a grid worker may not send on an
// item of his grid (refuseAct tells him what he can do instead).
var LeaderOnly = map[Verb]bool{VAccept: true, VAssign: true, VEscalate: true, VReject: true}

// JoinsOnAccept reports whether p becomes a handler of rep by taking it
// on: nobody handles it yet, or he is a grid worker of its grid at an
// emergency (the first on the scene, whoever it is, beside the leader).
func JoinsOnAccept(p village.Person, rep village.Report) bool {
	return len(rep.Handlers) == 0 ||
		rep.Type == village.Emergency && !rep.HandledBy(p) && p.Covers(village.RoleWorker, rep.Village, rep.Grid)
}

// NotesNeeded are the lifecycle verbs whose note the next person needs,
// with what to ask for and an example: the township acts on the reason
// of 上报镇, the reporter checks the result of 办结, the handler goes back
// for what 未解决 says is still wrong.
var NotesNeeded = map[Verb]struct{ What, Example string }{
	VProgress: {"进展情况", "已联系电工，明天来修"},
	VPause:    {"在等什么", "等村民补交户口本"},
	VResolve:  {"办理结果", "已换新灯泡，路灯亮了"},
	VReopen:   {"还有什么没解决", "路灯还是不亮"},
	VEscalate: {"上报的原因（镇里据此协调）", "涉及两个组，村里协调不了"},
	VAnswer:   {"答复的内容", "要带户口本原件，复印件也带一份"},
	VAsk:      {"要问网格的话", "电工联系上了吗"},
}

// VerbActions are the report actions of the lifecycle verbs.
var VerbActions = map[Verb]village.Action{VAccept: village.ActAccept, VAssign: village.ActAssign,
	VProgress: village.ActProgress, VResolve: village.ActResolve, VConfirm: village.ActConfirm,
	VReopen: village.ActReopen, VEscalate: village.ActEscalate, VReject: village.ActReject,
	VDuplicate: village.ActDuplicate, VPause: village.ActPause, VAnswer: village.ActAnswer,
	VUnanswer: village.ActUnanswer, VAsk: village.ActAsk, VRetype: village.ActRetype}

// LifecycleBlocks names the reply template of each lifecycle verb.
var LifecycleBlocks = map[Verb]string{VAccept: "accept", VAssign: "assign", VProgress: "progress",
	VResolve: "resolve", VConfirm: "confirm", VReopen: "reopen", VEscalate: "escalate.group",
	VReject: "reject", VDuplicate: "duplicate", VPause: "pause", VAnswer: "answer", VUnanswer: "unanswer", VAsk: "ask.office", VRetype: "retype"}

// LastOf is the latest entry of history with action a; zero when none.
func LastOf(history []village.Entry, a village.Action) village.Entry {
	for _, e := range slices.Backward(history) {
		if e.Action == a {
			return e
		}
	}
	return village.Entry{}
}

// TransferWords open an officer's words sending an item to a department
// ("转司法所", "转交应急办", "交给党群服务中心处理"), longest first.
var TransferWords = []string{"转交给", "转交到", "转交", "转给", "转到", "交给", "交由", "转"}

// HandedVerbs are the leader's commands a grid worker refused them is
// shown the leader's 指派 for: given the item he may 确认 and 办结 it
// (may), and a 指派 he asks for is that one. 驳回, 上报镇 and 重复 stay
// the leader's whoever handles the item: he tells the leader why.
var HandedVerbs = map[Verb]bool{VAccept: true, VResolve: true, VAssign: true}

// OfficerNotes reports whether a township officer may note progress (进展)
// on rep, a grid's item never sent up: one of a grid, open, taken on by
// it, and not kept from its cadres.
func OfficerNotes(rep village.Report) bool {
	return rep.Grid != "" && rep.Status.Open() && rep.Status != village.StatusNew && !rep.Private()
}

// OwnWordsTaken reports whether v (满意 or 未解决) on rep takes back what
// p's own words made of it last: a 未解决 or 满意 read from them
// (Entry.Implied), which village.Report.Next lets the other undo.
func OwnWordsTaken(p village.Person, v Verb, rep village.Report) bool {
	n := len(rep.History)
	if n == 0 || !rep.History[n-1].Implied || rep.History[n-1].By != p.Name {
		return false
	}
	switch last := rep.History[n-1].Action; v {
	case VConfirm:
		return last == village.ActReopen && rep.Status == village.StatusReopened
	case VReopen:
		return last == village.ActConfirm && rep.Status == village.StatusClosed
	}
	return false
}

// TakesBack reports whether p, of the grid's cadres who answer for rep
// (cadre: its leader or handler), may take its 办结 back with 未解决: not
// a step he is offered (nextSteps), since the answer is its reporter's
// unless a villager told him otherwise.
func TakesBack(cadre bool, p village.Person, rep village.Report) bool {
	return cadre && rep.Status == village.StatusResolved && !rep.ReporterSide(p)
}

// VerbOf is the lifecycle verb of action a ("" for none): the command word
// that hints name.
func VerbOf(a village.Action) Verb {
	for v, va := range VerbActions {
		if va == a {
			return v
		}
	}
	return ""
}

// SameReporter reports whether a and b were reported by the same person.
func SameReporter(a, b village.Report) bool {
	return a.ReporterKey == b.ReporterKey && a.Reporter == b.Reporter
}

// SameTeller reports whether two private reports were typed by one
// cadre, one of them told by him for himself: the grid worker who logged
// an elder's need from a call and then filed what he saw there. He reads
// both already; merged, no one else learns of the other (two elders'
// reports he recorded stay apart: one's news would reach the other).
func SameTeller(a, b village.Report) bool {
	teller := func(r village.Report) string { return cmp.Or(r.Recorder, r.Reporter) }
	return teller(a) == teller(b) && (a.Recorder == "" || b.Recorder == "")
}

// Unattended reports whether rep is an emergency nobody has taken on.
func Unattended(rep village.Report) bool {
	return rep.Type == village.Emergency && rep.Status == village.StatusNew
}

// CompareBool orders false before true.
func CompareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// OwnTodoWords are the words of 待办 that ask for the sender's own items:
// those he handles, for a cadre; those he reported, for a villager.
var OwnTodoWords = []string{"我的待办", "我的任务", "我负责的"}

// OfGrids are the reports of village v's grids among open, grid after
// grid, each grid's in open's order.
func OfGrids(grids village.Places, v string, open []village.Report) []village.Report {
	var items []village.Report
	for _, g := range grids {
		if g.Village != v {
			continue
		}
		for _, rep := range open {
			if rep.Grid == g.Name {
				items = append(items, rep)
			}
		}
	}
	return items
}

// CutPage splits a 待办's arguments into the place they name and the page
// after it: "三组 2", "青山村 三组 第2页", "2" (no place).
func CutPage(args string) (word, page string) {
	fs := strings.Fields(args)
	for i := range fs {
		if page := strings.Join(fs[i:], " "); PageNumber(page) > 0 {
			return strings.Join(fs[:i], " "), page
		}
	}
	return strings.Join(fs, " "), ""
}

// WaitsOn says, for a 待办 line, why rep waits and on whom: the reason
// of its 等待 (not of a quarrel's or a private item's, which are not the
// group's to read), the reporter's 确认 or, one filed for him, the
// cadre's 回访 after 办结; or that the township sent it back (镇里退回).
func WaitsOn(rep village.Report) string {
	switch {
	case rep.Status == village.StatusWaiting:
		if note := LastOf(rep.History, village.ActPause).Note; note != "" && rep.Type != village.Mediation && !rep.Private() {
			if rep.StatusLabel() == "暂停（"+strings.TrimSpace(note)+"）" {
				return "" // 「暂停（等陈二）」 says it whole: not said twice on the line
			}
			if !strings.HasPrefix(note, "等") {
				note = "等：" + note
			}
			return ShortText(note)
		}
	case rep.Status == village.StatusResolved && rep.Recorder != "":
		return "等回访" + rep.Reporter
	case rep.Status == village.StatusResolved:
		return "等" + rep.Reporter + "确认"
	case rep.Status.Open() && rep.Status != village.StatusEscalated &&
		LastOf(rep.History, village.ActReturn).At.After(LastOf(rep.History, village.ActEscalate).At):
		return "镇里退回"
	}
	return ""
}

// SpansGrids reports whether items are of more than one grid.
func SpansGrids(items []village.Report) bool {
	return slices.ContainsFunc(items, func(rep village.Report) bool {
		return rep.Village != items[0].Village || rep.Grid != items[0].Grid
	})
}

// TodoPage is how many items one 待办 reply lists.
const TodoPage = 15

// PageNumber reads "2", "第2页" or "2页" from a command's arguments; 0 when
// there is none.
func PageNumber(args string) int {
	m := pageRe.FindStringSubmatch(args)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var pageRe = regexp.MustCompile(`^第?\s*([0-9]{1,4})\s*页?$`)
