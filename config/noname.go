package config

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// A list item's "- name:" line deleted leaves its other keys (a grid's
// group) one level in, where YAML reads them as keys of the item above:
// yaml.v3 then says that key is written twice ("group 写了两次"), or, for
// the first item of a list, that the indentation is off. Neither tells the
// volunteer that a name is missing, nor where.

var (
	errLine    = regexp.MustCompile(`line (\d+)`)
	gridPath   = regexp.MustCompile(`^villages\[(\d+)\]\.grids\[(\d+)\]\.name$`)
	keyAtStart = regexp.MustCompile(`^( {2,})([a-z][a-z0-9_]*):`)
)

// nameNear is how many lines either side of one yaml.v3 names the item
// whose name is missing may start.
const nameNear = 2

// missingName tells the list item whose "- name:" line was left out, when
// err (decoding data) comes from that: putting a "- name:" line back before
// a key line near one the error names makes the whole file decode. "" when
// no such line is found.
func missingName(data []byte, err error) string {
	lines := strings.Split(string(data), "\n")
	var named []int
	for _, m := range errLine.FindAllStringSubmatch(err.Error(), -1) {
		n, _ := strconv.Atoi(m[1])
		named = append(named, n)
	}
	if msg, ok := strings.CutPrefix(err.Error(), "yaml: "); ok {
		// a syntax error names the line where the block around the
		// slip starts (explainSyntax)
		line, text := 1, msg
		if m := syntaxLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			text = m[2]
		}
		named = append(named, failingLine(data, max(line, 1), text))
	}
	tried := map[int]bool{}
	for _, n := range named {
		for k := max(1, n-nameNear); k <= min(len(lines), n+nameNear); k++ {
			if tried[k] {
				continue
			}
			tried[k] = true
			if msg := nameBefore(lines, k); msg != "" {
				return msg
			}
		}
	}
	return ""
}

// nameBefore tells the item starting at line k (counting from 1) as one
// without its "- name:" line, when inserting that line before k makes the
// file decode; "" otherwise.
func nameBefore(lines []string, k int) string {
	m := keyAtStart.FindStringSubmatch(strings.TrimRight(lines[k-1], "\r"))
	if m == nil || m[2] == "name" {
		return ""
	}
	dash := m[1][2:] + "- name: "
	mended := slices.Insert(slices.Clone(lines), k-1, dash+"x")
	text := []byte(strings.Join(mended, "\n"))
	var root yaml.Node
	var c Config
	if yaml.Unmarshal(text, &root) != nil || decode(text, &c) != nil {
		return ""
	}
	path := keyPathAt(&root, k)
	if !strings.HasSuffix(path, "].name") {
		return ""
	}
	g := gridPath.FindStringSubmatch(path)
	if g == nil {
		return fmt.Sprintf("第 %d 行：这一项（%s）少了「- name: 名字」那一行，和上一项连在一起了：请在第 %d 行前面加一行「%s名字」，「-」和上一项的「- name:」对齐",
			k, strings.TrimSuffix(path, ".name"), k, dash)
	}
	vi, _ := strconv.Atoi(g[1])
	gi, _ := strconv.Atoi(g[2])
	v := c.Villages[vi]
	group := v.Grids[gi].Group
	name, example := "网格名", ""
	if guess := gridOfGroup(v.Name, group); guess != "" {
		name, example = guess, "（这里猜是 "+guess+"，请按花名册「网格」一列改）"
	}
	which := "群「" + group + "」的网格"
	if group == "" {
		which = "这个网格"
	}
	joined, align, or := "", "前面的空格照抄", ""
	if gi > 0 {
		joined, align = "，和上一个网格连在一起了", "「-」和上面的「- name:」对齐"
		or = fmt.Sprintf("；要是第 %d 行本来就是上一个网格的，是写重了，请删掉一处", k)
	}
	return fmt.Sprintf("第 %d 行：%s的%s少了「- name: 网格名」那一行%s。请在第 %d 行前面加一行「%s%s」%s，%s%s",
		k, v.Name, which, joined, k, dash, name, example, align, or)
}

// gridOfGroup guesses a grid's name from its group's, as the example
// names them ("青山村二组网格群" of 青山村: 二组); "" when it does not
// read so.
func gridOfGroup(village, group string) string {
	rest := strings.TrimPrefix(group, village)
	for _, suffix := range []string{"网格群", "网格", "群"} {
		if r, ok := strings.CutSuffix(rest, suffix); ok {
			rest = r
			break
		}
	}
	if rest == "" || rest == group || utf8.RuneCountInString(rest) > 4 {
		return ""
	}
	return rest
}
