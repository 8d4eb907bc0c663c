// Package tmpl renders the bot's user-facing texts from embedded
// text/template files, with the helpers every flow uses: dates in the
// configured zone, @mentions in WeChat's format, shortening, joining. Texts
// are data: each package keeps its own *.tmpl files and golden tests.
//
// Blocks are rendered by a compiled executor (compile.go) that gives the
// same bytes as text/template for what it takes, and by text/template for
// the rest; tests run with CheckEnv set to render every text both ways.
package tmpl

import (
	"bytes"
	"embed"
	"fmt"
	"gridbot/village"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"
)

// Set is a parsed set of templates.
type Set struct {
	t *template.Template
	// progs are the blocks compiled to closures (compile.go); the others,
	// and any render the compiled executor gives up on, run in t.
	progs *blocks
	// check renders every call both ways and panics on a difference
	// (CheckEnv, for tests).
	check bool
	// seen, when SeenEnv is set, records the blocks rendered (tests).
	seen *seen
	// bufs recycles the buffers texts are rendered into, states the
	// compiled executor's states (which hold nothing between renders).
	bufs, states *sync.Pool
}

// CheckEnv, set to anything, makes every Set render each text both with
// the compiled executor and with text/template, and panic when they
// differ: the test suites switch it on to prove them equivalent.
const CheckEnv = "GRIDBOT_TMPL_CHECK"

// shared holds the blocks every set has (shared.tmpl).
//
//go:embed shared.tmpl
var shared embed.FS

// Must parses every *.tmpl file of fsys, with the shared blocks and
// helpers plus extra ones; a broken template is a programming error.
func Must(fsys fs.FS, loc *time.Location, extra template.FuncMap) *Set {
	funcs := template.FuncMap{
		"short":    func(s string) string { return Shorten(s, shortRunes) },
		"gist":     Gist,
		"brief":    Brief,
		"join":     strings.Join,
		"inc":      func(i int) int { return i + 1 },
		"neg":      func(i int) int { return -i },
		"sub":      func(a, b int) int { return a - b },
		"mention":  Mention,
		"mention1": func(name string) string { return Mention([]string{name}) },
		"date":     func(t time.Time) string { return t.In(loc).Format("1月2日") },
		// day says a day to come, read at now: 今天, 明天 or 后天 with its
		// date (明天（1月1日）), else the date alone; what happens on it
		// takes no time (a 公示 at 00:00 is that day's, not a deadline).
		"day": func(t, now time.Time) string { return Day(t.In(loc), now.In(loc)) },
		// clock says a date with its time, "3月5日 07:15": every text that
		// writes a day and a time writes them so (DateTime), never with a
		// date and hm of its own.
		"clock": func(t time.Time) string { return t.In(loc).Format(DateTime) },
		"hm":    func(t time.Time) string { return t.In(loc).Format("15:04") },
		// lunar names t's day in 腊月 or 正月 (「正月初八」), "" for any
		// other (village.LunarName): beside a date a stay by the Spring
		// Festival ends on (call103).
		"lunar": func(t time.Time) string { return village.LunarName(t.In(loc)) },
		// weekday names t's day of the week: 周五.
		"weekday": func(t time.Time) string { return village.WeekdayName(t.In(loc).Weekday()) },
		// dateIn and clockIn are date and clock read at now: with the
		// year when it is not now's ("2026年3月5日" asked in 2027).
		"dateIn":  func(t, now time.Time) string { return withYear(t.In(loc), now.In(loc), "1月2日") },
		"clockIn": func(t, now time.Time) string { return withYear(t.In(loc), now.In(loc), DateTime) },
		"span":    Span,
		// lateBy says how long past its deadline due an item is at now,
		// to the day: "2天", "5小时", "不到1小时".
		"lateBy":  func(due, now time.Time) string { return LateBy(now.Sub(due)) },
		"due":     func(t, now time.Time) string { return Deadline(t.In(loc), now.In(loc), false) },
		"dueTime": func(t, now time.Time) string { return Deadline(t.In(loc), now.In(loc), true) },
		// logas is call.logas's data for one call to callee that passes a
		// notice or warning on or not: one elder's reminder says how to
		// log it in the words every list of calls uses (call96).
		"logas": func(callee string, relays any) map[string]any {
			some, _ := template.IsTrue(relays) // a key the data lacks is false
			return map[string]any{"Callee": callee, "Relays": some, "Each": some}
		},
		// promised says a deadline a handler promised, read at now,
		// "承诺4月30日前", put off again "承诺5月6日前，改期1次"; "" when
		// none was. Its year shows as dateIn's does.
		"promised": func(promised bool, due time.Time, rescheduled int, now time.Time) string {
			if !promised {
				return ""
			}
			s := "承诺" + withYear(due.In(loc), now.In(loc), village.DateLayout) + "前"
			if rescheduled > 0 {
				s += fmt.Sprintf("，改期%d次", rescheduled)
			}
			return s
		},
		// when says when something happened, read at now: its time on the
		// same day or the day before (今天14:30), else its date.
		"when": func(t, now time.Time) string { return relative(t.In(loc), now.In(loc), false) },
		// at says when something will happen, read at now, always with
		// its time: 今天18:00, 明天07:15, else 3月5日 07:15 (no space
		// after 今天, as everywhere). Texts say a time of another day
		// with it, not with a day word and hm of their own.
		"at": func(t, now time.Time) string { return relative(t.In(loc), now.In(loc), true) },
		// daysOn is stored words read now: 明天 written yesterday is 今天
		// (village.DaysOn); every list of items shows their words so
		"daysOn": func(s string, written, now time.Time) string { return village.DaysOn(s, written.In(loc), now) },
		// tref names item id of village v in the township's chats; a set
		// for a township of several villages gives one that names v.
		"tref": func(v, id string) string { return "#" + id },
		// ref names report r (a village.Report or its pointer) as the
		// chat the text goes to writes it: "#R1" here; the township's
		// set of a township of several villages gives Ref(true).
		"ref": Ref(false),
		// place is where a report is, after its ref: "青山村一组"; the
		// township's set of several villages gives Place(true), "一组".
		"place": Place(false),
		// full is report r with where it is, "青山村三组 #R1", and tagged
		// the same as a heading, "【青山村三组】#R1": in every set, since
		// they say its village already, once (town82: the township's ref
		// after 【石桥村一组】 said it twice). With id, item id of r's
		// village, as ref.
		"full":   Full,
		"tagged": func(r any, id ...string) string { return "【" + where(r) + "】" + number(r, id) },
		// num is r's number alone, "#R1", in every set: for a text that
		// has just said where r is ("青山村三组 #R1 或 #R2").
		"num": func(r any, id ...string) string { return number(r, id) },
	}
	for k, v := range extra {
		funcs[k] = v
	}
	t := parsed(fsys, funcs)
	return &Set{t: t, progs: newBlocks(t, funcs), check: os.Getenv(CheckEnv) != "", seen: newSeen(),
		bufs: &sync.Pool{New: func() any { return new(bytes.Buffer) }}, states: &sync.Pool{}}
}

// Ref is the template helper ref: report r as "#R1", or, with several
// (a text for the township's chats, which span villages each numbering its
// items from #R1), with its village, "石桥村 #R1" (village.TownshipRef).
// With id, it is item id of r's village (「ref .R .Ref」: the number a
// commit gives, or another item of the same village); r may then be nil
// (no report: "#"+id). Any other value is a programming error.
func Ref(several bool) func(r any, id ...string) string {
	return func(r any, id ...string) string {
		v, n, ok := reportOf(r)
		if !ok && len(id) == 0 {
			panic("tmpl: ref of nothing")
		}
		if len(id) > 0 {
			n = id[0]
		}
		return village.TownshipRef(v, n, several)
	}
}

// Place is the template helper place: where report r is, written after
// its ref ("{{ref .}} {{place .}}"): its village and grid, "青山村一组";
// with several (the township's set of a township of several villages,
// whose ref says the village, "石桥村 #R1"), its grid alone, "一组", so
// that the village leads the number and is said once. r may be a
// village.ToldPlace too: the place its numbers are of.
func Place(several bool) func(r any) string {
	return func(r any) string {
		if p, ok := r.(village.ToldPlace); ok {
			// a digest's place of several numbers (digest.office.told)
			if several && p.Village != "" {
				return p.Grid
			}
			return p.Where
		}
		if rep := reportPtr(r, "place"); several && rep.Village != "" {
			return rep.Grid
		}
		return where(r)
	}
}

// Full is the template helper full: report r with its village and grid
// before its number, "石桥村一组 #R1", what the township's chats read as
// that village's item (village.VillageOf) and a grid's as its own; with
// id, item id of r's village.
func Full(r any, id ...string) string {
	return where(r) + " " + number(r, id)
}

// where is report r's village and grid, "青山村三组".
func where(r any) string {
	rep := reportPtr(r, "where")
	return rep.Village + rep.Grid
}

// reportPtr is r, a village.Report or its pointer, for helper name; any
// other value, or nil, is a programming error.
func reportPtr(r any, name string) *village.Report {
	rep, ok := r.(*village.Report)
	if v, isValue := r.(village.Report); isValue {
		rep, ok = &v, true
	}
	if !ok || rep == nil {
		panic(fmt.Sprintf("tmpl: %s of a %T, not a report", name, r))
	}
	return rep
}

// number is r's number as a text writes it after where it is, "#R1", or
// item id's when given.
func number(r any, id []string) string {
	_, n, _ := reportOf(r)
	if len(id) > 0 {
		n = id[0]
	}
	return "#" + n
}

// reportOf is the village and number of r, a village.Report or its
// pointer; ok false for nil (no report). Any other value is a
// programming error.
func reportOf(r any) (v, id string, ok bool) {
	switch r := r.(type) {
	case village.Report:
		return r.Village, r.ID, true
	case *village.Report:
		if r != nil {
			return r.Village, r.ID, true
		}
		return "", "", false
	case nil:
		return "", "", false
	}
	panic(fmt.Sprintf("tmpl: ref of a %T, not a report", r))
}

// parsedFS are the embedded template files parsed once per process, by
// the files and the names of the helpers they were parsed with: a parse
// depends on nothing else (the helpers' values are bound at execution), and
// the files of an embed.FS never change. Each Set gets a clone with its own
// helpers, so the parse trees are shared and only read. A router built per
// test (or per replay) no longer parses its templates again: the parse was
// most of the handler tests' CPU time (tests46).
var parsedFS sync.Map // parseKey → *template.Template

type parseKey struct {
	fsys  embed.FS
	funcs string
}

// parsed is shared.tmpl and fsys's *.tmpl parsed with funcs: a clone of the
// one parse of an embed.FS, else (a test's in-memory files) a parse of its own.
func parsed(fsys fs.FS, funcs template.FuncMap) *template.Template {
	parse := func() *template.Template {
		t := template.Must(template.New("texts").Funcs(funcs).ParseFS(shared, "shared.tmpl"))
		return template.Must(t.ParseFS(fsys, "*.tmpl"))
	}
	efs, ok := fsys.(embed.FS)
	if !ok {
		return parse()
	}
	key := parseKey{efs, strings.Join(slices.Sorted(maps.Keys(funcs)), " ")}
	base, ok := parsedFS.Load(key)
	if !ok {
		base, _ = parsedFS.LoadOrStore(key, parse())
	}
	t := template.Must(base.(*template.Template).Clone())
	return t.Funcs(funcs)
}

// DateTime is how a text writes a date with its time: "3月5日 07:15", one
// space between the date and the time (a day word has none: 今天07:15).
// clock and at write it; texts do not put a date and hm together.
const DateTime = "1月2日 15:04"

// shortRunes is the most of someone's words a text repeats (short).
const shortRunes = 40

// MustSets parses fsys as Must does into two sets: texts, for any chat,
// and group, for a grid group, where every villager reads what is said:
// its short repeats someone's words through mask (which hides the numbers
// that identify a person), masked before cut so that no half of a number
// is left.
func MustSets(fsys fs.FS, loc *time.Location, extra template.FuncMap, mask func(string) string) (texts, group *Set) {
	funcs := maps.Clone(extra)
	if funcs == nil {
		funcs = template.FuncMap{}
	}
	funcs["short"] = func(s string) string { return Shorten(mask(s), shortRunes) }
	funcs["gist"] = func(s string) string { return Gist(mask(s)) }
	return Must(fsys, loc, extra), Must(fsys, loc, funcs)
}

// TownSets are MustSets's texts and group with the township's: with
// several villages, a set whose ref and place name each item's village
// (Ref(true), Place(true)), what the township's chats and officers read;
// texts itself with one. tref (village.TownshipRef) names one in every
// set when there are several.
func TownSets(fsys fs.FS, loc *time.Location, extra template.FuncMap, mask func(string) string, several bool) (texts, group, town *Set) {
	funcs := maps.Clone(extra)
	if funcs == nil {
		funcs = template.FuncMap{}
	}
	funcs["tref"] = func(v, id string) string { return village.TownshipRef(v, id, several) }
	texts, group = MustSets(fsys, loc, funcs, mask)
	town = texts
	if several {
		funcs["ref"], funcs["place"] = Ref(true), Place(true)
		town = Must(fsys, loc, funcs)
	}
	return texts, group, town
}

// Render executes the named block and tidies the result: trailing spaces
// and empty lines are removed. A missing block is a programming error.
func (s *Set) Render(name string, data any) string {
	b := s.bufs.Get().(*bytes.Buffer)
	defer s.bufs.Put(b)
	b.Reset()
	var nested *[]string
	if s.seen != nil {
		nested = new([]string)
	}
	if err := execute(s.progs, s.states, name, b, data, nested); err != nil {
		b.Reset()
		s.slow(b, name, data)
		if nested != nil {
			s.seen.add(fellBack+name, nil)
		}
		return tidy(b.Bytes())
	}
	if s.check {
		c := new(bytes.Buffer)
		s.slow(c, name, data)
		if !bytes.Equal(b.Bytes(), c.Bytes()) {
			panic(fmt.Sprintf("tmpl: compiled %s differs from text/template:\n%q\n%q", name, b.Bytes(), c.Bytes()))
		}
	}
	if nested != nil {
		s.seen.add(name, *nested)
	}
	return tidy(b.Bytes())
}

// slow renders the block with text/template.
func (s *Set) slow(b *bytes.Buffer, name string, data any) {
	if err := s.t.ExecuteTemplate(b, name, data); err != nil {
		panic(fmt.Sprintf("tmpl: render %s: %v", name, err))
	}
}

// tidy drops trailing spaces and tabs from every line of text and the
// lines left blank, in one pass and one allocation.
func tidy(text []byte) string {
	var out strings.Builder
	out.Grow(len(text))
	for len(text) > 0 {
		l, rest, _ := bytes.Cut(text, []byte{'\n'})
		text = rest
		if l = bytes.TrimRight(l, " \t"); len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.Write(l)
	}
	return out.String()
}

// Mention renders WeChat-style @mentions: each "@name" followed by U+2005,
// the separator WeChat itself puts after a mention.
func Mention(names []string) string {
	var b strings.Builder
	for _, n := range names {
		if n == "" {
			continue
		}
		b.WriteString("@" + n + "\u2005")
	}
	return b.String()
}

// Opening is the 【…】 tag text opens with (「【夜里反映】」 of
// 「【夜里反映】张三…」), the kind of message it is; "" when it opens with
// none, or with a 【 not closed on its first line.
func Opening(text string) string {
	rest, ok := strings.CutPrefix(text, "【")
	if !ok {
		return ""
	}
	i := strings.Index(rest, "】")
	if i < 0 || strings.Contains(rest[:i], "\n") {
		return ""
	}
	return text[:len("【")+i+len("】")]
}

// Shorten collapses whitespace and cuts s to max runes with an ellipsis.
func Shorten(s string, max int) string {
	if !collapsed(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

// gistRunes is the most of a notice a text quotes to say which one it is
// (Gist); shorter notices are quoted whole.
const gistRunes = 80

// Gist is a notice as a text quotes it to name it (the township's 【通知回复】,
// 查 #N, the follow-up that only asks to remind households): whole up to
// gistRunes, else cut where a sentence ends (。！？；), else where a clause
// does (，、：or a space), never mid-clause unless it has no mark to cut at
// past its first words (then Shorten's 40 runes). Whitespace collapses as
// Shorten's; a cut text ends with "…".
func Gist(s string) string {
	if !collapsed(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	r := []rune(s)
	if len(r) <= gistRunes {
		return s
	}
	sentence, clause := -1, -1
	for i, c := range r[:gistRunes] {
		switch c {
		case '。', '！', '？', '；', '!', '?', ';':
			sentence = i + 1 // the mark kept
		case '，', '、', '：', ',', ':', ' ':
			clause = i // the mark dropped
		}
	}
	switch {
	case sentence >= gistLeast:
		return string(r[:sentence]) + "…"
	case clause >= gistLeast:
		return string(r[:clause]) + "…"
	}
	return Shorten(s, shortRunes)
}

// gistLeast is the fewest runes Gist keeps when it cuts at a mark: a
// notice's first words alone (「通知：」) name nothing.
const gistLeast = 12

// collapsed reports whether s has no whitespace to collapse: none at
// either end, and only single ASCII spaces between words. Most texts have
// none, and need no copy.
func collapsed(s string) bool {
	space := true // at the start, a space is one to drop
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (space || r != ' ') {
			return false
		}
		space = sp
	}
	return !space || s == ""
}

// Span says a duration the way people do: "3天", "24小时", "1小时30分钟",
// "15分钟" (whole days from two days up; seconds are dropped).
func Span(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d >= 2*day && d%day == 0:
		return fmt.Sprintf("%d天", d/day)
	case d >= time.Hour:
		s := fmt.Sprintf("%d小时", d/time.Hour)
		if m := (d % time.Hour) / time.Minute; m > 0 {
			s += fmt.Sprintf("%d分钟", m)
		}
		return s
	case d < time.Minute:
		return "不到1分钟" // not 「0分钟」
	}
	return fmt.Sprintf("%d分钟", d/time.Minute)
}

// LateBy says how long d past a deadline is, as a busy reader weighs it:
// whole days from a day on ("1天", the hours left out), else whole hours
// ("5小时"), else "不到1小时".
func LateBy(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d >= day:
		return fmt.Sprintf("%d天", d/day)
	case d >= time.Hour:
		return fmt.Sprintf("%d小时", d/time.Hour)
	}
	return "不到1小时"
}

// Deadline says a deadline t as read at now, both in the reader's zone:
// "今天08:00", "昨天18:00" or "明天09:00" when it falls on one of those
// days (the date alone does not say whether it has passed, nor by how
// much), else the date, "3月1日", with withTime "3月1日 18:00" (an
// emergency's deadline is hours after it came in). A deadline at 00:00 is
// the end of the day before, and reads as that day's 23:59: "已过期限今天
// 00:00" would say a day passed that has barely begun, and "3月5日" that
// 5 March is still left. A deadline one second before a whole minute of
// the same day reads as that minute: one kept out of the quiet hours ends
// 20:59:59 (village.Calendar.Deadline) and reads "明天21:00".
func Deadline(t, now time.Time, withTime bool) string {
	switch h, m, s := t.Clock(); {
	case h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0:
		t = t.Add(-time.Second)
	case s == 59 && t.Nanosecond() == 0 && (h != 23 || m != 59):
		t = t.Add(time.Second)
	}
	return relative(t, now, withTime)
}

// Day says t's day as read at now, both in the reader's zone: "今天（12月31日）",
// "明天（1月1日）", "后天（1月2日）", else the date, "1月5日". The date is
// kept beside the day word: a text that says when a round of 公示 or a
// notice's day falls is checked against a calendar.
func Day(t, now time.Time) string {
	if w := dayWord(daysApart(t, now)); w != "" {
		return w + "（" + t.Format(village.DateLayout) + "）" // 昨天（12月31日）: the word says which
	}
	return withYear(t, now, village.DateLayout)
}

// daysApart is how many calendar days t's is after now's (negative
// before), each read in its own zone: the days' dates, not 24-hour spans,
// so 00:30 on 1 January is one day after 23:30 on 31 December.
func daysApart(t, now time.Time) int {
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC) }
	return int(day(t).Sub(day(now)) / (24 * time.Hour))
}

// dayWord names a day counted from today: 昨天, 今天, 明天, 后天; "" for
// one further.
func dayWord(days int) string {
	switch days {
	case -1:
		return "昨天"
	case 0:
		return "今天"
	case 1:
		return "明天"
	case 2:
		return "后天"
	}
	return ""
}

// withYear formats t by layout, after its year when a reader at now needs
// it (village.Dated: another year's day gone by, or more than two months
// off).
func withYear(t, now time.Time, layout string) string {
	return village.Dated(t, now, layout)
}

// relative says t as read at now: today's, yesterday's or tomorrow's
// time, else the date (with withTime, the date and time).
func relative(t, now time.Time, withTime bool) string {
	if d := daysApart(t, now); d >= -1 && d <= 1 {
		return dayWord(d) + t.Format("15:04")
	}
	if withTime {
		return withYear(t, now, DateTime)
	}
	return withYear(t, now, village.DateLayout)
}

// briefRunes is the most of a report's text a message to the township
// chats carries: a villager's letter of two thousand characters would
// come to the duty chat as five urgent messages.
const briefRunes = 300

// Brief is text cut to briefRunes, saying how long it was when cut.
func Brief(text string) string {
	n := utf8.RuneCountInString(text)
	if n <= briefRunes {
		return text
	}
	return string([]rune(text)[:briefRunes]) + "…（全文" + strconv.Itoa(n) + "字）"
}
