package village

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Away is a grid worker who cannot phone for a while (ill, in hospital,
// on leave): until Back, his daily call lists go to another of his grid,
// who covers for him. Kept in the village's scope under AwayKey.
type Away struct {
	Worker    string    `json:"worker"`
	WorkerKey string    `json:"worker_key"`
	Grid      string    `json:"grid"`
	Back      time.Time `json:"back"` // midnight of the first day he phones again
	// From is midnight of his first day away when it was said for a later
	// day (「明天起…不在」, 「明天要去开会 这几天…」: call98); zero when
	// away from when it was said (At). Till then his calls stay his.
	From time.Time `json:"from,omitzero"`
	Said string    `json:"said"` // what was said ("我这几天生病了…", "王五请假到15号")
	By   string    `json:"by"`   // who said it: he, or his grid leader
	At   time.Time `json:"at"`
	// Cover is the key of the stand-in named when it was said ("王五的
	// 电话请李四打": 李四, call78); empty: his grid's own (Cover).
	Cover string `json:"cover,omitempty"`
}

// AwayKey is the kept key of the worker with key workerKey's absences:
// one JSON Away a line, the latest last (call74: a second absence in a
// month is kept after the first, storage.Kept.After with AwayLine).
func AwayKey(workerKey string) string { return "away:" + workerKey }

// AwayLine is how every kept absence begins (Away's first field): a new
// one is kept after them (storage.Kept.After).
const AwayLine = `{"worker":`

// Aways are the absences kept under an AwayKey (b: one JSON Away a line),
// oldest first, each said while the one before it was still on (a new end,
// 「我回来了」) merged into it: its start kept, its end the later word's.
// Lines not read are skipped.
func Aways(b []byte) []Away {
	var out []Away
	for _, line := range strings.Split(string(b), "\n") {
		var a Away
		if json.Unmarshal([]byte(line), &a) != nil {
			continue
		}
		if n := len(out); n > 0 && out[n-1].WorkerKey == a.WorkerKey && !out[n-1].Back.IsZero() && a.At.Before(out[n-1].Back) {
			a.At, a.Said, a.By, a.From = out[n-1].At, out[n-1].Said, out[n-1].By, out[n-1].From
			if a.Cover == "" { // 「请假到20号」 names no one: the stand-in stays
				a.Cover = out[n-1].Cover
			}
			out[n-1] = a
			continue
		}
		out = append(out, a)
	}
	return out
}

// LastAway is the latest of the absences kept under an AwayKey (Aways);
// ok is false when none is read.
func LastAway(b []byte) (Away, bool) {
	as := Aways(b)
	if len(as) == 0 {
		return Away{}, false
	}
	return as[len(as)-1], true
}

// On reports whether a is in force at t: from its first day (From, else
// when it was said) until Back.
func (a Away) On(t time.Time) bool {
	return !a.Back.IsZero() && t.Before(a.Back) && !t.Before(a.From)
}

// Ahead reports whether a was said for a later day that has not come at
// t (From after t, before Back): it can still be called off (call99).
func (a Away) Ahead(t time.Time) bool {
	return !a.From.IsZero() && t.Before(a.From) && a.From.Before(a.Back)
}

// Start is when a begins: its first day (From), else when it was said.
func (a Away) Start() time.Time {
	if a.From.IsZero() {
		return a.At
	}
	return a.From
}

// LastDay is the last day he is away (the day before Back).
func (a Away) LastDay() time.Time { return a.Back.AddDate(0, 0, -1) }

// DefaultAwayDays is how long an absence lasts that names no end
// ("我生病了 电话打不了", "这几天").
const DefaultAwayDays = 3

// awayDaysRe is an absence counted in days or weeks: "两天", "3天",
// "一个星期". Followed by 了 ("病了两天了") it is time gone by, and
// names no return.
var awayDaysRe = regexp.MustCompile(`([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*天|(一个?|两个?)\s*(?:星期|礼拜|周)`)

// DayMeant is what a day named plainly ("请假15号", "12月10日") is of an
// absence, when no 到 before it nor a back word after it says.
type DayMeant int

const (
	// LastDayAway: a worker's "请假到15号", "明天请假": back the day after.
	LastDayAway DayMeant = iota
	// FirstDayBack: an elder's "12月10日出院", "过两天回家": back that day.
	FirstDayBack
)

// backWords, after a day named, make it the first day back ("15号回来",
// "下周一能打电话", "月底出院").
var backWords = []string{"回来", "回家", "回村", "出院", "上班", "能打", "可以打", "回到"}

// backWeekdayRe is a weekday an absence ends on ("下周一", "周三", "这个礼拜五");
// not a count of weeks ("一周三次"), nor every week's ("每周三").
var backWeekdayRe = regexp.MustCompile(`(?:^|[^一二两三四五六七八九十几百0-9每个])` +
	`(上个?|本|这个?|下个?)?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])(?:$|[^次回趟遍个天日号年月周])`)

// monthEndRe is the end of a month an absence ends on ("月底", "下个月底").
var monthEndRe = regexp.MustCompile(`(本|这个?|下个?)?\s*月\s*[底末]`)

// nextWeekWords say next week; with wholeWeek after them ("下周都不在")
// the whole of it is away.
var (
	nextWeekWords = []string{"下周", "下个星期", "下星期", "下个礼拜", "下礼拜"}
	thisWeekWords = []string{"这周", "本周", "这个星期", "这星期", "这个礼拜", "这礼拜", "周末"}
	wholeWeek     = []string{"都", "整", "全", "一整"}
)

// maxAway is how far off a return day may be read: further is no reading.
const maxAway = 92 * 24 * time.Hour

// BackDay reads, from what was said at now of someone away (a worker who
// cannot phone, an elder in hospital), the first day he is back, at
// midnight in now's zone. A day named — a month and day (the year
// nearest to now, as DayNamed), a day counted (明天, 过两天), a day of the
// month alone (15号: this month's, next month's when gone by), a weekday
// (下周一, 周三: the next from today on), 月底 — is his last day away
// after 到 ("请假到15号": back the 16th), his first day back before a back
// word ("15号回来", "月底出院"), his first day away before a span
// ("明天去开会 这几天…", "明天起两天": back when the span ends, call97),
// else as bare says. A day gone by, or more
// than three months off, names nothing. Else next week ("下周回来", "到下
// 周": back by next Monday; "下周都不在": the Monday after), this week
// ("这周", "周末": next Monday), a count ("两天", "一个星期": today
// counting). ok is false when text names none of these.
func BackDay(text string, now time.Time, bare DayMeant) (back time.Time, ok bool) {
	_, back, ok = absence(text, now, bare)
	return back, ok
}

// absence is BackDay with the first day away when text names a later day
// it begins on (from; zero when it begins now): 「明天请假」, 「明天起…不在」,
// 「明天去开会 这几天…」, 「下周都不在」 (call98).
func absence(text string, now time.Time, bare DayMeant) (from, back time.Time, ok bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	later := func(d time.Time) time.Time {
		if d.After(today) {
			return d
		}
		return time.Time{}
	}
	if day, at, end, found := absenceDay(text, today); found {
		if leavesOn(text[end:]) {
			// 「过两天去她闺女家 住到正月初六」: the day named first is
			// the day she leaves; the stay ends on a later day named
			// (call106: 过两天 was read as her return); 「过了腊八去…」
			// leaves the day after (call109)
			leaves := day
			if pastDay(text[:at], text[end:]) {
				leaves = day.AddDate(0, 0, 1)
			}
			if _, back, ok := absence(text[end:], now, bare); ok && back.After(leaves) {
				return later(leaves), back, true
			}
		}
		last, first := bare == LastDayAway, time.Time{}
		switch n, span := spanFrom(text[end:]); {
		case afterDay(text[:at], text[end:]):
			// 「正月十五以后回来」, 「过了十五回来」: back the day after
			// (call106: 以后 read as on that day)
			last = true
		case containsAny(clauseAfter(text[end:]), backWords):
			last = false
		case endsOn(text[:at]):
			last = true
		case span || startsOn(text[end:]):
			// the day begins a span ("我明天要去县里开会 这几天打不了电话",
			// "明天起住院两天", "明天起不在": DefaultAwayDays): back when
			// it ends, counted from that day
			last, first, day = false, day, day.AddDate(0, 0, n)
		case last:
			first = day // "明天请假": that day away
		}
		if last {
			day = day.AddDate(0, 0, 1)
		}
		if !day.Before(today) && day.Sub(today) < maxAway {
			return later(first), day, true
		}
	}
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	for _, w := range nextWeekWords {
		if i := strings.Index(text, w); i >= 0 {
			if after := text[i+len(w):]; hasAnyPrefix(after, wholeWeek) || strings.HasSuffix(text[:i], "整个") {
				return monday.AddDate(0, 0, 7), monday.AddDate(0, 0, 14), true
			}
			return time.Time{}, monday.AddDate(0, 0, 7), true
		}
	}
	if containsAny(text, thisWeekWords) {
		return time.Time{}, monday.AddDate(0, 0, 7), true
	}
	if n, ok := spanCount(text); ok {
		return time.Time{}, today.AddDate(0, 0, n), true
	}
	return time.Time{}, time.Time{}, false
}

// leaveWords, right after a day named (after 就, 要, 再), make it the day
// one leaves, not the day back: 「过两天去她闺女家」, 「后天接她去城里」,
// 「明天走」.
var leaveWords = []string{"去", "走", "出发", "动身", "出门", "接她", "接他", "接老人", "被接", "跟"}

// leavesOn reports whether what follows a day named makes it the day one
// leaves (leaveWords), with no back word in its clause (「明天去医院 后天回来」
// still names 后天 as the return: leavesOn, then absence reads it).
func leavesOn(after string) bool {
	c := clauseAfter(strings.TrimLeft(after, " "))
	for _, w := range afterWords {
		c = strings.TrimPrefix(c, w) // 「腊八以后去她闺女家」 (call109)
	}
	c = strings.TrimLeft(c, "就要再会得 ")
	if containsAny(c, []string{"回来", "回家", "回村"}) {
		return false
	}
	if hasAnyPrefix(c, leaveWords) {
		return true
	}
	// 「腊月二十八她儿子接她去城里」: who takes her, a few characters,
	// before the leaving word (call107)
	for _, w := range takeWords {
		if i := strings.Index(c, w); i > 0 && utf8.RuneCountInString(c[:i]) <= maxTaker {
			return true
		}
	}
	return false
}

// takeWords, a few characters after a day named (maxTaker: 「她儿子」,
// 「我闺女」), make it the day she is taken away: 「腊月二十八她儿子接她去
// 城里」 (call107).
// 「我妈腊月二十五我接去城里」: her son, unnamed her, takes her (call112).
var takeWords = []string{"接她", "接他", "接老人", "接我妈", "接我爸", "来接", "接去", "接走"}

// maxTaker is how many characters may name who takes her (takeWords).
const maxTaker = 5

// LeaveDay is the day an absence told at now begins when text names a
// later day followed by a leaving word (leavesOn: 「后天去她闺女家」,
// 「腊月二十八她儿子接她去城里」), at midnight in now's zone; ok is false
// when it names none, or today (call107: the stay begins then, not now).
func LeaveDay(text string, now time.Time) (day time.Time, ok bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	d, at, end, found := absenceDay(text, today)
	if found && pastDay(text[:at], text[end:]) {
		d = d.AddDate(0, 0, 1) // 「过了腊八她儿子接她去城里」 (call109)
	}
	if !found {
		return yearEndLeave(text, today) // 「年前会来接她去城里」 (call110)
	}
	if !leavesOn(text[end:]) || !d.After(today) || d.Sub(today) >= maxAway {
		return time.Time{}, false
	}
	return d, true
}

// yearEndWords name the weeks before the Spring Festival, no day said:
// 「年前会来接她去城里」, 「年底她儿子接她走」.
var yearEndWords = []string{"过年前", "春节前", "年前", "年底", "年根", "年跟前"}

// yearEndLeave is LeaveDay for a leave said by yearEndWords alone: 小年
// (forNewYear), when those home for the festival have mostly come and
// take their elders back with them — the day a call then finds her gone
// or tells she is not (call110: 「她闺女一家过年回来 年前会来接她去城里」
// was 这条没看懂). YearEndLeave tells such a day from one said.
func yearEndLeave(text string, today time.Time) (time.Time, bool) {
	for _, w := range yearEndWords {
		for i := range Indices(text, w) {
			if leavesOn(text[i+len(w):]) {
				return nextLunar(today, forNewYear)
			}
		}
	}
	return time.Time{}, false
}

// YearEndLeave reports whether text names the day she leaves only as
// before the festival (yearEndLeave: read as 小年), so a reply can say
// the day is not fixed.
func YearEndLeave(text string, now time.Time) bool {
	today := StartOfDay(now)
	if _, _, _, found := absenceDay(text, today); found {
		return false
	}
	_, ok := yearEndLeave(text, today)
	return ok
}

// afterDay reports whether the words around a day named and followed by
// a back word put the return after it: 「正月十五以后回来」, 「15号之后回家」,
// 「过了十五回来」, 「过完腊八再回来」 (not a bare 过: 「她说过15号回来」).
func afterDay(before, after string) bool {
	return containsAny(clauseAfter(after), backWords) && pastDay(before, after)
}

// afterWords, right after a day named, put what follows after that day:
// 「腊八以后回来」, 「腊八过后去她闺女家」.
var afterWords = []string{"以后", "之后", "过后", "往后", "后"}

// pastDay reports whether the words around a day named put what follows
// on the day after it: 以后/之后… right after it, or 过了/过完 right
// before it (「过了腊八她儿子接她去城里」 leaves the day after 腊八, call109;
// not a bare 过: 「她说过15号回来」).
func pastDay(before, after string) bool {
	before = strings.TrimRight(before, " ")
	return hasAnyPrefix(after, afterWords) || strings.HasSuffix(before, "过了") || strings.HasSuffix(before, "过完")
}

// startsOn reports whether what follows a day named says the absence
// begins on it ("明天起", "从后天开始"), however long.
func startsOn(after string) bool {
	return hasAnyPrefix(strings.TrimLeft(after, " "), []string{"起", "开始", "以后", "之后"})
}

// spanWords are a few days said without a count ("这几天打不了电话"):
// DefaultAwayDays.
var spanWords = []string{"这几天", "那几天", "几天"}

// spanFrom reads, in what follows a day named, a span of days it begins
// ("明天去开会 这几天…": DefaultAwayDays; "明天起住院两天": 2; "后天开始
// 请假一个星期": 7); ok is false when none is said.
func spanFrom(after string) (days int, ok bool) {
	if n, ok := spanCount(after); ok {
		return n, true
	}
	return DefaultAwayDays, containsAny(after, spanWords)
}

// spanCount is the first count of days or weeks in text ("两天", "3天",
// "一个星期": 2, 3, 7), skipping time gone by ("病了两天了"); ok is false
// when none.
func spanCount(text string) (days int, ok bool) {
	for _, m := range awayDaysRe.FindAllStringSubmatchIndex(text, -1) {
		if rest := text[m[1]:]; strings.HasPrefix(rest, "了") || strings.HasPrefix(rest, "多了") {
			continue
		}
		if m[2] < 0 {
			if strings.HasPrefix(text[m[4]:m[5]], "两") {
				return 14, true
			}
			return 7, true
		}
		if text[m[2]:m[3]] == "两" {
			return 2, true
		}
		if n, okn := promiseNumber(text[m[2]:m[3]]); okn && n >= 1 && n <= 60 {
			return n, true
		}
	}
	return 0, false
}

// endsOn reports whether the words before a day named make it the last day
// away ("到15号", "至12月20日").
func endsOn(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "到") || strings.HasSuffix(before, "至")
}

// absenceDay is the first day text names (BackDay): its day and where in
// text it is written.
func absenceDay(text string, today time.Time) (day time.Time, at, end int, ok bool) {
	at = len(text)
	take := func(d time.Time, i, j int) {
		if i < at {
			day, at, end, ok = d, i, j, true
		}
	}
	if d, i, j, found := dayNamedAt(text, today); found {
		take(d, i, j)
	}
	if d, i, j, found := lunarNamedAt(text, today); found {
		take(d, i, j) // 「腊月二十回来」 (call105)
	}
	if m := bareDayRe.FindStringSubmatchIndex(text); m != nil {
		if n, okn := promiseNumber(text[m[2]:m[3]]); okn && n >= 1 && n <= 31 {
			d := time.Date(today.Year(), today.Month(), n, 0, 0, 0, 0, today.Location())
			if d.Before(today) { // gone by this month: next month's
				d = time.Date(today.Year(), today.Month()+1, n, 0, 0, 0, 0, today.Location())
			}
			if d.Day() == n { // no 31st in a month of 30 days
				take(d, m[2], m[3]+len("号"))
			}
		}
	}
	if m := backWeekdayRe.FindStringSubmatchIndex(text); m != nil {
		prefix := ""
		if m[2] >= 0 {
			prefix = text[m[2]:m[3]]
		}
		i := m[0] // the guard's rune, unless at the start
		if !hasAnyPrefix(text[i:], []string{"上", "本", "这", "下", "周", "星期", "礼拜"}) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		take(weekday(today, prefix, text[m[4]:m[5]]), i, m[5])
	}
	if m := monthEndRe.FindStringSubmatchIndex(text); m != nil {
		shiftBy := time.Month(0)
		if m[2] >= 0 {
			shiftBy = shift(text[m[2]:m[3]])
		}
		take(time.Date(today.Year(), today.Month()+shiftBy+1, 0, 0, 0, 0, 0, today.Location()), m[0], m[1])
	}
	return day, at, end, ok
}

// clauseAfter is what follows a day named, up to the clause's end.
func clauseAfter(s string) string {
	if i := strings.IndexAny(s, " ，。,.!！；;、\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// hasAnyPrefix reports whether s begins with any of words.
func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// AwayBack reads, from what a worker (or his leader) said at now, the
// first day he phones again (BackDay, a day named plainly being his last
// away: "明天请假" is back the day after tomorrow), never before
// tomorrow: he said he is away. named is false when nothing is named:
// DefaultAwayDays from today ("这几天": three days, today counting).
func AwayBack(text string, now time.Time) (back time.Time, named bool) {
	_, back, named = AwayDays(text, now)
	return back, named
}

// AwayDays is AwayBack with his first day away (from), when text says a
// later day it begins on (「明天起…不在」: tomorrow; zero: from now), never
// on or after back: today's calls stay his till then (call98).
func AwayDays(text string, now time.Time) (from, back time.Time, named bool) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	from, back, named = absence(text, now, LastDayAway)
	if !named {
		return time.Time{}, today.AddDate(0, 0, DefaultAwayDays), false
	}
	if !back.After(today) {
		back = today.AddDate(0, 0, 1)
	}
	if !from.Before(back) {
		from = time.Time{}
	}
	return from, back, true
}

// Cover is who covers, in grid, for the worker with key workerKey while
// he is away: its first leader, else its first other worker; ok is false
// when the grid has no one else.
func Cover(people []Person, villageName, grid, workerKey string) (p Person, ok bool) {
	for _, role := range []Role{RoleLeader, RoleWorker} {
		for _, q := range people {
			if q.Key() != workerKey && q.Covers(role, villageName, grid) {
				return q, true
			}
		}
	}
	return Person{}, false
}

// StandIn is who phones for a's worker while he is away: the stand-in
// named when it was said (Away.Cover) while the roster still lists him
// as a leader or worker of the village and he is not away himself (away
// reports whether the person with a key is, nil: none known; call79),
// else his grid's own (Cover).
func StandIn(people []Person, villageName string, a Away, away func(key string) bool) (p Person, ok bool) {
	if a.Cover != "" && (away == nil || !away(a.Cover)) {
		for _, q := range people {
			if q.Key() == a.Cover && q.Key() != a.WorkerKey && q.Village == villageName && (q.Has(RoleLeader) || q.Has(RoleWorker)) {
				return q, true
			}
		}
	}
	return Cover(people, villageName, a.Grid, a.WorkerKey)
}

// ItemsCover is who is reminded of, and acts on, the report items a's
// worker handles while he is away (rep103): his stand-in (StandIn) when
// that is a leader of his grid, who may act on any item of it, else the
// grid's first other leader not away; a leader away with no other leader
// there leaves them to the stand-in he named when that is a worker of the
// grid, else to the grid's first worker not away (rep104). A stand-in of
// another grid never has them. ok is false when there is none: the
// reminders stay his.
func ItemsCover(people []Person, villageName string, a Away, away func(key string) bool) (p Person, ok bool) {
	named, isNamed := StandIn(people, villageName, a, away)
	there := func(q Person) bool { return q.Key() != a.WorkerKey && (away == nil || !away(q.Key())) }
	if isNamed && there(named) && named.Covers(RoleLeader, villageName, a.Grid) {
		return named, true
	}
	for _, role := range []Role{RoleLeader, RoleWorker} {
		if role == RoleWorker && isNamed && there(named) && named.Covers(RoleWorker, villageName, a.Grid) {
			return named, true
		}
		for _, q := range people {
			if there(q) && q.Covers(role, villageName, a.Grid) {
				return q, true
			}
		}
	}
	return Person{}, false
}

// ActsFor reports whether p may act on the report items of a's worker
// while he is away, as if he handled them (rep104): who has them
// (ItemsCover), or the stand-in named or chosen for his calls (StandIn)
// when that is a leader or worker of his grid, who is there in his place.
func ActsFor(people []Person, villageName string, a Away, away func(key string) bool, p Person) bool {
	if p.Key() == "" || p.Key() == a.WorkerKey {
		return false
	}
	if c, ok := ItemsCover(people, villageName, a, away); ok && c.Key() == p.Key() {
		return true
	}
	s, ok := StandIn(people, villageName, a, away)
	return ok && s.Key() == p.Key() && (p.Covers(RoleLeader, villageName, a.Grid) || p.Covers(RoleWorker, villageName, a.Grid))
}

// HandlersLine is who has an item as a list names it (待办, the evening
// digest): its handlers, and each away (covers: his name → who has his
// items meanwhile, ItemsCover) said so after them, 「李四；王五不在，由李四
// 代管」 (rep104). Empty covers: the handlers alone.
func HandlersLine(handlers []string, covers map[string]string) string {
	var here, away []string
	for _, h := range handlers {
		if c, ok := covers[h]; ok {
			away = append(away, h+"不在，由"+c+"代管")
		} else {
			here = append(here, h)
		}
	}
	if len(here) == 0 {
		return strings.Join(away, "；")
	}
	return strings.Join(append([]string{strings.Join(here, "、")}, away...), "；")
}
