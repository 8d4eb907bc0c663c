package village

// The points system (积分制): the catalogue of indicators, claims and their
// review, the append-only ledger, household accounts and the ranking by
// household average.
//
// Every point-changing event is a LedgerEntry. An Account is the fold of
// its household's entries (Account.Post); handlers and jobs post the entry
// to the cached account and store both in one atomic commit, and
// DeriveAccounts recomputes every account from the ledger alone, so the
// cache can always be checked against its source.

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// PointCategories are the plan's seven scoring categories, in its order.
var PointCategories = []string{"遵纪守法", "家庭美德", "人居环境", "移风易俗", "勤俭节约", "社会公德", "勤劳致富"}

// IndicatorKind separates the regular catalogue from bonus and veto items.
type IndicatorKind string

const (
	KindRegular IndicatorKind = "regular"
	KindBonus   IndicatorKind = "bonus" // 加分项: one-off, large, always with evidence
	KindVeto    IndicatorKind = "veto"  // 否决项: the household leaves the year's ranking and honours
)

// Level says whose points an indicator gives: the person's or the household's.
type Level string

const (
	LevelPersonal  Level = "personal"
	LevelHousehold Level = "household"
)

// Evidence is what an indicator needs before a scorer should approve it.
type Evidence string

const (
	EvidenceNone     Evidence = "none"
	EvidencePhoto    Evidence = "photo"
	EvidenceWitness  Evidence = "witness"
	EvidenceDocument Evidence = "document"
)

// Label is the Chinese name of the evidence.
func (e Evidence) Label() string {
	switch e {
	case EvidencePhoto:
		return "照片"
	case EvidenceWitness:
		return "证明人"
	case EvidenceDocument:
		return "证明材料"
	}
	return "无需证明"
}

// DocumentWords name papers in a claim's evidence ("证明材料", "证书",
// "结业证"), the more specific first: a claim's text is read for the
// first of them it has.
var DocumentWords = []string{"证明材料", "证书", "奖状", "通知书", "文件", "判决书", "献血证", "结业证", "毕业证", "荣誉证", "光荣证",
	"营业执照", "执照", "收据", "发票", "证明"}

// OfferedBy reports whether an evidence text ("证明人 王五、照片") offers
// evidence of kind e, images being photos: a witness is no photo, a photo
// no document.
func (e Evidence) OfferedBy(text string, images int) bool {
	switch e {
	case EvidencePhoto:
		return images > 0 || strings.Contains(text, "照片") || seenByScorer(text)
	case EvidenceWitness:
		return strings.Contains(text, "证明人")
	case EvidenceDocument:
		if seenByScorer(text) {
			return true
		}
		papers := strings.ReplaceAll(text, "证明人", "")
		return slices.ContainsFunc(DocumentWords, func(w string) bool { return strings.Contains(papers, w) })
	}
	return true
}

// Indicator is one scoring item of the catalogue.
type Indicator struct {
	Code     string
	Category string
	Name     string
	Keywords []string
	// Min and Max bound the points; equal for a fixed award. Deductions
	// are negative (Max < 0); a veto item may be worth 0.
	Min, Max int
	Unit     string // 次, 月, 年, 一次性
	Evidence Evidence
	// MonthlyCap and YearlyCap bound the points one person (or household,
	// for household items) may get from the indicator; 0 is no cap. Caps
	// apply to awards, not to deductions.
	MonthlyCap, YearlyCap int
	Level                 Level
	Kind                  IndicatorKind
}

// Fixed reports whether the indicator has one amount.
func (i Indicator) Fixed() bool { return i.Min == i.Max }

// Deduction reports whether the indicator takes points away.
func (i Indicator) Deduction() bool { return i.Max < 0 }

// Claimable reports whether a villager may apply for it: awards, not
// deductions or vetoes, which only the scorers record.
func (i Indicator) Claimable() bool { return i.Kind != KindVeto && !i.Deduction() }

// InRange reports whether p is an allowed amount.
func (i Indicator) InRange(p int) bool { return p >= i.Min && p <= i.Max }

// Range shows the amount: "5", "5–10", "-5", "-20–-5".
func (i Indicator) Range() string {
	if i.Fixed() {
		return strconv.Itoa(i.Min)
	}
	return strconv.Itoa(i.Min) + "–" + strconv.Itoa(i.Max)
}

// Amount shows the points for villagers: "5分", "5–10分", "扣5分",
// "扣2–5分", and "不计分" for a veto item worth nothing.
func (i Indicator) Amount() string {
	switch {
	case i.Min == 0 && i.Max == 0:
		return "不计分"
	case i.Deduction() && i.Fixed():
		return "扣" + strconv.Itoa(-i.Min) + "分"
	case i.Deduction():
		return "扣" + strconv.Itoa(-i.Max) + "–" + strconv.Itoa(-i.Min) + "分"
	}
	return i.Range() + "分"
}

// Catalogue is every indicator of a deployment: regular, bonus and veto.
type Catalogue []Indicator

// ByCode finds an indicator by its code, ignoring case.
func (c Catalogue) ByCode(code string) (Indicator, bool) {
	for _, i := range c {
		if strings.EqualFold(i.Code, strings.TrimSpace(code)) {
			return i, true
		}
	}
	return Indicator{}, false
}

// Match picks the indicator whose code, name or keyword appears in text,
// among those keep accepts: an explicit code wins, then the longest
// keyword (a longer phrase is the more specific item), then the keyword
// written first, then catalogue order. ok is false when nothing matches.
func (c Catalogue) Match(text string, keep func(Indicator) bool) (Indicator, bool) {
	best, bestLen, bestAt := -1, 0, 0
	upper := strings.ToUpper(text)
	for n, i := range c {
		if keep != nil && !keep(i) {
			continue
		}
		if ContainsCode(upper, strings.ToUpper(i.Code), HyphenJoins) {
			return i, true
		}
		for _, k := range append([]string{i.Name}, i.Keywords...) {
			if k == "" || len(k) < bestLen {
				continue
			}
			// Equally long keywords: the one written first names the act
			// ("抢险 … 救人" is 抢险).
			if at := strings.Index(text, k); at >= 0 && (len(k) > bestLen || at < bestAt) {
				best, bestLen, bestAt = n, len(k), at
			}
		}
	}
	if best < 0 {
		return Indicator{}, false
	}
	return c[best], true
}

// Near finds, when Match finds nothing, a keyword (or name) of three or
// more characters written with one character wrong ("义物劳动" for
// 义务劳动, "拾金不眛"): the indicator, what was written and the keyword.
// In a three-character keyword only the middle one may be wrong ("扫远子"
// for 扫院子): two agreeing at one end are as likely another word's
// start ("义务植树" is no 义务工). The longest keyword wins, then the one
// written first. It is a guess, to suggest, never to act on.
func (c Catalogue) Near(text string, keep func(Indicator) bool) (ind Indicator, written, keyword string, ok bool) {
	rs := []rune(text)
	bestLen, bestAt := 0, 0
	for _, i := range c {
		if keep != nil && !keep(i) {
			continue
		}
		for _, k := range append([]string{i.Name}, i.Keywords...) {
			kr := []rune(k)
			if len(kr) < 3 || len(kr) < bestLen {
				continue
			}
			for at := 0; at+len(kr) <= len(rs); at++ {
				w := rs[at : at+len(kr)]
				if OneCharOff(string(w), k) && (len(kr) > 3 || w[1] != kr[1]) && (len(kr) > bestLen || at < bestAt) {
					ind, written, keyword, ok = i, string(w), k, true
					bestLen, bestAt = len(kr), at
					break
				}
			}
		}
	}
	return ind, written, keyword, ok
}

// Candidates ranks, for a claim that Match and Near leave unplaced, the
// indicators keep accepts whose names and keywords have two-character
// words (hanWords) that text holds ("打扫了文化广场" holds the 打扫 of
// 打扫院子 and of 打扫公共): at most n, best first, catalogue order breaking ties. A word shared by many
// indicators says less about which one is meant and counts less; one
// shared by more than three (参加) suggests nothing on its own.
// Suggestions for the sender to choose from, never to act on.
func (c Catalogue) Candidates(text string, keep func(Indicator) bool, n int) []Indicator {
	words := make([]map[string]bool, len(c)) // an indicator's words, from name and keywords
	df := map[string]int{}                   // how many indicators use a word
	for at, i := range c {
		if keep != nil && !keep(i) {
			continue
		}
		words[at] = map[string]bool{}
		for _, k := range append([]string{i.Name}, i.Keywords...) {
			for w := range hanWords(k) {
				if !words[at][w] {
					words[at][w] = true
					df[w]++
				}
			}
		}
	}
	type scored struct {
		at    int
		score float64
	}
	var found []scored
	said := map[string]bool{}
	for w := range hanPairs(text) {
		said[w] = true
	}
	for at, ws := range words {
		score := 0.0
		for w := range ws {
			if said[w] {
				score += 1 / float64(df[w])
			}
		}
		// a word of more than three items alone (参加) suggests nothing
		if score >= 1.0/3 {
			found = append(found, scored{at, score})
		}
	}
	if len(found) == 0 && containsAny(text, honourWords) {
		// "俺家评上五好家庭了": an honour whose level it does not say;
		// the honours (表彰) of each level are what it may be
		for at, i := range c {
			if (keep == nil || keep(i)) && strings.Contains(i.Name, "表彰") {
				found = append(found, scored{at, 0})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	var out []Indicator
	for _, f := range found[:min(max(n, 0), len(found))] {
		out = append(out, c[f.at])
	}
	return out
}

// honourWords tell of an honour received ("评上五好家庭", "被评为文明户").
var honourWords = []string{"评上", "评为", "评了", "获评", "荣获", "表彰", "奖状", "称号", "光荣榜"}

// hanWords yields the two-character words of a phrase, read as words
// of two from the start of each run of Chinese characters, and the run's
// last two when it is odd ("参加村庄环境卫生整治": 参加, 村庄, 环境, 卫生,
// 整治, not 加村; "大扫除": 大扫, 扫除).
func hanWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		var run []rune
		flush := func() bool {
			for i := 0; i+1 < len(run); i += 2 {
				if !yield(string(run[i : i+2])) {
					return false
				}
			}
			if n := len(run); n > 2 && n%2 == 1 && !yield(string(run[n-2:])) {
				return false
			}
			run = run[:0]
			return true
		}
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				run = append(run, r)
			} else if !flush() {
				return
			}
		}
		flush()
	}
}

// hanPairs yields every two adjacent Chinese characters of s.
func hanPairs(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		var prev rune
		for _, r := range s {
			if !unicode.Is(unicode.Han, r) {
				prev = 0
				continue
			}
			if prev != 0 && !yield(string([]rune{prev, r})) {
				return
			}
			prev = r
		}
	}
}

// OneCharOff reports whether a and b are as long and differ in exactly
// one character: a typo of one for the other.
func OneCharOff(a, b string) bool {
	ar, br := []rune(a), []rune(b)
	if len(ar) != len(br) {
		return false
	}
	diff := 0
	for i := range ar {
		if ar[i] != br[i] {
			diff++
		}
	}
	return diff == 1
}

// OneCharMore reports whether a is b with one character added anywhere
// ("张小明" for 张明, "陈桂兰" for 陈桂), b having two or more: a name
// typed with one character too many (or, swapped, too few).
func OneCharMore(a, b string) bool {
	ar, br := []rune(a), []rune(b)
	if len(ar) != len(br)+1 || len(br) < 2 {
		return false
	}
	i := 0
	for i < len(br) && ar[i] == br[i] {
		i++
	}
	return slices.Equal(ar[i+1:], br[i:])
}

// CodeEdge says which characters, besides ASCII letters and digits, glue
// an indicator's code to the text around it, for ContainsCode: the code is
// not found where it is glued.
type CodeEdge int

const (
	// HyphenJoins: a hyphen glues too, so "HJ01" is in neither "HJ01-2"
	// nor "X-HJ01". Catalogue.Match reads codes so.
	HyphenJoins CodeEdge = iota
	// HyphenEnds: only letters and digits glue, so "HJ01" is in "HJ01-2"
	// and in "X-HJ01". The free-text reader (understand) reads codes so.
	HyphenEnds
)

// glues reports whether b next to a code makes it part of a longer word.
func (e CodeEdge) glues(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '-' && e == HyphenJoins
}

// ContainsCode reports whether code appears in s not glued to the
// characters edge names, so that "A1" is never found inside "A12". Case
// counts: callers compare upper-cased text and codes. An empty code is
// in nothing.
func ContainsCode(s, code string, edge CodeEdge) bool {
	if code == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], code)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(code)
		if (start == 0 || !edge.glues(s[start-1])) && (end == len(s) || !edge.glues(s[end])) {
			return true
		}
		i = start + 1
	}
}

// ClaimStatus is where a points claim is in its review.
type ClaimStatus string

const (
	ClaimPending   ClaimStatus = "pending"   // waiting for a scorer
	ClaimApproved  ClaimStatus = "approved"  // scored; published at the next 公示, final when its window closes
	ClaimRejected  ClaimStatus = "rejected"  // not scored
	ClaimObjected  ClaimStatus = "objected"  // frozen by an objection until a scorer settles it
	ClaimFinal     ClaimStatus = "final"     // passed 公示: counts and is redeemable
	ClaimRevoked   ClaimStatus = "revoked"   // withdrawn after an objection or by the scorers
	ClaimWithdrawn ClaimStatus = "withdrawn" // taken back by the claimant before review
)

// Label is the Chinese name of the status shown to users.
func (s ClaimStatus) Label() string {
	switch s {
	case ClaimPending:
		return "待审核"
	case ClaimApproved:
		return "已通过待生效"
	case ClaimRejected:
		return "未通过"
	case ClaimObjected:
		return "有异议·冻结"
	case ClaimFinal:
		return "已生效"
	case ClaimRevoked:
		return "已撤销"
	case ClaimWithdrawn:
		return "已撤回"
	}
	return string(s)
}

// Counted reports whether points in status s count in the year's score
// and ranking: approved or final. Objected points are frozen.
func (s ClaimStatus) Counted() bool { return s == ClaimApproved || s == ClaimFinal }

// Active reports whether points in status s use up the indicator's caps.
func (s ClaimStatus) Active() bool { return s.Counted() || s == ClaimObjected }

// ClaimAction is a change to a claim.
type ClaimAction string

const (
	ClaimSubmit   ClaimAction = "submit"   // 申请积分
	ClaimRecord   ClaimAction = "record"   // 加分 / 扣分 by a scorer: approved at once
	ClaimApprove  ClaimAction = "approve"  // 同意
	ClaimReject   ClaimAction = "reject"   // 驳回
	ClaimObject   ClaimAction = "object"   // 异议
	ClaimUphold   ClaimAction = "uphold"   // 维持
	ClaimRevoke   ClaimAction = "revoke"   // 撤销
	ClaimFinalise ClaimAction = "finalise" // the 公示 window closed without an open objection
	ClaimPublish  ClaimAction = "publish"  // listed in a 公示 post; the status stays
	ClaimWithdraw ClaimAction = "withdraw" // 撤回 by the claimant while pending
)

var claimTransitions = map[ClaimStatus]map[ClaimAction]ClaimStatus{
	"":            {ClaimSubmit: ClaimPending, ClaimRecord: ClaimApproved},
	ClaimPending:  {ClaimApprove: ClaimApproved, ClaimReject: ClaimRejected, ClaimWithdraw: ClaimWithdrawn},
	ClaimApproved: {ClaimObject: ClaimObjected, ClaimRevoke: ClaimRevoked, ClaimFinalise: ClaimFinal, ClaimPublish: ClaimApproved},
	ClaimObjected: {ClaimUphold: ClaimApproved, ClaimRevoke: ClaimRevoked, ClaimPublish: ClaimObjected},
	// a final item found wrong later in its year (the handlers refuse
	// once the year is closed): its points are taken back
	ClaimFinal: {ClaimRevoke: ClaimRevoked},
}

// ErrClaimTransition matches every *ClaimTransitionError.
var ErrClaimTransition = errors.New("claim transition not allowed")

// ClaimTransitionError says an action is not allowed in a claim's status.
type ClaimTransitionError struct {
	From   ClaimStatus
	Action ClaimAction
}

func (e *ClaimTransitionError) Error() string {
	return fmt.Sprintf("claim action %s not allowed in status %q", e.Action, e.From)
}

func (e *ClaimTransitionError) Is(target error) bool { return target == ErrClaimTransition }

// ClaimEntry is one line of a claim's history.
type ClaimEntry struct {
	At     time.Time   `json:"at"`
	By     string      `json:"by"`
	Action ClaimAction `json:"action"`
	Points int         `json:"points,omitempty"`
	Note   string      `json:"note,omitempty"`
	From   ClaimStatus `json:"from,omitempty"`
	To     ClaimStatus `json:"to"`
}

// Claim is one scoring event: applied for by a villager, or recorded by a
// scorer from another source (a commendation, court papers, an
// inspection).
type Claim struct {
	ID        string        `json:"id,omitempty"` // "C7"; assigned by the store
	Village   string        `json:"village"`
	Grid      string        `json:"grid"`
	Household string        `json:"household"` // 户号
	Person    string        `json:"person"`    // the member who did it
	Chat      string        `json:"chat,omitempty"`
	Indicator string        `json:"indicator"` // code
	Name      string        `json:"name"`      // the indicator's name when claimed
	Category  string        `json:"category"`
	Level     Level         `json:"level"`
	Kind      IndicatorKind `json:"kind"`
	// Points are a fixed item's amount (0 for a range item) while pending,
	// then the granted ones: the scorers set them, never the claimant.
	Points int `json:"points"`
	// Asked is what the claimant wrote ("10分"), shown to the scorers only.
	Asked int    `json:"asked,omitempty"`
	Text  string `json:"text"`
	// Evidence is what the claimant offered: "照片", "证明人 李四", a
	// document; transports that carry images will attach them here.
	Evidence string `json:"evidence,omitempty"`
	// Images are the photos the claimant sent with the claim.
	Images []string `json:"images,omitempty"`
	// Needs is the evidence the indicator asks for.
	Needs    Evidence    `json:"needs,omitempty"`
	Claimant string      `json:"claimant"` // who sent it
	Status   ClaimStatus `json:"status"`
	// Period is the month the points count in ("2026-03"): the month of
	// approval, so a year's ranking holds what was approved in it.
	Period      string    `json:"period,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	DecidedAt   time.Time `json:"decided_at,omitzero"`
	DecidedBy   string    `json:"decided_by,omitempty"`
	RevokedAt   time.Time `json:"revoked_at,omitzero"`
	RevokedBy   string    `json:"revoked_by,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	// WindowEnds closes the 公示 objection window.
	WindowEnds  time.Time `json:"window_ends,omitzero"`
	Publication string    `json:"publication,omitempty"` // "2026年3月"
	// HeldAt is when the group was told that the item, frozen when its
	// window closed, waits for the scorers.
	HeldAt     time.Time `json:"held_at,omitzero"`
	Objection  string    `json:"objection,omitempty"`
	ObjectedBy string    `json:"objected_by,omitempty"`
	// More are further objections to the frozen item; their authors hear
	// the outcome too.
	More []Objection `json:"more_objections,omitempty"`
	// Early are objections sent before the item's 公示: nothing is
	// frozen, the reviewers are told, and their authors hear the outcome.
	Early []Objection `json:"early_objections,omitempty"`
	// Explained are what the household said of the item while it was
	// frozen by an objection ("我去了的 王五可以作证"), passed to the
	// scorers who verify it.
	Explained []Objection `json:"explained,omitempty"`
	// LateUpheld are the scorers told that their 维持 came after the
	// window closed with nothing frozen: told once each.
	LateUpheld []string `json:"late_upheld,omitempty"`
	Reason     string   `json:"reason,omitempty"` // why rejected or revoked
	// CapFull: rejected with the cap of its period full, "year" (the
	// yearly cap) or "month"; its 查 says that cap with no account read.
	CapFull string       `json:"cap_full,omitempty"`
	Source  string       `json:"source"` // message id that created it
	Version int          `json:"version"`
	History []ClaimEntry `json:"history"`
}

// LacksEvidence reports whether the claim does not offer the kind of
// evidence its indicator needs.
func (c *Claim) LacksEvidence() bool {
	return c.Needs != "" && !c.Needs.OfferedBy(c.Evidence, len(c.Images))
}

// Written is the evidence the claim's words offer, photos left out (they
// are counted apart): "证明人 李四", "" when none. Its reviewers see it in
// full wherever the claim is put to them, however long the claim's text.
// A witness who vouched for it (VouchedLabel) is shown once, on his entry:
// "证明人 李四（已确认）".
func (c *Claim) Written() string {
	entries := strings.Split(c.Evidence, "、")
	var out []string
	for _, e := range entries {
		e = strings.TrimSpace(e)
		switch name, witness := strings.CutPrefix(e, "证明人 "); {
		case e == "" || e == "照片":
		case witness && slices.Contains(entries, VouchedLabel(name)):
			out = append(out, e+"（已确认）")
		case strings.HasPrefix(e, "证明人") && strings.HasSuffix(e, "已确认") &&
			slices.Contains(entries, "证明人 "+strings.TrimSuffix(strings.TrimPrefix(e, "证明人"), "已确认")):
			// said on the witness's own entry
		default:
			out = append(out, e)
		}
	}
	return strings.Join(out, "、")
}

// WrittenUnnamed is Written without the names of the people vouching for
// the claim: its witnesses counted ("证明人 2 位（1 位已确认）"), a family
// member's word as "家人作证". For those who may see the claim but not who
// vouched for it (pts99: a villager disputing a claim learnt from 查 whom
// to lean on). A scorer's note that he saw a paper stays: scorers are
// named in the group anyway.
func (c *Claim) WrittenUnnamed() string {
	var out []string
	named, sure, kin := 0, 0, false
	for e := range strings.SplitSeq(c.Written(), "、") {
		switch {
		case e == "":
		case strings.HasPrefix(e, "证明人"):
			named++
			if strings.HasSuffix(e, "已确认）") || strings.HasSuffix(e, "已确认") {
				sure++
			}
		case strings.HasPrefix(e, KinWitnessLabel):
			kin = true
		default:
			out = append(out, e)
		}
	}
	var said []string
	switch {
	case named == 0:
	case sure == named && named == 1:
		said = append(said, "证明人 1 位（已确认）")
	case sure == named:
		said = append(said, fmt.Sprintf("证明人 %d 位（都已确认）", named))
	case sure > 0:
		said = append(said, fmt.Sprintf("证明人 %d 位（%d 位已确认）", named, sure))
	default:
		said = append(said, fmt.Sprintf("证明人 %d 位", named))
	}
	if kin {
		said = append(said, KinWitnessLabel)
	}
	return strings.Join(append(said, out...), "、")
}

// Vouches reports whether name is one of the claim's witnesses, named or
// confirmed.
func (c *Claim) Vouches(name string) bool {
	entries := strings.Split(c.Evidence, "、")
	return name != "" && (slices.Contains(entries, "证明人 "+name) || slices.Contains(entries, VouchedLabel(name)))
}

// KinWitnessLabel begins the evidence entry of a family member's word
// ("家人作证 张明"): no witness, shown to the scorers.
const KinWitnessLabel = "家人作证"

// DropWitness takes name off the claim's witnesses: his "证明人 name"
// entry and his word that it is true (VouchedLabel). A witness who then
// objects to the claim no longer vouches for it. It reports whether he
// was one.
func (c *Claim) DropWitness(name string) bool {
	var kept []string
	dropped := false
	for _, e := range strings.Split(c.Evidence, "、") {
		if e == "证明人 "+name || e == VouchedLabel(name) {
			dropped = true
			continue
		}
		kept = append(kept, e)
	}
	if dropped {
		c.Evidence = strings.Join(kept, "、")
	}
	return dropped
}

// VouchedLabel is the evidence entry of a claim's witness name who said
// it is true ("证明人张三已确认"): kept beside his "证明人 张三", which the
// witness parsing reads.
func VouchedLabel(name string) string { return "证明人" + name + "已确认" }

// scorerSawMark ends the evidence entry of a scorer who saw the paper or
// photo a claim needs (SeenLabel).
const scorerSawMark = "已看）"

// SeenLabel is the evidence entry of scorer by, who says he saw what
// ("县综治办认定书") when approving: "县综治办认定书（评分人赵六已看）". It counts
// as the paper or photo the item needs; a witness it is not.
func SeenLabel(what, by string) string { return what + "（评分人" + by + scorerSawMark }

// seenByScorer reports whether an evidence text has a SeenLabel entry.
func seenByScorer(text string) bool {
	for e := range strings.SplitSeq(text, "、") {
		if _, after, ok := strings.Cut(e, "（评分人"); ok && strings.HasSuffix(after, scorerSawMark) {
			return true
		}
	}
	return false
}

// Deed is the claim's text without the catalogue code it may start with
// ("SG03 捡到钱包交还失主", as the free-text confirmation or the claimant
// wrote it): the item's name is shown beside it.
func (c *Claim) Deed() string {
	code, rest, ok := strings.Cut(strings.TrimSpace(c.Text), " ")
	if ok && c.Indicator != "" && strings.EqualFold(strings.ReplaceAll(code, "-", ""), strings.ReplaceAll(c.Indicator, "-", "")) {
		return strings.TrimSpace(rest)
	}
	return c.Text
}

// Objection is one objection to a claim.
type Objection struct {
	At   time.Time `json:"at"`
	By   string    `json:"by"`
	Note string    `json:"note"`
	// Status is the item's status when an early objection was sent: one
	// sent again after the review is a new one.
	Status ClaimStatus `json:"status,omitempty"`
}

// ErrObjectedBefore is returned when someone objects twice to one item.
var ErrObjectedBefore = errors.New("already objected to this item")

// AddObjection records a further objection to an item already frozen by
// one; the status stays.
func (c *Claim) AddObjection(by string, at time.Time, note string) error {
	if c.Status != ClaimObjected {
		return &ClaimTransitionError{From: c.Status, Action: ClaimObject}
	}
	if slices.Contains(c.Objectors(), by) {
		return ErrObjectedBefore
	}
	c.More = append(c.More, Objection{At: at, By: by, Note: note})
	c.History = append(c.History, ClaimEntry{At: at, By: by, Action: ClaimObject, Points: c.Points, Note: note,
		From: ClaimObjected, To: ClaimObjected})
	return nil
}

// AddExplanation records what by, of the item's household, said of it
// while an objection freezes it; the status stays.
func (c *Claim) AddExplanation(by string, at time.Time, note string) error {
	if c.Status != ClaimObjected {
		return &ClaimTransitionError{From: c.Status, Action: ClaimObject}
	}
	c.Explained = append(c.Explained, Objection{At: at, By: by, Note: note})
	return nil
}

// AddEarly records an objection sent before the item's 公示, while it is
// pending or approved and unpublished; the status stays. Objecting twice
// in one status is ErrObjectedBefore.
func (c *Claim) AddEarly(by string, at time.Time, note string) error {
	if c.Status != ClaimPending && (c.Status != ClaimApproved || !c.PublishedAt.IsZero()) {
		return &ClaimTransitionError{From: c.Status, Action: ClaimObject}
	}
	if slices.ContainsFunc(c.Early, func(o Objection) bool { return o.By == by && o.Status == c.Status }) {
		return ErrObjectedBefore
	}
	c.Early = append(c.Early, Objection{At: at, By: by, Note: note, Status: c.Status})
	return nil
}

// EarlyObjectors are those who objected before the item's 公示, less
// those who objected again during it (they hear the outcome as objectors).
func (c *Claim) EarlyObjectors() []string {
	var out []string
	for _, o := range c.Early {
		if !slices.Contains(c.Objectors(), o.By) && !slices.Contains(out, o.By) {
			out = append(out, o.By)
		}
	}
	return out
}

// Objectors are everyone who objected to the item, first objector first.
func (c *Claim) Objectors() []string {
	var out []string
	if c.ObjectedBy != "" {
		out = append(out, c.ObjectedBy)
	}
	for _, o := range c.More {
		out = append(out, o.By)
	}
	return out
}

// IsVeto reports whether the claim is a veto item (否决项).
func (c *Claim) IsVeto() bool { return c.Kind == KindVeto }

// Recorded reports whether c was recorded by a scorer (加分, 扣分, a veto
// item), not claimed by a villager: it has no applicant.
func (c *Claim) Recorded() bool { return len(c.History) > 0 && c.History[0].Action == ClaimRecord }

// Year is the year the claim's points count in.
func (c *Claim) Year() string {
	if len(c.Period) >= 4 {
		return c.Period[:4]
	}
	return ""
}

// PeriodLabel shows the period as "2026年3月".
func (c *Claim) PeriodLabel() string { return PeriodLabel(c.Period) }

// PeriodLabel shows a period "2006-01" as "2006年1月".
func PeriodLabel(period string) string {
	t, err := time.Parse("2006-01", period)
	if err != nil {
		return period
	}
	return t.Format("2006年1月")
}

// InWindow reports whether the 公示 objection window is open at t.
func (c *Claim) InWindow(t time.Time) bool {
	return !c.PublishedAt.IsZero() && t.Before(c.WindowEnds)
}

// Apply performs action a by person by at time at and returns the status
// the claim had. An approval or record sets the period; an uphold after
// the window has closed makes the claim final at once. It changes nothing
// when the action is not allowed.
func (c *Claim) Apply(a ClaimAction, by string, at time.Time, note string) (ClaimStatus, error) {
	from := c.Status
	to, ok := claimTransitions[from][a]
	if !ok {
		return from, &ClaimTransitionError{From: from, Action: a}
	}
	if a == ClaimUphold && !c.WindowEnds.IsZero() && !at.Before(c.WindowEnds) {
		to = ClaimFinal
	}
	switch a {
	case ClaimApprove, ClaimRecord:
		c.Period = MonthOf(at)
		c.DecidedAt, c.DecidedBy = at, by
	case ClaimReject:
		c.Reason = note
		c.DecidedAt, c.DecidedBy = at, by
	case ClaimRevoke: // the approval's date and scorer stay
		c.Reason = note
		c.RevokedAt, c.RevokedBy = at, by
	case ClaimObject:
		c.Objection, c.ObjectedBy = note, by
	case ClaimSubmit:
		c.Period = MonthOf(at)
		c.CreatedAt = at
	}
	if a == ClaimRecord {
		c.CreatedAt = at
	}
	c.History = append(c.History, ClaimEntry{At: at, By: by, Action: a, Points: c.Points, Note: note, From: from, To: to})
	c.Status = to
	return from, nil
}

// Entry is the ledger entry of the claim's last change, from status from.
func (c *Claim) Entry(from ClaimStatus, source string) LedgerEntry {
	h := c.History[len(c.History)-1]
	return LedgerEntry{
		At: h.At, Village: c.Village, Grid: c.Grid, Household: c.Household, Person: c.Person, Claim: c.ID,
		Indicator: c.Indicator, Name: c.Name, Level: c.Level, Veto: c.Kind == KindVeto, Points: c.Points,
		Event: string(h.Action), From: from, To: c.Status, Period: c.Period, By: h.By, Source: source, Note: h.Note,
	}
}

// MonthOf is the period ("2006-01") of t, in t's location.
func MonthOf(t time.Time) string { return t.Format("2006-01") }

// ClosedYear is the year a year-end run at time run closes: its own
// year, or the previous one when it runs in January.
func ClosedYear(run time.Time) int {
	if run.Month() == time.January {
		return run.Year() - 1
	}
	return run.Year()
}

// Ledger events beyond the claim actions.
const (
	EventRedeem = "redeem" // 兑换 at the points supermarket
	EventRefund = "refund" // 撤销兑换: a mistaken redemption given back
	EventClear  = "clear"  // unspent points cleared at the year's end
)

// LedgerEntry is one append-only line of the points ledger: a claim's
// status change, a redemption or a year-end clearing.
type LedgerEntry struct {
	At        time.Time   `json:"at"`
	Village   string      `json:"village"`
	Grid      string      `json:"grid,omitempty"`
	Household string      `json:"household"`
	Person    string      `json:"person,omitempty"`
	Claim     string      `json:"claim,omitempty"` // "C7"
	Indicator string      `json:"indicator,omitempty"`
	Name      string      `json:"name,omitempty"` // the indicator's name
	Level     Level       `json:"level,omitempty"`
	Veto      bool        `json:"veto,omitempty"`
	Points    int         `json:"points"` // the claim's points (signed), the cost of a redemption, the amount cleared
	Event     string      `json:"event"`  // a ClaimAction, EventRedeem or EventClear
	From      ClaimStatus `json:"from,omitempty"`
	To        ClaimStatus `json:"to,omitempty"`
	Period    string      `json:"period,omitempty"`
	Item      string      `json:"item,omitempty"` // redemption: what and how many
	Qty       int         `json:"qty,omitempty"`
	// Reverses is the redemption ("L12") a refund gives back.
	Reverses string `json:"reverses,omitempty"`
	// Sale is a redemption's number among the village's redemptions (the
	// shop's own count: D1, D2…), copied onto its refund; 0 for one made
	// before redemptions were numbered (known by its ledger number only).
	Sale   int    `json:"sale,omitempty"`
	By     string `json:"by"`
	Source string `json:"source"` // message or job-run id
	Note   string `json:"note,omitempty"`
	ID     string `json:"id,omitempty"` // "L12"; assigned by the store
}

// SaleRef is how people refer to a redemption, or to the redemption a
// refund gives back: its sale number ("D3"), else, for one made before
// redemptions were numbered, its ledger reference ("L13"). The ledger's
// own numbers count every claim event too: #L13 for a household's first
// redemption read as the shop's 13th sale.
func (e LedgerEntry) SaleRef() string {
	switch {
	case e.Sale > 0:
		return SalePrefix + strconv.Itoa(e.Sale)
	case e.Event == EventRefund:
		return e.Reverses
	}
	return e.ID
}

// SalePrefix is the letter of a redemption's sale number ("D3", 兑换).
const SalePrefix = "D"

// Year is the year of the entry's period, "" when it has none.
func (e LedgerEntry) Year() string {
	if len(e.Period) >= 4 {
		return e.Period[:4]
	}
	return ""
}

// YearTally is a household's points of one year.
type YearTally struct {
	// Score is the ranking score: approved and final points.
	Score     int `json:"score"`
	Approved  int `json:"approved"` // approved, not yet final
	Objected  int `json:"objected"` // frozen by an objection
	Final     int `json:"final"`
	Household int `json:"household"` // counted household-level points
	// Redeemed is what the supermarket took this year (redemptions with a
	// period; older ones count only in Account.Redeemed).
	Redeemed int `json:"redeemed,omitempty"`
	// Cleared is what the year-end rule took of the points unspent at
	// this year's end (clearings with a period; older ones count only in
	// Account.Cleared).
	Cleared int `json:"cleared,omitempty"`
	// Personal are each member's counted points.
	Personal map[string]int `json:"personal,omitempty"`
	// Used is what the caps have used up: "code|who" for the year and
	// "code|who|2006-01" for a month, who being the person or HouseholdCap.
	Used   map[string]int `json:"used,omitempty"`
	Vetoes []Veto         `json:"vetoes,omitempty"`
}

// HouseholdCap is the cap key of household-level points.
const HouseholdCap = "户"

// Veto is an effective veto item of the year.
type Veto struct {
	Claim  string `json:"claim"`
	Name   string `json:"name"`
	Reason string `json:"reason,omitempty"`
}

// OtherVetoes are the year's effective veto items but claim's: what still
// keeps the household out of the ranking once claim is taken back.
func (t YearTally) OtherVetoes(claim string) []Veto {
	return slices.DeleteFunc(slices.Clone(t.Vetoes), func(v Veto) bool { return v.Claim == claim })
}

// Account is a household's cached balances: the fold of its ledger.
type Account struct {
	Village   string                `json:"village"`
	Household string                `json:"household"`
	Years     map[string]*YearTally `json:"years"`
	// Final is every final point ever, Redeemed what the supermarket took,
	// Cleared what the year-end rule took: Redeemable is what is left.
	Final    int `json:"final"`
	Redeemed int `json:"redeemed"`
	Cleared  int `json:"cleared"`
	// Reversed are the redemptions ("L12") given back by a refund: each
	// is given back once.
	Reversed []string `json:"reversed,omitempty"`
	// LastRedeemed is the household's latest redemption not given back,
	// so that the same one sent again that day can be pointed out.
	LastRedeemed *Redemption `json:"last_redeemed,omitempty"`
	// Day are the household's redemptions of the day of the latest one,
	// not given back, oldest first (at most maxDay): one sent again after
	// others of the day is still the same.
	Day []Redemption `json:"day,omitempty"`
	// Version is the stored version the account was read at.
	Version int `json:"-"`
	// Doc is the account's document number; 0 before it is stored.
	Doc int `json:"-"`
}

// Redemption is what a redemption took, for whom and when.
type Redemption struct {
	At     time.Time `json:"at"`
	Item   string    `json:"item"`
	Qty    int       `json:"qty"`
	Person string    `json:"person,omitempty"`
}

// maxDay bounds Account.Day: a household's goods of one day at the
// counter, many more than a family takes.
const maxDay = 30

// RedeemedToday is the latest redemption of the household on at's day of
// qty of item for person (a redemption of old records no person), made at
// or after since; ok is false when there is none. Others of the day made
// in between do not hide it.
func (a Account) RedeemedToday(item string, qty int, person string, at, since time.Time) (Redemption, bool) {
	day := a.Day
	if len(day) == 0 && a.LastRedeemed != nil {
		day = []Redemption{*a.LastRedeemed} // recorded before Day was kept
	}
	for i := len(day) - 1; i >= 0; i-- {
		r := day[i]
		if r.Item == item && r.Qty == qty && (r.Person == "" || r.Person == person) && !r.At.Before(since) &&
			r.At.In(at.Location()).Format(time.DateOnly) == at.Format(time.DateOnly) {
			return r, true
		}
	}
	return Redemption{}, false
}

// RedeemedForOther is the latest redemption of qty of item the household
// made at or after since for a member other than person; ok is false when
// there is none. The household's points are shared: the same goods under
// another member's name moments later is most often the first one sent
// again, the name mistaken.
func (a Account) RedeemedForOther(item string, qty int, person string, since time.Time) (Redemption, bool) {
	for i := len(a.Day) - 1; i >= 0; i-- {
		r := a.Day[i]
		if r.Item == item && r.Qty == qty && r.Person != "" && r.Person != person && !r.At.Before(since) {
			return r, true
		}
	}
	return Redemption{}, false
}

// NewAccount is an empty account.
func NewAccount(villageName, household string) Account {
	return Account{Village: villageName, Household: household, Years: map[string]*YearTally{}}
}

// Redeemable is what the household may spend at the points supermarket.
func (a Account) Redeemable() int { return a.Final - a.Redeemed - a.Cleared }

// Year returns the tally of a year, empty when there is none.
func (a Account) Year(y string) YearTally {
	if t := a.Years[y]; t != nil {
		return *t
	}
	return YearTally{}
}

func (a *Account) year(y string) *YearTally {
	if a.Years == nil {
		a.Years = map[string]*YearTally{}
	}
	t := a.Years[y]
	if t == nil {
		t = &YearTally{}
		a.Years[y] = t
	}
	return t
}

// capWho is whose cap a claim uses.
func capWho(l Level, person string) string {
	if l == LevelHousehold {
		return HouseholdCap
	}
	return person
}

// Monthly reports whether the indicator is a household's for a month
// (unit 月 of a household item: 庭院整洁, 孝敬父母): the household's yard,
// not one member's deed, so two members claiming it in one month claim
// one thing twice.
func (i Indicator) Monthly() bool { return i.Unit == "月" && i.Level == LevelHousehold }

// MonthTaken finds, among cs, a claim of household for a Monthly item
// ind made for another member than person in period: one waiting for
// review takes the month it was made in (periodOf its creation), an
// approved one the month it counts in; rejected or withdrawn ones take
// none. The earliest wins. The same member claiming it again ("又把院子
// 扫了一遍") is another deed of his, left to the cap.
func MonthTaken(cs []Claim, ind Indicator, household, person, period string, periodOf func(time.Time) string) (Claim, bool) {
	if !ind.Monthly() {
		return Claim{}, false
	}
	var found Claim
	ok := false
	for _, c := range cs {
		if c.Indicator != ind.Code || c.Household != household || c.Person == person {
			continue
		}
		in := c.Status == ClaimPending && periodOf(c.CreatedAt) == period || c.Status == ClaimApproved && c.Period == period
		if in && (!ok || c.CreatedAt.Before(found.CreatedAt)) {
			found, ok = c, true
		}
	}
	return found, ok
}

// CapLeft is how many more points of ind person (or the household) may get
// in period, and whether a cap applies at all.
func (a Account) CapLeft(ind Indicator, person, period string) (left int, capped bool) {
	if len(period) < 7 || ind.Max <= 0 {
		return 0, false
	}
	t := a.Year(period[:4])
	key := ind.Code + "|" + capWho(ind.Level, person)
	left = int(^uint(0) >> 1)
	if ind.YearlyCap > 0 {
		left, capped = ind.YearlyCap-t.Used[key], true
	}
	if ind.MonthlyCap > 0 {
		left, capped = min(left, ind.MonthlyCap-t.Used[key+"|"+period]), true
	}
	return max(left, 0), capped
}

// Post applies one ledger entry to the account. It is the only place
// balances change: the cached account and DeriveAccounts agree because
// both are made of Post.
func (a *Account) Post(e LedgerEntry) error {
	switch e.Event {
	case EventRedeem:
		a.Redeemed += e.Points
		r := Redemption{At: e.At, Item: e.Item, Qty: e.Qty, Person: e.Person}
		a.LastRedeemed = &r
		if len(a.Day) > 0 && a.Day[0].At.In(e.At.Location()).Format(time.DateOnly) != e.At.Format(time.DateOnly) {
			a.Day = nil // a new day
		}
		a.Day = append(a.Day, r)
		if len(a.Day) > maxDay {
			a.Day = slices.Delete(a.Day, 0, len(a.Day)-maxDay)
		}
		if len(e.Period) >= 4 {
			a.year(e.Period[:4]).Redeemed += e.Points
		}
		return nil
	case EventRefund:
		if slices.Contains(a.Reversed, e.Reverses) {
			return fmt.Errorf("ledger entry %s: %s was already given back", e.Event, e.Reverses)
		}
		a.Reversed = append(a.Reversed, e.Reverses)
		a.Redeemed -= e.Points
		if l := a.LastRedeemed; l != nil && l.Item == e.Item && l.Qty == e.Qty {
			a.LastRedeemed = nil // given back: a redemption sent after it is no repeat
		}
		// the latest of the day like it (the refund names no time)
		for i := len(a.Day) - 1; i >= 0; i-- {
			if r := a.Day[i]; r.Item == e.Item && r.Qty == e.Qty && (r.Person == "" || r.Person == e.Person) {
				a.Day = slices.Delete(a.Day, i, i+1)
				break
			}
		}
		if len(e.Period) >= 4 {
			a.year(e.Period[:4]).Redeemed -= e.Points
		}
		return nil
	case EventClear:
		a.Cleared += e.Points
		if len(e.Period) >= 4 {
			a.year(e.Period[:4]).Cleared += e.Points
		}
		return nil
	}
	if len(e.Period) < 7 {
		if e.From == "" && e.To == ClaimPending || e.To == ClaimRejected || e.To == ClaimWithdrawn {
			return nil // nothing moves
		}
		return fmt.Errorf("ledger entry %s %s: no period", e.Claim, e.Event)
	}
	y := a.year(e.Period[:4])
	p := e.Points
	if d := sign(e.To.Counted(), e.From.Counted()); d != 0 {
		y.Score += d * p
		if e.Level == LevelHousehold {
			y.Household += d * p
		} else {
			if y.Personal == nil {
				y.Personal = map[string]int{}
			}
			y.Personal[e.Person] += d * p
			if y.Personal[e.Person] == 0 {
				delete(y.Personal, e.Person)
			}
		}
		if e.Veto {
			if d > 0 {
				y.Vetoes = append(y.Vetoes, Veto{Claim: e.Claim, Name: e.Name, Reason: e.Note})
			} else {
				y.Vetoes = slices.DeleteFunc(y.Vetoes, func(v Veto) bool { return v.Claim == e.Claim })
			}
		}
	}
	y.Approved += sign(e.To == ClaimApproved, e.From == ClaimApproved) * p
	y.Objected += sign(e.To == ClaimObjected, e.From == ClaimObjected) * p
	y.Final += sign(e.To == ClaimFinal, e.From == ClaimFinal) * p
	a.Final += sign(e.To == ClaimFinal, e.From == ClaimFinal) * p
	if d := sign(e.To.Active(), e.From.Active()); d != 0 && p > 0 {
		if y.Used == nil {
			y.Used = map[string]int{}
		}
		key := e.Indicator + "|" + capWho(e.Level, e.Person)
		for _, k := range []string{key, key + "|" + e.Period} {
			y.Used[k] += d * p
			if y.Used[k] == 0 {
				delete(y.Used, k)
			}
		}
	}
	return nil
}

// sign is +1 when a thing became true, -1 when it stopped being true.
func sign(now, before bool) int {
	switch {
	case now && !before:
		return 1
	case before && !now:
		return -1
	}
	return 0
}

// DeriveAccounts folds ledger entries, in order, into one account per
// household (keyed by 户号).
func DeriveAccounts(entries []LedgerEntry) (map[string]*Account, error) {
	out := map[string]*Account{}
	for _, e := range entries {
		a := out[e.Household]
		if a == nil {
			acc := NewAccount(e.Village, e.Household)
			a = &acc
			out[e.Household] = a
		}
		if err := a.Post(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AverageRule says which household members count as participating
// members, the divisor of the household average.
//
// By default every member on the household register counts. That is what
// the plan says (total ÷ members), anyone can check it against the 户口簿,
// and a household cannot improve its average by leaving low scorers out.
// It does penalise households with members who cannot take part (infants,
// bedridden elders), so a township may exclude members by their relation
// to the head (e.g. 孙子女) or their care level (e.g. 高). Excluded members'
// own points still count in the total; they only leave the divisor, which
// is never below one.
type AverageRule struct {
	ExcludeRelations []string
	ExcludeCare      []Care
}

// Counts reports whether p is a participating member.
func (r AverageRule) Counts(p Person) bool {
	excluded := slices.Contains(r.ExcludeRelations, p.Relation) || p.RelationText != "" && slices.Contains(r.ExcludeRelations, p.RelationText)
	return !excluded && (p.Care == CareNone || !slices.Contains(r.ExcludeCare, p.Care))
}

// HouseholdInfo is a household of the roster.
type HouseholdInfo struct {
	Village   string   `json:"village"`
	Household string   `json:"id"`
	Grid      string   `json:"grid"`
	Head      string   `json:"head"`
	Members   []string `json:"members"`
	// Participants is the divisor of the average (at least 1).
	Participants int `json:"participants"`
	// Namesake: another household of the village has a head of the same
	// name, so the name alone does not tell them apart.
	Namesake bool `json:"namesake,omitempty"`
}

// Label names the household as villagers do: "张三户"; where two heads of
// the village share the name, with its 户号: "张三户（QS-301）".
func (h HouseholdInfo) Label() string {
	if h.Namesake {
		return h.Head + "户（" + h.Household + "）"
	}
	return h.Head + "户"
}

// Key tells the household apart from every other of the township: a
// 户号 is unique only within its village.
func (h HouseholdInfo) Key() string { return HouseholdKey(h.Village, h.Household) }

// HouseholdKey is HouseholdInfo.Key of household of villageName.
func HouseholdKey(villageName, household string) string { return villageName + "/" + household }

// Households groups the people of a village into households, in roster
// order; people without a 户号 (cadres living elsewhere) are left out.
func Households(people []Person, villageName string, rule AverageRule) []HouseholdInfo {
	var out []HouseholdInfo
	at := map[string]int{}
	for _, p := range people {
		if p.Village != villageName || p.Household == "" {
			continue
		}
		i, ok := at[p.Household]
		if !ok {
			i = len(out)
			at[p.Household] = i
			out = append(out, HouseholdInfo{Village: villageName, Household: p.Household, Grid: p.Grid, Head: p.Name})
		}
		h := &out[i]
		h.Members = append(h.Members, p.Name)
		if p.Relation == RelHead {
			h.Head = p.Name
			h.Grid = p.Grid
		}
		if rule.Counts(p) {
			h.Participants++
		}
	}
	heads := map[string]int{}
	for _, h := range out {
		heads[h.Head]++
	}
	for i := range out {
		out[i].Participants = max(out[i].Participants, 1)
		out[i].Namesake = heads[out[i].Head] > 1
	}
	return out
}

// Standing is a household's place in a year's ranking.
type Standing struct {
	HouseholdInfo
	Total   int     `json:"total"`
	Average float64 `json:"average"`
	// Rank is 1 for the best average; households with equal averages
	// share a rank. 0: not ranked because of a veto item.
	Rank   int  `json:"rank"`
	Vetoed bool `json:"vetoed,omitempty"`
	// Digits is how many decimals AverageText shows (0: one), more than
	// one where a neighbour in the list of another rank would read the
	// same (readApart): 10/3 and 13/4 at places 1 and 2 read 3.33 and
	// 3.25, not 3.3 twice. Kept in an archived ranking as it was posted.
	Digits int `json:"digits,omitempty"`
}

// averageText shows the average total ÷ n with digits decimals (one when
// digits < 1), rounded half away from zero (四舍五入: 13/4 = 3.25 → 3.3,
// -5/4 = -1.25 → -1.3), in integers so that villagers checking by hand get
// the same digit.
func averageText(total, n, digits int) string {
	n, digits = max(n, 1), max(digits, 1)
	scale := 1
	for range digits {
		scale *= 10
	}
	units := (abs(total)*2*scale + n) / (2 * n) // round(|total|·scale/n), halves up
	sign := ""
	if total < 0 && units > 0 {
		sign = "-"
	}
	frac := strconv.Itoa(units % scale)
	return sign + strconv.Itoa(units/scale) + "." + strings.Repeat("0", digits-len(frac)) + frac
}

// maxDigits bounds readApart: two averages of households of at most a
// few hundred members each differ in the first six decimals.
const maxDigits = 6

// readApart is how many decimals the averages ta/na and tb/nb, of
// neighbours of different ranks, need to read apart: 1 unless one decimal
// shows both the same (a list showing 3.3 at places 1 and 2 reads as a
// wrong ranking).
func readApart(ta, na, tb, nb int) int {
	d := 1
	for d < maxDigits && averageText(ta, na, d) == averageText(tb, nb, d) {
		d++
	}
	return d
}

// spellStandings sets the Digits of a ranked list as it is shown, each
// row's average read apart from its neighbours' of other ranks.
func spellStandings(s []Standing) {
	for j := range s {
		s[j].Digits = 0
		if j > 0 {
			spellApart(&s[j-1], &s[j])
		}
	}
	// rows sharing a rank read the same
	for j := len(s) - 2; j >= 0; j-- {
		if s[j].Rank != 0 && s[j].Rank == s[j+1].Rank {
			s[j].Digits = max(s[j].Digits, s[j+1].Digits)
		}
	}
	for j := 1; j < len(s); j++ {
		if s[j].Rank != 0 && s[j].Rank == s[j-1].Rank {
			s[j].Digits = max(s[j].Digits, s[j-1].Digits)
		}
	}
}

// spellApart raises the Digits of a and b, neighbouring rows of a ranked
// list, to what readApart asks, when both are ranked and their ranks
// differ.
func spellApart(a, b *Standing) {
	if a.Rank == 0 || b.Rank == 0 || a.Rank == b.Rank {
		return
	}
	if d := readApart(a.Total, a.Participants, b.Total, b.Participants); d > 1 {
		a.Digits, b.Digits = max(a.Digits, d), max(b.Digits, d)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// AverageText shows the standing's average as averageText does.
func (s Standing) AverageText() string { return averageText(s.Total, s.Participants, s.Digits) }

// Rank orders households by average, best first; equal averages share a
// rank (1, 2, 2, 4) and are listed by 户号. Vetoed households come last,
// unranked. Averages are compared exactly (total₁·n₂ against total₂·n₁),
// never as rounded floats.
func Rank(households []HouseholdInfo, totals map[string]int64, vetoed map[string]bool) []Standing {
	return Rerank(Standings(households, totals, vetoed))
}

// Standings are the households' standings in roster order, not ranked
// (Rank 0): what Rank sorts, and what is summed or ranked with other
// villages' needs no sort of its own.
func Standings(households []HouseholdInfo, totals map[string]int64, vetoed map[string]bool) []Standing {
	out := make([]Standing, len(households))
	for i, h := range households {
		t := int(totals[h.Household])
		out[i] = Standing{HouseholdInfo: h, Total: t, Average: float64(t) / float64(h.Participants), Vetoed: vetoed[h.Household]}
	}
	return out
}

// Rerank sorts standings (of one village or several) and assigns ranks as
// Rank does. It sorts s in place and returns it. It sorts small keys, not
// the standings themselves, so 100,000 households rank in milliseconds.
func Rerank(s []Standing) []Standing {
	type key struct {
		total, n int64
		vetoed   bool
		i        int32
	}
	keys := make([]key, len(s))
	for i, x := range s {
		keys[i] = key{total: int64(x.Total), n: int64(x.Participants), vetoed: x.Vetoed, i: int32(i)}
	}
	// byAverage orders better averages first: a.total/a.n > b.total/b.n
	// exactly when a.total·b.n > b.total·a.n (the divisors are positive).
	byAverage := func(a, b key) int { return cmp.Compare(b.total*a.n, a.total*b.n) }
	slices.SortFunc(keys, func(a, b key) int {
		if a.vetoed != b.vetoed {
			if a.vetoed {
				return 1
			}
			return -1
		}
		if c := byAverage(a, b); c != 0 {
			return c
		}
		if c := strings.Compare(s[a.i].Village, s[b.i].Village); c != 0 {
			return c
		}
		return strings.Compare(s[a.i].Household, s[b.i].Household)
	})
	out := make([]Standing, len(s))
	for j, k := range keys {
		out[j] = s[k.i]
		switch {
		case k.vetoed:
			out[j].Rank = 0
		case j > 0 && !keys[j-1].vetoed && byAverage(keys[j-1], k) == 0:
			out[j].Rank = out[j-1].Rank
		default:
			out[j].Rank = j + 1
		}
	}
	spellStandings(out)
	copy(s, out)
	return s
}

// Leaders answers a ranking question without sorting every household:
// the first n ranked households with points (as Rank orders them) and the
// standing of one household (Rank set; zero Standing when household is not
// in the list), and how many households are ranked. It costs one pass
// over the households and a sort of n, so a village of 100,000
// households is answered in milliseconds.
func Leaders(households []HouseholdInfo, totals map[string]int64, vetoed map[string]bool, n int, household string) (top []Standing, mine Standing, ranked int) {
	standing := func(h HouseholdInfo) Standing {
		t := int(totals[h.Household])
		return Standing{HouseholdInfo: h, Total: t, Average: float64(t) / float64(h.Participants), Vetoed: vetoed[h.Household]}
	}
	// better reports whether a ranks before b (the order of Rank).
	better := func(a, b *Standing) bool {
		if c := cmp.Compare(int64(a.Total)*int64(b.Participants), int64(b.Total)*int64(a.Participants)); c != 0 {
			return c > 0
		}
		return a.Village < b.Village || a.Village == b.Village && a.Household < b.Household
	}
	mineAt := -1
	for i, h := range households {
		if h.Household == household {
			mine, mineAt = standing(h), i
		}
	}
	ahead := 0 // ranked households with a strictly better average than mine
	for _, h := range households {
		s := standing(h)
		if s.Vetoed {
			continue
		}
		ranked++
		if mineAt >= 0 && !mine.Vetoed && int64(s.Total)*int64(mine.Participants) > int64(mine.Total)*int64(s.Participants) {
			ahead++
		}
		if s.Total <= 0 || n <= 0 {
			continue
		}
		if len(top) < n {
			top = append(top, s)
			for k := len(top) - 1; k > 0 && better(&top[k], &top[k-1]); k-- {
				top[k], top[k-1] = top[k-1], top[k]
			}
		} else if better(&s, &top[n-1]) {
			top[n-1] = s
			for k := n - 1; k > 0 && better(&top[k], &top[k-1]); k-- {
				top[k], top[k-1] = top[k-1], top[k]
			}
		}
	}
	for j := range top {
		if j > 0 && int64(top[j].Total)*int64(top[j-1].Participants) == int64(top[j-1].Total)*int64(top[j].Participants) {
			top[j].Rank = top[j-1].Rank
		} else {
			top[j].Rank = j + 1
		}
	}
	spellStandings(top)
	// the decimals Rank shows: the last row of top and mine are read apart
	// from their neighbours in the whole ranking too, which top may leave out
	if len(top) > 0 {
		last := top[len(top)-1]
		if _, below, ok := neighbours(households, totals, vetoed, last); ok && below.Participants > 0 {
			d := readApart(last.Total, last.Participants, below.Total, below.Participants)
			for j := range top {
				if d > 1 && top[j].Rank == last.Rank {
					top[j].Digits = max(top[j].Digits, d)
				}
			}
		}
	}
	if above, below, ok := neighbours(households, totals, vetoed, mine); ok {
		for _, x := range []Standing{above, below} {
			if x.Participants == 0 {
				continue
			}
			if d := readApart(mine.Total, mine.Participants, x.Total, x.Participants); d > 1 {
				mine.Digits = max(mine.Digits, d)
			}
		}
	}
	if mineAt >= 0 && !mine.Vetoed {
		mine.Rank = ahead + 1
	}
	return top, mine, ranked
}

// neighbours are the ranked standings nearest s's average among
// households, one strictly better and one strictly worse (zero Standing
// where there is none); ok is false when s is not ranked.
func neighbours(households []HouseholdInfo, totals map[string]int64, vetoed map[string]bool, s Standing) (above, below Standing, ok bool) {
	if s.Vetoed || s.Participants == 0 {
		return above, below, false
	}
	// cmpAvg compares a's average with b's exactly
	cmpAvg := func(a, b Standing) int {
		return cmp.Compare(int64(a.Total)*int64(b.Participants), int64(b.Total)*int64(a.Participants))
	}
	for _, h := range households {
		if vetoed[h.Household] {
			continue
		}
		x := Standing{HouseholdInfo: h, Total: int(totals[h.Household])}
		switch c := cmpAvg(x, s); {
		case c > 0 && (above.Participants == 0 || cmpAvg(x, above) < 0):
			above = x
		case c < 0 && (below.Participants == 0 || cmpAvg(x, below) > 0):
			below = x
		}
	}
	return above, below, true
}

// Restand changes one household's total and veto in a ranking (an
// archived year's, after an objection there was settled) and ranks again.
// It reports whether the household is in the ranking at all.
func Restand(s []Standing, household string, total int, vetoed bool) bool {
	i := slices.IndexFunc(s, func(x Standing) bool { return x.Household == household })
	if i < 0 {
		return false
	}
	s[i].Total, s[i].Vetoed = total, vetoed
	s[i].Average = float64(total) / float64(max(s[i].Participants, 1))
	Rerank(s)
	return true
}

// Top is what a ranking shows: the first n ranked households with a
// positive total, best first (a veto's unranked and the households with
// nothing or less are never listed).
func Top(standings []Standing, n int) []Standing {
	var out []Standing
	for _, s := range standings {
		if len(out) == n || s.Rank == 0 || s.Total <= 0 {
			break
		}
		out = append(out, s)
	}
	return out
}

// SameHonours reports whether two lists of honoured households (户号)
// honour the same households, in whatever order: an honour is a title,
// not a place, so households changing places among themselves change no
// honour.
func SameHonours(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(hh string) bool { return !slices.Contains(b, hh) })
}

// HonourRule is how a village's 积分荣誉户 are chosen at the year end.
// The published schemes honour few: one 最美人家 per 村民组 a year, or
// only households past a points threshold (100 points a year for
// priority in village benefits; under 70 no 评优评先), never one with a
// veto item. A household is honoured when all three hold.
type HonourRule struct {
	// Max: ranked Max-th or better (households tied at the last
	// honoured rank are all honoured).
	Max int
	// Share: ranked within Share percent of the village's households
	// (rounded down, at least the first rank); 0 or 100: no such bound.
	Share int
	// MinAverage: a household average of at least this many points
	// (a positive total in any case).
	MinAverage int
}

// Honours are the households of one village's standings (Rank order) the
// rule honours: households tied at the last honoured rank are all
// honoured (with Max 3 and ranks 1, 2, 3, 3 four households are), so list
// order (户号) never decides an honour; vetoed households are unranked,
// never honoured.
func Honours(standings []Standing, rule HonourRule) []Standing {
	last := rule.Max
	if rule.Share > 0 && rule.Share < 100 {
		last = min(last, max(1, len(standings)*rule.Share/100))
	}
	var out []Standing
	for _, s := range standings {
		if s.Rank == 0 || s.Rank > last || s.Total <= 0 || s.Total < rule.MinAverage*max(s.Participants, 1) {
			break
		}
		out = append(out, s)
	}
	return out
}

// ShopItem is one item of the points supermarket (积分超市).
type ShopItem struct {
	Name   string
	Points int // price per unit
	Unit   string
	// Stock is the stock to start from; 0 means not counted.
	Stock int
	// Low: at or below this many left, the shopkeeper is warned.
	Low int
}

// Stock is a village supermarket's counted stock: how many of each item
// were sold and restocked since the configured starting stock.
type Stock struct {
	Village   string         `json:"village"`
	Sold      map[string]int `json:"sold"`
	Restocked map[string]int `json:"restocked,omitempty"`
	// Sales is how many redemptions were numbered (LedgerEntry.Sale): the
	// next takes Sales+1, in the commit that writes this document at the
	// version read, so that no two share a number.
	Sales   int `json:"sales,omitempty"`
	Version int `json:"-"`
	Doc     int `json:"-"`
}

// Left is how many of item remain; ok is false when the item's stock is
// not counted.
func (s *Stock) Left(item ShopItem) (left int, ok bool) {
	if item.Stock <= 0 {
		return 0, false
	}
	return item.Stock + s.Restocked[item.Name] - s.Sold[item.Name], true
}

// Reviewers are who review a claim of household hh in grid g of village
// v: the grid's scorers of other households (no one scores his own), else
// the grid's township officers. inGrid lists a grid's holders of a role.
func Reviewers(inGrid func(v, g string, role Role) []Person, v, g, hh string) []Person {
	var out []Person
	for _, s := range inGrid(v, g, RoleScorer) {
		if s.Village != v || s.Household != hh {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = inGrid(v, g, RoleOfficer)
	}
	return out
}

// VillageStanding is a village's place in a comparison of villages: its
// households that take part in the ranking (no veto item), their points
// and participants, compared by the average the household ranking uses,
// taken over the whole village (total ÷ participants).
type VillageStanding struct {
	Village string `json:"village"`
	// Households take part in the ranking; Scored of them have a positive
	// total; Vetoed households are left out, as the ranking leaves them.
	Households   int `json:"households"`
	Scored       int `json:"scored"`
	Vetoed       int `json:"vetoed"`
	Total        int `json:"total"`
	Participants int `json:"participants"`
	// Rank is 1 for the best average; equal averages share a rank. 0: no
	// household takes part.
	Rank int `json:"rank"`
}

// AverageText shows the village's average as averageText does.
func (v VillageStanding) AverageText() string { return averageText(v.Total, v.Participants, 1) }

// ScoredPercent is the share of the taking-part households that have
// points this year, in whole percent (Percent).
func (v VillageStanding) ScoredPercent() int { return Percent(v.Scored, v.Households) }

// CompareVillages sums each village's standings (as Rank or an archived
// ranking gives them, villages in order; vetoed households are left out
// as Rank leaves them unranked) and orders the villages by average,
// best first, compared exactly; equal averages share a rank and keep
// the order given. Villages where no household takes part come last,
// unranked.
func CompareVillages(villages []string, standings [][]Standing) []VillageStanding {
	out := make([]VillageStanding, len(villages))
	for i, name := range villages {
		v := VillageStanding{Village: name}
		for _, s := range standings[i] {
			if s.Vetoed {
				v.Vetoed++
				continue
			}
			v.Households++
			v.Total += s.Total
			v.Participants += max(s.Participants, 1)
			if s.Total > 0 {
				v.Scored++
			}
		}
		out[i] = v
	}
	// better averages first: a.Total/a.Participants > b.Total/b.Participants
	// exactly when a.Total·b.Participants > b.Total·a.Participants
	byAverage := func(a, b VillageStanding) int {
		return cmp.Compare(int64(b.Total)*int64(a.Participants), int64(a.Total)*int64(b.Participants))
	}
	slices.SortStableFunc(out, func(a, b VillageStanding) int {
		if (a.Households == 0) != (b.Households == 0) {
			if a.Households == 0 {
				return 1
			}
			return -1
		}
		if a.Households == 0 {
			return 0
		}
		return byAverage(a, b)
	})
	for i := range out {
		switch {
		case out[i].Households == 0:
			out[i].Rank = 0
		case i > 0 && out[i-1].Households > 0 && byAverage(out[i-1], out[i]) == 0:
			out[i].Rank = out[i-1].Rank
		default:
			out[i].Rank = i + 1
		}
	}
	return out
}
