package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/village"
)

// This file tells news of somewhere else from a matter here. A story
// from the news, a video or television that happened in another county or
// province ("看到新闻说隔壁县有人被电信诈骗了 大家注意啊") is passed on, not
// witnessed, however it names the people in it ("有人…"): nothing for this
// grid to act on. So is one from the news or a video that names no place
// at all and only strangers ("看新闻 又有人被骗了", "刷到个视频 有个老人被
// 骗了十几万"), and hearsay of another village ("听说隔壁村进贼了").

// elsewhereTale reports whether t passes on a tale of somewhere else,
// naming nothing of the sender's own household or village: a tale (see
// tales) of a place outside the village's own county; or, asking no one
// here to act (see petitions) and naming no one and nowhere here (see
// witnesses), hearsay of another village (see heardElsewhere) or a tale
// from the news or a screen (see screens, feeds) of strangers only (see
// strangers).
func elsewhereTale(t string) bool {
	if ownPlaceRe.MatchString(t) {
		return false
	}
	if containsAny(t, tales) && containsAny(t, farPlaces) {
		return true
	}
	seen := (containsAny(t, tales) || containsAny(t, screens) || containsAny(t, feeds)) && containsAny(t, strangers)
	return (seen || heardElsewhere(t)) && !containsAny(strip(t, strangers), witnesses) && !containsAny(t, petitions)
}

// heardOfElsewhere reports whether t passes on an alarm of another
// village (otherVillages), heard (听说) or told plainly, and no more: its
// end or lesson told (heardOver), it names nothing of the sender's
// household or village (ownPlaceRe, herePlaceRe, witnesses), cries or
// calls for no help (cries, urgentCalls, petitions) and does not say the
// alarm goes on (stillOnNow): "听说隔壁村有户人家烧炭中毒 一家三口都送医院
// 了 大家小心点", "邻村王家庄着火了 都烧没了", "隔壁村有人煤气中毒送医院
// 了". That village's own grid answers for it; here it is news or a
// caution passed on, no alarm of this grid (und97; told plainly, alarm98:
// a duty officer wants no search or scene of ours for what is over
// elsewhere). "听说隔壁村山上着火了 火往咱这边烧过来了" names here,
// "隔壁村着火了 快去帮忙" calls for hands and "邻村着火了 烧了好几间房"
// tells no end: each stays an alarm.
func heardOfElsewhere(t string) bool {
	// "…咱们组的也注意点": here is named only to be warned
	here := uncautioned(t)
	return containsAny(t, otherVillages) && containsAny(t, heardOver) && !ownPlaceRe.MatchString(here) && !herePlaceRe.MatchString(here) &&
		!containsAny(strip(t, strangers), witnesses) && !containsAny(t, cries) && !containsAny(t, urgentCalls) && !containsAny(t, goHelp) &&
		!containsAny(t, petitions) && !stillOnNow(t)
}

// uncautioned is t without its clauses that warn (cautionWords): "隔壁村
// 的老李煤气中毒了 昨晚送医院了 咱们组的也注意点" names 咱们组 only to
// warn it (alarm98).
func uncautioned(t string) string {
	var kept []string
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if !containsAny(c, cautionWords) {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, " ")
}

// cautionWords warn those told: "注意点", "也小心".
var cautionWords = newLexicon("注意", "小心", "当心", "留神", "留点神")

var (
	// heardOver tell a tale's end or its lesson: its people in a doctor's
	// hands or dead, or a caution to everyone. Hearsay of another village
	// with neither ("听说邻村着火了 烧了好几间房") may still want hands:
	// an alarm, as ever.
	heardOver = newLexicon("送医院", "送到医院", "送去医院", "送进医院", "住院", "抢救过来", "走了", "没了", "去世", "死了",
		"大家小心", "大家注意", "大家当心", "注意安全", "小心点", "当心点", "都小心", "都注意")
	// goHelp call people to go and help: "快去帮忙", "赶紧过去".
	goHelp = newLexicon("帮忙", "快去", "赶紧去", "赶快去", "快过去", "赶紧过去", "去救", "去看看")
)

// heardElsewhere reports whether t passes on hearsay (听说, 据说) of
// another village: "听说隔壁村有人家的牛被偷了".
func heardElsewhere(t string) bool {
	return containsAny(t, hearsay) && containsAny(t, otherVillages)
}

// farPlaces are places no grid of the township answers for.
var farPlaces = newLexicon("隔壁县", "邻县", "外县", "别的县", "外省", "别的省", "外市", "别的市", "南方", "北方", "国外", "外国", "某地", "某县", "某市", "某省")

// feeds, like screens, are where a story seen rather than witnessed
// comes from, which may as well be here (tales never are): "抖音上",
// "视频说", "网上看到".
var feeds = newLexicon("抖音上", "抖音里", "快手上", "快手里", "视频上", "视频说", "个视频", "网上看到", "网上说", "报纸上", "公众号")

// otherVillages are villages other than the sender's own.
var otherVillages = newLexicon("隔壁村", "邻村", "别的村", "别村", "外村", "旁边村", "旁边的村", "附近村", "附近的村", "其他村", "其它村", "人家村")

// strangers are the people of a tale: someone, anyone ("又有人被骗了",
// "有个老人…"), who witness nothing here (see witnesses).
var strangers = newLexicon("有人家", "有户人家", "有一户", "有家", "有人", "有个", "好多人", "很多人", "不少人")

// ownPlaceRe names the sender's household, his group or his village: news
// of a far place with these is news that reached here.
var ownPlaceRe = regexp.MustCompile(`本村|本组|(?:我|咱)们?(?:家|组|村|这里|这边)|我(?:妈|爸|爹|娘|父亲|母亲|奶奶|爷爷|老伴|儿子|女儿|孙子|孙女)`)

// newsOfHere reports whether t passes on news (see newsFrames) of an
// alarm in the sender's own village or group (see ownPlaceRe, herePlaceRe),
// and which: "刚看新闻 咱村口那个路段又出车祸了", "抖音上看到我们组着火
// 了". A dream or a drama is no news, and another village's or a far
// place's alarm is not here.
func newsOfHere(t string) (village.Hazard, bool) {
	if !newsHere(t) {
		return village.HazardNone, false
	}
	return emergency(strip(t, frames))
}

// newsOfMishapHere reports whether t passes on news of here (see
// newsHere) of a problem told plainly (see problem: a strong one), "新闻里
// 说咱村那个弯道又撞车了", "新闻里说咱村那个桥断了"; a plan or an honour
// ("看新闻 咱们村也要搞垃圾分类了") is none.
func newsOfMishapHere(t string) bool {
	if !newsHere(t) || plannedRe.MatchString(t) {
		return false
	}
	_, strong, _ := problem(strip(t, frames))
	return strong
}

// plannedRe finds a thing the news says will be done: "也要搞垃圾分类了",
// "准备修", "计划建".
var plannedRe = regexp.MustCompile(`(?:要|将|准备|计划|打算)(?:搞|建|修|通|开展|推行|实行|实施|换|装|办|评|拆)`)

// newsHere reports whether t passes on news (see newsFrames) of the
// sender's own village or group (see ownPlaceRe, herePlaceRe) and of no
// other village or far place: "新闻里说咱村那个弯道又撞车了". Unlike a
// dream or a drama it tells of a real matter here.
func newsHere(t string) bool {
	return containsAny(t, newsFrames) && (ownPlaceRe.MatchString(t) || herePlaceRe.MatchString(t) || hereLandmark(t)) &&
		!containsAny(t, farPlaces) && !containsAny(t, otherVillages)
}

// newsFrames pass on what the news or a feed (see feeds) told: real
// happenings, unlike the dreams and dramas among tales.
var newsFrames = newLexicon(slices.Concat(feeds.words, onAir.words, []string{"新闻", "报道", "电视上", "电视里", "视频里", "刷到"})...)

// stillOnNow reports whether t says the alarm it passes on from the news
// goes on as it is sent ("电视台播了 咱村后山着火了 现在还在烧"): news of
// here that is no news of a thing over stays an alarm.
func stillOnNow(t string) bool { return going(t, onNow) }

// onNow put an alarm in the present: "正在烧", "现在还在冒烟".
var onNow = newLexicon("正在", "还在", "仍在", "一直在", "现在", "此刻", "眼下", "越来越", "越烧越", "还没灭", "没灭", "还没扑灭", "还没救出")

// herePlaceRe names a place of the village, as its people say it: "俺村",
// "三组", "村口", "村东头", "村委会"; or a landmark told from where they
// stand (see hereLandmark).
var herePlaceRe = regexp.MustCompile(`俺们?(?:村|组|这)|[一二三四五六七八九十\d]{1,3}组|村[东西南北口头尾]{1,2}头?|村委会|村部`)

// landmarkRe is a landmark told from where the sender stands, which no far
// news names so ("后山", "前河", "后坡"), unless a name stands before it
// ("广东后山": see hereLandmark).
var landmarkRe = regexp.MustCompile(`[前后](?:山|坡|河|沟|岭|梁)`)

// hereLandmark reports whether t names a landmark of the village's own
// (see landmarkRe) on its own or after a word that points from here: "新闻
// 里说后山林子着火了", "咱后山", "村子的后山"; not "广东后山".
func hereLandmark(t string) bool {
	for _, m := range landmarkRe.FindAllStringIndex(t, -1) {
		r, _ := utf8.DecodeLastRuneInString(t[:m[0]])
		if m[0] == 0 || !unicode.Is(unicode.Han, r) || strings.ContainsRune("说讲报播了的咱俺在到是那这", r) {
			return true
		}
	}
	return false
}
