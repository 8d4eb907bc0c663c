package roster

import (
	"fmt"
	"slices"
	"strings"

	"gridbot/village"
)

// Sheet says where a parsed register's people are in its file, so that a
// problem found only later, against the config (a 网格 the config lacks, a
// household of no 户主), names the row and the column the volunteer
// fixes, as a parse error does.
type Sheet struct {
	File   string // the file's name as Parse was given it
	Header int    // the header's row (of the first sheet read)

	names [numColumns]string // each column's header as written (by the first sheet that has it); "" when absent
	rows  map[string]loc     // Person.Key() → where
	// tabs are the names of the workbook's sheets read, by loc.tab, when
	// they were several (one sheet a 组); "" for a file of one.
	tabs []string
	// placed are how the sheets of no 网格 column were read by their
	// names, and renamed how 网格 cells not written as the config names
	// the grid were read (Placed).
	placed, renamed []string
	// cadres are how the cadres' sheets with a 网格 column were read
	// (their empty cells the village's, Placed).
	cadres []string
	// ignored are the headers of columns read for nothing (出生日期,
	// 备注), private those of numbers never held (身份证号): Unread.
	ignored, private []string
}

// Unread says which columns of the file the bot reads nothing from and
// keeps nothing of, once, for the volunteer to know the columns stay in
// his file only: "「出生日期」「备注」这几列机器人不读，也不存（表里可以留
// 着）。", then on a line of its own "「身份证号」机器人不读、不存，也不写
// 进日志（个人隐私），表里可以留着。"; "" when there are none.
func (s *Sheet) Unread() string {
	if s == nil {
		return ""
	}
	var out string
	if n := len(s.ignored); n > 0 {
		these := "这几列"
		if n == 1 {
			these = "这一列"
		}
		out = "「" + strings.Join(s.ignored, "」「") + "」" + these + "机器人不读，也不存（表里可以留着）"
		if slices.ContainsFunc(s.ignored, func(h string) bool { return strings.Contains(h, "备注") }) {
			out += "；备注里要机器人知道的，请写进它认得的列：不用微信的在「使用微信」写否，要常打电话回访的在「关爱等级」写高或重点"
		}
		out += "。"
	}
	if len(s.private) > 0 {
		if out != "" {
			out += "\n"
		}
		out += "「" + strings.Join(s.private, "」「") + "」机器人不读、不存，也不写进日志（个人隐私），表里可以留着。"
	}
	return out
}

// Placed says how the sheets with no 网格 column were read by their names,
// and the 网格 cells written otherwise than the config names the grid, for
// the volunteer to see each went where he meant: "工作表没有「网格」一列
// 的，按表名算：「1组」算一组，「村干部」算青山村的村干部（不分网格，管全
// 村）。「所属组别」写的按配置里的网格名算：「1组」算一组（第 3–32 行）。";
// "" when neither was.
func (s *Sheet) Placed() string {
	if s == nil {
		return ""
	}
	var out string
	if len(s.placed) > 0 {
		out = "工作表没有「网格」一列的，按表名算：" + strings.Join(s.placed, "，") + "。"
	}
	out += strings.Join(s.cadres, "")
	if len(s.renamed) > 0 {
		col, _ := s.Column("网格")
		out += "「" + col + "」写的按配置里的网格名算：" + strings.Join(s.renamed, "，") + "。"
	}
	return out
}

// Row is p's row in the file (in its sheet); 0 when the file has no such
// person.
func (s *Sheet) Row(p village.Person) int {
	if s == nil {
		return 0
	}
	return s.rows[p.Key()].row
}

// At is where p is, as the volunteer finds it: "第 7 行", or with its
// sheet when the register is several, "工作表「二组」第 7 行"; "" when the
// file has no such person.
func (s *Sheet) At(p village.Person) string {
	if s.Row(p) == 0 {
		return ""
	}
	l := s.rows[p.Key()]
	return rowAt(s.tabs[l.tab], l.row)
}

// Column is the header of the column named (by its Chinese name, "网格")
// as the file writes it ("所属网格"); ok is false when the file has no
// such column, and the name is then the Chinese one.
func (s *Sheet) Column(name string) (written string, ok bool) {
	for c, names := range columnNames {
		if names[0] != name {
			continue
		}
		if s == nil || s.names[c] == "" {
			return name, false
		}
		return s.names[c], true
	}
	return name, false
}

// Cells names the cells of the column named (its Chinese name) in the
// rows of people, as a parse error does: "花名册.csv 第 5、9–12 行「所属网格」".
func (s *Sheet) Cells(name string, people []village.Person) string {
	col, _ := s.Column(name)
	file := ""
	if s != nil && s.File != "" {
		file = s.File + " "
	}
	return fmt.Sprintf("%s%s「%s」", file, s.Span(people), col)
}

// Span is the rows of those of people the file has, as RowSpan writes
// them, each sheet's after its name when the register is several:
// "第 2–5 行", "工作表「一组」第 2–5 行，工作表「二组」第 3 行"; "" when the file
// has none of them.
func (s *Sheet) Span(people []village.Person) string {
	if s == nil {
		return ""
	}
	var at []loc
	for _, p := range people {
		if l, ok := s.rows[p.Key()]; ok {
			at = append(at, l)
		}
	}
	return spanOf(s.tabs, at)
}

// spanOf writes the rows at, of the sheets tabs, as Span does.
func spanOf(tabs []string, at []loc) string {
	rows := make([][]int, len(tabs))
	for _, l := range at {
		rows[l.tab] = append(rows[l.tab], l.row)
	}
	var spans []string
	for t, rs := range rows {
		if len(rs) == 0 {
			continue
		}
		span := RowSpan(rs)
		if tabs[t] != "" {
			span = "工作表「" + tabs[t] + "」" + span
		}
		spans = append(spans, span)
	}
	return strings.Join(spans, "，")
}

// maxSpans is how many runs of rows RowSpan writes out.
const maxSpans = 8

// RowSpan writes rows as a spreadsheet user reads them: "第 5 行",
// "第 2–31 行", "第 2、5、9–12 行"; past maxSpans runs it ends in "行等".
func RowSpan(rows []int) string {
	rows = slices.Clone(rows)
	slices.Sort(rows)
	rows = slices.Compact(rows)
	var spans []string
	more := ""
	for i := 0; i < len(rows); {
		j := i
		for j+1 < len(rows) && rows[j+1] == rows[j]+1 {
			j++
		}
		if len(spans) == maxSpans {
			more = "等"
			break
		}
		if j == i {
			spans = append(spans, fmt.Sprint(rows[i]))
		} else {
			spans = append(spans, fmt.Sprintf("%d–%d", rows[i], rows[j]))
		}
		i = j + 1
	}
	return "第 " + strings.Join(spans, "、") + " 行" + more
}

func (im *importer) sheet(file string) *Sheet {
	s := &Sheet{File: file, Header: im.tabs[0].header, rows: make(map[string]loc, len(im.people))}
	several := len(im.places.villages()) > 1
	for _, t := range im.tabs {
		s.tabs = append(s.tabs, t.name)
		if t.name != "" && len(t.grids) > 0 {
			if t.cadres && t.index[colGrid] >= 0 {
				// the others are of the grid written
				s.cadres = append(s.cadres, "工作表「"+t.name+"」里「"+t.names[colGrid]+"」空着的人算"+t.placedAs(several)+"。")
			} else {
				s.placed = append(s.placed, "「"+t.name+"」算"+t.placedAs(several))
			}
		}
		for _, h := range t.ignored {
			s.ignored = appendNew(s.ignored, h)
		}
		for _, h := range t.private {
			s.private = appendNew(s.private, h)
		}
		for c := range s.names {
			if t.index[c] >= 0 && s.names[c] == "" {
				s.names[c] = t.names[c]
			}
		}
	}
	for _, c := range im.renamed {
		s.renamed = append(s.renamed, fmt.Sprintf("「%s」算%s（%s）", c.written, gridNames([]Grid{c.grid}, several), spanOf(s.tabs, c.at)))
	}
	for i, p := range im.people {
		if _, dup := s.rows[p.Key()]; !dup {
			s.rows[p.Key()] = im.rows[i]
		}
	}
	return s
}

// placedAs is what the sheet t was read as by its name: its grid (一组,
// 青山村一组 when withVillage), or its village's cadres.
func (t tab) placedAs(withVillage bool) string {
	if t.cadres {
		var villages []string
		for _, g := range t.grids {
			villages = append(villages, g.Village)
		}
		return strings.Join(villages, "、") + "的村干部（不分网格，管全村）"
	}
	return gridNames(t.grids, withVillage)
}
