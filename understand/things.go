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
