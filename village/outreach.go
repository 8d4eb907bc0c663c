package village

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Notice is a 通知 broadcast to grid groups; households answer 收到.
type Notice struct {
	ID      string    `json:"id"` // "N3"; assigned by the store
	Text    string    `json:"text"`
	By      string    `json:"by"`
	ByKey   string    `json:"by_key,omitempty"` // the sender's Person.Key, telling him from a namesake; empty in older notices
	At      time.Time `json:"at"`
	Village string    `json:"village,omitempty"` // empty: township-wide
	Groups  []string  `json:"groups"`            // group names it was posted to
	// Urgent notices (紧急通知: a typhoon, a flood warning) go out first
	// and are followed up at the next follow-up run, quiet hours or not.
	Urgent bool `json:"urgent,omitempty"`
	// FollowedUp is set once grid workers were told who has not answered.
	FollowedUp bool `json:"followed_up,omitempty"`
	// SummaryDue: the follow-up of an urgent notice ran in quiet hours; the
	// summary of answers for its sender waits for them to end.
	SummaryDue bool `json:"summary_due,omitempty"`
	// Held: an ordinary notice written in quiet hours, not posted yet; the
	// first notice follow-up run after the quiet hours posts it.
	Held bool `json:"held,omitempty"`
	// PostedAt is when it went out to the groups; zero: At (not held).
	PostedAt time.Time `json:"posted_at,omitzero"`
	// RelayUntil is when passing it on by phone ends (RelayedUntil), set
	// when it goes out to the groups (WithRelay): a notice keeps the
	// window it was posted with. Zero in notices posted before it
	// existed, which are passed on RelayFor after they went out.
	RelayUntil time.Time `json:"relay_until,omitzero"`
	// Cadres: a notice addressed to the grid workers and leaders (通知
	// 网格员 …) goes to each of them privately, not to the groups (Groups
	// is empty); these are their private addresses, and each one's 收到 is
	// counted under it.
	Cadres []string `json:"cadres,omitempty"`
	// Warning is the severe weather (寒潮, 暴雪, …) the notice warns of,
	// read from its words when it was written (words.WeatherWarning); ""
	// for any other notice. A warning has every elder without WeChat of
	// its groups' grids phoned that day, whatever her household answered
	// (call89).
	Warning string `json:"warning,omitempty"`
	// WarnedAt is when the calls of a Warning were made (put on each
	// elder's call, the workers told): once per notice.
	WarnedAt time.Time `json:"warned_at,omitzero"`
	Version  int       `json:"version"`
}

// Posted is when the notice went out to the groups; zero while held.
func (n Notice) Posted() time.Time {
	switch {
	case n.Held:
		return time.Time{}
	case n.PostedAt.IsZero():
		return n.At
	}
	return n.PostedAt
}

// CallTakes is how long before a call's log a notice must have gone out
// for a bare 「已转告」 to count it: the worker reads it, dials, tells her
// (call98). A notice posted later is passed on by the next call, unless
// the note names it (「已转告 体检」, 「已转告 #N2」).
const CallTakes = 10 * time.Minute

// ToldBy reports whether n went out early enough to have been told on a
// call logged at at (CallTakes).
func (n Notice) ToldBy(at time.Time) bool {
	p := n.Posted()
	return !p.IsZero() && !p.After(at.Add(-CallTakes))
}

// Relayed reports whether n is still followed up at now: posted, and
// before RelayedUntil. Elders are phoned about it (PassedOn) only then.
func (n Notice) Relayed(now time.Time) bool {
	return !n.Held && now.Before(n.RelayedUntil())
}

// RelayedUntil is when n stops being followed up (Relayed): its
// RelayUntil, or, in a notice posted before that was kept, RelayFor after
// it was posted; zero while it is held.
func (n Notice) RelayedUntil() time.Time {
	switch {
	case n.Held:
		return time.Time{}
	case !n.RelayUntil.IsZero():
		return n.RelayUntil
	}
	return n.Posted().Add(n.RelayFor())
}

// WithRelay is n, posted (not held), with its RelayUntil set: RelayFor
// after it went out, or, for an ordinary notice about a later time (posted
// on Thursday about 下周一上午9点), until that time (the end of the day or
// the part of it it names), though no longer than RelayMax after it went
// out: the elders are phoned about Monday's meeting on Friday, Saturday
// and Sunday too; so is an urgent weather warning (Warning). Set once,
// when it goes out; a held notice is left as it is.
func (n Notice) WithRelay() Notice {
	if n.Held {
		return n
	}
	posted := n.Posted()
	n.RelayUntil = posted.Add(n.RelayFor())
	// an urgent weather warning too: its elders are phoned while the
	// weather it names lasts (「今天夜里到明天有暴雪」, call89)
	if end, _, ok := n.timeEnd(); ok && (!n.Urgent || n.Warning != "") && end.After(n.RelayUntil) {
		n.RelayUntil = end
		if last := posted.Add(RelayMax); last.Before(end) {
			n.RelayUntil = last
		}
	}
	return n
}

// RelayMax bounds how long a notice about a later time is passed on by
// phone (WithRelay): a notice of a date weeks away is phoned about over
// its first days, not every day until then.
const RelayMax = 8 * 24 * time.Hour

// Answerable reports whether a bare 收到 in one of n's groups (or from one
// of its cadres) still answers n at now though a later notice was posted
// there: before AnsweredUntil.
func (n Notice) Answerable(now time.Time) bool {
	return !n.Held && now.Before(n.AnsweredUntil())
}

// AnsweredUntil is when a bare 收到 stops answering n unless it is the
// latest of its group: RelayFor after it was posted, however long it is
// passed on by phone (RelayedUntil). A household that says 收到 on Sunday
// after Saturday's notice answers that one, not Thursday's about next
// Monday: its elder is still phoned about Monday's meeting.
func (n Notice) AnsweredUntil() time.Time {
	if n.Held {
		return time.Time{}
	}
	return n.Posted().Add(n.RelayFor())
}

// PassedOn reports whether n is still passed on by phone at now: Relayed,
// and, when it says 今天 or 今晚, on the day it was written, when it says
// 明天, by the end of the next, when it names a date or weekday (12月5日,
// 周五, 后天), by the end of that day, the last of several (in the time
// zone it was written in); when it also names a part of that day (明天上午),
// before that part ends, and when it names a time of day (明天上午9点),
// until shortly before it (PassOnBy): nobody is phoned in the afternoon
// about the morning's meeting, nor at nine about the one at nine.
func (n Notice) PassedOn(now time.Time) bool {
	end, ok := n.PassOnBy()
	return n.Relayed(now) && (!ok || now.Before(end))
}

// TimeOver reports whether the time n names (its day, the part of its
// day, or its time of day, see PassedOn) has passed at t. False when it
// names no day.
func (n Notice) TimeOver(t time.Time) bool {
	end, _, ok := n.timeEnd()
	return ok && !t.Before(end)
}

// timeEnd is when the time a notice that names a day is about ends: that
// day's end, or the end of the part of it the notice names (上午: noon),
// or the time of day it names (9点), the latest when it names several
// ("上午9点开会，下午领表": 18:00). Words that name the evening or the
// whole day, or none at all, leave the day's end. clocked: it is a time
// of day the notice names.
func (n Notice) timeEnd() (end time.Time, clocked, ok bool) {
	end, ok = n.dayEnd()
	if !ok {
		return end, false, false
	}
	at, rest, clocked := n.clockEnd()
	if !clocked {
		return n.partEnd(end), false, true
	}
	hour, late := partHour(rest)
	if late || time.Duration(hour)*time.Hour > at {
		return n.partEnd(end), false, true
	}
	return end.Add(-24 * time.Hour).Add(at), true, true
}

// partEnd is when the part of the day ending at end that n names ends
// (上午: noon), the latest when it names several; end when it names the
// evening, the whole day, or no part.
func (n Notice) partEnd(end time.Time) time.Time {
	last, late := partHour(n.Text)
	if late || last == 0 {
		return end
	}
	return end.Add(-24 * time.Hour).Add(time.Duration(last) * time.Hour)
}

// partHour is the hour the latest part of a day text names ends (上午:
// 12), 0 when it names none; late: it names the evening, the night or the
// whole day.
func partHour(text string) (last int, late bool) {
	if containsAny(text, lateWords) {
		return 0, true
	}
	for _, p := range partsOfDay {
		if containsAny(text, p.words) {
			last = max(last, p.ends)
		}
	}
	return last, false
}

// partsOfDay are words naming a part of a day, with the hour it ends;
// lateWords name the evening, the night or the whole day.
var (
	partsOfDay = []struct {
		words []string
		ends  int
	}{
		{[]string{"早上", "早晨", "清早", "一早", "上午", "明早", "今早"}, 12},
		{[]string{"中午"}, 14},
		{[]string{"下午"}, 18},
		{[]string{"傍晚"}, 19},
	}
	lateWords = []string{"晚上", "今晚", "明晚", "夜里", "夜间", "今夜", "全天", "一天", "整天", "全日"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TextOn is n's text read on the day of at (DaysOn): "明天上午9点开会"
// written on 1 December reads "今天上午9点开会" on the 2nd and
// "12月2日上午9点开会" on the 3rd; read in a later week, the weekdays it
// names are said from at's day too (weekdaysOn: Thursday's 下周一 is 今天
// on Monday). On the day it was written it is n.Text.
func (n Notice) TextOn(at time.Time) string {
	return weekdaysOn(DaysOn(n.Text, n.At, at), n.At, at)
}

// DaysOn is text, written at written, read on the day of at: each word
// that names a day counted from the day it was written (今天, 今晚, 明天,
// 明早, 昨天…) says that day from at's, so stored words (a notice, an
// item's words, a note of its history) never name the wrong day when read
// later. On the day it was written it is text. 当天 is left alone: it may
// count from a date the text names. Days are those of written's zone.
func DaysOn(text string, written, at time.Time) string {
	loc := written.Location()
	from, today := StartOfDay(written), StartOfDay(at.In(loc))
	if from.Equal(today) {
		return text
	}
	var pairs []string
	for _, w := range slices.Concat(dayWords, pastDayWords) {
		if strings.Contains(text, w.word) {
			pairs = append(pairs, w.word, sayDay(from.AddDate(0, 0, w.days), today, w.part))
		}
	}
	if pairs == nil {
		return text
	}
	return strings.NewReplacer(pairs...).Replace(text)
}

// QuotedOn is text, written to be read at at, with the words of said (a
// message said at written) that it quotes saying their days from
// written's day (DaysOn): a villager's 「明天能来修吗」 said at 21:56 and
// passed on in the morning reads 「今天能来修吗」, his 「今天下午水管爆了」
// 「12月1日下午水管爆了」. Only the clauses of said (between spaces and
// punctuation) of four runes or more that text holds whole are changed:
// the rest of text is its own words, written for at. On said's day it is
// text.
func QuotedOn(text, said string, written, at time.Time) string {
	if StartOfDay(written).Equal(StartOfDay(at.In(written.Location()))) {
		return text
	}
	var pairs []string
	for _, c := range strings.FieldsFunc(said, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) {
		if utf8.RuneCountInString(c) < 4 || !strings.Contains(text, c) {
			continue
		}
		if d := DaysOn(c, written, at); d != c {
			pairs = append(pairs, c, d)
		}
	}
	if pairs == nil {
		return text
	}
	return strings.NewReplacer(pairs...).Replace(text)
}

// dayWords name a day counted from the day a text was written, and the
// part of it some of them name too.
var dayWords = []struct {
	word string
	days int
	part string
}{
	{"今天", 0, ""}, {"今日", 0, ""}, {"今晚", 0, "晚上"}, {"今夜", 0, "夜里"}, {"今早", 0, "早上"},
	{"明天", 1, ""}, {"明日", 1, ""}, {"明晚", 1, "晚上"}, {"明早", 1, "早上"},
	// 大后天 before 后天: the replacer takes the first word listed that
	// matches at a place
	{"大后天", 3, ""}, {"后天", 2, ""},
}

// pastDayWords name a day gone by, counted from the day a text was
// written (DaysOn); 大前天 before 前天.
var pastDayWords = []struct {
	word string
	days int
	part string
}{
	{"昨天", -1, ""}, {"昨日", -1, ""}, {"昨晚", -1, "晚上"}, {"昨夜", -1, "夜里"}, {"大前天", -3, ""}, {"前天", -2, ""},
}

// sayDay names day, with part of it, as read on today: 今天, 今晚, 明天,
// 明早, 后天, else its date (12月3日晚上): a day gone by is its date, which
// reads the same whenever it is read again.
func sayDay(day, today time.Time, part string) string {
	switch day.Sub(today).Round(time.Hour) {
	case 0:
		return map[string]string{"": "今天", "晚上": "今晚", "夜里": "今天夜里", "早上": "今天早上"}[part]
	case 24 * time.Hour:
		return map[string]string{"": "明天", "晚上": "明晚", "夜里": "明天夜里", "早上": "明早"}[part]
	case 48 * time.Hour:
		return "后天" + part
	}
	return Dated(day, today, DateLayout) + part
}

// dayEnd is the end of the last day a notice that names days is about
// (dates): the day it was written for 今天, the next for 明天, the day
// for 12月5日 or 周五. ok is false, as for a notice naming no day, when a
// day it names as a beginning comes after them (starts: 「今晚降温，明天起
// 持续低温」 goes on from tomorrow, with no end named): its end is then its
// default length (RelayFor), not tonight (call90).
func (n Notice) dayEnd() (time.Time, bool) {
	_, last, ok := n.dates()
	if begins, named := n.starts(); ok && named && begins.After(last) {
		return time.Time{}, false
	}
	return last.AddDate(0, 0, 1), ok
}

// Day is the day a notice that names one is about, at its start: the day
// it was written for 今天 (今晚…), the next for 明天 (明早…), in the time
// zone it was written in; word is the word that named it. ok is false when
// it names no day.
func (n Notice) Day() (day time.Time, word string, ok bool) {
	for days, words := range [][]string{{"今天", "今晚", "今日", "今夜", "当天"}, {"明天", "明晚", "明日", "明早"}} {
		for _, w := range words {
			if strings.Contains(n.Text, w) {
				y, m, d := n.At.Date()
				return time.Date(y, m, d+days, 0, 0, 0, 0, n.At.Location()), w, true
			}
		}
	}
	return time.Time{}, "", false
}

// DayOver reports whether the day n names (Day) has ended at t: what it
// asks of 今晚 can no longer be done. False when it names no day.
func (n Notice) DayOver(t time.Time) bool {
	day, _, ok := n.Day()
	return ok && !t.Before(day.AddDate(0, 0, 1))
}

// FollowupAt is when the workers are told who has not answered n, wait
// after it went out: sooner for a notice about its own day (今天, 今晚),
// sameDayLead before that day, or the part of it it names, ends (while
// there is time to tell the rest), though not sooner than sameDayLag after it went out; sooner for
// one about the next day (明天), sameDayLead before that day begins, or
// sameDayLag after it went out when that is later: the elders who use no
// WeChat hear of 明天's cold wave or meeting that evening (or, posted
// late, the next morning), not when it is over. The day is the first the
// notice names, by a word or by its date (12月5日 written on 4 December
// is 明天). Early reports whether that is sooner than wait.
func (n Notice) FollowupAt(wait time.Duration) (at time.Time, early bool) {
	posted := n.Posted()
	at = posted.Add(wait)
	first, _, ok := n.dates()
	if begins, named := n.starts(); named && (!ok || begins.Before(first)) {
		first, ok = begins, true // 「明天起寒潮」: chased the evening before, too
	}
	if !ok {
		return at, false
	}
	end := first.AddDate(0, 0, 1) // the first day it names: chased in time for it
	lag := posted.Add(sameDayLag)
	var sooner time.Time
	switch begins := end.Add(-24 * time.Hour); {
	case begins.After(posted):
		// about the next day: chased the evening before; when that
		// evening's follow-up has passed, once the households had a
		// moment to read it (that evening, or the quiet hours hold it
		// till the morning), not after the wait, when the day it is
		// about is over and nobody would be phoned
		if sooner = begins.Add(-sameDayLead); sooner.Before(lag) {
			sooner = lag
		}
	default:
		// about its own day: before the part of it the notice names
		// (今天下午4点: by noon), else before the evening
		if sooner = n.partEnd(end).Add(-sameDayLead); sooner.Before(lag) {
			sooner = lag
		}
	}
	if sooner.Before(at) {
		return sooner, true
	}
	return at, false
}

// sameDayLead and sameDayLag bound the follow-up of a notice about its own
// day: before the evening, and after the households had a moment to read
// it.
const (
	sameDayLead = 6 * time.Hour
	sameDayLag  = time.Hour
)

// RelayFor is how long a notice is passed on by phone after it was posted
// (longer for one about a later time: WithRelay), and how long a bare 收到
// answers it (AnsweredUntil): a notice says "tomorrow" or "tonight", and
// read out days later it misleads. Urgent ones (tonight's storm) are phoned at once, by the
// follow-up that comes within the hour.
func (n Notice) RelayFor() time.Duration {
	if n.Urgent {
		return 12 * time.Hour
	}
	return 48 * time.Hour
}

// NoticeReplies is a notice with the households of its grids that
// answered 收到 and those that have not; a notice to the cadres (Cadres)
// has no households, but each cadre's answer.
type NoticeReplies struct {
	Notice
	Acknowledged []string `json:"acknowledged"` // household keys (Person.HouseholdKey), in roster order
	Pending      []string `json:"pending"`
	// CadreReplies: a notice to the cadres, each one's answer, in the
	// order it went out.
	CadreReplies []CadreReply `json:"cadre_replies,omitempty"`
}

// CadreReply is one grid leader's or worker's answer to a notice sent to
// the cadres: who he is (his village, grid and role, when the roster
// still has him) and whether he answered 收到.
type CadreReply struct {
	Name         string `json:"name"` // as the notice reached him (Notice.Cadres)
	Village      string `json:"village,omitempty"`
	Grid         string `json:"grid,omitempty"` // empty: all grids of his village
	Roles        []Role `json:"roles,omitempty"`
	Acknowledged bool   `json:"acknowledged"`
}

// HouseholdSep joins a name and a household number into a name that is
// unique in its village ("王芳·QS-205"): how a namesake is addressed.
const HouseholdSep = "·"

// CutHousehold cuts an address made unique by its household
// ("王芳·QS-205", "买买提·艾力·QS-101") at its last HouseholdSep: a name
// written with its own 「·」 (阿依古丽·买买提) is cut too, so a caller
// looks for the whole as a name as well (town98: such a name was only
// ever read as 阿依古丽 of household 买买提, and found nobody).
func CutHousehold(a string) (name, household string, ok bool) {
	i := strings.LastIndex(a, HouseholdSep)
	if i <= 0 {
		return a, "", false
	}
	return a[:i], a[i+len(HouseholdSep):], true
}

// cadreReplies is each cadre's answer to n, found among people by the
// address the notice reached him at: his name, or name·household for a
// namesake.
func (n Notice) cadreReplies(people []Person, acks map[string]int64) []CadreReply {
	out := make([]CadreReply, 0, len(n.Cadres))
	for _, a := range n.Cadres {
		reply := CadreReply{Name: a, Acknowledged: acks[a] > 0}
		name, household, namesake := CutHousehold(a)
		for _, p := range people {
			whole := p.Name == a // a name with its own 「·」
			if !whole && (p.Name != name || namesake && p.Household != household) || !p.Has(RoleLeader) && !p.Has(RoleWorker) {
				continue
			}
			reply.Village, reply.Grid = p.Village, p.Grid
			for _, r := range []Role{RoleLeader, RoleWorker} {
				if p.Has(r) {
					reply.Roles = append(reply.Roles, r)
				}
			}
			break
		}
		out = append(out, reply)
	}
	return out
}

// Informed are the households (by Person.HouseholdKey) that no notice
// asks to answer 收到: one of their members is a grid's leader or worker,
// who passes the notices on and is told who has not answered, or a
// township officer or an admin of the bot, who sent it or read it in the
// township's chat. Nobody chases them, and they count neither as
// answered nor as not (Notice.Replies).
func Informed(people []Person) map[string]bool {
	out := map[string]bool{}
	for _, p := range people {
		if p.Household != "" && p.PassesNotices() {
			out[p.HouseholdKey()] = true
		}
	}
	return out
}

// PassesNotices reports whether p is one who passes notices on (a grid's
// leader or worker, a township officer, an admin): his household is
// Informed, never asked for its 收到.
func (p Person) PassesNotices() bool {
	return p.Has(RoleLeader) || p.Has(RoleWorker) || p.Has(RoleOfficer) || p.Has(RoleAdmin)
}

// NoticeAnswer is the field of a notice's answers (household or person
// key → count, storage.AckHash) that says whether p has heard it, and
// whether anyone chases p for it. A household answers once for all its
// members (HouseholdKey), and a cadre's household (Informed) is not
// chased: the cadre tells his family at home. A member without WeChat of
// a cadre's household whom someone of another household phones (his
// 责任网格员, or the grid's worker: phoner) is: the cadre's own 收到 says
// the cadre read it, not that his father, whom the roster has another
// worker look after, heard it; only a call that passes it on to him
// answers for him (his own Key, see NoticeHeard).
func NoticeAnswer(informed map[string]bool, p Person, phoner func(Person) Person) (field string, chased bool) {
	k := p.HouseholdKey()
	if !informed[k] {
		return k, true
	}
	if p.UsesWeChat || p.Phone == "" {
		return k, false
	}
	if w := phoner(p); w.Name == "" || w.Household != "" && w.HouseholdKey() == k {
		return k, false
	}
	return p.Key(), true
}

// NoticeHeard are the fields (see NoticeAnswer) a call that got through
// to p and passed a notice on answers: his household's, and, in a
// cadre's household (Informed), his own.
func NoticeHeard(informed map[string]bool, p Person) []string {
	if informed[p.HouseholdKey()] {
		return []string{p.HouseholdKey(), p.Key()}
	}
	return []string{p.HouseholdKey()}
}

// Replies sorts the households of the grids n was posted to into those
// with a 收到 in acks (household key → count) and those without. people
// are the roster; gridOf names the village and grid of a group. People
// without a household (cadres who live elsewhere) are not counted, nor
// are the households of cadres (Informed).
func (n Notice) Replies(people []Person, gridOf func(group string) (v, grid string, ok bool), acks map[string]int64) NoticeReplies {
	return n.replies(people, Informed(people), gridOf, acks)
}

// replies is Replies with the Informed households given.
func (n Notice) replies(people []Person, informed map[string]bool, gridOf func(group string) (v, grid string, ok bool), acks map[string]int64) NoticeReplies {
	out := NoticeReplies{Notice: n, Acknowledged: []string{}, Pending: []string{}}
	if len(n.Cadres) > 0 {
		out.CadreReplies = n.cadreReplies(people, acks)
	}
	grids := map[[2]string]bool{}
	for _, g := range n.Groups {
		if v, grid, ok := gridOf(g); ok {
			grids[[2]string{v, grid}] = true
		}
	}
	seen := map[string]bool{}
	for _, p := range people {
		k := p.HouseholdKey()
		if p.Household == "" || seen[k] || informed[k] || !grids[[2]string{p.Village, p.Grid}] {
			continue
		}
		seen[k] = true
		if acks[k] > 0 {
			out.Acknowledged = append(out.Acknowledged, k)
		} else {
			out.Pending = append(out.Pending, k)
		}
	}
	return out
}

// GridReplies are the replies to a notice in one grid it was posted to.
type GridReplies struct {
	Village, Grid string
	NoticeReplies
}

// ByGrid is Replies for each group of n that gridOf knows, in n's order —
// what 查 #N1 lists and the township's summary counts.
func (n Notice) ByGrid(people []Person, gridOf func(group string) (v, grid string, ok bool), acks map[string]int64) []GridReplies {
	var out []GridReplies
	informed := Informed(people)
	for _, g := range n.Groups {
		v, grid, ok := gridOf(g)
		if !ok {
			continue
		}
		one := Notice{Groups: []string{g}}.replies(people, informed, gridOf, acks)
		one.Notice = n
		out = append(out, GridReplies{Village: v, Grid: grid, NoticeReplies: one})
	}
	return out
}

// Households is how many households the replies count.
func (r NoticeReplies) Households() int { return len(r.Acknowledged) + len(r.Pending) }

// HouseholdNames names each household (by HouseholdKey) as a cadre
// counts households, and as the points do (HouseholdInfo.Label): "张三户",
// after its head (户主) wherever the register lists him, else its first
// member; "张三户（QS-301）" where two heads of the village share a name.
// Someone without a 户号 is named alone.
func HouseholdNames(people []Person) map[string]string {
	out := map[string]string{}
	for _, p := range people {
		k := p.HouseholdKey()
		if _, ok := out[k]; ok {
			continue
		}
		if p.Household == "" {
			out[k] = p.Name
			continue
		}
		for _, h := range Households(people, p.Village, AverageRule{}) {
			out[h.Village+"/"+h.Household] = h.Label()
		}
	}
	return out
}

// CallStatus is where a phone-call task stands.
type CallStatus string

const (
	CallOpen      CallStatus = "open"      // to be called (again)
	CallReached   CallStatus = "reached"   // 已通 or 上门
	CallEscalated CallStatus = "escalated" // too many misses: the grid leader was asked to visit
	// CallLapsed: a task made only to pass on notices, closed uncalled
	// once they were answered or too old to pass on.
	CallLapsed CallStatus = "lapsed"
	// CallUnmade: a call not logged a whole care interval after it came
	// due (or after its last missed try), closed unreached; the next
	// routine call takes its place.
	CallUnmade CallStatus = "unmade"
	// CallUnreached: a visit the grid leader was asked for and reminded
	// of, never logged; closed, reported once to the township, asked
	// about no more. The next routine call comes a care interval after.
	CallUnreached CallStatus = "unreached"
	// CallAway: a call that got no answer, closed, as someone of hers said
	// she is in hospital ("没打通 她儿子说她住院了"): not reached, not tried
	// again; her routine calls wait until AwayUntil.
	CallAway CallStatus = "away"
)

// Call outcomes as workers log them.
const (
	OutcomeReached = "已通"
	OutcomeMissed  = "未接通"
	OutcomeVisited = "上门"
)

// TopicOwn is the topic of a call the worker made unasked ("回访 王奶奶
// 未接通" with no task open): stored as such, it is no reason to show
// when the call is tried again.
const TopicOwn = "主动回访"

// Call is a task for a grid worker to phone a person who uses no WeChat.
type Call struct {
	ID        string `json:"id"` // "T4"; assigned by the store
	Village   string `json:"village"`
	Grid      string `json:"grid"`
	Person    string `json:"person"`
	PersonKey string `json:"person_key"`
	Phone     string `json:"phone"`
	Care      Care   `json:"care,omitempty"`
	Worker    string `json:"worker"`
	WorkerKey string `json:"worker_key,omitempty"` // the worker's Person.Key, telling him from a namesake; empty in older tasks
	Topic     string `json:"topic"`                // why to call; TopicOwn for a call the worker made unasked
	// ExtraDay marks the greeting of a festival or severe-weather day
	// (outreach.extra_days), its Topic that day's reason; older tasks
	// have the fixed topic alone.
	ExtraDay bool       `json:"extra_day,omitempty"`
	Notice   string     `json:"notice,omitempty"`  // older versions: the one notice to pass on; see NoticeIDs
	Notices  []string   `json:"notices,omitempty"` // notices to pass on, "N3"
	Due      time.Time  `json:"due"`
	Status   CallStatus `json:"status"`
	Misses   int        `json:"misses,omitempty"`
	// MissedAt are the times of the task's missed tries (未接通), one a
	// day, the last MaxMissedKept, oldest first: a task keeps only its
	// last log (LoggedAt, Outcome), and the month's coverage must still
	// tell a task missed in the month and reached after it ended (打了没
	// 接通) from one never tried (没打). Empty in older tasks.
	MissedAt   []time.Time `json:"missed_at,omitempty"`
	RemindedAt time.Time   `json:"reminded_at,omitzero"`
	// LeaderToldAt is when the grid leader was told, once, that the task
	// waits too long (Outreach.TellLeaderAfter).
	LeaderToldAt time.Time `json:"leader_told_at,omitzero"`
	// VisitAsks counts the mornings the grid leader was asked again for a
	// visit not logged (CallEscalated), after the first ask.
	VisitAsks int `json:"visit_asks,omitempty"`
	// VisitAskedAt is when the grid leader was asked to visit
	// (CallEscalated); a further miss keeps it.
	VisitAskedAt time.Time `json:"visit_asked_at,omitzero"`
	// VisitBy is whom the grid leader sent to visit, in his own words
	// after the ask (「让王五下午去看看」, call106), shown; empty when he
	// sent nobody (or goes himself).
	VisitBy string `json:"visit_by,omitempty"`
	// RetryAt is when the worker is reminded, later the same day, to try
	// again a call that passes notices on and was missed early in the day
	// (config.SameDayRetry); zero once reminded, and for any other miss,
	// which waits for the next day's list.
	RetryAt time.Time `json:"retry_at,omitzero"`
	// RelayBy is when the notices the call passes on must be told by,
	// as the worker's last call list said (Notice.PhoneBy: 8:30 for a
	// meeting at 9); zero when it set no time. Missed after it, the call
	// is not tried again that day for them.
	RelayBy time.Time `json:"relay_by,omitzero"`
	// ClosedAt is when the task was closed unlogged as CallUnreached.
	ClosedAt time.Time `json:"closed_at,omitzero"`
	Outcome  string    `json:"outcome,omitempty"`
	Note     string    `json:"note,omitempty"`
	LoggedAt time.Time `json:"logged_at,omitzero"`
	LoggedBy string    `json:"logged_by,omitempty"`
	Report   string    `json:"report,omitempty"` // report made from the note
	// Asked is the question she (or one of hers) asked on the call, passed
	// to her grid's leaders AskedTo (shown names, call103); AnsweredAt and
	// AnsweredBy when one of them answered it (call105: quoting the
	// 【老人问】), AskChases the mornings they were reminded of it since,
	// the last at AskChasedAt.
	Asked       string    `json:"asked,omitempty"`
	AskedTo     []string  `json:"asked_to,omitempty"`
	AnsweredAt  time.Time `json:"answered_at,omitzero"`
	AnsweredBy  string    `json:"answered_by,omitempty"`
	AskChases   int       `json:"ask_chases,omitempty"`
	AskChasedAt time.Time `json:"ask_chased_at,omitzero"`
	// AnswerUndone is when a leader said 「不是」 to his words taken, naming
	// nothing, for the answer to Asked (call108): open again, and words
	// naming nothing are not taken for its answer any more.
	AnswerUndone time.Time `json:"answer_undone,omitzero"`
	// AwayUntil: the note said she is in hospital ("她儿子说她住院了"):
	// her routine calls wait until this day (the day named for her
	// return, else a week on), then resume.
	AwayUntil time.Time `json:"away_until,omitzero"`
	// AwayFrom is the first day of a stay told ahead (「后天去她闺女家住 过完
	// 年再回来」, 「腊月二十八她儿子接她去城里」, call107): her calls go on
	// till then and wait from it till AwayUntil; zero when she is away
	// from the call's log.
	AwayFrom time.Time `json:"away_from,omitzero"`
	// AwayOwn: the stay that closed the call away (CallAway) was the
	// logger's own word, no one of hers spoken to (「王奶奶住院了」,
	// 「王奶奶去她女儿家住了」: notice72), not her family's: the labels say
	// LoggedBy said she is not at home (AwayLabel, call76).
	AwayOwn bool `json:"away_own,omitempty"`
	// KinHome is what her worker said of her family coming home or to see
	// her (「儿子腊月二十回来」, call111), KinHomeAt when: her calls are
	// unchanged, but her next lists say it (KinHomeShown) so the one who
	// phones her knows who will be about (the scheduler's callHistory
	// takes the latest told of her calls).
	KinHome   string    `json:"kin_home,omitempty"`
	KinHomeAt time.Time `json:"kin_home_at,omitzero"`
	Version   int       `json:"version"`
}

// KinHomeDays is how long a family's homecoming with no day named stays
// on her lists (Call.KinHomeShown) from when it was told, and
// KinHomeStay how long after the day named: home for the festival, they
// stay about a week (to 正月初八 from 除夕).
const (
	KinHomeDays = 30
	KinHomeStay = 10
)

// KinHomeDay is the day text, a worker's words told at told, names for her
// family coming home: a day before a back word (「腊月二十回来」, 「15号回来」,
// BackDay) or one by the festival (「过年回来」: 小年, NewYearBack).
func KinHomeDay(text string, told time.Time) (time.Time, bool) {
	if day, ok := BackDay(text, told, FirstDayBack); ok {
		return day, true
	}
	return NewYearBack(text, told)
}

// KinHomeShown reports whether c's KinHome is still worth saying on her
// list of the day of at: till KinHomeStay days after the day it names,
// else KinHomeDays after it was told.
func (c Call) KinHomeShown(at time.Time) bool {
	if c.KinHome == "" {
		return false
	}
	if day, ok := KinHomeDay(c.KinHome, c.KinHomeAt); ok {
		return at.Before(day.AddDate(0, 0, KinHomeStay))
	}
	return at.Before(StartOfDay(c.KinHomeAt).AddDate(0, 0, KinHomeDays))
}

// AwayLabel says why a call closed away (CallAway) was not got through, by
// who said so: 「家里说住院了」 when her family did, 「王五说不在家」 when the
// logger said it himself (AwayOwn; 不在家 is true of a hospital too).
func (c Call) AwayLabel() string {
	if c.AwayOwn && c.LoggedBy != "" {
		return c.LoggedBy + "说不在家"
	}
	return "家里说住院了"
}

// StatusLabel is Status.Label, a call closed away saying who said so
// (AwayLabel).
func (c Call) StatusLabel() string {
	if c.Status == CallAway {
		return "没打通，" + c.AwayLabel() + "（暂停回访）"
	}
	return c.Status.Label()
}

// NoticeIDs are the notices the call is to pass on, oldest first.
func (c Call) NoticeIDs() []string {
	if c.Notice != "" && !slices.Contains(c.Notices, c.Notice) {
		return append([]string{c.Notice}, c.Notices...)
	}
	return c.Notices
}

// PassesOn reports whether the call passes a notice or warning on
// (NoticeIDs): logged 「已通 已转告」 once it did.
func (c Call) PassesOn() bool { return len(c.NoticeIDs()) > 0 }

// Relaying reports whether some, and whether every one, of calls passes a
// notice or warning on (PassesOn): how a text asks them logged, 「已通
// 已转告」 for every one, 「已通 情况」 with a note for some (the
// templates' call.logas, call93, call94).
func Relaying(calls []Call) (some, each bool) {
	return slices.ContainsFunc(calls, Call.PassesOn), len(calls) > 0 && !slices.ContainsFunc(calls, func(c Call) bool { return !c.PassesOn() })
}

// Waiting is since when the task waits for the worker: its due time, or
// the last missed try logged on it.
func (c Call) Waiting() time.Time {
	if c.LoggedAt.After(c.Due) {
		return c.LoggedAt
	}
	return c.Due
}

// Label names a call status in Chinese.
func (s CallStatus) Label() string {
	switch s {
	case CallOpen:
		return "待回访"
	case CallReached:
		return "已回访"
	case CallEscalated:
		return "待上门"
	case CallLapsed:
		return "不用打了"
	case CallUnmade:
		return "没打（已过期）"
	case CallUnreached:
		return "联系不上（已报镇）"
	case CallAway:
		return "没打通，家里说住院了（暂停回访）"
	}
	return string(s)
}

// Pending reports whether the task waits for a log: a call to make, or a
// visit the grid leader was asked for after too many misses.
func (c Call) Pending() bool { return c.Status == CallOpen || c.Status == CallEscalated }

// AskedBy reports whether the call's worker was asked to make it by at: a
// call list or reminder named it (RemindedAt), or a notice follow-up put
// notices on it, due by at (its message asked him; it sets no RemindedAt,
// which the next list reads as never reminded, call75).
func (c Call) AskedBy(at time.Time) bool {
	return !c.RemindedAt.IsZero() && !c.RemindedAt.After(at) || len(c.NoticeIDs()) > 0 && !c.Due.After(at)
}

// VisitAsked is when the grid leader was asked to visit, for an escalated
// task: one escalated before VisitAskedAt was kept, by its last miss.
func (c Call) VisitAsked() time.Time {
	if c.VisitAskedAt.IsZero() {
		return c.LoggedAt
	}
	return c.VisitAskedAt
}

// Log records a call outcome. A miss keeps the task open until maxMisses
// misses, when it escalates; a reached call or visit closes it.
func (c *Call) Log(outcome, note, by string, at time.Time, maxMisses int) {
	if c.Status == CallEscalated {
		c.VisitAskedAt = c.VisitAsked()
	}
	c.Outcome, c.Note, c.LoggedAt, c.LoggedBy = outcome, note, at, by
	c.RetryAt = time.Time{} // a try logged answers the reminder to try again
	switch outcome {
	case OutcomeMissed:
		c.Misses++
		c.MissedAt = keptMisses(c.MissedAt, at)
		if c.Misses >= maxMisses && c.Status != CallEscalated {
			c.Status, c.VisitAskedAt = CallEscalated, at
		}
	default:
		c.Status = CallReached
	}
}

// MaxMissedKept is how many missed tries a call task keeps (Call.MissedAt):
// a month of daily tries, enough for the coverage of the month before the
// last log, which is posted on the next month's first day.
const MaxMissedKept = 31

// keptMisses is misses with a missed try at at: one a day (a second miss
// the same day is the same day's try), the last MaxMissedKept.
func keptMisses(misses []time.Time, at time.Time) []time.Time {
	if n := len(misses); n > 0 {
		y1, m1, d1 := misses[n-1].In(at.Location()).Date()
		if y2, m2, d2 := at.Date(); y1 == y2 && m1 == m2 && d1 == d2 {
			return misses
		}
	}
	misses = append(misses, at)
	if over := len(misses) - MaxMissedKept; over > 0 {
		misses = slices.Delete(misses, 0, over)
	}
	return misses
}

// MissedIn reports whether a try of the task went unanswered (未接通) in
// [start, end): one of its kept misses, or, in a task older than
// MissedAt, its last log.
func (c Call) MissedIn(start, end time.Time) bool {
	in := func(t time.Time) bool { return !t.Before(start) && t.Before(end) }
	if len(c.MissedAt) == 0 {
		return c.Misses > 0 && c.Outcome == OutcomeMissed && in(c.LoggedAt)
	}
	return slices.ContainsFunc(c.MissedAt, in)
}

// CareInterval returns how often a person of the care tier is phoned given
// the configured intervals for 高, 重点 and 一般; zero means not at all.
func CareInterval(c Care, high, focus, normal time.Duration) time.Duration {
	switch c {
	case CareHigh:
		return high
	case CareFocus:
		return focus
	case CareNormal:
		return normal
	}
	return 0
}

// CareLabel names how often the tier is phoned, for reminders.
func CareLabel(c Care) string {
	switch c {
	case CareHigh:
		return "高，每周一次"
	case CareFocus:
		return "重点，每月一次"
	case CareNormal:
		return "一般，每季度一次"
	}
	return "未定"
}

// Household identifies a household across villages.
func (p Person) HouseholdKey() string {
	if p.Household == "" {
		return p.Village + "/" + p.Name
	}
	return p.Village + "/" + p.Household
}

// AwayAt reports whether calls, one person's, say she is away from home
// (a stay, a hospital) at at: a stay told on them holds then (StayAt),
// with half a day's grace, as the scheduler's routine calls read it. The
// reply to a weather warning's poster counts the elders to phone without
// her (call104).
func AwayAt(calls []Call, at time.Time) bool {
	_, ok := StayAt(Stays(calls), LastContact(calls), at)
	return ok
}

// LastContact is when her care interval last started, of one person's
// calls: the last that got through, or the last task closed unreached.
// A stay told before it is over (she was reached at home, or nobody
// could reach her since).
func LastContact(calls []Call) time.Time {
	var last time.Time
	for _, c := range calls {
		if c.Status == CallReached && c.LoggedAt.After(last) {
			last = c.LoggedAt
		}
		if c.Status == CallUnreached && c.ClosedAt.After(last) {
			last = c.ClosedAt
		}
	}
	return last
}

// Stay is a time away from home told on a call (Call.Stay): when it was
// told, when it holds from (Call.AwaySince), its first day when told
// ahead (AwayFrom; zero when it holds from its telling), and its end.
type Stay struct {
	Told, Since, From, Until time.Time
}

// Stay is the stay c tells: a call that got through, or closed as away,
// with an end (AwayUntil).
func (c Call) Stay() (Stay, bool) {
	if c.Status != CallReached && c.Status != CallAway || c.AwayUntil.IsZero() {
		return Stay{}, false
	}
	return Stay{Told: c.LoggedAt, Since: c.AwaySince(), From: c.AwayFrom, Until: c.AwayUntil}, true
}

// Stays are the stays told on calls, one person's, each kept (call108:
// the latest told replaced the others, so 「腊月二十八去城里过年」 told
// after 「后天去我姐家住 15号回来」 had her phoned at her daughter's);
// but a stay told later over some of the same days corrects the earlier
// (「过完年再回来」 after 「15号回来」), which is dropped.
func Stays(calls []Call) []Stay {
	var all []Stay
	for _, c := range calls {
		if s, ok := c.Stay(); ok {
			all = append(all, s)
		}
	}
	return KeptStays(all)
}

// KeptStays are of stays those no stay told later overlaps (Stays).
func KeptStays(all []Stay) []Stay {
	var kept []Stay
	for _, s := range all {
		if !slices.ContainsFunc(all, func(o Stay) bool {
			return o.Told.After(s.Told) && o.Since.Before(s.Until) && o.Until.After(s.Since)
		}) {
			kept = append(kept, s)
		}
	}
	return kept
}

// Holds reports whether s keeps her away at at, her care interval last
// started at last: told (or begun) no earlier than that, begun and not
// ended by at, with half a day's grace either side.
func (s Stay) Holds(last, at time.Time) bool {
	return !s.Since.IsZero() && !s.Since.Before(last) && s.Until.Add(-12*time.Hour).After(at) && !s.From.Add(-12*time.Hour).After(at)
}

// StayAt is the stay of stays that holds at at (Stay.Holds), her care
// interval last started at last; ok is false when none does.
func StayAt(stays []Stay, last, at time.Time) (Stay, bool) {
	for _, s := range stays {
		if s.Holds(last, at) {
			return s, true
		}
	}
	return Stay{}, false
}

// StayCall is the index in calls, one person's, of the call telling the
// stay that holds at at (StayAt); ok is false when none does. 「我妈回来了」
// ends that one, not one told for later (call108).
func StayCall(calls []Call, at time.Time) (i int, ok bool) {
	st, ok := StayAt(Stays(calls), LastContact(calls), at)
	if !ok {
		return -1, false
	}
	return slices.IndexFunc(calls, func(c Call) bool {
		s, ok := c.Stay()
		return ok && s.Told.Equal(st.Told) && s.Since.Equal(st.Since) && s.Until.Equal(st.Until)
	}), true
}

// StayEnded reports whether a stay of stays told since her care interval
// last started (at last) has ended by at: her calls resume on the day
// named for her return, whatever her care interval.
func StayEnded(stays []Stay, last, at time.Time) bool {
	return slices.ContainsFunc(stays, func(s Stay) bool {
		return !s.Since.IsZero() && !s.Since.Before(last) && s.Until.After(last) && !s.Until.Add(-12*time.Hour).After(at)
	})
}

// AwaySince is when what c tells of her being away holds from: its log,
// or the first day of a stay told ahead (AwayFrom, call107), so that a
// call that gets through before the stay begins does not end it.
func (c Call) AwaySince() time.Time {
	if c.AwayFrom.After(c.LoggedAt) {
		return c.AwayFrom
	}
	return c.LoggedAt
}

// MaxAskChases is how many mornings a grid leader is reminded of an
// elder's question (Call.Asked) not answered (call105): then the worker
// who took it is told it is still open, and the reminders stop.
const MaxAskChases = 2

// AskOpen reports whether c holds a question of hers passed to her grid's
// leaders and not answered yet.
func (c Call) AskOpen() bool { return c.Asked != "" && len(c.AskedTo) > 0 && c.AnsweredAt.IsZero() }
