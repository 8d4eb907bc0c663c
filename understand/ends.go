package understand

import (
	"slices"
	"strings"

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
	// foundEnds: the one looked for found or home ("找到了 在他闺女家",
	// "孩子接回来了", "人回来了"), for a search only: "钥匙找到了" said at
	// a fire is of something else. Someone named come back ("王奶奶回来
	// 了", "他自己回家了") is CameBack's.
	foundEnds = []string{"找到了", "找着了", "找回来了", "接回家了", "接回来了", "送回家了", "送回来了", "领回家了", "领回去了", "自己回来了", "回到家了",
		"已经回家了", "人回来了", "人已经回来了", "人找到了", "找到人了", "人已找到", "人已经找到", "已找到"}
)

// CameBack reports whether s tells someone come back or home, told and not
// asked, of a person ("王奶奶回来了", "孩子自己回家了", "他到家了", "人回来
// 了"): a missing person's end. "电回来了", "我回来了", "还没回来" are none.
func CameBack(s Said) bool {
	t := s.Canon
	for _, w := range backWords.words {
		if eachAt(t, w, func(at int) bool {
			if negatedCue(t, at) || hasAnyPrefix(t[at+len(w):], askedAfter) || asked(clauseAt(t, at, at+len(w))) {
				return false
			}
			who := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(subjectOf(t, at), "自己"), "已经"), "也都又")
			return who != "" && (personGone(who) || hasAnySuffix(who, people))
		}) {
			return true
		}
	}
	return false
}

// SaysFound reports whether s holds a word of someone found or back
// (foundEnds, backWords), told or not: a cheap test before a caller reads
// names in it as people (handlers' foundSaid).
func SaysFound(s Said) bool {
	return containsAny(s.Canon, backWords) || containsAny(s.Canon, foundLexicon)
}

var foundLexicon = newLexicon(foundEnds...)

// backWords tell someone come back or home (CameBack).
var backWords = newLexicon("回来了", "回来啦", "回家了", "到家了", "回到家了", "回村了")

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
	case village.HazardMissing:
		return slices.Clip(foundEnds)
	}
	return nil
}

// NamesPerson reports whether s names a person (a kinsman, a child, "人",
// "他"): a bystander's "人找到了" of a search tells whom was found, his
// bare "找到了" may be of anything.
func NamesPerson(s Said) bool { return containsAny(s.Canon, people) || containsAny(s.Canon, persons) }
