package understand

import (
	"slices"

	"gridbot/village"
)

// The words that say an emergency of one hazard is over, and only of that
// hazard: the handlers read them to tell which open emergency an all-clear
// is of (a gas shut off ends no fire), the rules as resolutions (they call
// off an alarm told before them). A fire put out ("火灭了", "火已经扑灭")
// is read by the handlers' own reading of 灭, and a person found by theirs
// of 找到.
var (
	// gasEnds: a gas leak shut off, its smell gone ("阀门关了 不漏气了",
	// "气味没了", "现在没味了", "闻不到煤气味了"). Not a bare "闻不到了" (of
	// smoke too).
	gasEnds = []string{"阀门关了", "关了阀门", "阀门关上了", "阀门关掉了", "气关了", "气关掉了", "不漏气了", "不再漏气", "不漏了", "气味散了", "味道散了",
		"味没了", "味没有了", "味道没了", "味道没有了", "味道也没了", "味也没了", "没味了", "没味道了", "没有味了", "没有味道了", "没气味了", "没有气味了", "没煤气味了",
		"闻不到味", "闻不到气味", "闻不到煤气", "气味闻不到", "煤气味闻不到"}
	// smokeEnds: a fire that smokes no more, as one who sees only the
	// smoke tells its end ("不冒烟了", "烟没了"), or its smell ("烟味没
	// 了": a fire's, though gasEnds hold "味没了"; endOf reads a fire's
	// first). Not "没烟了": "家里没烟了" is out of cigarettes.
	smokeEnds = []string{"不冒烟了", "不再冒烟", "没冒烟了", "没在冒烟了", "烟没了", "烟没有了", "烟也没了", "烟都没了", "烟散了", "烟散掉了", "烟也散了", "烟都散了", "烟已经散了",
		"烟味没了", "烟味也没了", "烟味散了", "没烟味了", "没有烟味了", "焦味没了", "闻不到烟味", "闻不到焦味", "烟味闻不到"}
	// floodEnds: the water gone down ("水退了"). Not among the
	// resolutions: "掉水下去了" holds "水下去了".
	floodEnds = []string{"水退了", "水已退", "水已经退了", "水退下去了", "水下去了"}
)

// EndWords are the words that say an emergency of hazard h is over and
// tell no other hazard's end: the gas shut off, the smoke gone, the water
// gone down; nil for a hazard whose end has no such words here. The slice
// is shared but clipped: a caller's append copies it instead of writing
// into it.
func EndWords(h village.Hazard) []string {
	switch h {
	case village.HazardGas:
		return slices.Clip(gasEnds)
	case village.HazardFire:
		return slices.Clip(smokeEnds)
	case village.HazardFlood:
		return slices.Clip(floodEnds)
	}
	return nil
}

// NamesPerson reports whether s names a person (a kinsman, a child, "人",
// "他"): a bystander's "人找到了" of a search tells whom was found, his
// bare "找到了" may be of anything.
func NamesPerson(s Said) bool { return containsAny(s.Canon, people) || containsAny(s.Canon, persons) }
