package understand

import "regexp"

// This file tells news of somewhere else from a matter here. A story
// from the news, a video or television that happened in another county or
// province ("看到新闻说隔壁县有人被电信诈骗了 大家注意啊") is passed on, not
// witnessed, however it names the people in it ("有人…"): nothing for this
// grid to act on.

// elsewhereTale reports whether t passes on a tale (see tales) of a place
// outside the village's own county, and names nothing of the sender's
// own household or village.
func elsewhereTale(t string) bool {
	return containsAny(t, tales) && containsAny(t, farPlaces) && !ownPlaceRe.MatchString(t)
}

// farPlaces are places no grid of the township answers for.
var farPlaces = newLexicon("隔壁县", "邻县", "外县", "别的县", "外省", "别的省", "外市", "别的市", "南方", "北方", "国外", "外国", "某地", "某县", "某市", "某省")

// ownPlaceRe names the sender's household, his group or his village: news
// of a far place with these is news that reached here.
var ownPlaceRe = regexp.MustCompile(`本村|本组|(?:我|咱)们?(?:家|组|村|这里|这边)|我(?:妈|爸|爹|娘|父亲|母亲|奶奶|爷爷|老伴|儿子|女儿|孙子|孙女)`)
