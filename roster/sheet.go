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
	Header int    // the header's row

	names [numColumns]string // each column's header as written; "" when absent
	rows  map[string]int     // Person.Key() → row
}

// Row is p's row in the file; 0 when the file has no such person.
func (s *Sheet) Row(p village.Person) int {
	if s == nil {
		return 0
	}
	return s.rows[p.Key()]
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
	rows := s.Rows(people)
	file := ""
	if s != nil && s.File != "" {
		file = s.File + " "
	}
	if len(rows) == 0 {
		return fmt.Sprintf("%s「%s」", file, col)
	}
	return fmt.Sprintf("%s%s「%s」", file, RowSpan(rows), col)
}

// Rows are the rows of those of people the file has.
func (s *Sheet) Rows(people []village.Person) []int {
	var rows []int
	for _, p := range people {
		if r := s.Row(p); r > 0 {
			rows = append(rows, r)
		}
	}
	return rows
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
	s := &Sheet{File: file, Header: im.header, rows: make(map[string]int, len(im.people))}
	for c := range s.names {
		if im.index[c] >= 0 {
			s.names[c] = im.names[c]
		}
	}
	for i, p := range im.people {
		if _, dup := s.rows[p.Key()]; !dup {
			s.rows[p.Key()] = im.rows[i]
		}
	}
	return s
}
