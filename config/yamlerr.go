package config

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The fix every layout slip shares, told to the volunteer who edits the file.
const checkLayout = "请对照 config.example.yaml 检查拼写和缩进（只用空格，不用 Tab）"

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
		if near := nearestKey(m[3], m[2]); near != "" {
			hint = "（是不是 " + near + "？）"
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
		return fmt.Sprintf("第 %s 行：这里要写%s，现在写的是%s", m[1], wantOfType(m[4]), got)
	}
	if m := syntaxLine.FindStringSubmatch(e); m != nil {
		return fmt.Sprintf("第 %s 行：%s（%s）", m[1], checkLayout, m[2])
	}
	return fmt.Sprintf("%s（%s）", checkLayout, e)
}

// wantOfType says what a value of the Go type named typ is written like.
func wantOfType(typ string) string {
	switch {
	case strings.HasPrefix(typ, "[]"):
		return "一个列表：写成 [甲, 乙]，或在下面每行写「- 一项」"
	case strings.HasPrefix(typ, "map[") || strings.HasPrefix(typ, "config."):
		return "几个子项：在下一行多缩进两个空格，写成「键: 值」"
	case strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "uint"):
		return "一个整数（如 20）"
	case strings.HasPrefix(typ, "float"):
		return "一个数（如 0.5）"
	case typ == "bool":
		return " true（是）或 false（否）"
	}
	return "一段文字"
}

// explainSyntax tells a yaml.v3 syntax error, msg without its "yaml: ".
func explainSyntax(msg string, data []byte) string {
	line, text := 0, msg
	if m := syntaxLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		text = m[2]
	}
	where := "配置文件里"
	if line > 0 {
		where = fmt.Sprintf("第 %d 行", line)
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
		return where + "（或它的上一行）多了一个冒号或缩进多了：冒号后面要空一格（name: 青山镇）；值里本来就有「: 」的请用英文引号括起来；这一行要和同一层的键左边对齐"
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
	return fmt.Sprintf("%s格式不对：%s（%s）", where, checkLayout, text)
}

// checkLayoutShort ends a message that has said what to align.
const checkLayoutShort = "请对照 config.example.yaml"

// tabLine is the first line, from line from on (counting from 1), whose
// indentation holds a Tab; 0 when none does.
func tabLine(data []byte, from int) int {
	for i, l := range bytes.Split(data, []byte("\n")) {
		indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if i+1 >= from && bytes.ContainsRune(indent, '\t') && len(bytes.TrimSpace(l)) > 0 {
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
	best, bestDist := "", 3
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		d := editDistance(norm(key), tag)
		if norm(key) == tag {
			d = 0
		}
		if d < bestDist && d <= max(1, len(tag)/4) {
			best, bestDist = tag, d
		}
	}
	return best
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

// editDistance is the Levenshtein distance between a and b, in bytes (keys
// are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
