package understand

import (
	"slices"
	"strings"
)

// GoingIn is how words said at an open emergency tell that someone goes
// (or went) in after the one in danger the way that kills rescuers too
// (alarm103): down a cellar or a pit whose air is gone, out on broken
// ice, into the water, into a burning house. Each is what the scene of
// the alarm (Scene.Pit, Ice, Drown, Inside) must match before anyone
// is warned: 「我下去把他拉上来」 at a cellar alarm gets the warning at
// once, the same words at a flood none.
type GoingIn struct {
	Down, Ice, Water, Fire bool
	// Pull: someone held in a vehicle off the road pulled out by force
	// ("我去把他拽出来"): a hurt neck or back is broken worse; 119 cuts
	// him out. Not of a vehicle in water, whose people are got out at once.
	Pull bool
	// Too: the one who went in is in trouble as well ("他儿子下去也没上
	// 来", "下去救的人也晕在里面了"): a second one down, not a warning
	// to one about to go (alarm104).
	Too bool
}

// Any reports whether g tells any way in.
func (g GoingIn) Any() bool { return g.Down || g.Ice || g.Water || g.Fire || g.Pull }

// Meets reports whether g is a way in that the scene sc's danger kills
// rescuers by: down a pit at a pit's alarm, and so on.
func (g GoingIn) Meets(sc Scene) bool {
	return g.Down && sc.Pit || g.Ice && sc.Ice || g.Water && sc.Drown && !sc.Ice || g.Fire && sc.Inside ||
		g.Pull && sc.CarIn && !sc.Drown
}

// GoesIn is what s tells of someone going in after the one in danger:
// a going-in word (goDown, goOnIce, goInWater, goInFire) not told as a
// warning or a refusal before it in its clause ("千万别下去", "不敢下去",
// "下不去"). A question counts ("要不要下去看看"): the warning answers it.
func GoesIn(s Said) GoingIn {
	t := s.Canon
	too := false
	// 也 after a while is "still" ("俺爹下去半天了 也没上来": the same one,
	// alarm106), unless the words tell a rescuer went down after him
	rescuer := secondRescuer.MatchString(t)
	goes := func(words []string) bool {
		found := false
		for _, w := range words {
			eachAt(t, w, func(at int) bool {
				if warnedOff(t, at) || !rescuer && wentAwhile(t[at+len(w):]) {
					return false
				}
				found = true
				too = too || downToo(t[at+len(w):], rescuer)
				return too
			})
		}
		return found
	}
	g := GoingIn{Down: goes(goDown), Ice: goes(goOnIce), Water: goes(goInWater), Fire: goes(goInFire), Pull: goes(goPull)}
	g.Too = too
	return g
}

// downToo reports whether rest, the words after one going in, tell he is
// in trouble as well: 也, 都 or 又 right before a trouble word ("也没上
// 来", "都晕在里面了", "也掉进去了"). 「喊也不应」 is no such word: 不应
// is of the first one called. Unless rescuer (the words tell one went
// down to save him: secondRescuer), an 也 or 都 after a while told
// (「下去半天了 也没上来」, 「下去到现在都没出来」) is "still" of the one
// who went down, no second one (alarm106).
func downToo(rest string, rescuer bool) bool {
	for _, also := range []string{"也", "都", "又"} {
		if eachAt(rest, also, func(at int) bool {
			after := rest[at+len(also):]
			if !rescuer && also != "又" && containsAny(rest[:at], awhile) {
				return false
			}
			return slices.ContainsFunc(alsoDown, func(w string) bool { return strings.HasPrefix(after, w) })
		}) {
			return true
		}
	}
	return false
}

// wentAwhile reports whether rest, the words after a going-in word, tell
// a while gone by since in its clause (「俺爹下去半天了」): the one the
// alarm is of went down then, no one going after him (alarm106).
func wentAwhile(rest string) bool {
	end := len(rest)
	if k := strings.IndexFunc(rest, isBreak); k >= 0 {
		end = k
	}
	return containsAny(rest[:end], awhile)
}

// awhile tell a while gone by since one went in: 「下去半天了」 (downToo).
var awhile = newLexicon("半天", "好半天", "大半天", "好久", "老久", "这么久", "那么久", "好一会", "一会了", "一会儿了", "到现在", "到这会",
	"钟头", "小时", "分钟", "一上午", "一早上", "一下午", "一晚上", "老长时间", "好长时间", "时间不短")

// alsoDown say one gone in after him is in trouble as well, after 也, 都
// or 又 (downToo).
var alsoDown = []string{"没上来", "没出来", "上不来", "出不来", "没动静", "没反应", "没声", "晕", "昏", "倒", "掉", "沉", "困", "被困", "被冲", "不动", "叫不醒", "喊不醒", "不行了", "憋", "陷"}

// warnedOff reports whether the going-in word at t[at:] is told as a
// warning, a refusal or a thing not done: 别, 不要, 千万, 不敢, 不能, 没 in
// the few characters before it in its clause.
func warnedOff(t string, at int) bool {
	before := []rune(t[clauseStart(t, at):at])
	if len(before) > 4 {
		before = before[len(before)-4:]
	}
	b := string(before)
	return strings.ContainsAny(b, "别不没甭莫") || strings.Contains(b, "千万") || strings.Contains(b, "先等")
}

// goDown say someone goes down a cellar or a pit: "我下去把他拉上来",
// "他儿子已经下窖了".
var goDown = []string{"下去", "下窖", "下井", "下到窖", "进窖", "下池", "下到池", "钻进窖", "爬下", "跳下去"}

// goOnIce say someone goes out on the ice after him: "我上冰去拉他",
// "走到冰上去".
var goOnIce = []string{"上冰", "到冰上", "冰上去", "冰面上去", "踩着冰", "踩冰", "过去拉", "过去救", "过去拽", "下去拉", "下去救", "跳下去"}

// goInWater say someone goes into the water after him: "我跳下去捞".
var goInWater = []string{"跳下去", "跳河", "跳水", "下水", "下河", "游过去", "下去拉", "下去救", "下去捞"}

// goInFire say someone goes into the burning house: "我冲进去把老人背出来".
var goInFire = []string{"冲进去", "冲进屋", "冲上去", "冲上楼", "跑上楼", "上楼去救", "上楼救", "进去救", "进去拉", "进去背", "进去抱", "进屋救", "进屋拉", "进屋背", "进屋抱", "钻进去", "跑进去", "进去把"}

// goPull say someone held in a vehicle is pulled out by force: "我去把他拽
// 出来".
var goPull = []string{"拽出来", "拖出来", "拉出来", "往外拽", "往外拉", "往外拖", "硬拽", "硬拉"}
