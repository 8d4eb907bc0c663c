package roster

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/internal/cnnum"
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
// grid ("青山村一组"); else the grids of the same number (1组, 第一组,
// 三组网格, 青山一组 for 一组; 第一网格 for 一网格, or for 一组 when the
// village has no 一网格), a 组 naming only a grid numbered as a 组 (a 网格
// may hold several 组). Each village gives its best matches; several
// grids of one village are a name the volunteer must make plain.
func (at Places) Named(sheet string) []Grid {
	w := sheetWord(sheet)
	if w == "" {
		return nil
	}
	// each grid's match: 1 its name, 2 its number, 3 its number as a 网格
	// for a grid that is a 组; a village's best matches only
	tier := make([]int, len(at.Grids))
	best := map[string]int{}
	for i, g := range at.Grids {
		gw := sheetWord(g.Name)
		gn, gunit := gridNumber(gw)
		for _, c := range at.prefixed(w) {
			if c.village != "" && c.village != g.Village {
				continue
			}
			n, unit := gridNumber(c.rest)
			switch {
			case c.rest == gw:
				tier[i] = 1
			case n > 0 && n == gn && unit == gunit:
				tier[i] = 2
			case n > 0 && n == gn && unit == unitGrid && gunit == unitGroup:
				tier[i] = 3 // 第一网格: the grid that is 一组
			default:
				continue
			}
			break
		}
		if b, ok := best[g.Village]; tier[i] > 0 && (!ok || tier[i] < b) {
			best[g.Village] = tier[i]
		}
	}
	var out []Grid
	for i, g := range at.Grids {
		if tier[i] > 0 && tier[i] == best[g.Village] {
			out = append(out, g)
		}
	}
	return out
}

// A grid's number is of a 组 (村民小组) or of a 网格.
const (
	unitGroup = "组"
	unitGrid  = "网格"
)

// groupWords and gridWords end a number that names a 组 or a 网格.
var (
	groupWords = []string{"组", "小组", "村民小组", "村民组", "组网格", "小组网格"}
	gridWords  = []string{"网格"}
)

// gridNumber reads a grid's name (as sheetWord has it, no village) as a
// number and its unit: 一组, 1组, 第一组, 三组网格, 第1小组 are 组 1–3,
// 第一网格, 1号网格 网格 1; n is 0 for any other name.
func gridNumber(w string) (n int, unit string) {
	n, rest := numeral(strings.TrimPrefix(w, "第"))
	rest = strings.TrimPrefix(rest, "号")
	switch {
	case n == 0:
		return 0, ""
	case slices.Contains(groupWords, rest):
		return n, unitGroup
	case slices.Contains(gridWords, rest):
		return n, unitGrid
	}
	return 0, ""
}

// numeral reads the number s starts with: Arabic digits, two at most (1,
// 01), or Chinese numerals (一, 十二, 二十, 贰拾壹, 两) as the chat words
// read them (cnnum.Leading), but for a leading 两: 两组 is both 组, no
// grid's name; n is 0 when s starts with none, and rest is what follows
// it.
func numeral(s string) (n int, rest string) {
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i != 0 {
		if i < 0 {
			i = len(s)
		}
		if i > 2 {
			return 0, s
		}
		for _, d := range s[:i] {
			n = n*10 + int(d-'0')
		}
		return n, s[i:]
	}
	if strings.HasPrefix(s, "两") {
		return 0, s
	}
	return cnnum.Leading(s)
}

// prefix is a sheet's name as one of the config's villages may start it:
// the village ("" for none) and the rest.
type prefix struct{ village, rest string }

// prefixed are the ways w (a sheetWord) may start with a village of the
// config: as it is, then after each village's name (青山村一组) or that
// name without its 村 (青山一组, 青山村委).
func (at Places) prefixed(w string) []prefix {
	out := []prefix{{"", w}}
	for _, v := range at.villages() {
		vw := sheetWord(v)
		for _, p := range []string{vw, strings.TrimSuffix(vw, "村")} {
			if utf8.RuneCountInString(p) < 2 {
				continue
			}
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				out = append(out, prefix{v, rest})
			}
		}
	}
	return out
}

// villages are the config's villages, in its order.
func (at Places) villages() []string {
	var out []string
	for _, g := range at.Grids {
		if !slices.Contains(out, g.Village) {
			out = append(out, g.Village)
		}
	}
	if len(out) == 0 && at.Village != "" {
		out = append(out, at.Village)
	}
	return out
}

// cadreWords name a sheet of the village's cadres (村干部, 青山村两委班子):
// people of the village as a whole, not of one grid.
var cadreWords = []string{"村干部", "干部", "村委", "村委会", "两委", "村两委", "村级干部", "村委干部", "两委干部", "村两委干部", "村委会干部"}

// cadreRoles says what to write in a cadres' sheet's 角色.
const cadreRoles = "给每人写上网格长或网格员（包村的镇干部写镇干部，管机器人的写管理员）"

// cadreSuffixes end a cadre sheet's name after its word: 两委班子成员.
var cadreSuffixes = []string{"成员", "班子", "信息表", "信息", "一览表", "表"}

// Cadres reports whether a sheet's name names the village's cadres
// (村干部, 村委, 两委, 青山村村干部名单), and the village it names, ""
// when none.
func (at Places) Cadres(sheet string) (villageName string, ok bool) {
	for _, c := range at.prefixed(sheetWord(sheet)) {
		w := c.rest
		for _, suffix := range cadreSuffixes {
			w = strings.TrimSuffix(w, suffix)
		}
		if slices.Contains(cadreWords, w) {
			return c.village, true
		}
	}
	return "", false
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
// several and has no 网格 column: a sheet of the village's cadres (村干部)
// is of its village and no grid; any other, of the grids its name names.
// A name that names none, or several grids with no 村 column to choose,
// is told on the header, saying what to name it.
func (im *importer) sheetGrids() {
	t := im.tab()
	if t.name == "" {
		return
	}
	if v, ok := im.places.Cadres(t.name); ok {
		im.cadreSheet(v) // with a 网格 column too: its empty cells are the village's
		return
	}
	if im.index[colGrid] >= 0 {
		return
	}
	t.grids = im.places.Named(t.name)
	villages := map[string]int{} // village → its grids named
	for _, g := range t.grids {
		villages[g.Village]++
	}
	switch {
	case len(t.grids) == 0:
		rename := "请"
		if len(im.places.Grids) > 0 {
			rename = "请把工作表改名为网格名（配置里的网格有 " + im.places.names() + "；管全村的干部那张表叫「村干部」），或者"
		}
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表名「%s」对不上配置里的网格%s，这张表又没有「网格」一列，机器人不知道表里的人是哪个网格的："+
				"%s在这张表加一列「网格」，写上各人的网格（管全村的干部空着）", t.name, im.places.notAGroup(t.name), rename)})
	case len(villages) < len(t.grids):
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表名「%s」对得上配置里的 %s 几个网格，机器人不知道是哪一个：请把工作表名改成其中一个网格的名字，或者加一列「网格」",
			t.name, gridNames(t.grids, len(villages) > 1))})
	case len(t.grids) > 1 && im.index[colVillage] < 0:
		var named []string
		for _, g := range t.grids {
			named = append(named, g.Village)
		}
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表名「%s」是 %s 都有的网格，这张表又没有「村」一列，机器人不知道是哪个村的：请把工作表名改成带村名的，如「%s」，或者加一列「村」",
			t.name, strings.Join(named, "、"), t.grids[0].Village+t.grids[0].Name)})
	}
}

// notAGroup says why a sheet named as a 组 (一组) names none of the
// config's grids numbered as 网格 (第一网格): "" for any other name.
func (at Places) notAGroup(sheet string) string {
	for _, c := range at.prefixed(sheetWord(sheet)) {
		n, unit := gridNumber(c.rest)
		if unit != unitGroup {
			continue
		}
		for _, g := range at.Grids {
			if gn, gunit := gridNumber(sheetWord(g.Name)); gn == n && gunit == unitGrid {
				return fmt.Sprintf("（表名说的是组，配置里的「%s」是网格：一个网格可能管几个组，机器人不猜）", g.Name)
			}
		}
	}
	return ""
}

// gridNames writes grids as the config names them, with their village
// when several villages are among them.
func gridNames(grids []Grid, withVillage bool) string {
	var out []string
	for _, g := range grids {
		if withVillage {
			out = append(out, g.Village+g.Name)
		} else {
			out = append(out, g.Name)
		}
	}
	return strings.Join(out, "、")
}

// cadreSheet reads the sheet being read as the cadres of village v (""
// when its name names none): people of the village and no grid (or, when
// the sheet has a 网格 column, the grid their cell names; an empty cell is
// no grid, as on a sheet without the column), who
// serve the whole of it (Person.VillageWide), each row checked by
// cadreRow. Without a village in its name it is the config's only
// village's, or each row's 村; with several villages and no 村 column it
// is told on the header, as is a sheet with no 角色 column, whose people
// would all be villagers, who belong to a grid.
func (im *importer) cadreSheet(v string) {
	t := im.tab()
	t.cadres = true
	villages := im.places.villages()
	switch {
	case v != "":
		t.grids = []Grid{{Village: v}}
	case len(villages) <= 1 || im.index[colVillage] >= 0:
		for _, name := range villages {
			t.grids = append(t.grids, Grid{Village: name})
		}
	default:
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表「%s」是村干部的表，可配置里有 %s 几个村，这张表又没有「村」一列，机器人不知道是哪个村的干部：请把工作表名改成带村名的，如「%s村干部」，或者加一列「村」",
			t.name, strings.Join(villages, "、"), villages[0])})
	}
	if im.index[colRoles] < 0 {
		im.errs = append(im.errs, RowError{Row: im.header, Sheet: t.name, Msg: fmt.Sprintf(
			"工作表「%s」是村干部的表，表里的人不分网格、管全村，可这张表没有「角色」一列，机器人不知道谁是网格长、网格员："+
				"请加一列「角色」，%s；普通村民请挪到他家那个组的工作表", t.name, cadreRoles)})
	}
}

// cadreRow checks p, read on a sheet of the village's cadres with no
// 网格 (the sheet has no such column, or his cell is empty), serves the
// whole village: anyone else (a villager, a scorer, a shopkeeper) belongs
// to a grid, which this sheet does not give. cell is its 角色 as written;
// one that did not read was told already.
func (im *importer) cadreRow(row int, p village.Person, cell string) {
	t := im.tab()
	if !t.cadres || im.index[colRoles] < 0 || p.Roles == nil || p.VillageWide() || p.Grid != "" {
		return
	}
	written := "没写角色（空着就是村民）"
	if cell != "" {
		written = fmt.Sprintf("「%s」写的是「%s」", im.names[colRoles], cell)
	}
	im.fail(row, colRoles, "工作表「%s」里的人不分网格、管全村，角色要有网格长或网格员（或管理员、镇干部），%s的这一行%s："+
		"他是干部的，补上他在网格里的角色；不是的（村民、评分小组、超市管理员都要算在一个组里），把这一行挪到他家那个组的工作表",
		t.name, cmp.Or(p.Name, "这个人"), written)
}

// gridOfSheet gives p, read from a sheet named after its grid (or of
// the village's cadres), that grid and, when the row names no 村
// (written), its village. A 村 written that has no grid of the sheet's
// name is told on its cell.
func (im *importer) gridOfSheet(row int, p *village.Person, written string) {
	grids := im.tab().grids
	switch i := slices.IndexFunc(grids, func(g Grid) bool { return g.Village == p.Village }); {
	case len(grids) == 0:
	case written == "" && len(grids) == 1:
		p.Village = grids[0].Village
		if !im.tab().cadres {
			p.Grid = grids[0].Name
		}
	case i >= 0 && !im.tab().cadres:
		p.Grid = grids[i].Name
	case i >= 0:
		// a cadre keeps his 网格 cell: empty, the village's
	case written != "":
		im.fail(row, colVillage, "写的是「%s」，可这张工作表「%s」是%s的人：请改对「村」，或者把这一行挪到%s的工作表里",
			written, im.tab().name, grids[0].Village+grids[0].Name, written)
	}
}

// renamed is a 网格 as written (1组) that is the config's grid (一组),
// and where it is written so.
type renamed struct {
	written string
	grid    Grid
	at      []loc
}

// gridOfCell reads p's 网格 as written (1组, 第一组, 青山村一组; a bare 1
// under a header of 组 or 网格: 组, 所属组别) as the config's grid of p's
// village it names (Places.Named) when it is none by its own name,
// keeping where for Sheet.Placed. A cell of no grid, or of several, is
// left as written (the config's check names it).
func (im *importer) gridOfCell(row int, p *village.Person) {
	if p.Grid == "" || im.index[colGrid] < 0 {
		return
	}
	named := p.Grid
	if n, rest := numeral(strings.TrimPrefix(named, "第")); n > 0 && rest == "" {
		// a bare number (1, 第3) under a 组 or 网格 header: of that unit
		switch h := headerWord(im.names[colGrid]); {
		case strings.Contains(h, unitGroup):
			named += unitGroup
		case strings.Contains(h, unitGrid):
			named += unitGrid
		}
	}
	var mine []Grid
	for _, g := range im.places.Named(named) {
		if g.Village == p.Village {
			mine = append(mine, g)
		}
	}
	if len(mine) != 1 || mine[0].Name == p.Grid {
		return
	}
	here := loc{len(im.tabs) - 1, row}
	i := slices.IndexFunc(im.renamed, func(r renamed) bool { return r.written == p.Grid && r.grid == mine[0] })
	if i < 0 {
		im.renamed = append(im.renamed, renamed{written: p.Grid, grid: mine[0]})
		i = len(im.renamed) - 1
	}
	im.renamed[i].at = append(im.renamed[i].at, here)
	p.Grid = mine[0].Name
}
