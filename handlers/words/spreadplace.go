package words

import (
	"strings"

	"gridbot/village"
)

// reachWords say a fire or a flood reached somewhere from where it was
// raised: "大火烧到后山了", "水漫到村口了".
var reachWords = []string{"烧到", "烧过去", "烧过来", "烧上", "蔓延到", "蔓延至", "引燃", "漫到", "淹到", "冲到"}

// ReachedPlace is the place of the village (spotWords) text, in canonical
// words, tells a fire or a flood reached ("大火烧到后山了": 后山), "" for
// none: no reach word with a place in the few characters after it, or one
// denied ("还好没烧到后山").
func ReachedPlace(text string) string {
	for _, w := range reachWords {
		for at := range village.Indices(text, w) {
			if ContainsAnyOf(lastRunes(text[:at], 2), "没", "未", "不", "别") {
				continue
			}
			rs := []rune(text[at+len(w):])
			after := string(rs[:min(len(rs), 6)])
			best, where := "", len(after)
			for _, s := range SpotsIn(after) {
				if k := strings.Index(after, s); k < where {
					best, where = s, k
				}
			}
			if best != "" {
				return best
			}
		}
	}
	return ""
}
