package config

import (
	"bytes"
	"errors"
	"fmt"
	"gridbot/internal/near"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The fix every layout slip shares, told to the volunteer who edits the
// file; the short form ends a message that has said what to align.
const (
	checkLayout      = "请对照 config.example.yaml 检查拼写和缩进（只用空格，不用 Tab）"
	checkLayoutShort = "请对照 config.example.yaml"
)

// yamlError is a yaml.v3 decoding error told in Chinese for the volunteer
// who edits the file; Unwrap gives the original.
type yamlError struct {
	msg string
	err error
}

func (e *yamlError) Error() string { return e.msg }
func (e *yamlError) Unwrap() error { return e.err }

// explainYAML turns yaml.v3's English decoding errors (unknown key, wrong
// type, duplicate key, syntax) into Chinese that keeps the line number and
// says how to fix the line. data is the decoded file: a Tab is looked for
// in it, as yaml.v3 may name the line above the Tab. Other errors (the
// Chinese ones of this package's UnmarshalYAML methods) pass unchanged.
func explainYAML(err error, data []byte) error {
	var de *durationError
	if errors.As(err, &de) {
		var root yaml.Node
		if yaml.Unmarshal(data, &root) == nil {
			named := *de
			named.key = keyPathAt(&root, de.line)
			return &named
		}
		return err
	}
	if slip := colonSlip(data, err); slip != "" {
		return &yamlError{msg: slip, err: err}
	}
	if slip := missingName(data, err); slip != "" {
		return &yamlError{msg: slip, err: err}
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		lines := make([]string, len(te.Errors))
		for i, e := range te.Errors {
			lines[i] = explainTypeError(e)
		}
		return &yamlError{msg: strings.Join(lines, "\n"), err: err}
	}
	if msg, ok := strings.CutPrefix(err.Error(), "yaml: "); ok {
		return &yamlError{msg: explainSyntax(msg, data), err: err}
	}
	return err
}

// decode decodes data into c as Parse does, unknown keys refused, before
// the checks of the values; nil for an empty file.
func decode(data []byte, c *Config) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// slippedColon is a line whose key ends in the full-width colon of a
// Chinese input method, or in a colon with no space after it: YAML reads
// the key and its value as one word, and names a line near it for a
// section or an indentation it does not find.
var slippedColon = regexp.MustCompile(`^(\s*(?:-\s+)?)([a-z][a-z0-9_]*)(：\s*|:)(\S.*)?$`)

// colonSlip tells the first such line of data that the decoding error
// err comes from, with the line written right; "" when there is none.
// A line that reads as a slip but whose mending leaves err as it was, or
// fails on that line itself (a URL in a list of names), is no cause.
func colonSlip(data []byte, err error) string {
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		m := slippedColon.FindStringSubmatch(strings.TrimRight(line, "\r"))
		if m == nil || (m[3] == ":" && m[4] == "") {
			continue
		}
		fixed := m[1] + m[2] + ":"
		if m[4] != "" {
			fixed += " " + m[4]
		}
		mended := slices.Clone(lines)
		mended[i] = fixed
		again := decode([]byte(strings.Join(mended, "\n")), &Config{})
		if again != nil && (again.Error() == err.Error() || strings.Contains(again.Error(), fmt.Sprintf("line %d:", i+1))) {
			continue
		}
		what := "的冒号后面要空一格"
		if m[3] != ":" {
			what = "后面的冒号要用英文的「:」（中文输入法打出的是「：」），后面空一格"
		}
		return fmt.Sprintf("第 %d 行：%s %s：写成「%s」", i+1, m[2], what, strings.TrimSpace(fixed))
	}
	return ""
}

var (
	unknownField = regexp.MustCompile(`^line (\d+): field (.+) not found in type (\S+)$`)
	duplicateKey = regexp.MustCompile(`^line (\d+): mapping key "(.+)" already defined at line (\d+)$`)
	duplicateSet = regexp.MustCompile(`^line (\d+): field (.+) already set in type \S+$`)
	wrongType    = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")
	syntaxLine   = regexp.MustCompile(`^line (\d+): (.+)$`)
)

// explainTypeError tells one entry of a yaml.TypeError.
func explainTypeError(e string) string {
	if m := unknownField.FindStringSubmatch(e); m != nil {
		hint := ""
		if nested := dottedKey(m[2]); nested != "" {
			hint = nested
		} else if near := nearestKey(m[3], m[2]); near != "" {
			hint = "（是不是 " + near + "？）"
		} else if paths := keyPaths(m[2]); len(paths) == 1 && paths[0] == "" {
			hint = "（" + m[2] + " 要顶格写，前面不空格）"
		} else if len(paths) == 1 {
			hint = "（" + m[2] + " 要写在 " + paths[0] + " 下面）"
		}
		return fmt.Sprintf("第 %s 行：没有 %s 这一项%s，%s", m[1], m[2], hint, checkLayout)
	}
	if m := duplicateKey.FindStringSubmatch(e); m != nil {
		return fmt.Sprintf("第 %s 行：%s 写了两次（第 %s 行已经有了），请删掉一处", m[1], m[2], m[3])
	}
	if m := duplicateSet.FindStringSubmatch(e); m != nil {
		return fmt.Sprintf("第 %s 行：%s 写了两次，请删掉一处", m[1], m[2])
	}
	if m := wrongType.FindStringSubmatch(e); m != nil {
		got := "“" + m[3] + "”"
		switch m[2] {
		case "seq":
			got = "一个列表"
		case "map":
			got = "几个子项"
		}
		return fmt.Sprintf("第 %s 行：这里%s，现在写的是%s", m[1], wantOfType(m[4]), got)
	}
	if m := syntaxLine.FindStringSubmatch(e); m != nil {
		return fmt.Sprintf("第 %s 行：%s（%s）", m[1], checkLayout, m[2])
	}
	return fmt.Sprintf("%s（%s）", checkLayout, e)
}

// wantOfType says how a value of the Go type named typ is written.
func wantOfType(typ string) string {
	switch {
	case strings.HasPrefix(typ, "[]"):
		return "要写一个列表：写成 [甲, 乙]，或在下面每行写「- 一项」"
	case strings.HasPrefix(typ, "map[") || strings.HasPrefix(typ, "config."):
		return "要写几个子项：在下一行多缩进两个空格，写成「键: 值」"
	case strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "uint"):
		return "要写一个整数（如 20）"
	case strings.HasPrefix(typ, "float"):
		return "要写一个数（如 0.5）"
	case typ == "bool":
		return "只能写 true（是）或 false（否）"
	}
	return "要写一段文字"
}

// explainSyntax tells a yaml.v3 syntax error, msg without its "yaml: ".
func explainSyntax(msg string, data []byte) string {
	line, text := 0, msg
	if m := syntaxLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		text = m[2]
	}
	// yaml.v3 leaves out the line number of a slip on the first line, and
	// often names the line where the enclosing block starts.
	n := failingLine(data, max(line, 1), text)
	where := fmt.Sprintf("第 %d 行", n)
	switch text {
	case "did not find expected key", "did not find expected '-' indicator", "mapping values are not allowed in this context":
		if from := outdentedFrom(data, n); from > 0 {
			return outdentedBlock(from, n)
		}
		if at, extra := overindented(data, n); at > 0 {
			return overindentedLine(at, extra, n)
		}
		if sibling, extra := overindentedKey(data, n); sibling > 0 {
			return overindentedLine(n, extra, sibling)
		}
	}
	switch text {
	case "found character that cannot start any token",
		"found a tab character that violates indentation",
		"found a tab character where an indentation space is expected":
		if tab := tabLine(data, line); tab > 0 {
			return fmt.Sprintf("第 %d 行用了 Tab 缩进：缩进只能用空格，请把 Tab 换成空格（一层两个空格）", tab)
		}
		return where + "有一个不能放在开头的字符：值以 @、`、% 或 & 开头的，请用英文引号括起来，如 \"@网格小助手\"；缩进只用空格，不用 Tab"
	case "mapping values are not allowed in this context":
		return where + "或它的上一行格式不对：可能是上一行少了冒号（应写成 name: 青山镇，冒号后面空一格），或这一行多了冒号、缩进多了（要和同一层的键左边对齐）；值里本来就有「: 」的请用英文引号括起来"
	case "did not find expected key":
		return where + "附近的缩进没对齐：同一层的键左边要对齐（只用空格），" + checkLayoutShort
	case "did not find expected '-' indicator":
		return where + "附近的列表缩进没对齐：每一项的「-」要左边对齐，项里的键也要对齐，" + checkLayoutShort
	case "could not find expected ':'":
		return where + "附近少了冒号：每一项写成「键: 值」，冒号用英文的 :，后面空一格"
	case "did not find expected ',' or ']'", "did not find expected ',' or '}'", "did not find expected node content":
		return where + "附近的 [ ] 或 { } 没写完：括号要成对，里面的项用英文逗号「,」分开"
	case "found unexpected end of stream":
		return where + "的引号没有配对：引号要成对，只用英文引号 \""
	case "block sequence entries are not allowed in this context":
		return where + "不该用「-」开头：「-」只用在列表的每一项前面，并且要比上一行的键多缩进；值本身是 - 的请写成 \"-\""
	}
	if line == 0 {
		where = "配置文件里"
	}
	return fmt.Sprintf("%s格式不对：%s（%s）", where, checkLayout, text)
}

// failingLine is the first line, from line n on, with which the file read
// up to there fails with the complaint text: the line of the slip, where
// yaml.v3 names the start of the block around it. n when none is found.
func failingLine(data []byte, n int, text string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	fails := func(k int) bool {
		var node yaml.Node
		err := yaml.Unmarshal(bytes.Join(lines[:k], nil), &node)
		if err == nil {
			return false
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := syntaxLine.FindStringSubmatch(msg); m != nil {
			msg = m[2]
		}
		return msg == text
	}
	lo, hi := n, len(lines)
	if lo > hi || !fails(hi) {
		return n
	}
	for lo < hi { // the first k whose first k lines fail
		if mid := (lo + hi) / 2; fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// outdentBack is how many lines above the one yaml.v3 names outdentedFrom
// looks for the start of a block indented too little.
const outdentBack = 120

// outdentedFrom is the first line of a block indented one level (two
// spaces) too little just above line n, where yaml.v3 fails: the line s
// from which indenting lines s to n-1 two spaces more makes the whole
// file read, with every key from line s to n where the file has it.
// yaml.v3 names the line after such a block, not the block. 0 when no
// such block is found.
func outdentedFrom(data []byte, n int) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if n < 2 || n > len(lines) {
		return 0
	}
	for s := n - 1; s >= max(1, n-outdentBack); s-- {
		if l := bytes.TrimSpace(lines[s-1]); len(l) == 0 || l[0] == '#' {
			continue // blank and comment lines: the block starts on a line with a key
		}
		mended := slices.Clone(lines)
		for i := s - 1; i < n-1; i++ {
			mended[i] = append([]byte("  "), lines[i]...)
		}
		text := bytes.Join(mended, nil)
		var node yaml.Node
		if yaml.Unmarshal(text, &node) != nil {
			continue
		}
		if !misplacedKey(decode(text, &Config{}), s, n) {
			return s
		}
	}
	return 0
}

// overindented finds the key line just above line n (blank and comment
// lines skipped) indented more than line n, where taking its extra spaces
// away makes the file read with every key in place: the first key of a
// block pushed one space too far, which yaml.v3 names as the next key at
// the block's indentation (n). It returns that line and its extra spaces;
// 0 when there is no such line.
func overindented(data []byte, n int) (line, extra int) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if n < 2 || n > len(lines) {
		return 0, 0
	}
	indent := func(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " ")) }
	s := n - 1
	for ; s >= 1; s-- {
		if l := bytes.TrimSpace(lines[s-1]); len(l) > 0 && l[0] != '#' {
			break
		}
	}
	if s < 1 || indent(lines[s-1]) <= indent(lines[n-1]) {
		return 0, 0
	}
	extra = indent(lines[s-1]) - indent(lines[n-1])
	mended := slices.Clone(lines)
	mended[s-1] = lines[s-1][extra:]
	text := bytes.Join(mended, nil)
	var node yaml.Node
	if yaml.Unmarshal(text, &node) != nil || misplacedKey(decode(text, &Config{}), s, n) {
		return 0, 0
	}
	return s, extra
}

// overindentedKey finds how many spaces line n, a key in the middle of a
// block, is pushed too far, which yaml.v3 names itself: the nearest key
// line above it (blank and comment lines skipped, up to outdentBack
// lines) indented less, such that taking line n back to its indentation
// makes the file read with every key in place. It returns that line (the
// key n belongs beside) and the extra spaces; 0 when there is none.
func overindentedKey(data []byte, n int) (sibling, extra int) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if n < 2 || n > len(lines) {
		return 0, 0
	}
	indent := func(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " ")) }
	at, tried := indent(lines[n-1]), map[int]bool{}
	for s := n - 1; s >= max(1, n-outdentBack); s-- {
		l := bytes.TrimSpace(lines[s-1])
		in := indent(lines[s-1])
		if len(l) == 0 || l[0] == '#' || in >= at || tried[in] {
			continue
		}
		tried[in] = true
		mended := slices.Clone(lines)
		mended[n-1] = lines[n-1][at-in:]
		text := bytes.Join(mended, nil)
		var node yaml.Node
		if yaml.Unmarshal(text, &node) == nil && !misplacedKey(decode(text, &Config{}), s, n) {
			return s, at - in
		}
		if in == 0 {
			break
		}
	}
	return 0, 0
}

// overindentedLine tells line at, a key pushed extra spaces further than
// the key of its block on line sibling.
func overindentedLine(at, extra, sibling int) string {
	return fmt.Sprintf("第 %d 行比同一层的键多缩进了 %d 个空格，和第 %d 行对不齐：请删掉第 %d 行前面多的 %d 个空格（同一层的键左边要对齐），%s",
		at, extra, sibling, at, extra, checkLayoutShort)
}

// misplacedKey reports whether err, decoding a file that reads, names a
// key not found (or twice) on a line from s to n.
func misplacedKey(err error, s, n int) bool {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return false
	}
	for _, e := range te.Errors {
		m := syntaxLine.FindStringSubmatch(e)
		if m == nil || !strings.Contains(e, "not found") && !strings.Contains(e, "already") {
			continue
		}
		if at, _ := strconv.Atoi(m[1]); at >= s && at <= n {
			return true
		}
	}
	return false
}

// outdentedBlock tells lines from to n-1, indented one level too little.
func outdentedBlock(from, n int) string {
	lines := fmt.Sprintf("第 %d 行到第 %d 行", from, n-1)
	if from == n-1 {
		lines = fmt.Sprintf("第 %d 行", from)
	}
	return fmt.Sprintf("%s比该有的少缩进了一层，和第 %d 行对不齐：请在%s每行前面加两个空格（同一层的键、同一个列表的「-」左边要对齐），%s",
		lines, n, lines, checkLayoutShort)
}

// tabLine is line n (counting from 1) or the one after it, whichever
// first has a Tab in its indentation (yaml.v3 may name the line above the
// Tab); 0 when neither has.
func tabLine(data []byte, n int) int {
	lines := bytes.Split(data, []byte("\n"))
	for i := max(n, 1) - 1; i < min(max(n, 1)+1, len(lines)); i++ {
		l := lines[i]
		indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if bytes.ContainsRune(indent, '\t') && len(bytes.TrimSpace(l)) > 0 {
			return i + 1
		}
	}
	return 0
}

// nearestKey is the key of the config struct named typ ("config.Township")
// that key is most likely a slip for: one or two letters off, or the same
// with other case or hyphens. "" when none is that close.
func nearestKey(typ, key string) string {
	t := structNamed(reflect.TypeFor[Config](), typ)
	if t == nil {
		return ""
	}
	var keys []string
	for i := range t.NumField() {
		if tag, ok := yamlKey(t.Field(i)); ok {
			keys = append(keys, tag)
		}
	}
	return Nearest(key, keys)
}

// Nearest is the one of names that word is most likely a slip for: one
// or two letters off (a quarter of the name at most), or the same with
// other case or hyphens for underscores. "" when none is that close. The
// config's keys and the command line's flags are told this way.
func Nearest(word string, names []string) string {
	best, bestDist := "", 3
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	for _, name := range names {
		d := near.Distance(norm(word), norm(name))
		if norm(word) == norm(name) {
			d = 0
		}
		if d < bestDist && d <= max(1, len(name)/4) {
			best, bestDist = name, d
		}
	}
	return best
}

// dottedKey is the hint for a key written as the README names it,
// "redis.url" or "wechat.alert.url_env": each part is a key of its own, one
// under the other. "" when key is no such path.
func dottedKey(key string) string {
	parts := strings.Split(key, ".")
	if len(parts) < 2 {
		return ""
	}
	for _, p := range allKeys(reflect.TypeFor[Config](), "") {
		p = strings.ReplaceAll(p, "[]", "")
		if p == key || strings.HasSuffix(p, "."+key) {
			last := len(parts) - 1
			return "（" + key + " 说的是 " + strings.Join(parts[:last], ": 下面 ") + ": 下面的 " + parts[last] +
				":，不能连着写成一个键：请删掉这一行，改文件里 " + parts[0] + ": 下面已有的那一行）"
		}
	}
	return ""
}

// keyPaths lists where key may be written in the file: the paths of the
// sections that have it ("sla", "villages[].grids[]"; "" for the top level).
func keyPaths(key string) []string {
	var out []string
	for _, p := range allKeys(reflect.TypeFor[Config](), "") {
		if p == key {
			out = append(out, "")
		} else if section, ok := strings.CutSuffix(p, "."+key); ok {
			out = append(out, section)
		}
	}
	return out
}

// allKeys lists the yaml key paths of t under prefix, with "[]" for list
// elements: "villages", "villages[].grids[].group"…
func allKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := yamlKey(f)
		if !ok {
			continue
		}
		path := prefix + tag
		keys = append(keys, path)
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
			path += "[]"
		}
		if ft.Kind() == reflect.Struct {
			keys = append(keys, allKeys(ft, path+".")...)
		}
	}
	return keys
}

// yamlKey is the key field f is written under in the file; false for a
// field the file cannot set.
func yamlKey(f reflect.StructField) (string, bool) {
	tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return tag, f.IsExported() && tag != "" && tag != "-"
}

// structNamed finds the struct type named name among t and the types of
// its fields, at any depth.
func structNamed(t reflect.Type, name string) reflect.Type {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	if t.String() == name {
		return t
	}
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			if found := structNamed(f.Type, name); found != nil {
				return found
			}
		}
	}
	return nil
}

// NearestOne is the one of names that word is one character off (三祖
// for 三组), when only one is; "" when none or several are. For short
// names, Chinese ones above all, where Nearest's slack would match names
// that are simply other names.
func NearestOne(word string, names []string) string {
	found := ""
	for _, name := range names {
		if near.Distance(word, name) != 1 {
			continue
		}
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}
