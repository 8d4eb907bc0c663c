package roster

import (
	"fmt"
	"slices"
	"strings"

	"gridbot/village"
)

// Places are what a register is read against: the village of the rows
// that name none, and the config's grids, after which a workbook kept one
// sheet a 组 names its sheets ("一组", "青山村一组").
type Places struct {
	Village string // the village of rows with no 村
	Grids   []Grid
}

// Grid is one grid of the config, by its village's name and its own.
type Grid struct{ Village, Name string }

// sheetSuffixes end a sheet's name after the grid's: 一组花名册, 一组名单.
var sheetSuffixes = []string{"花名册", "名册", "名单", "人员"}

// sheetWord is a sheet's (or a grid's) name as Named compares it: as
// headerWord has it (full-width folded, no spaces, before a bracket:
// 一组（12户）), without separators and a trailing 花名册.
func sheetWord(s string) string {
	s = strings.NewReplacer("-", "", "_", "", "·", "", "—", "").Replace(headerWord(s))
	for _, suffix := range sheetSuffixes {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// Named are the grids a sheet's name names: the grid of that name in
// each village that has one ("一组"), or the one of the village and the
// grid ("青山村一组").
func (at Places) Named(sheet string) []Grid {
	w := sheetWord(sheet)
	var out []Grid
	for _, g := range at.Grids {
		if w != "" && (w == sheetWord(g.Name) || w == sheetWord(g.Village+g.Name)) {
			out = append(out, g)
		}
	}
	return out
}

// names lists the grids as a sheet is named after them: 一组、二组 for a
// township of one village, 青山村一组、柳树村一组 for several.
func (at Places) names() string {
	several := slices.ContainsFunc(at.Grids, func(g Grid) bool { return g.Village != at.Grids[0].Village })
	var out []string
	for _, g := range at.Grids {
		if several {
			out = append(out, g.Village+g.Name)
		} else {
			out = append(out, g.Name)
		}
	}
	return strings.Join(out, "、")
}

// sheetGrids finds the grids of the sheet being read, when it is one of
// several and has no 网格 column: the grids its name names. A name that
// names none, or the same grid of several villages with no 村 column to
// choose, is told on the header, saying what to name it.
func (im *importer) sheetGrids() {
	t := im.tab()
	if t.name == "" || im.index[colGrid] >= 0 {
		return
	}
	t.grids = im.places.Named(t.name)
	switch {
	case len(t.grids) == 0:
		rename := ""
		if len(im.places.Grids) > 0 {
			rename = "请把工作表改名为网格名（配置里的网格有 " + im.places.names() + "），或者"
		} else {
			rename = "请"
		}
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表名「%s」对不上配置里的网格，这张表又没有「网格」一列，机器人不知道表里的人是哪个网格的："+
				"%s在这张表加一列「网格」，写上各人的网格（管全村的干部空着）", t.name, rename)})
	case len(t.grids) > 1 && im.index[colVillage] < 0:
		var villages []string
		for _, g := range t.grids {
			villages = append(villages, g.Village)
		}
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表名「%s」是 %s 都有的网格，这张表又没有「村」一列，机器人不知道是哪个村的：请把工作表名改成带村名的，如「%s」，或者加一列「村」",
			t.name, strings.Join(villages, "、"), t.grids[0].Village+t.grids[0].Name)})
	}
}

// gridOfSheet gives p, read from a sheet named after its grid, that grid
// and, when the row names no 村 (written), its village. A 村 written that
// has no grid of the sheet's name is told on its cell.
func (im *importer) gridOfSheet(row int, p *village.Person, written string) {
	grids := im.tab().grids
	switch i := slices.IndexFunc(grids, func(g Grid) bool { return g.Village == p.Village }); {
	case len(grids) == 0:
	case written == "" && len(grids) == 1:
		p.Village, p.Grid = grids[0].Village, grids[0].Name
	case i >= 0:
		p.Grid = grids[i].Name
	case written != "":
		im.fail(row, colVillage, "写的是「%s」，可这张工作表「%s」是%s的人：请改对「村」，或者把这一行挪到%s的工作表里",
			written, im.tab().name, grids[0].Village+grids[0].Name, written)
	}
}
