package words

import (
	"cmp"
	"gridbot/internal/cnnum"
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

const (
	VClaim      Verb = "申请积分"
	VApprove    Verb = "同意"
	VAward      Verb = "加分"
	VDeduct     Verb = "扣分"
	VObject     Verb = "异议"
	VUphold     Verb = "维持"
	VRevoke     Verb = "撤销"
	VMyPoints   Verb = "我的积分"
	VPoints     Verb = "积分"
	VRanking    Verb = "积分排行"
	VVillages   Verb = "各村积分"
	VRedeem     Verb = "兑换"
	VUnredeem   Verb = "撤销兑换"
	VRestock    Verb = "补货"
	VPointsHelp Verb = "积分帮助"
	VWithdraw   Verb = "撤回"
	VReviewTodo Verb = "待审"
)

// pointsVocab are the words of the points flows. 驳回 and 查 are the
// report verbs; a #C reference sends them here (see pointsFlows).
var pointsVocab = map[string]Verb{
	"申请积分": VClaim, "积分申请": VClaim, "申报积分": VClaim, "申请 积分": VClaim, "申请加分": VClaim, "上报积分": VClaim, "积分上报": VClaim,
	"撤回": VWithdraw, "取消": VWithdraw, "撤回申请": VWithdraw, "取消申请": VWithdraw, "撤回我的申请": VWithdraw,
	"取消我的申请": VWithdraw, "不要了": VWithdraw, "不申请了": VWithdraw,
	"同意": VApprove, "批准": VApprove, "同意积分": VApprove, "通过": VApprove, "审核通过": VApprove,
	"不同意": VReject, "不通过": VReject, "不予通过": VReject,
	"加分": VAward, "奖励积分": VAward,
	"扣分": VDeduct, "减分": VDeduct,
	"异议": VObject, "有异议": VObject, "提异议": VObject,
	"维持": VUphold, "维持原分": VUphold,
	"撤销": VRevoke, "撤销积分": VRevoke,
	"我的积分": VMyPoints, "我家积分": VMyPoints,
	"积分": VPoints, "查积分": VPoints, "积分查询": VPoints, "查询积分": VPoints, "查看积分": VPoints,
	"积分排行": VRanking, "积分排名": VRanking, "积分榜": VRanking, "排行榜": VRanking, "积分排行榜": VRanking, "积分排名榜": VRanking,
	"各村积分": VVillages, "各村积分排行": VVillages, "各村积分排名": VVillages, "各村排名": VVillages, "各村排行": VVillages,
	"兑换": VRedeem, "积分兑换": VRedeem,
	"撤销兑换": VUnredeem, "取消兑换": VUnredeem, "兑换撤销": VUnredeem,
	"补货": VRestock, "进货": VRestock,
	"积分帮助": VPointsHelp, "积分规则": VPointsHelp, "积分说明": VPointsHelp,
	"待审": VReviewTodo, "待审核": VReviewTodo, "待审积分": VReviewTodo, "积分待审": VReviewTodo, "待审核积分": VReviewTodo,
}

// PlainClaimWords are claim verbs that are also ordinary speech ("通过，
// 大家辛苦了", "不同意，这样不公平", "不要了"): commands only with a claim
// named (written or quoted, "C1不要了"), else free text.
var PlainClaimWords = []string{"通过", "审核通过", "不同意", "不通过", "不予通过", "不要了", "不申请了"}

// The reads peekPending makes, by their place.
const (
	ReadAccount = iota
	ReadApproved
	ReadClaimsOf
	PendingReads // how many
)

// ScoresOnly reports whether who reviews claims and handles no reports:
// his "驳回 4 没签到" can only mean #C4 (QA points3).
func ScoresOnly(who village.Person) bool {
	return who.Has(village.RoleScorer) && !who.Has(village.RoleLeader) && !who.Has(village.RoleWorker) && !who.Has(village.RoleOfficer)
}

// Reviewing are the claim verbs only the scoring group (and township
// officers) use. 驳回 and 撤销 are not among them: without a claim named
// they are the report verb and the shopkeeper's or claimant's word.
var Reviewing = map[Verb]bool{VApprove: true, VUphold: true}

// Decides are the claim verbs only a reviewer uses.
var Decides = map[Verb]bool{VApprove: true, VReject: true, VUphold: true, VRevoke: true}

// OneByOne are the claim verbs whose text has no reason that could name
// another claim: several claims in one of them is an error, said rather
// than acted on in part ("同意 #C6 2 和 #C7 2").
var OneByOne = map[Verb]bool{VApprove: true, VUphold: true, VWithdraw: true}

// Reasoned are the claim verbs whose reason may name another claim ("驳回
// #C4 重复，已在C1记过"): several claims before the reason ("驳回 #C4 #C2
// 重复") are an error, said as for oneByOne; one named in it is the
// reason's.
var Reasoned = map[Verb]bool{VReject: true, VObject: true}

// ClaimRefs are the distinct claim references among refs, in order.
func ClaimRefs(refs []village.Ref) []string {
	var out []string
	for _, r := range refs {
		if r.Kind == 'C' && !slices.Contains(out, r.String()) {
			out = append(out, r.String())
		}
	}
	return out
}

// ClaimCandidate is a claim a command without a reference may mean;
// Withheld, a veto item named in a group as the 公示 names it.
type ClaimCandidate struct {
	ID, Label, Person, Name string
	Withheld                bool
	// Here: the claim was made in the group the command was said in;
	// Amount: its item's points when 同意 is to give a score ("2–20分"),
	// "" when it is fixed or the verb gives none.
	Here   bool
	Amount string
	// Points are its points when set (a fixed item's); Lacks, the
	// evidence its item asks for that it lacks ("证明人"), "" for none.
	Points int
	Lacks  string
}

// CandidateStatus is the status of the claims each decision without a
// reference may mean; decisions on points are never guessed, only listed.
var CandidateStatus = map[Verb]village.ClaimStatus{
	VApprove: village.ClaimPending, VWithdraw: village.ClaimPending, VReject: village.ClaimPending,
	VUphold: village.ClaimObjected, VRevoke: village.ClaimObjected,
}

// OwnClaim reports whether who may take back c: he claimed it, or it is
// for him (the member of its household it names).
func OwnClaim(who village.Person, c village.Claim) bool {
	return who.Name == c.Claimant || who.Name == c.Person && who.Household == c.Household
}

// Township names the reviewers told privately when they are township
// officers reviewing for want of a scorer who may; nil otherwise.
func Township(away []village.Person) []string {
	if len(away) == 0 || slices.ContainsFunc(away, func(o village.Person) bool { return !o.Has(village.RoleOfficer) }) {
		return nil
	}
	return Names(away)
}

// SameShown reports whether a ranking line reads the same.
func SameShown(a, b village.Standing) bool {
	return a.Household == b.Household && a.Rank == b.Rank && a.Total == b.Total && a.Participants == b.Participants
}

// UnfiledClaim is a claim a villager wrote in the group that waits for his
// 「1」 to the confirm-back: not a claim yet, nothing to decide.
type UnfiledClaim struct {
	Who, Text string
}

// BareEachScore is a scorer's whole message giving every item listed one
// score: 「都给8分」, 「每项8分」, 「全部给六分」; the score is its
// submatch.
var BareEachScore = regexp.MustCompile(`^(?:都|全都|全部|各|均|每项|每条|每个|每一项)(?:是|为|各)?\s*(?:给|打|加)?\s*各?\s*((?:[0-9]{1,4}|[零一二两三四五六七八九十]{1,5})\s*分)[。.！!]*$`)

// reviewWord is a decision written beside a claim's number.
var ReviewWord = regexp.MustCompile(`驳回|不同意|不予通过|不通过|审核通过|同意|批准|通过`)

// claimAt is a claim's number as written.
var ClaimAt = regexp.MustCompile(`[#＃]?\s*[Cc]\s*([0-9]{1,9})`)

// StepSeps may stand between a decision and its number, or a number and
// its score.
const StepSeps = " \t\n,，、:：;；。.和及"

// Tight reports whether s holds nothing but separators.
func Tight(s string) bool { return strings.Trim(s, StepSeps) == "" }

// EachScore is a score said to be each item's: 「都给8分」, 「每项8分」,
// 「各给八分」, 「均为8分」; its submatch the score.
var EachScore = regexp.MustCompile(`^(?:都|各|均|每项|每条|每个|每一项|每人|全部)(?:是|为|各)?\s*(?:给|打|加)?\s*各?\s*((?:[0-9]{1,4}|[零一二两三四五六七八九十]{1,5})\s*分?(?:$|[\s，,。.！!]))`)

// ReviewVerb is the verb of a decision reviewWord found.
func ReviewVerb(word string) Verb {
	switch word {
	case "驳回", "不同意", "不予通过", "不通过":
		return VReject
	}
	return VApprove
}

// JoinParts joins texts, a line of every one of them alike said once, at
// the end.
func JoinParts(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	count := map[string]int{}
	for _, part := range parts {
		seen := map[string]bool{}
		for l := range strings.SplitSeq(part, "\n") {
			if !seen[l] {
				seen[l] = true
				count[l]++
			}
		}
	}
	var lines, common []string
	for _, part := range parts {
		for l := range strings.SplitSeq(part, "\n") {
			switch {
			case count[l] < 2:
				lines = append(lines, l)
			case !slices.Contains(common, l):
				common = append(common, l)
			}
		}
	}
	return strings.Join(append(lines, common...), "\n")
}

// ClaimNumber is the number of claim id ("C12": 12).
func ClaimNumber(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "C"))
	return n
}

// ClaimNeed says which lists of a village's claims a reader needs.
type ClaimNeed uint8

const (
	NeedPending  ClaimNeed = 1 << iota // waiting for review
	NeedLatest                         // the latest few (latestVouchRead), of any status
	NeedFrozen                         // frozen by an objection
	NeedApproved                       // approved, not final yet
)

// ClaimsSeen are a village's claims as read for one message: each list
// when has says it was read, and the questions waiting for the sender
// when askedRead (read with them: witnessGiven, this process holding no
// copy of them).
type ClaimsSeen struct {
	Has                               ClaimNeed
	Pending, Latest, Frozen, Approved []village.Claim
	Asked                             []byte
	AskedRead                         bool
}

// DeductionAsked is a message asking about a deduction: "扣了几分",
// "扣多少分", "为啥扣了5分", "为什么被扣分", "扣分了吗".
var DeductionAsked = regexp.MustCompile(`扣[了掉过]?(?:几|多少)分?|(?:为什么|为啥|咋|怎么|因为啥)(?:被|给)?扣|扣分?了?(?:吗|么|没有?)|有没有(?:被)?扣`)

// deductionSaid is a message speaking of a deduction or a veto item:
// "扣我分", "扣了5分", "凭什么扣", "罚分", "否决项"; "扣子" and "扣我工资"
// are no points (the check also wants 分 or 否决); a veto is also told
// by what it does ("不让我家参加评优").
var deductionSaid = regexp.MustCompile(`扣[了的掉]?[我俺咱]|扣[了的掉]?[0-9一二三四五六七八九十两]*分|罚分|否决|[瞎乱]扣|扣错|(为什么|为啥|咋|怎么|凭什么|凭啥)被?扣|` +
	// a veto told by what it does: "凭什么不让我家参加评优"
	`(?:不让|不准|不许|不能|取消)\p{Han}{0,4}(?:评优|排名|排行)`)

// DisputeWords make it dispute one.
var DisputeWords = []string{"凭什么", "凭啥", "冤枉", "不服", "不认", "搞错", "弄错", "扣错", "记错", "瞎扣", "乱扣", "不是我", "不是俺", "怎么回事", "咋回事",
	"不对", "申诉", "有异议", "有意见", "不合理", "不公平", "我没", "俺没", "根本没", "又没", "也没", "没有烧", "没烧", "没倒", "没扔", "为什么扣", "为啥扣", "咋扣", "怎么扣",
	"为什么被扣", "为啥被扣", "咋被扣", "怎么被扣", "凭什么被扣", "不信你问", "不信问问"}

// OwnDeduction are words that make a disputed deduction the sender's own
// whoever else the message names.
var OwnDeduction = []string{"扣我", "扣俺", "扣了我", "扣了俺", "我家", "俺家", "我的分", "俺的分", "我没", "俺没", "不是我", "不是俺"}

// DisputesDeduction is the cheap text check before any read: plain
// substring tests first, the expression only on the few that pass.
func DisputesDeduction(text string) bool {
	return (strings.ContainsAny(text, "扣罚否") && (strings.Contains(text, "分") || strings.Contains(text, "否决")) ||
		ContainsAnyOf(text, "评优", "排名", "排行")) &&
		ContainsAnyOf(text, DisputeWords...) && deductionSaid.MatchString(text)
}

// MaxDisputed is how many of the household's deductions the answer names.
const MaxDisputed = 3

// VetoSaid is a dispute about what a veto item does ("不让我家参加评优").
var VetoSaid = regexp.MustCompile(`评优|排名|排行|否决`)

// QuotedPoints is a deduction or veto item as the bot's messages show it.
var QuotedPoints = regexp.MustCompile(`-[0-9]+分|扣分|否决项`)

// awardDoubted are words doubting someone's points ("张三那天根本没去
// 凭什么给他加分", "公示里张三的分不对").
var awardDoubted = []string{"凭什么", "凭啥", "不对", "没去", "没参加", "没干", "没做", "不属实", "假的", "造假", "瞎加", "乱加", "虚报", "冒领"}

// DoubtsAward is the cheap text check before any read.
func DoubtsAward(text string) bool {
	return strings.Contains(text, "分") && ContainsAnyOf(text, awardDoubted...)
}

// ObjectsToPublicity reports whether text objects to the 公示 without
// naming an item ("我对公示有异议", "俺对公示的分有意见"); a notice about
// the 公示 ("有异议的七天内提出") speaks for no one.
func ObjectsToPublicity(text string) bool {
	return strings.Contains(text, "公示") && ContainsAnyOf(text, "我", "俺") &&
		ContainsAnyOf(text, "有异议", "有意见", "不服", "不对") && len(village.FindRefs(text)) == 0
}

var RejectionWhy = []string{"凭什么", "凭啥", "为什么", "为啥", "咋", "怎么", "什么理由", "啥理由", "啥原因", "什么原因"}

var RejectionSaid = regexp.MustCompile(`驳回|退回|没(?:有)?通过|不通过|没批|不批|不给[我俺]?加分|没给[我俺]?加分|没加分|不加分|不给[我俺]?积分`)

// explainsSaid is a message that tells one's side of a deed: a witness
// offered ("王五可以作证", "不信你问李四"; not "开证明" of a procedure), the deed said done in the first
// person ("我去了的", "俺那天确实帮了"; not "我妈晕过去了", "我爸摔下去了":
// a 去了 or 来了 after 过, 下, 进, 出, 上 or 回 is a way of going, no
// deed), or the doubt denied ("冤枉", "没撒谎").
var explainsSaid = regexp.MustCompile(`作证|证人|(?:可以|能)证明|可以问|不信.{0,3}问|` +
	`[我俺](?:那天|当天|当时|明明|真的|确实|是|有|都|就|可是|可)*(?:\p{Han}{0,2}?[^\P{Han}过下进出上回])?(?:去了|去过|来了)|` +
	`[我俺](?:那天|当天|当时|明明|真的|确实|是|有|都|就|可是|可)*\p{Han}{0,3}?(?:做了|干了|帮了|在场|扫了|修了|送了|参加了)|` +
	`冤枉|没[撒说]?谎|没骗|胡说|瞎说|乱说|有照片|拍了照`)

// TellsSide reports whether text tells one's side of a deed (a witness
// offered, the deed said done, the doubt denied) and raises no alarm: an
// emergency is never taken as words on a frozen item or a claim
// ("我妈晕过去了 炉子一直冒烟" from a household whose item is frozen).
func TellsSide(text string) bool {
	return explainsSaid.MatchString(text) && !understand.Alarms(text)
}

// FrozenAt is when an objection last froze c.
func FrozenAt(c village.Claim) time.Time {
	for _, e := range slices.Backward(c.History) {
		if e.To == village.ClaimObjected && e.From != village.ClaimObjected {
			return e.At
		}
	}
	return c.PublishedAt
}

// forIntro starts a claim for someone else: 给/为/替/帮, maybe "我儿子"
// or "儿子", or "我老婆" alone.
var forIntro = regexp.MustCompile(`^(?:(?:给|为|替|帮)\s*(?:[我俺咱](?:的|家)?)?\s*(?:` + kin + `)?|[我俺咱](?:的|家)?\s*(?:` + kin + `))\s*@?`)

// kinWord is a word for a family member.
var kinWord = regexp.MustCompile(kin)

// kin are the words for family members villagers put before a name
// (village.KinWords), longest first.
var kin = village.KinWords

// nameJoin separates two names: "张明、刘芳", "张明和刘芳".
// "给 张明 给 刘芳" repeats the intro.
var nameJoin = regexp.MustCompile(`^\s*(?:、|和|跟|与|及|，|,|/|给|为|替|帮|\s)\s*@?`)

// ForWhom reads the names (those isName accepts, in order) that a claim
// starts with after 给/为/替/帮, and the claim without them; a catalogue
// code in front stays in front. ok is false when the claim names nobody.
func ForWhom(s string, isName func(string) bool) (names []string, rest string, ok bool) {
	s = FoldDigits(strings.TrimSpace(s))
	code := ""
	if m := CodePrefix.FindStringSubmatch(s); m != nil {
		code, s = m[1]+" ", m[2]
	}
	m := forIntro.FindStringIndex(s)
	if m == nil {
		return nil, "", false
	}
	at := m[1]
	for {
		n, width := LeadingName(s[at:], isName)
		if n == "" {
			break
		}
		names = append(names, n)
		at += width
		j := nameJoin.FindStringIndex(s[at:])
		if j == nil {
			break
		}
		if next, _ := LeadingName(s[at+j[1]:], isName); next == "" || slices.Contains(names, next) {
			// "替 王奶奶 王奶奶家院子收拾得很干净": the name again opens
			// the deed; it is one person
			break
		}
		at += j[1]
	}
	if len(names) == 0 {
		return nil, "", false
	}
	rest = strings.TrimLeft(s[at:], " ，,:：、")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "申请积分"), " ，,:：、")
	return names, code + rest, true
}

// nameRunes is what a name may be made of.
var nameRunes = regexp.MustCompile(`^[\p{Han}A-Za-z·]+$`)

// LeadingName is the longest name (2 to 5 runes) s starts with, or a
// name typed with spaces ("张 明", see spacedName), and how many bytes of
// s it takes.
func LeadingName(s string, isName func(string) bool) (name string, width int) {
	rs := []rune(s)
	for n := min(len(rs), 5); n >= 2; n-- {
		if c := string(rs[:n]); nameRunes.MatchString(c) && isName(c) {
			return c, len(c)
		}
	}
	if n, rest, ok := SpacedName(s, isName); ok {
		return n, len(s) - len(rest)
	}
	return "", 0
}

// HelpVerbs come before the one a deed was for: "帮王奶奶挑水",
// "照顾隔壁王奶奶", "看望五保户王奶奶".
var HelpVerbs = []string{"帮", "照顾", "照料", "看望", "陪"}

// helpedTitles say who the one helped is before his name: "帮助五保户
// 王奶奶打扫院子", "帮邻居张三收麦子".
var helpedTitles = []string{"五保户", "孤寡老人", "独居老人", "困难户", "残疾人", "孤老", "老人", "邻居", "隔壁"}

// HelpedName is s, the words after a 帮, from where the name of the one
// helped may start: past 助/着 and a title of him.
func HelpedName(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "助"), "着")
	for _, w := range helpedTitles {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.TrimPrefix(rest, "的")
		}
	}
	return s
}

// kinOnly is a claim for a family member named only by kin ("给我儿子…").
var kinOnly = regexp.MustCompile(`^(?:(?:给|为|替|帮)\s*)?[我俺咱](?:的|家)?\s*(` + kin + `)`)

// ForName is 给/为/替 followed by what may be a name ("给张小明参加…").
var ForName = regexp.MustCompile(`^(?:给|为|替)\s*@?(\p{Han}{2,3})`)

// ElderTitles end what villagers call a neighbour: 张大爷, 李奶奶.
const ElderTitles = "爷奶婶叔伯姨嫂舅公婆妈爹哥姐"

// DeedStart ends a name read by forName: "张小明参加" is 张小明.
const DeedStart = "参捐帮打扫送去到在把做清修拾照义献救护看陪申"

// ClaimIntro is how a claim that forWhom read starts: its intro word
// (给, 为, 替, 帮; "" for "我儿子张明…"), whether it names kin ("我儿子")
// and whether it is an application for the named person ("给张明申请积分",
// "给张明参加…").
func ClaimIntro(s string, names []string) (word string, withKin, filing bool) {
	s = FoldDigits(strings.TrimSpace(s))
	if m := CodePrefix.FindStringSubmatch(s); m != nil {
		s = m[2]
	}
	intro := forIntro.FindString(s)
	if r, ok := FirstRune(intro); ok && strings.ContainsRune("给为替帮", r) {
		word = string(r)
	}
	withKin = strings.ContainsAny(intro, "我俺咱") || kinWord.MatchString(intro)
	if len(names) > 0 {
		if end := NameEnd(s, names[len(names)-1]); end >= 0 {
			// "给陈小龙申请积分", "给陈小龙参加义务劳动": acts of the named person.
			r, _ := FirstRune(strings.TrimLeft(s[end:], " ，,:："))
			filing = strings.ContainsRune(OwnActs, r)
		}
	}
	return word, withKin, filing
}

// KinClaim reads a claim for a family member named only by kin: bare is
// the claim without its indicator code, m kinOnly's submatch index in it,
// nil when the claim is no such claim. A claim that tells of the sender's
// own deed for him is none: "帮我妈挑水" is the sender's, while "帮我儿子
// 参加义务劳动" and "帮我儿子申请积分" are the son's (an act one does
// oneself, see ownActs).
func KinClaim(args string) (bare string, m []int) {
	bare = strings.TrimSpace(CodePrefix.ReplaceAllString(FoldDigits(strings.TrimSpace(args)), "$2"))
	m = kinOnly.FindStringSubmatchIndex(bare)
	if m == nil || !strings.HasPrefix(bare, "帮") {
		return bare, m
	}
	if r, _ := FirstRune(strings.TrimLeft(bare[m[1]:], " ，,:：")); !strings.ContainsRune(OwnActs, r) {
		return bare, nil
	}
	return bare, m
}

// KinSaid is a family member named by kin alone: "俺爹", "我老伴", "儿子".
var KinSaid = regexp.MustCompile(`^(?:我|俺|咱)?(?:的|家)?(` + kin + `)$`)

// ForHim says a claim is for someone named only by a pronoun: "给他申请
// 个积分", "帮她报一下积分".
var ForHim = regexp.MustCompile(`(?:给|为|替|帮)(?:他|她)(?:申请|报|记|加|挣)`)

// NameLike reports whether s, on no roster, may still be a person's
// name: two or three characters starting with a common surname.
func NameLike(s string) bool {
	r, _ := FirstRune(s)
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 3 && strings.ContainsRune(Surnames, r)
}

// Surnames are common surnames; ownActs start acts done oneself, not for
// someone (参加, 献血, 捐款, 申请).
const (
	Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
	OwnActs  = "参献捐申考获"
	// AttendActs start acts only a person does (参加, 申请, 考上, 获得),
	// unlike 献 and 捐, which are also done for a place ("为村里捐款").
	AttendActs = "参申考获"
)

// ClaimText is what parseClaimText reads from a claim.
type ClaimText struct {
	For      string // the household member it is for, when not the sender
	Helped   string // the neighbour the sender's own deed was for ("帮王奶奶…")
	Points   int    // points asked for ("10分"), 0 if none
	Evidence string // what evidence the text offers
	Text     string // the claim without the "给 X" prefix
}

var CodePrefix = regexp.MustCompile(`^([A-Za-z]{1,4}-?[0-9]{1,3})\s+(.*)$`)

var forPrefix = regexp.MustCompile(`^(?:给|为|替)\s*@?([\p{Han}A-Za-z·]{2,5})(?:\s+|[，,:：])(.*)$`)

var mentionFor = regexp.MustCompile(`^@([^\s@]{1,20})\s+(.*)$`)

var AskPoints = regexp.MustCompile(`(?:^|[^0-9A-Za-z])([0-9]{1,4})\s*分`)

var WitnessRe = regexp.MustCompile(`(?:证明人|证人)\s*[:：是]?\s*@?([\p{Han}A-Za-z·]{2,5})`)

var VouchRe = regexp.MustCompile(`(?:^|[\s，,。、:：])(?:让|请|找|叫|有)?@?([\p{Han}·]{2,4}?)\s*(?:可以|能|会)?(?:帮我|给我|替我)?(?:作证|做证|证明)(?:$|[\s，,。])`)

var photoWords = []string{"照片", "图片", "附图", "拍照", "拍了", "见图", "截图"}

// sawRe is who saw the deed: "李四和王五都看见了", "王五在场", "李四也在".
var sawRe = regexp.MustCompile(`(?:^|[\s，,。、:：])@?([\p{Han}·]{2,4}?)(?:(?:和|跟|、)@?[\p{Han}·]{2,4}?)*\s*(?:(?:都|也)?(?:` +
	strings.Join(SawWords[:4], "|") + `)|(?:都|也)在(?:$|[\s，,。！!、]))`)

// SawWords are the words sawRe ends with: the first four anywhere, "也在"
// and "都在" only at the end of a clause ("李四也在", not "李四也在家").
var SawWords = []string{"看见", "看到", "在场", "亲眼", "也在", "都在"}

// witnessLead is what names witnesses after it: "证明人 王五 李四".
var witnessLead = regexp.MustCompile(`(?:证明人|证人)\s*[:：是]?`)

// WitnessesIn are the people isName takes whom text names as witnesses,
// each once, in order: after 证明人 (several: "证明人 王五 李四", "证明人：
// 王五、李四"), before 作证 ("王五可以作证"), or as having seen the deed
// ("李四也看见了", "李四和王五都看见了").
func WitnessesIn(text string, isName func(string) bool) []string {
	var out []string
	add := func(list string) {
		for _, n := range namesAt(list, isName) {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	for _, at := range witnessLead.FindAllStringIndex(text, -1) {
		add(text[at[1]:])
	}
	if strings.Contains(text, "证") {
		for _, m := range VouchRe.FindAllStringSubmatch(" "+text, -1) {
			add(m[1])
		}
		if heVouches.MatchString(text) {
			// "失主是金大海 他可以作证": the one person the text names
			if ns := namesIn(text, isName); len(ns) == 1 {
				add(ns[0])
			}
		}
	}
	if ContainsAnyOf(text, SawWords...) {
		for _, m := range sawRe.FindAllString(" "+text, -1) {
			add(m)
		}
	}
	return out
}

// CoWorkersIn are the people isName takes whom a claim's text names as
// having done the deed with its claimant, each once, in order: "我和王五把
// 村口的路铲出来了", "跟王五一起扫的雪", "王五和我去的". They saw it: the
// claim's reply offers them as its witness (pts102: it gave the usual
// example instead).
func CoWorkersIn(text string, isName func(string) bool) []string {
	var out []string
	for _, m := range coWorkerRe.FindAllStringSubmatchIndex(text, -1) {
		for _, n := range namesAt(text[m[1]:], isName) {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	for _, n := range namesIn(text, isName) {
		if !slices.Contains(out, n) && (ContainsAnyOf(text, n+"和我", n+"跟我", n+"同我") ||
			ContainsAnyOf(text, "和"+n+"一", "跟"+n+"一", "同"+n+"一", "带着"+n, "叫上"+n, "喊上"+n)) {
			out = append(out, n)
		}
	}
	return out
}

// coWorkerRe ends where a co-worker's name begins: "我和", "咱跟", "我们同".
var coWorkerRe = regexp.MustCompile(`(?:我|咱)(?:们|俩)?\s*(?:和|跟|同|与)\s*@?`)

// heVouches is a witness named by a pronoun: "他可以作证", "她能证明".
var heVouches = regexp.MustCompile(`(?:^|[\s，,。、:：])[他她]\s*(?:也)?(?:可以|能|会)?(?:作证|做证|证明)(?:$|[\s，,。])`)

// namesIn are the roster names isName takes anywhere in text, each once,
// the longest at each place.
func namesIn(text string, isName func(string) bool) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		for k := min(4, len(rs)-i); k >= 2; k-- {
			if n := string(rs[i : i+k]); isName(n) {
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
				i += k - 1
				break
			}
		}
	}
	return out
}

// namesAt reads the names isName takes at the start of s, one after the
// other, with spaces, 、，和跟@ between them: "王五 李四也看见了" is 王五 and
// 李四. A name of 2 to 4 characters, the longest that is one.
func namesAt(s string, isName func(string) bool) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if strings.ContainsRune(" \t、，,和跟@:：", rs[i]) {
			i++
			continue
		}
		// a name is letters only (the roster's lookup may trim what is not)
		end := i
		for end < len(rs) && end-i < 4 && (unicode.IsLetter(rs[end]) || rs[end] == '·') {
			end++
		}
		n := 0
		for k := end - i; k >= 2; k-- {
			if isName(string(rs[i : i+k])) {
				n = k
				break
			}
		}
		if n == 0 {
			break
		}
		out = append(out, string(rs[i:i+n]))
		i += n
	}
	return out
}

// WithWitnesses is evidence with each of names as a witness ("证明人 王五、
// 证明人 李四"), the witnesses first, none twice.
func WithWitnesses(evidence string, names []string) string {
	var ws, rest []string
	for _, e := range strings.Split(evidence, "、") {
		switch {
		case e == "":
		case strings.HasPrefix(e, "证明人 "):
			x := strings.TrimPrefix(e, "证明人 ")
			if !slices.Contains(names, x) && slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(x, n) }) {
				continue // "证明人 王五李四" read as one: each is named
			}
			ws = append(ws, e)
		default:
			rest = append(rest, e)
		}
	}
	for _, n := range names {
		if w := "证明人 " + n; !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	return strings.Join(append(ws, rest...), "、")
}

// ParseClaimText reads a claim's free text: "给 张小宝 …" or "@张小宝 …"
// names the member (the caller checks the roster), "10分" asks for an
// amount, 证明人/照片/证书 say what evidence there is.
func ParseClaimText(s string) ClaimText {
	s = FoldDigits(strings.TrimSpace(s))
	code := ""
	if m := CodePrefix.FindStringSubmatch(s); m != nil {
		// "HJ01 给 张明 …": a catalogue code first (typed, or put there by
		// the free-text confirmation), then the claim.
		code, s = m[1]+" ", m[2]
	}
	ct := ClaimText{Text: s}
	if m := forPrefix.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	} else if m := mentionFor.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	}
	ct.Text = code + ct.Text
	if m := AskPoints.FindStringSubmatch(ct.Text); m != nil {
		ct.Points, _ = strconv.Atoi(m[1])
	}
	var ev []string
	if m := WitnessRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1])
	} else if m := VouchRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1]) // "王五可以作证"
	}
	for _, w := range photoWords {
		if strings.Contains(ct.Text, w) {
			ev = append(ev, "照片")
			break
		}
	}
	// "证明人 王五" is a witness, not a paper.
	papers := strings.NewReplacer("证明人", "", "证人", "").Replace(ct.Text)
	for _, w := range village.DocumentWords {
		if strings.Contains(papers, w) {
			if w == "证明" {
				w = "证明材料" // "有证明": the paper
			}
			ev = append(ev, w)
			break
		}
	}
	ct.Evidence = strings.Join(ev, "、")
	return ct
}

var leadHan = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([零一二两三四五六七八九十百]{1,5})\s*分?(?:\s+|[，,:：。]|$)`)

// In a sentence a Chinese numeral is an amount only with 分 and after
// a boundary or 给/加/扣/减: "扣五分", "给十分", not "表现十分积极".
var tokenHan = regexp.MustCompile(`(?:^|[\s，,:：]|给|加|扣|减)([零一二两三四五六七八九十百]{1,5})\s*分(?:[\s，,:：。]|$)`)

// A scorer may say what he does with the points: "给5分", "扣3分".
var leadNum = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([+-]?[0-9]{1,4})\s*分?(?:\s+|[，,:：]|$)`)

var tokenNum = regexp.MustCompile(`(?:^|[\s，,:：])(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分?(?:[\s，,:：。]|$)|(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分`)

// A number glued to the item's words ends them ("志愿服务10"): the
// points, when nothing else is.
var gluedNum = regexp.MustCompile(`\p{Han}([+-]?[0-9]{1,4})(?:[\s，,:：。]|$)`)

// LeadingPoints reads "8", "8分" or "-5 分" at the start of s (after the
// reference): the amount a scorer gives, and the note after it.
func LeadingPoints(s string) (pts int, ok bool, note string) {
	s = FoldDigits(strings.TrimSpace(s))
	m := leadNum.FindStringSubmatch(s)
	if m == nil {
		// "同意 #C1 十": a score in Chinese numerals.
		if m := leadHan.FindStringSubmatch(s); m != nil {
			if n, ok := chineseNumber(m[1]); ok {
				return n, true, strings.TrimSpace(s[len(m[0]):])
			}
		}
		return 0, false, s
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false, s
	}
	return n, true, strings.TrimSpace(s[len(m[0]):])
}

// PointsIn finds the amount in a 加分/扣分 text: a standalone number or one
// followed by 分 ("3月5日" is a date, "SG03" a code). The note is the text
// after the indicator words and the number.
func PointsIn(s string, ind village.Indicator) (pts int, ok bool, note string) {
	s = FoldDigits(strings.TrimSpace(s))
	note = s
	if m := tokenNum.FindStringSubmatchIndex(s); m != nil {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		n, err := strconv.Atoi(s[m[g]:m[g+1]])
		if err == nil {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	} else if m := tokenHan.FindStringSubmatchIndex(s); m != nil {
		if n, isNum := chineseNumber(s[m[2]:m[3]]); isNum {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	} else if m := gluedNum.FindStringSubmatchIndex(s); m != nil {
		if n, err := strconv.Atoi(s[m[2]:m[3]]); err == nil {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[2]] + " " + s[m[1]:])
		}
	}
	// The indicator's words usually come first ("焚烧秸秆 村口田里"): take
	// the longest that starts the text off it; words inside the sentence
	// stay ("因赌博被行政拘留").
	cut := 0
	for _, k := range append([]string{ind.Code, ind.Name}, ind.Keywords...) {
		if k != "" && len(k) > cut && strings.HasPrefix(strings.ToUpper(note), strings.ToUpper(k)) {
			cut = len(k)
		}
	}
	note = strings.TrimSpace(strings.Join(strings.Fields(strings.Trim(note[cut:], " ，,:：。")), " "))
	return pts, ok, note
}

// FoldDigits turns full-width digits into ASCII ones.
func FoldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

// EarlyNext is what becomes of the last objection me sent to c before
// its 公示 (points.status.early): "pending" (weighed in the review),
// "checking" (the approval may be taken back), "passed" (approved all
// the same; he may object during the 公示), "open" (the 公示 is on: he
// may object now), "dropped" (not counted); "" when he sent none, or
// objected again during the 公示 (his objection is shown as such).
func EarlyNext(c village.Claim, me string, at time.Time) string {
	var o *village.Objection
	for i := range c.Early {
		if c.Early[i].By == me {
			o = &c.Early[i]
		}
	}
	if o == nil || slices.Contains(c.Objectors(), me) {
		return ""
	}
	unpublished := c.PublishedAt.IsZero()
	switch {
	case c.Status == village.ClaimPending:
		return "pending"
	case c.Status == village.ClaimApproved && unpublished && o.Status == village.ClaimApproved:
		return "checking"
	case c.Status == village.ClaimApproved && unpublished:
		return "passed"
	case c.Status == village.ClaimApproved && c.InWindow(at):
		return "open"
	case c.Status == village.ClaimRejected || c.Status == village.ClaimRevoked:
		return "dropped"
	}
	return ""
}

// KinQuery is 积分 asked of a family member by kin word alone: "积分
// 我儿子", "积分 我家闺女的".
var KinQuery = regexp.MustCompile(`^[我俺咱](?:的|家)?\s*(` + kin + `)\s*(?:的)?\s*(?:积分)?$`)

// ArchiveState is what the archived rankings of a closed year say.
type ArchiveState struct {
	Open     []string // items still disputed
	Archived bool     // a closed year's ranking was found
	// objected are the households' points under those open objections
	// (village.HouseholdKey → points), left out of their totals
	Objected map[string]int
	// pending: some of the year's points were not final when it was
	// archived and have not all become final since (the year-end post
	// named the honours 暂定)
	Pending bool
	// told: settling it is posted in the groups (storage.YearRanking.
	// SettlementTold); else only a correction would be
	Told bool
}

// RankList is what a ranking answer lists.
type RankList struct {
	All []village.Standing // every household, when read per village (several villages, a closed year)
	Top []village.Standing // the first Ranking.Top households with points
	// mine is the asker's household's standing, nil when it is not ranked
	// here.
	Mine *village.Standing
	ArchiveState
	VillageRank int // the asker's place in his village, when a grid is ranked
	// unfinal are each household's points of the year counted in the
	// ranking but not final yet (approved, waiting for or in 公示), by
	// village.HouseholdKey, when live tallies are read.
	Unfinal map[string]int
}

// InGrids are the standings of s in grids (all of s when grids is nil).
func InGrids(s []village.Standing, grids village.Places) []village.Standing {
	if grids == nil {
		return s
	}
	return slices.DeleteFunc(slices.Clone(s), func(x village.Standing) bool { return !grids.Has(x.Village, x.Grid) })
}

// RankOf is the rank of household in ranked standings s; 0 when it is
// not ranked or not there.
func RankOf(s []village.Standing, household string) int {
	for _, x := range s {
		if x.Household == household {
			return x.Rank
		}
	}
	return 0
}

// RankingYear is the year a ranking question names ("积分排行 2025",
// "2025年", or 去年: LastYearNamed), the current points year now
// (config.Points.Year) when it names none; current reports whether it is
// the current one.
func RankingYear(args string, now int) (year string, current bool) {
	year, current = strconv.Itoa(now), true
	if LastYearNamed(args) {
		// 「积分排行 去年」, 「俺家去年排第几」 (pts111: it got this year's)
		year, current = strconv.Itoa(now-1), false
	}
	for _, f := range strings.Fields(args) {
		f = strings.TrimSuffix(f, "年")
		if n, err := strconv.Atoi(f); err == nil && n >= 2000 && n <= now {
			year, current = f, n == now
		}
	}
	return year, current
}

// coming is a household's approved points on their way to redeemable:
// those in a 公示 window that closes at Ends, or those the 公示 at
// Listed is to list.
type coming struct {
	Points int
	Plus   int // the added points of Points
	Minus  int // the deducted (negative) of Points: +5 and −5 net to 0 but are both told
	Ends   time.Time
	Listed time.Time
	// Year is the points year the claims count in when not the one
	// asked about (December's, or a claim or 加分 of the closed year
	// approved after the clearing, in January's 我的积分: pts91); "" else.
	Year string
}

// ComingPoints splits a household's approved claims (cs) into the points
// in 公示 windows and those not published yet, by when their window
// closes or their 公示 goes out (listed); net points of each, with its
// additions and deductions apart (+5 and −5 net to 0, and the deduction
// is still to be told). Those counting in another points year than year
// are told apart, with theirs.
func ComingPoints(cs []village.Claim, year string, listed func(decided time.Time) time.Time) (window, upcoming []coming) {
	add := func(into []coming, w coming) []coming {
		i := slices.IndexFunc(into, func(x coming) bool { return x.Ends.Equal(w.Ends) && x.Listed.Equal(w.Listed) && x.Year == w.Year })
		if i < 0 {
			return append(into, w)
		}
		into[i].Points += w.Points
		into[i].Plus += w.Plus
		into[i].Minus += w.Minus
		return into
	}
	for _, c := range cs {
		w := coming{Points: c.Points, Plus: max(c.Points, 0), Minus: min(c.Points, 0)}
		if y := c.Year(); y != "" && y != year {
			w.Year = y
		}
		switch {
		case c.Status != village.ClaimApproved:
		case c.PublishedAt.IsZero():
			w.Listed = listed(c.DecidedAt)
			upcoming = add(upcoming, w)
		default:
			w.Ends = c.WindowEnds
			window = add(window, w)
		}
	}
	for _, s := range []*[]coming{&window, &upcoming} {
		*s = slices.DeleteFunc(*s, func(w coming) bool { return w.Plus == 0 && w.Minus == 0 })
		slices.SortFunc(*s, func(a, b coming) int { return cmp.Or(a.Ends.Compare(b.Ends), a.Listed.Compare(b.Listed)) })
	}
	return window, upcoming
}

// HelpWords are, in the catalogue's words, the items a deed for someone
// of another household counts as when it names no item of its own: help
// to the needy (an elder, one on the care list, one without WeChat), else
// neighbourly help; each the other's fallback.
var HelpWords = [2]string{"照料孤寡老人", "邻里互助"}

// NeedWords in a deed say the one helped is in need.
var NeedWords = []string{"老人", "孤寡", "五保", "残疾", "困难", "生病", "病了", "行动不便", "独居"}

// KinWitnessLabel marks a family member named as witness in a claim's evidence.
const KinWitnessLabel = village.KinWitnessLabel

// MaxPendingClaims is how many claims of a household may wait for review
// at once, unless a cadre files them: more is a flood the scoring group
// cannot get through.
const MaxPendingClaims = 10

// CapName is whose cap an indicator uses, for replies.
func CapName(ind village.Indicator, person, household string) string {
	if ind.Level == village.LevelHousehold {
		return household
	}
	return person
}

// CapFull reports whether ind has no room left under its cap for person
// (or his household) in acct in period (config.Points.Period): then
// applying again only helps in the next month or year.
func CapFull(acct village.Account, ind village.Indicator, person, period string) bool {
	left, capped := acct.CapLeft(ind, person, period)
	return capped && left < max(ind.Min, 1)
}

// OnceMore is what a scorer adds to a 加分 or 扣分 to record it though
// the same item was recorded for the same person today (asked first
// otherwise): 再记一次, 又一次, or 第N次 (N above one; the submatch).
var OnceMore = regexp.MustCompile(`[（(]?(?:再记一次|又一次|第\s*([2-9]|[二两三四五六七八九十])\s*次)[)）]?`)

// WithoutOnceMore is s without its onceMore words, spaces collapsed and
// the punctuation they stood between kept once: "帮王奶奶挑水，又一次，她
// 腿脚不便" is "帮王奶奶挑水，她腿脚不便", not "帮王奶奶挑水， ，她腿脚不便".
func WithoutOnceMore(s string) string {
	s = strings.Join(strings.Fields(OnceMore.ReplaceAllString(s, " ")), " ")
	s = spacedStop.ReplaceAllString(s, "$1")
	s = doubledStop.ReplaceAllString(s, "$1")
	return strings.Trim(s, " ，,、;；")
}

// spacedStop is a Chinese clause mark after spaces, which the removed
// words stood in: "巡防（第二次），夜里" is "巡防，夜里".
var spacedStop = regexp.MustCompile(`\s+([，、；。！？])`)

// doubledStop is a clause mark, then spaces and a comma: what removing the
// words between two commas leaves.
var doubledStop = regexp.MustCompile(`([，,、；;。！!？?])(?:\s*[，,、])+`)

// OnceMoreWord is the onceMore a scorer's repeat asked about is run with
// on a 1 (recordTwice: the scorer's own word, 记).
const OnceMoreWord = "再记一次"

// OnceMoreAgain is the onceMore a villager's claim resent in the same
// words is offered with (points.claim.resent): he applies, the scorers
// record, so his line says the deed was done again, not 再记一次 (rep75).
const OnceMoreAgain = "又一次"

// OnceMoreLine is the command word with args (their onceMore words taken
// out) and more (OnceMoreWord or OnceMoreAgain) after them: the line a
// repeat asked about shows and a 「1」 runs.
func OnceMoreLine(word, args, more string) string {
	return strings.TrimSpace(word+" "+WithoutOnceMore(args)) + " " + more
}

// NthTime is the N of 第N次 as onceMore's submatch has it; 0 for none.
func NthTime(n string) int {
	if n == "" {
		return 0
	}
	if i := strings.Index("二三四五六七八九十", n); i >= 0 {
		return i/len("二") + 2
	}
	if n == "两" {
		return 2
	}
	return int(n[0] - '0')
}

// VetoedAlready is the household's effective veto of c's item in c's
// year, as its approved claims show it (ID only when the claim is not
// among them).
func VetoedAlready(acct village.Account, approved []village.Claim, c village.Claim) (village.Claim, bool) {
	for _, v := range acct.Year(c.Year()).Vetoes {
		if v.Name != c.Name {
			continue
		}
		if i := slices.IndexFunc(approved, func(a village.Claim) bool { return a.ID == v.Claim }); i >= 0 {
			return approved[i], true
		}
		first := c
		first.ID, first.CreatedAt = v.Claim, time.Time{}
		return first, true
	}
	return village.Claim{}, false
}

// VetoMarker is what a scorer writes to say a 扣分 is a veto item:
// "否决项", "一票否决", "否决".
var VetoMarker = regexp.MustCompile(`[（(]?(?:一票否决|否决项|否决)[)）]?`)

// TwinWindow is how close two claims of one item for one person must be
// for the second approval to ask whether they are one deed.
const TwinWindow = 7 * 24 * time.Hour

// SameDeedDay is the index in cs of a claim for person's indicator code
// about a deed of the same day as the one text, sent at at, tells of, or
// -1. When both name the deed's day (village.DeedDay: 今天, 昨天, 12月3日,
// 5号, read from when each was sent) those days decide: 「我今天把路上的石头
// 搬开了」 is not the 「昨天参加义务劳动」 claimed this morning. When either
// names none its day is not known, and a claim sent the same day is taken
// for the same deed (his wife's 「他捡垃圾」 after his son's 「俺爹昨天去河边
// 捡了一袋垃圾」), as before. Two tellings that each say what was done and
// share none of it (OtherDeeds: 「在村口指挥交通」, 「去敬老院打扫卫生」) are
// two deeds when neither names its day.
func SameDeedDay(cs []village.Claim, person village.Person, ind village.Indicator, text string, at time.Time) int {
	day, named := village.DeedDay(text, at)
	return slices.IndexFunc(cs, func(c village.Claim) bool {
		if c.Household != person.Household || c.Person != person.Name || c.Indicator != ind.Code {
			return false
		}
		done, told := village.DeedDay(c.Text, c.CreatedAt.In(at.Location()))
		if named && told {
			return done.Equal(day)
		}
		if !named && !told && OtherDeeds(c.Text, text, ind) {
			return false // neither names a day: what was done decides
		}
		return SameDay(c, person, ind.Code, at)
	})
}

// resentDays is how many days before today a claim sent again in the
// very same words is asked about (resentClaim): a villager who saw no
// reply sends it again the same evening or the next days; the same deed
// done again a week later is filed as it comes.
const resentDays = 2

// ResentClaim is the index in cs of person's claim of item code made in
// the resentDays before at's day in the same words as text (spaces and
// punctuation aside), still waiting or counted; -1 when none. Said in
// other words ("又一次", a date) it is another time, and filed.
func ResentClaim(cs []village.Claim, person village.Person, code, text string, at time.Time) int {
	day := at.Format(time.DateOnly)
	from := at.AddDate(0, 0, -resentDays).Format(time.DateOnly)
	words := bareWords(text)
	return slices.IndexFunc(cs, func(c village.Claim) bool {
		made := c.CreatedAt.In(at.Location()).Format(time.DateOnly)
		return c.Household == person.Household && c.Person == person.Name && c.Indicator == code &&
			made >= from && made < day && (c.Status == village.ClaimPending || c.Status.Active()) &&
			bareWords(c.Text) == words
	})
}

// bareWords is text without its spaces and punctuation.
func bareWords(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, text)
}

// SameDay reports whether c is person's of item code made on at's day.
func SameDay(c village.Claim, person village.Person, code string, at time.Time) bool {
	return c.Household == person.Household && c.Person == person.Name && c.Indicator == code &&
		c.CreatedAt.In(at.Location()).Format(time.DateOnly) == at.Format(time.DateOnly)
}

// RepeatsName reports whether a scorer's note only repeats words of the
// item's name ("扣分 陈二 违法占地建房 拒不拆除"): no note worth showing.
func RepeatsName(note, name string) bool {
	for _, f := range strings.Fields(note) {
		if !strings.Contains(name, strings.Trim(f, "，,、。.")) {
			return false
		}
	}
	return true
}

// HomeWords, after a member's name, name his household: "张三家".
var HomeWords = []string{"家", "户", "一家", "家里"}

// NameGlued is the longer name s starts with when its roster name name
// has Han characters glued on that follows does not read as what comes
// after a name, nor name his household ("陈二二", "陈二小龙"): a name not on
// the roster, up to 4 characters. "" when name stands alone ("陈二 香皂",
// "陈二香皂1", "陈二家") or the word is too long for a name ("陈二家庭和睦":
// his name and the item).
func NameGlued(s, name string, follows func(string) bool) string {
	end := len(name)
	for end < len(s) && (follows == nil || !follows(s[end:])) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += size
	}
	word := s[:end]
	if end == len(name) || utf8.RuneCountInString(word) > 4 || slices.Contains(HomeWords, word[len(name):]) {
		return ""
	}
	return word
}

// sizeRe is a size ("5升", "2.5公斤", "500ml", "500ml装"): the
// item's own size, or a weight or volume the shopkeeper measured.
var sizeRe = regexp.MustCompile(`(?i)[0-9]+(?:\.[0-9]+)?\s*(?:毫升|公斤|千克|升|斤|克|ml|kg|l|g)(?:装)?`)

// qtyTokenRe is a count: digits (maybe with 千 or 万: "1千"), or
// Chinese numerals, with a sign.
var qtyTokenRe = regexp.MustCompile(`([+\-－负]?)\s*([0-9]+\s*[千万]?|[` + hanNumerals + `]+)`)

// priceRe is a price, not a count: "20分", "二十积分", "5元", "5块钱".
var priceRe = regexp.MustCompile(`(?:[0-9]+|[` + hanNumerals + `]+)\s*(?:积分|分|元|块钱)`)

// packRe is a pack size, not a count: "5支装", "十条装".
var packRe = regexp.MustCompile(`(?:[0-9]+|[` + hanNumerals + `]+)\s*[` + measureWords + `]?\s*装`)

// fractionRe is part of a unit: "一瓶半", "半袋", "1.5瓶".
var fractionRe = regexp.MustCompile(`半|[0-9]+\.[0-9]+`)

// hanNumerals are what Chinese numerals are written with.
const hanNumerals = "零一二两三四五六七八九十百千万"

// maxQty is the most of one item one redemption takes.
const maxQty = 999

// measureWords follow a count ("两瓶", "三条"); the item's own unit is
// one of them too.
const measureWords = "个瓶袋桶条块支提台包盒箱件只双套盆把张卷斤份罐听"

// Why parseItem could not read a redemption: the reply asks about it
// rather than guess, so the household is never charged more than the
// shopkeeper clearly asked.
const (
	ItemNone     = "none"     // no item of the shop is named
	itemQuantity = "quantity" // the count is negative, zero, several or unreadable
	itemTooMany  = "toomany"  // the count is beyond maxQty ("一千瓶")
	itemPrice    = "price"    // "20分": a price where a count goes
	itemSize     = "size"     // "大米 20斤": a weight for an item sold by the bag
	itemPack     = "pack"     // "5支装": a pack size
	itemFraction = "fraction" // "一瓶半"
	itemMany     = "many"     // two items ("洗衣液 毛巾")
	ItemUnit     = "unit"     // "香皂 2包": a count in another unit than the item's 块
)

// ParseItem finds a supermarket item and the quantity in s ("洗衣液 2",
// "洗衣液2瓶", "洗衣液 两瓶", "三条毛巾", "大米"): the longest item name
// that appears, quantity 1 when none is written. The item's own size
// ("5升食用油" for a 桶（5升）) is no quantity. why is "" when both are
// read, else one of the item* reasons (item set unless itemNone; also the
// other item for itemMany).
func ParseItem(s string, shop []village.ShopItem) (item village.ShopItem, qty int, why string, other village.ShopItem) {
	s = FoldDigits(s)
	best := -1
	for i, it := range shop {
		if it.Name != "" && strings.Contains(s, it.Name) && (best < 0 || len(it.Name) > len(shop[best].Name)) {
			best = i
		}
	}
	if best < 0 {
		return village.ShopItem{}, 0, ItemNone, other
	}
	item = shop[best]
	rest := strings.Replace(s, item.Name, " ", 1)
	for i, it := range shop {
		if i != best && it.Name != "" && strings.Contains(rest, it.Name) && !strings.Contains(item.Name, it.Name) {
			if strings.Index(s, it.Name) < strings.Index(s, item.Name) {
				item, it = it, item // in the order written
			}
			return item, 0, itemMany, it
		}
	}
	if m := priceRe.FindString(rest); m != "" {
		// "电压力锅 1台 210分": a count with its matching price is clear.
		without := strings.Replace(rest, m, " ", 1)
		price, _ := strconv.Atoi(strings.TrimRight(m, "积分元块钱 "))
		if n, ok := chineseNumber(strings.TrimRight(m, "积分元块钱 ")); ok {
			price = n
		}
		qty, ok := readQuantity(without, item.Unit)
		if !ok || !qtyTokenRe.MatchString(without) || priceRe.MatchString(without) || qty*item.Points != price {
			return item, 0, itemPrice, other
		}
		if qty > maxQty {
			return item, 0, itemTooMany, other
		}
		return item, qty, "", other
	}
	unitSize := sizeText(item.Unit)
	for _, size := range sizeRe.FindAllString(rest, -1) {
		if !strings.Contains(unitSize, strings.TrimSuffix(sizeText(size), "装")) {
			return item, 0, itemSize, other
		}
	}
	rest = sizeRe.ReplaceAllString(rest, " ")
	if packRe.MatchString(rest) {
		return item, 0, itemPack, other
	}
	if fractionRe.MatchString(rest) {
		return item, 0, itemFraction, other
	}
	qty, ok := readQuantity(rest, item.Unit)
	switch {
	case !ok || qty < 1:
		return item, 0, itemQuantity, other
	case qty > maxQty:
		return item, 0, itemTooMany, other
	case OtherUnit(rest, item.Unit) != "":
		// "香皂 2包" of 香皂 sold by the 块: two 块 or two packs of
		// several is for the shopkeeper to say (qty: as written)
		return item, qty, ItemUnit, other
	}
	return item, qty, "", other
}

// anyUnit are measure words said of any goods ("两个", "一件", "一份"):
// no other unit than the item's.
const anyUnit = "个件份"

// OtherUnit is the measure word after a count in s that is neither unit's
// (the item's: "块", "袋（5公斤）"; 包 and 袋 one) nor one said of anything (anyUnit):
// "包" in "2包" of 香皂 sold by the 块; "" when there is none.
func OtherUnit(s, unit string) string {
	own := ownUnits(unit)
	for _, r := range countedIn(s) {
		if !strings.ContainsRune(own+anyUnit, r) {
			return string(r)
		}
	}
	return ""
}

// ownUnits are the measure words an item sold by unit ("块", "袋（5公斤）")
// is counted in: its own, 包 and 袋 one.
func ownUnits(unit string) string {
	own, _, _ := strings.Cut(unit, "（")
	if strings.ContainsAny(own, "袋包") {
		own += "袋包" // "一包盐" is the 袋 it is sold by
	}
	return own
}

// countedIn are the measure words after the counts in s ("瓶" of "一瓶油").
func countedIn(s string) []rune {
	var words []rune
	for _, m := range qtyTokenRe.FindAllStringIndex(s, -1) {
		if r, _ := FirstRune(strings.TrimLeft(s[m[1]:], " ")); strings.ContainsRune(measureWords, r) {
			words = append(words, r)
		}
	}
	return words
}

// LikelyWritten are the likelyItems of what, the name the shopkeeper wrote
// in s for what the shop does not sell; of several, the one sold in the
// unit s counts it in when only one is ("一瓶油": 酱油 by the 瓶, not 食用油
// by the 桶; "一桶油": 食用油). The suggestion (tookData) and the 兑换
// (notSold) narrow alike.
func LikelyWritten(s, what string, shop []village.ShopItem) []village.ShopItem {
	likely := LikelyItems(what, shop)
	if len(likely) < 2 {
		return likely
	}
	var in []village.ShopItem
	for _, r := range countedIn(FoldDigits(s)) {
		if strings.ContainsRune(anyUnit, r) {
			continue // "一个" is said of anything
		}
		for _, it := range likely {
			if strings.ContainsRune(ownUnits(it.Unit), r) && !slices.ContainsFunc(in, func(o village.ShopItem) bool { return o.Name == it.Name }) {
				in = append(in, it)
			}
		}
	}
	if len(in) == 1 {
		return in
	}
	return likely
}

// countRe is a count at either end of what was written ("茅台 1",
// "两瓶茅台"), with its measure word.
var countRe = regexp.MustCompile(`^[0-9` + hanNumerals + `]+\s*[` + measureWords + `]?|[0-9` + hanNumerals + `]+\s*[` + measureWords + `]?$`)

// UnsoldItem is what the shopkeeper wrote for an item the shop does not
// sell, without its count: "茅台" of "茅台 1"; "" when nothing is written.
func UnsoldItem(s string) string {
	s = strings.TrimSpace(FoldDigits(s))
	if what := strings.TrimSpace(countRe.ReplaceAllString(s, "")); understand.HasContent(what) {
		return what
	}
	if understand.HasContent(s) && !countRe.MatchString(s) {
		return s
	}
	return ""
}

// ShortNamed are the items of shop that text names by the end of its name
// ("米" of 大米, "盐" of 食用盐, "油" of 食用油 and 酱油), said after a word
// of taking, a count or a measure word ("换袋米", "换点油", "两桶油") and
// ending the text or before a particle; of several, those sold by the
// measure word said before it when any is ("换桶油": 食用油).
func ShortNamed(text string, shop []village.ShopItem) []village.ShopItem {
	text = FoldDigits(text)
	var out, byUnit []village.ShopItem
	for _, it := range shop {
		rs := []rune(it.Name)
		for k := 1; k < len(rs); k++ {
			unit, ok := saidShort(text, string(rs[k:]))
			if !ok {
				continue
			}
			out = append(out, it)
			if unit != 0 && strings.ContainsRune(ownUnits(it.Unit), unit) {
				byUnit = append(byUnit, it)
			}
			break
		}
	}
	if len(byUnit) > 0 {
		return byUnit
	}
	return out
}

// saidShort reports whether text says word as a thing taken (shortNamed),
// and the measure word right before it, if any.
func saidShort(text, word string) (unit rune, ok bool) {
	for i := strings.Index(text, word); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		ends := i+len(word) == len(text) || !unicode.Is(unicode.Han, after) || strings.ContainsRune("吗呢吧啊么呀了行可不", after)
		if ends && strings.ContainsRune("换兑拿领买点些"+measureWords+hanNumerals+"0123456789", before) {
			if strings.ContainsRune(measureWords, before) {
				unit = before
			}
			return unit, true
		}
		next := strings.Index(text[i+len(word):], word)
		if next < 0 {
			break
		}
		i += len(word) + next
	}
	return 0, false
}

// LikelyItems are the items the shopkeeper may have meant by what the
// shop does not sell: those that share the most characters with it ("盐"
// of 食用盐, "油" of 食用油 and 酱油, "肥皂" for 香皂, "洗衣粉" for 洗衣液,
// "纸巾" for 卫生纸 or 毛巾, "电饭锅" for 电压力锅); nil when none shares
// one, or too many share as many to help. One character shared counts only
// when it ends either word, the thing it names (皂, 盐, 纸): "电视机" shares
// only 电 with 电压力锅 and is no likely 电压力锅.
func LikelyItems(what string, shop []village.ShopItem) []village.ShopItem {
	var out []village.ShopItem
	most := 0
	for _, it := range shop {
		n, shared := 0, rune(0)
		for _, r := range slices.Compact([]rune(what)) {
			if strings.ContainsRune(it.Name, r) {
				n, shared = n+1, r
			}
		}
		if n == 1 && !strings.HasSuffix(what, string(shared)) && !strings.HasSuffix(it.Name, string(shared)) {
			n = 0
		}
		switch {
		case n == 0 || n < most:
		case n > most:
			out, most = []village.ShopItem{it}, n
		default:
			out = append(out, it)
		}
	}
	if len(out) > 3 {
		return nil // too loose to help
	}
	return out
}

// sizeUnits spell sizes one way, so that "5L" is the "5升" of 桶（5升）.
var sizeUnits = strings.NewReplacer("毫升", "ml", "公斤", "kg", "千克", "kg", "升", "l", " ", "")

// sizeText is s with its size units spelled one way.
func sizeText(s string) string { return sizeUnits.Replace(strings.ToLower(s)) }

// readQuantity reads the one count in s; 1 when there is none. A
// Chinese numeral counts only before a measure word or standing alone
// ("两瓶", "两"), so that words such as "一下" are no count.
func readQuantity(s, unit string) (int, bool) {
	qty, found := 1, false
	for _, m := range qtyTokenRe.FindAllStringSubmatchIndex(s, -1) {
		sign, num := s[m[2]:m[3]], s[m[4]:m[5]]
		after := strings.TrimLeft(s[m[1]:], " ")
		if r, _ := FirstRune(num); r < '0' || r > '9' {
			r, _ := FirstRune(after)
			if after != "" && !strings.ContainsRune(measureWords+unit, r) && !strings.ContainsRune(" ，,。、", r) {
				continue
			}
		}
		n, ok := countNumber(num)
		if !ok {
			return 0, false
		}
		if sign != "" && sign != "+" || found {
			return 0, false // a negative count, or two counts
		}
		qty, found = n, true
	}
	return qty, true
}

func FirstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// countNumber reads a count: digits, digits with 千 or 万 ("1千"), or
// Chinese numerals. Counts of more than nine digits are not read.
func countNumber(s string) (int, bool) {
	digits, mult := strings.TrimSpace(strings.TrimRight(s, "千万")), 1
	switch {
	case strings.HasSuffix(s, "千"):
		mult = 1000
	case strings.HasSuffix(s, "万"):
		mult = 10000
	}
	if n, err := strconv.Atoi(digits); err == nil && len(digits) <= 9 {
		return n * mult, true
	}
	return chineseNumber(s)
}

// chineseNumber reads 一 to 九万九千九百九十九 ("两", "十二", "二十",
// "三百零五", "一千"): the reader the register's grid names share
// (cnnum).
func chineseNumber(s string) (int, bool) { return cnnum.Read(s) }

// LedgerRefRe is a redemption's reference: its sale number ("#D3", "D3")
// or, for any ledger entry, its ledger reference ("#L12", "L12"); the
// letter, then the number.
var LedgerRefRe = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])#?\s*([LD])\s*([0-9]{1,9})`)

// UnredeemWindow is how long after a redemption its shopkeeper may undo
// it: a mistake is seen at the counter or when the household is told;
// later, the goods are long gone and a township officer decides.
const UnredeemWindow = 7 * 24 * time.Hour

// oneMoreRe are words that make a 兑换 one more purchase, not the last
// one sent again: "兑换 刘芳 香皂 1 她也要", "再来一块", "另买的".
var oneMoreRe = regexp.MustCompile(`又|再|另|也|还要|第二`)

// OneMore reports whether the text of a 兑换 after the name says it is one
// more purchase.
func OneMore(rest string) bool { return oneMoreRe.MatchString(rest) }

// KinWindow is how soon after the same goods were redeemed for one member
// of a household the same again for another member is asked about: the
// points are shared, and at once it is most often the first sent again
// under the other's name; later in the day it is his own purchase.
const KinWindow = 30 * time.Minute

// SaleVerdict is what a sale comes to on what was read.
type SaleVerdict int

const (
	SaleCharge  SaleVerdict = iota
	SaleMade                // a 「是」 whose redemption was made already
	SaleShort               // the redeemable points do not cover it
	SaleNoStock             // the counted stock does not
	SaleAgain               // the same for the same person today: asked first
	SaleKin                 // the same for another member just now: asked first
)

// The reads peekComing makes, by their place: a charge's commit carries
// those before readApprovedOf, which it writes (and creates, the first
// time).
const (
	ReadAccountOf = iota
	ReadStock
	ReadApprovedOf
)

// Affordable are the names of the goods one unit of which costs at most
// points.
func Affordable(shop []village.ShopItem, points int) []string {
	var out []string
	for _, it := range shop {
		if it.Points <= points {
			out = append(out, it.Name)
		}
	}
	return out
}

// LastCleared is what the latest year-end clearing took of acct, and the
// year it closed: this year's (after its run on 31 December) or, in
// January, last year's; 0 when it took nothing.
func LastCleared(acct village.Account, at time.Time) (points, year int) {
	years := []int{at.Year()}
	if at.Month() == time.January {
		years = append(years, at.Year()-1)
	}
	for _, y := range years {
		if n := acct.Year(strconv.Itoa(y)).Cleared; n > 0 {
			return n, y
		}
	}
	return 0, 0
}

// ReviewTodoMax is how many items one 待审 reply lists of each kind.
const ReviewTodoMax = 15

// PendingRow is one line of a scorer's 待审 list.
type PendingRow struct {
	C     village.Claim
	Label string
	// Lacks: the claim does not offer the evidence its item needs (a
	// photo may still come: see evidence.go).
	Lacks bool
}

// MaxWitnessRunes is how long a message naming a witness may be to be
// taken for just that: longer ones say more than who saw it.
const MaxWitnessRunes = 16

// NewWitnesses are those of names evidence does not record yet, as a
// witness or as family.
func NewWitnesses(evidence string, names []string) []string {
	have := strings.Split(evidence, "、")
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		return slices.Contains(have, "证明人 "+n) || slices.Contains(have, KinWitnessLabel+" "+n)
	})
}

var vouchWords = []string{"作证", "做证", "属实", "亲眼", "是真的", "确有其事"}

var seenWords = []string{"看见", "看到", "确实", "没错", "证明", "对的"}

// BareSeen is a message that says only that he saw it, of no claim nor
// anything else: "是的 我看见了", "对，我也看到了". A witness answers so; as
// short, it opens no report.
var BareSeen = regexp.MustCompile(`^(?:是的|是啊|是|对|对的|嗯|嗯嗯|确实)?[，,。.!！\s]*我?也?(?:看见|看到|见到)(?:了|的)?[。.!！\s]*$`)

// SeenAnswer reports whether text is an answer word said with a
// witness's word ("是的 我看见了", "对 我也在", "是 我可以证明"): more
// than the bare 是 or 1 a question takes.
func SeenAnswer(text string) bool {
	whole, first := AnswerClauses(text)
	rest := strings.TrimSpace(strings.TrimPrefix(whole, first))
	return rest != "" && (Vouches(rest, true) || ContainsAnyOf(rest, "我也在", "我在场", "见到")) && !ContainsAnyOf(rest, unvouchWords...)
}

// NamesSelfWitness reports whether text, short, names its sender name
// as a claim's witness: 「证明人 王五 #C2」 from 王五, 「#C2 证明人是我」,
// his word that it is true.
func NamesSelfWitness(text, name string) bool {
	t := strings.Join(strings.Fields(text), "")
	return utf8.RuneCountInString(t) <= maxVouchRunes && name != "" &&
		ContainsAnyOf(t, "证明人"+name, "证明人是我", "我是证明人", "我来作证", "我做证明人") && !ContainsAnyOf(t, unvouchWords...)
}

// unvouchWords say the opposite, though they hold a vouch word.
var unvouchWords = []string{"没看", "没有看", "没见", "不知道", "不清楚", "不是真的", "不能作证", "不作证", "不做证", "作不了证", "证明不了"}

// maxVouchRunes is how long a witness's message vouching for a claim may
// be to be taken for just that.
const maxVouchRunes = 40

// Vouches reports whether text, short, says a claim is true (named:
// the message names one by number) and nothing against it, and asks
// nothing.
func Vouches(text string, named bool) bool {
	return utf8.RuneCountInString(text) <= maxVouchRunes && (ContainsAnyOf(text, vouchWords...) || named && ContainsAnyOf(text, seenWords...)) &&
		!ContainsAnyOf(text, unvouchWords...) && !ContainsAnyOf(noObjection.Replace(text), disagreeWords...) &&
		!ContainsAnyOf(text, "有没有", "吗", "?", "？")
}

// WitnessWhichWindow is how lately decided the claims naming a witness
// are that he is asked which of he vouches for; older ones are not
// meant by a bare word, the latest decided is answered about.
const WitnessWhichWindow = 7 * 24 * time.Hour

// WitnessWhichMax is how many claims a witness asked which is shown.
const WitnessWhichMax = 5

// LatestVouchRead is how many of the village's latest claims a
// witness's word is looked for among when none pending names him.
const LatestVouchRead = 100

// yearNames is how a reply names the points year asked in and the one
// before it.
type yearNames struct {
	This, Last string // 今年 and 去年, or the years themselves ("2027年")
	// Closed is the calendar year closed by the year-end run on the
	// evening of 31 December ("2026"); "" on any other day.
	Closed string
}

// NamesOf is how a reply names the points year cur asked at at (in the
// township's zone): 今年 and 去年; but on the evening of 31 December once
// the year-end run is due (config.Points.Year is the next year then), 今年
// is to a villager the year just closed, and the years are named.
func NamesOf(cur int, at time.Time) yearNames {
	if cur > at.Year() {
		return yearNames{This: strconv.Itoa(cur) + "年", Last: strconv.Itoa(at.Year()) + "年", Closed: strconv.Itoa(at.Year())}
	}
	return yearNames{This: "今年", Last: "去年"}
}

// KinAskedRe finds the kin words of a question how the points count.
var KinAskedRe = regexp.MustCompile(village.KinWords)

// KinClaimedFor reports whether text names a member of the asker's own
// household the points would be for ("我儿子在外打工 他的积分怎么算",
// "能帮我妈申请积分吗"): a kin word that is no neighbour's title
// ("帮王奶奶扫房子", "隔壁李大爷": a surname or a helped title before it)
// and not the one the asker's own deed was for ("帮俺奶奶扫房子" is his
// deed; "帮我儿子申请" is the son's, see OwnActs).
func KinClaimedFor(text string) bool {
	for _, m := range KinAskedRe.FindAllStringIndex(text, -1) {
		if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); strings.ContainsRune(Surnames, r) {
			continue // 王奶奶, 李大爷: a neighbour's title
		}
		before := strings.TrimRight(text[:m[0]], "我俺咱的家 ")
		if hasAnySuffix(before, helpedTitles) {
			continue // 隔壁奶奶, 五保户奶奶
		}
		if hasAnySuffix(before, HelpVerbs) {
			if r, _ := FirstRune(strings.TrimLeft(text[m[1]:], " ，,")); !strings.ContainsRune(OwnActs, r) {
				continue // 帮俺奶奶扫房子: the asker's own deed
			}
		}
		return true
	}
	return false
}

var AwayRe = regexp.MustCompile(`在外|外地|外出|不在家|出去打工`)

// PointsWhenRe finds in canonical text a question of when points come
// ("积分啥时候给", "分什么时候能发下来", "积分咋还没批", "多会儿能用"):
// the asker's own claims are what he waits for.
var PointsWhenRe = regexp.MustCompile(`(?:什么时候|几时|哪天|多久|多长时间|么时候|多会儿?|多咱)(?:才|能|可以|会|就|再)?(?:能|可以|会)?(?:给|发|到|下来|批|审|加|生效|用|换|兑|公示|记)|怎么还(?:没|不)(?:给|发|批|审|加|记|公示)`)

// PointsWhenAsked reports whether canonical text c asks when points
// come ("积分多会儿能用"): a question, though the reader knows no
// question word in it.
func PointsWhenAsked(c string) bool {
	return strings.Contains(c, "积分") && PointsWhenRe.MatchString(c)
}

// WhenRow is one of a household's claims not final yet, as points.when
// tells it: State is "pending" (to be reviewed by Scorers; Lacks its
// evidence), "listed" (approved, to be published at Listed; zero: at the
// next 公示), "window" (in its 公示) or "objected" (frozen).
type WhenRow struct {
	C       village.Claim
	State   string
	Scorers []string
	Lacks   bool
	Listed  time.Time
}

// sawVerb is a scorer's word that he has seen or checked something: 已看,
// 看过, 核实过, 已核对, 见到了.
var sawVerb = regexp.MustCompile(`已经?(?:查看|核实|核对|核验|查验|看到|看|见到|见|验|收到)(?:过了|过|了)?|(?:查看|核实|核对|核验|查验|看|见|验|收)(?:过了|过|了|到了|到)`)

// sawNot are words that undo or postpone a seen: 没看, 未核实, 以后补.
var sawNot = []string{"没", "未", "不", "缺", "无", "补", "待", "再", "以后", "还要", "需要", "假"}

// ScorerSaw reads an approving scorer's note for his word that he saw the
// paper or photo need asks for ("县综治办认定书已看", "材料看过了",
// "我看了照片"): what he saw ("县综治办认定书"; need's label when the note
// names nothing) and true. A note that denies or postpones it ("没看到证明",
// "证明以后补") is no such word, nor is one for a witness: a scorer seeing
// the paper is no one who saw the deed.
func ScorerSaw(note string, need village.Evidence) (string, bool) {
	if need != village.EvidenceDocument && need != village.EvidencePhoto {
		return "", false
	}
	loc := sawVerb.FindStringIndex(note)
	if loc == nil {
		return "", false
	}
	plain := strings.ReplaceAll(note, "无误", "")
	for _, w := range sawNot {
		if strings.Contains(plain, w) {
			return "", false
		}
	}
	trim := func(s string) string {
		s = strings.Trim(s, " ，,。.、：:；;！!（）()")
		for _, p := range []string{"本人", "我", "都", "也", "原件"} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.Trim(s, " ，,。.、：:；;！!（）()")
	}
	// the clause the verb is in: "分数按规定，认定书已看" saw 认定书
	stop := func(r rune) bool { return strings.ContainsRune("，,。；;！!", r) }
	before, after := note[:loc[0]], note[loc[1]:]
	if i := strings.LastIndexFunc(before, stop); i >= 0 {
		before = before[i:]
	}
	if i := strings.IndexFunc(after, stop); i >= 0 {
		after = after[:i]
	}
	what := trim(before)
	if what == "" {
		what = trim(after)
	}
	if what == "" {
		what = need.Label()
	}
	return what, true
}

// deedFiller are words any telling of a deed may have, whatever was done:
// when, who, going, helping.
var deedFiller = []string{"申请积分", "申请", "积分", "今天", "昨天", "前天", "上午", "下午", "早上", "晚上", "中午", "刚才",
	"参加", "帮忙", "一起", "我们", "他们", "我", "他", "她", "俺", "了", "去", "在", "到", "的", "又", "还", "也", "和", "给",
	"活动", "服务", "志愿者", "志愿", "义务", "一次", "一下", "加分"}

// evidenceClause marks a clause that offers evidence, not the deed:
// 「证明人王五」, 「李四可以作证」, 「有照片」.
var evidenceClause = []string{"证明", "作证", "照片", "看见"}

// witnessNamed is 「证明人 王五」 in a claim's text: evidence, not the deed.
var witnessNamed = regexp.MustCompile(`证明人[\s：:]*\p{Han}*`)

// deedPairs are the pairs of Han characters that tell what a claim's text
// says was done: its clauses offering evidence left out, the item's own
// words (ind's name, code, keywords) and deedFiller taken away.
func deedPairs(text string, ind village.Indicator) map[string]bool {
	text = witnessNamed.ReplaceAllString(text, " ")
	var clauses []string
	for _, cl := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		if !slices.ContainsFunc(evidenceClause, func(w string) bool { return strings.Contains(cl, w) }) {
			clauses = append(clauses, cl)
		}
	}
	cut := slices.Concat([]string{ind.Name, ind.Code}, ind.Keywords, deedFiller)
	slices.SortFunc(cut, func(a, b string) int { return len(b) - len(a) }) // the longer first
	pairs := map[string]bool{}
	for _, cl := range clauses {
		for _, w := range cut {
			if w != "" {
				cl = strings.ReplaceAll(cl, w, " ")
			}
		}
		for _, run := range strings.Fields(cl) {
			rs := []rune(run)
			for i := 0; i+1 < len(rs); i++ {
				pairs[string(rs[i:i+2])] = true
			}
		}
	}
	return pairs
}

// OtherDeeds reports whether two claims' texts of item ind tell of two
// different deeds: each says what was done (two characters or more beyond
// the item's words and the words of any telling) and they share none of
// it. 「在村口帮忙指挥交通」 and 「下午去敬老院打扫卫生」 are two; 「志愿服务」 and
// 「今天参加志愿服务了」, or 「打扫村口」 and 「扫村口的地」, may be one.
func OtherDeeds(a, b string, ind village.Indicator) bool {
	pa, pb := deedPairs(a, ind), deedPairs(b, ind)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for p := range pa {
		if pb[p] {
			return false
		}
	}
	return true
}

// ClaimForFirst reports whether t is a claim written with whom it is for
// before the command word: "给陈小龙 申请积分 他帮村里扫了两天雪", "帮我儿子
// 陈小龙申请个积分：…" (pts103: offered with 「回复1」 instead of filed).
// Only names go before 申请积分 (NameLike: the roster decides later whose
// they are), so 「给村里申请积分」 or 「帮我申请积分」 are not this; the
// claim reads as 申请积分 would read t itself (ForWhom drops the word).
func ClaimForFirst(t string) bool {
	t = strings.TrimSpace(t)
	i := strings.Index(t, "申请")
	if i <= 0 || !claimWordRe.MatchString(t[i:]) || !strings.ContainsRune("给为替帮", []rune(t)[0]) {
		return false
	}
	names, rest, ok := ForWhom(t[:i], NameLike)
	return ok && len(names) > 0 && strings.TrimSpace(rest) == ""
}

// claimWordRe is the command word after the names (ClaimForFirst).
var claimWordRe = regexp.MustCompile(`^申请(?:个|一下)?积分(?:$|[\s，,:：。!！])`)
