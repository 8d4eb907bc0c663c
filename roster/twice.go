package roster

import (
	"fmt"
	"slices"
	"strings"
)

// twice is a person (村, 户号 and 姓名) met again: where first, and here.
type twice struct {
	name        string
	first, here loc
}

// copiedRows is how many people two sheets must share to be told as one
// sheet copied into another (a 汇总 sheet of every 组's people) rather
// than row by row.
const copiedRows = 5

// tellTwice tells the people met twice: each on its row, unless two
// sheets share copiedRows of them or more. Such sheets are told once on
// the sheet they share with the most others (汇总, sharing with 1组, 二组
// and 三组, and then with 村干部 its two too), naming them: row by row,
// the volunteer would delete ninety rows one by one from a workbook where
// one sheet is the copy.
func (im *importer) tellTwice() {
	pairs := map[[2]int][]twice{} // tabs (the lower first) → the people both have
	for _, d := range im.twice {
		if d.first.tab == d.here.tab {
			im.twiceOnRow(d)
			continue
		}
		k := [2]int{min(d.first.tab, d.here.tab), max(d.first.tab, d.here.tab)}
		pairs[k] = append(pairs[k], d)
	}
	partners := map[int][]int{} // tab → the tabs told with it
	link := func(k [2]int) {
		partners[k[0]] = append(partners[k[0]], k[1])
		partners[k[1]] = append(partners[k[1]], k[0])
	}
	var few [][2]int
	for k, ds := range pairs {
		if len(ds) >= copiedRows {
			link(k)
		} else {
			few = append(few, k)
		}
	}
	for _, k := range few {
		if len(partners[k[0]]) > 1 || len(partners[k[1]]) > 1 {
			link(k) // the rest of a 汇总's: 村干部's two people
			continue
		}
		for _, d := range pairs[k] {
			im.twiceOnRow(d)
		}
	}
	for len(partners) > 0 {
		hub := -1 // the sheet sharing with the most others, the first of equals
		for t, ps := range partners {
			if hub < 0 || len(ps) > len(partners[hub]) || len(ps) == len(partners[hub]) && t < hub {
				hub = t
			}
		}
		others := slices.Sorted(slices.Values(partners[hub]))
		n := 0
		var names []string
		for _, o := range others {
			n += len(pairs[[2]int{min(hub, o), max(hub, o)}])
			names = append(names, "「"+im.tabs[o].name+"」")
			partners[o] = slices.DeleteFunc(partners[o], func(t int) bool { return t == hub })
			if len(partners[o]) == 0 {
				delete(partners, o)
			}
		}
		delete(partners, hub)
		h := im.tabs[hub]
		fix := fmt.Sprintf("「%s」是把另外几张表抄在一起的，就删掉这张工作表（或者只留它，删掉另外几张），再导入一次", h.name)
		if len(others) == 1 {
			fix = "像是一张表抄了另一张：请删掉其中一张工作表（或删掉另一张里重复的人），再导入一次"
		}
		im.errs = append(im.errs, RowError{Row: h.header, Column: h.names[colName], Sheet: h.name, Msg: fmt.Sprintf(
			"这张工作表和工作表%s有 %d 人一样（村、户号、姓名都一样），一个人在文件里只能写一次：%s",
			strings.Join(names, "、"), n, fix)})
	}
}

// twiceOnRow tells d on its row, naming both.
func (im *importer) twiceOnRow(d twice) {
	im.failAt(d.here, colName, "%s在%s和%s出现了两次（村、户号、姓名都一样）：请删掉一行；是重名的两个人，请填不同的户号", d.name, im.where(d.first), im.where(d.here))
}
