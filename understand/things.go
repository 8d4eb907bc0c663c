package understand

import (
	"slices"
	"strings"
)

// Things are the words s names of a report's thing or its trouble, as
// the report topics know them ("路灯", "井盖", "垃圾", "停水"; see
// topics): places aside ("路口", "路边"), each once, a word inside a longer
// one found ("灯" of "路灯") left out. What a cadre says of an item that
// names things and none of the item's is another matter ("村口垃圾堆满
// 了" beside 村口's lamp), wherever it is.
func Things(s Said) []string {
	t := s.Canon
	x := sketchOf(t)
	var found []string
	for _, tp := range topics {
		for _, l := range []lexicon{tp.strong, tp.objects} {
			for i := range l.mayOccur(&x) {
				if w := l.words[i]; strings.Contains(t, w) && !slices.Contains(found, w) {
					found = append(found, w)
				}
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(found), func(w string) bool {
		return slices.ContainsFunc(found, func(longer string) bool { return len(longer) > len(w) && strings.Contains(longer, w) })
	})
}

// ThingsOf reports whether a and b each name things of a report (named,
// see Things), and whether they share one, or one of its kin (shared:
// "电工说是电线断了" is of the lamp that went out).
func ThingsOf(a, b Said) (named, shared bool) {
	ta, tb := Things(a), Things(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false, false
	}
	for _, x := range ta {
		if slices.ContainsFunc(tb, func(y string) bool { return OneThing(x, y) }) {
			return true, true
		}
	}
	return true, false
}

// OneThing reports whether thing words x and y (see Things) name one
// thing: one holds the other ("灯" of "路灯") or they are kin ("灯",
// "电线").
func OneThing(x, y string) bool {
	return strings.Contains(x, y) || strings.Contains(y, x) || slices.ContainsFunc(kinThings, func(kin []string) bool {
		return hasWord(x, kin) && hasWord(y, kin)
	})
}

// kinThings are things of one matter that share no word: a lamp and the
// power it runs on ("灯" of "路灯" and "灯泡", "电" of "电工", "电线"),
// the water supply and its pipes and works. A lamp's trouble "不亮" is a
// thing word of the road topic: kin of the lamp ("村口路灯不亮了" repeats
// "村口那个路灯坏了", walk79). Drains are one thing by whatever name
// ("水沟", "下水道", "排水沟", "阴沟": a village calls its gutter any of
// them), and a stink is a drain's trouble as 不亮 is a lamp's; 沟渠 and
// 水渠 carry water to the fields and are not drains.
var kinThings = [][]string{{"灯", "电", "线路", "变压器", "开关", "不亮"}, {"水管", "自来水", "水龙头", "水表", "水压", "水厂", "水泵", "水塔", "停水", "没水", "断水"},
	{"水沟", "下水道", "排水沟", "阴沟", "臭水沟", "排水渠", "污水沟", "下水口", "臭"}}

// Fault reports whether s tells a thing of a report topic (Things) and
// something wrong with it (states): "路灯也坏了", "垃圾没人收", a matter
// someone must mend or clear; not a sensation alone ("还有一股臭味") nor a
// thing with nothing wrong said of it.
func Fault(s Said) bool {
	return len(Things(s)) > 0 && containsAny(s.Canon, states)
}
