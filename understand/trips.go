package understand

import (
	"regexp"
	"strings"
)

// This file tells the sender's own trips on the roads, stopped or
// jammed: chat, no matter of the grid's (und104, und105).

// tripStranded reports whether t tells the sender's own trip found its bus
// stopped and a way round it ("昨天从城里回来 班车停运了 只好打车"): a
// tale of the roads, chat (und104). Others left with no way
// ("班车停了 娃们没法去镇上上学") are a report.
func tripStranded(t string) bool {
	return chatLength(t) && busStoppedRe.MatchString(t) && wayRoundRe.MatchString(t) && !containsAny(t, children) && !containsAny(t, cries)
}

var (
	busStoppedRe = gate("车巴交", regexp.MustCompile(`(?:班车|公交车?|大巴|客车|中巴)(?:也|都)?(?:停运|停开|停了|不开了|没了)`))
	wayRoundRe   = gate("打走蹭搭", regexp.MustCompile(`(?:只好|就)?(?:打车|打的|打了个车|走路去的|走着去的|走回来|走回家|蹭车|搭车|搭了个车)`))
)

// tripOutJammed reports whether t tells the sender's trip out of the
// village (to the county town, the market, on a highway) met a jam
// ("今天去县城 路上堵死了", "赶集回来 国道上堵得走不动") and names nothing
// that shuts a way (snow, a slide, a crash): chat, the traffic's, no
// matter of the grid's (und105). "去镇上的路被雪封了" is the way's trouble.
func tripOutJammed(t string) bool {
	return strings.Contains(t, "堵") && carJamRe.MatchString(t) && tripOutRe.MatchString(t) && !containsAny(t, wayShutters)
}

var (
	tripOutRe = regexp.MustCompile(`(?:去|到|进|上|从|回)(?:县城|县里|城里|市里|镇上|城|集上|省城)|进城|赶集|高速|国道|省道|走亲戚`)
	carJamRe  = regexp.MustCompile(`堵(?:车|死了|得|成|了|住了)`)
	// wayShutters shut a way whatever the traffic: what fell or froze on
	// it, a crash.
	wayShutters = newLexicon("雪", "冰", "冻", "塌", "滑坡", "石头", "树倒", "倒了", "撞", "翻", "淹", "水", "封")
)
