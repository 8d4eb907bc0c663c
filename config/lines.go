package config

import (
	"cmp"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// keyPath is the key path a validation message starts with:
// "villages[1].grids[0].group 是空的…", "wechat.per_minute 写的是…".
var keyPath = regexp.MustCompile(`^[a-z_]+(?:\[\d+\])*(?:\.[a-z_]+(?:\[\d+\])*)*`)

// lineOf is the line of the key path names ("villages[1].grids[0].group")
// in the decoded file root; when the file leaves the last part of it out
// (the default applies), the line of the deepest part the file has. 0
// when the file has none of it.
func lineOf(root *yaml.Node, path string) int {
	n, line := root, 0
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for part := range strings.SplitSeq(path, ".") {
		key, rest, _ := strings.Cut(part, "[")
		next := mappingValue(n, key)
		if next == nil {
			return line
		}
		n, line = next.value, next.key.Line
		for rest != "" {
			idx, after, _ := strings.Cut(rest, "]")
			i, err := strconv.Atoi(idx)
			if err != nil || n.Kind != yaml.SequenceNode || i >= len(n.Content) {
				return line
			}
			n, line = n.Content[i], n.Content[i].Line
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return line
}

// keyPathAt is the key path ("llm.timeout", "villages[0].grids[1].group")
// of the key written on line of the decoded file root; "" when no key is.
func keyPathAt(root *yaml.Node, line int) string {
	var walk func(n *yaml.Node, path string) string
	walk = func(n *yaml.Node, path string) string {
		switch n.Kind {
		case yaml.DocumentNode:
			if len(n.Content) > 0 {
				return walk(n.Content[0], path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				p := n.Content[i].Value
				if path != "" {
					p = path + "." + p
				}
				if n.Content[i].Line == line {
					return p
				}
				if found := walk(n.Content[i+1], p); found != "" {
					return found
				}
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				if found := walk(c, fmt.Sprintf("%s[%d]", path, i)); found != "" {
					return found
				}
			}
		}
		return ""
	}
	return walk(root, "")
}

type keyValue struct{ key, value *yaml.Node }

// mappingValue is the pair under key in the mapping n; nil when n is no
// mapping or has no such key.
func mappingValue(n *yaml.Node, key string) *keyValue {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			v := n.Content[i+1]
			if v.Kind == yaml.AliasNode && v.Alias != nil {
				v = v.Alias
			}
			return &keyValue{n.Content[i], v}
		}
	}
	return nil
}

// atLine prefixes a validation problem with the line of the key it names,
// so the volunteer finds it without counting brackets; a problem that
// names no key of the file, or already names its line, passes unchanged.
func atLine(root *yaml.Node, err error) error {
	msg := err.Error()
	if strings.HasPrefix(msg, "第 ") {
		return err
	}
	if line := lineOf(root, keyPath.FindString(msg)); line > 0 {
		return fmt.Errorf("第 %d 行：%w", line, err)
	}
	return err
}

// At is "第 N 行：" for the key path in the file this configuration was
// read from ("villages[0].mediators[1]"), or "" when the file does not
// have it (the default applies) or the configuration was built in code.
func (c *Config) At(path string) string {
	if line := lineOf(c.root, path); line > 0 {
		return fmt.Sprintf("第 %d 行：", line)
	}
	return ""
}

// Errorf is an error about this configuration, worded as Load words the
// file's own ("FILE: config: 第 N 行：…", which the terminal shows as
// "配置文件 FILE 第 N 行：…"), so that the volunteer knows the line is the
// config's and not the roster's; "config: …" for a configuration that
// was not read from a file.
func (c *Config) Errorf(format string, args ...any) error {
	prefix := "config: "
	if c.file != "" {
		prefix = strings.ReplaceAll(c.file, "%", "%%") + ": config: "
	}
	return fmt.Errorf(prefix+format, args...)
}

// lineNote is "（第 N 行）" for the key path in the file, to point at the
// other place a problem involves; "" when the file does not have it.
func (c *Config) lineNote(path string) string {
	if line := lineOf(c.root, path); line > 0 {
		return fmt.Sprintf("（第 %d 行）", line)
	}
	return ""
}

// fractions finds numbers with a fraction written where t wants a whole
// number (wechat.per_minute: 20.5): yaml.v3 would cut them to 20 without a
// word. Values of types that read themselves (durations, point ranges)
// are theirs to check.
func fractions(n *yaml.Node, t reflect.Type) []error {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode || n.Kind == yaml.AliasNode {
		if n.Kind == yaml.AliasNode {
			return fractions(n.Alias, t)
		}
		if len(n.Content) == 0 {
			return nil
		}
		return fractions(n.Content[0], t)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[yaml.Unmarshaler]()) {
		return nil
	}
	var errs []error
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if key, ok := yamlKey(f); ok {
				if kv := mappingValue(n, key); kv != nil {
					errs = append(errs, fractions(kv.value, f.Type)...)
				}
			}
		}
	case reflect.Slice:
		if n.Kind == yaml.SequenceNode {
			for _, item := range n.Content {
				errs = append(errs, fractions(item, t.Elem())...)
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				errs = append(errs, fractions(n.Content[i], t.Elem())...)
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!float" {
			errs = append(errs, fmt.Errorf("第 %d 行：这里%s，现在写的是“%s”（不能有小数）", n.Line, wantOfType("int"), n.Value))
		}
	}
	return errs
}

// validateSchedules checks every job's cron spec ("off" turns a job off),
// so a slip is told here, with its line, not as the scheduler's English
// at start-up.
func (c *Config) validateSchedules() []error {
	sc, pc := c.Schedules, c.Points.Schedules
	var errs []error
	for _, s := range []struct{ key, spec string }{
		{"schedules.evening_digest", sc.EveningDigest}, {"schedules.morning_digest", sc.MorningDigest},
		{"schedules.overdue", sc.Overdue}, {"schedules.watchdog", sc.Watchdog},
		{"schedules.followup", sc.Followup}, {"schedules.notice_followup", sc.NoticeFollowup},
		{"schedules.calls", sc.Calls}, {"schedules.coverage", sc.Coverage},
		{"schedules.monthly_report", sc.MonthlyReport}, {"schedules.ask_reminder", sc.AskReminder},
		{"schedules.unclaimed", sc.Unclaimed}, {"schedules.yearly_report", sc.YearlyReport},
		{"points.schedules.publicity", pc.Publicity}, {"points.schedules.finalise", pc.Finalise},
		{"points.schedules.year_end", pc.YearEnd}, {"points.schedules.reminder", pc.Reminder},
	} {
		if s.spec == "off" {
			continue
		}
		if _, err := cron.ParseStandard(s.spec); err != nil {
			if field := cronOutOfRange(s.spec); field != "" {
				// "0 25 * * *": five fields, one number past its field's range
				errs = append(errs, fmt.Errorf("%s 写的是 %q：%s；五段依次是「分 时 日 月 星期」，"+
					"如 \"0 20 * * *\"（每天 20:00）；不要这个任务写 \"off\"", s.key, s.spec, field))
				continue
			}
			errs = append(errs, fmt.Errorf("%s 写的是 %q，不是定时的写法：请用英文引号写五段「分 时 日 月 星期」，"+
				"如 \"0 20 * * *\"（每天 20:00）、\"30 8 * * 1-5\"（周一到周五 8:30）；不要这个任务写 \"off\"", s.key, s.spec))
		}
	}
	if len(errs) == 0 && c.noticeReleaseQuiet() {
		errs = append(errs, fmt.Errorf("schedules.notice_followup 写的是 %q：它只在免打扰时间（quiet_hours %s–%s）里跑，"+
			"夜里写的通知就一直发不出去；请让它白天也跑，如 \"15 * * * *\"（每小时第 15 分）；不要跟进谁没回「收到」的写 \"off\"（夜里的通知照样早上发）",
			sc.NoticeFollowup, c.QuietHours.Start, c.QuietHours.End))
	}
	return errs
}

// cronFields are the five fields of a standard cron spec, in order:
// what each is called and the numbers it takes (robfig/cron's bounds).
var cronFields = [5]struct {
	name   string
	lo, hi int
}{{"分钟只能是 0–59", 0, 59}, {"小时只能是 0–23", 0, 23}, {"日只能是 1–31", 1, 31},
	{"月只能是 1–12", 1, 12}, {"星期只能是 0–6（0 是星期日）", 0, 6}}

// cronOutOfRange says which field of a five-field spec holds a number
// past its range ("0 25 * * *": 「小时只能是 0–23」); "" when the spec has
// not five fields or every number is in range (the slip is another).
func cronOutOfRange(spec string) string {
	fields := strings.Fields(spec)
	if len(fields) != len(cronFields) {
		return ""
	}
	for i, f := range fields {
		for part := range strings.SplitSeq(f, ",") {
			part, _, _ = strings.Cut(part, "/") // a step is not a value of the field
			for v := range strings.SplitSeq(part, "-") {
				n, err := strconv.Atoi(v)
				if err == nil && (n < cronFields[i].lo || n > cronFields[i].hi) {
					return cronFields[i].name
				}
			}
		}
	}
	return ""
}

// noticeReleaseQuiet reports whether the notice follow-up's schedule has
// no run out of quiet hours within two days of some night of a week:
// what it holds over such a night would never go out.
func (c *Config) noticeReleaseQuiet() bool {
	loc := c.Location()
	if loc == nil {
		return false // an unknown time zone, told apart
	}
	start, err := time.ParseInLocation("2006-01-02 15:04", "2026-01-05 "+c.QuietHours.Start, loc)
	if err != nil || !c.QuietHours.Contains(start) {
		return false // no quiet hours: nothing is held
	}
	for d := range 7 {
		if at, ok := c.NoticeRelease(start.AddDate(0, 0, d)); ok && c.QuietHours.Contains(at) {
			return true
		}
	}
	return false
}

// UnfilledAmounts names the procedures whose entry in the file still holds
// the example's commented-out amount with ○○ for the figure ("# amount:
// 农村低保标准每人每月○○元"): nobody filled in this county's figure, nor
// deleted the lines. Not wrong (a villager asking the amount is referred
// to the grid leader), but worth telling before going live.
func (c *Config) UnfilledAmounts() []string { return c.unfilled }

// placeholderAmount is a commented amount line of the example whose figure
// is left as ○○: "# amount: …○○元", "#   - text: …○○元".
var placeholderAmount = regexp.MustCompile(`^\s*#\s*(?:-\s*)?(?:amount|text)\s*:.*○`)

// unfilledAmounts are the names of the procedures of root (data, decoded)
// whose lines, from the entry's first to the next entry's (or the next
// top-level key's), hold a placeholderAmount.
func unfilledAmounts(root *yaml.Node, data []byte) []string {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	procs := mappingValue(doc, "procedures")
	if procs == nil || procs.value.Kind != yaml.SequenceNode {
		return nil
	}
	lines := strings.Split(string(data), "\n")
	end := len(lines) + 1 // after the last entry: the next top-level key
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if k := doc.Content[i]; k.Line > procs.key.Line && k.Line < end {
			end = k.Line
		}
	}
	var names []string
	for i, e := range procs.value.Content {
		upto := end
		if i+1 < len(procs.value.Content) {
			upto = procs.value.Content[i+1].Line
		}
		name := ""
		if n := mappingValue(e, "name"); n != nil {
			name = n.value.Value
		}
		for l := e.Line; l < upto && l <= len(lines); l++ {
			if placeholderAmount.MatchString(lines[l-1]) {
				names = append(names, cmp.Or(name, fmt.Sprintf("procedures[%d]", i)))
				break
			}
		}
	}
	return names
}
