package handlers

// A grid cadre's plain-words news of his grid's open emergency, typed
// without quoting it or naming its number: "火灭了 没人受伤", "人找到了 在
// 他姑家" say it is over (办结, the reporter asked to confirm as usual);
// "救护车把人接走了 没大事", "已经送医院了" say how it goes (进展).

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// sceneNews records what a cadre of the grid (its leader or a worker)
// says in its group of the grid's one open emergency: words that it is
// over make its 办结, words of what is under way its 进展, his words the
// note, as if he had typed 「办结 #R1 火灭了 没人受伤」. One nobody took on
// yet is taken on by them first (see takeOnFirst). The duty chat hears it
// as it hears every step of an emergency. With several open he is shown
// the command to send with their numbers. done is false when he says no
// such thing (the store is read only then), when his words raise an alarm
// themselves, or when no emergency of the grid touched within
// progressWindow is open. A villager's words are news for
// the grid leader to check (see freeText), never an end.
func (r *Router) sceneNews(ctx context.Context, t *turn) (done bool, err error) {
	// quoting the card of one item, his words are news of that one
	quoted := r.quotedItem(t)
	if t.where.kind != inGrid || t.quote != nil && quoted == "" || utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗吧") ||
		len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) && !t.who.Covers(village.RoleWorker, t.where.village, t.where.grid) {
		return false, nil
	}
	over, going := emergencyNews(t.text, village.HazardMissing)
	over = over || quoted != "" && bareOut(t.text) // "灭了" quoting a fire's card: read below
	said := t.said()
	denies := !over && !going && cadreDenies(said, village.HazardNone)
	if !over && !going && !denies || understand.Alarms(t.text) {
		// "后山也着火了 正在灭火": a new alarm, or more of one, however
		// it goes (freeText)
		return false, nil
	}
	for attempt := 0; ; attempt++ {
		open, read, err := r.groupOpen(ctx, t)
		if err != nil {
			return true, err
		}
		live := newest(open, maxCandidates, func(rep village.Report) bool {
			return rep.Type == village.Emergency && rep.Status != village.StatusResolved && (quoted == "" && t.at.Sub(lastTouched(rep)) <= progressWindow || rep.ID == quoted)
		})
		live = newsOfWhich(t, live, over)
		words := t.text
		if len(live) == 1 {
			words = quotedWords(t, live[0], quoted)
		}
		switch len(live) {
		case 0:
			return false, nil
		case 1:
			if denies {
				// "没着火 是王大爷在烧稻草": his 进展, with its 驳回 误报
				// offered; of one nobody took on, a note that keeps its
				// watchdog going (bystanderDenies)
				if !cadreDenies(said, live[0].Hazard) || unattended(live[0]) {
					return false, nil
				}
				t.offerReject = true
				break
			}
			// "找到了" ends only a search: said while a fire burns it is
			// about something else
			if over, going = emergencyNews(words, live[0].Hazard); !over && !going {
				return false, nil
			}
			if over && rescuedOnly(words, live[0].Hazard) {
				over, going = false, true // "人救出来了" of a fire: how it goes
			}
			if over && endsOther(words, live[0].Hazard) {
				// "火灭了" while the grid's one emergency is a flood: no
				// 办结 of the flood; he is asked which he means
				return true, r.reply(ctx, t, "emergency.over.other", map[string]any{"Who": t.who.Name, "R": &live[0],
					"Text": shortText(echo(t, t.text)), "Cadre": true})
			}
		default:
			if denies {
				return false, nil // noted on each, he is asked which (bystanderDenies)
			}
			if over {
				// 办结 asks the reporter: shown, never run on a digit
				return true, r.reply(ctx, t, "scene.which", map[string]any{"Who": t.who.Name, "Items": live, "Over": over,
					"Note": shortText(t.text)})
			}
			return true, r.scenePick(ctx, t, live, t.text)
		}
		word := "进展"
		if over && unattended(live[0]) && r.mayEnd(t, live[0]) {
			// a cadre's "燃气公司的人到了 阀门关了", "已经处理好了" of an
			// alarm nobody confirmed yet: his words confirm it (he takes
			// it on) and are its 进展, and he is told the 办结 to send once
			// he checked it is safe; an emergency is closed only after
			// someone confirmed it, the leader as a worker (emg45, emg46)
			t.offerEnd = true
		} else if over && r.mayEnd(t, live[0]) {
			word = "办结"
		} else if over {
			// a worker's "孩子没事了 家长接回家了" about the one the leader
			// took on: the duty chat hears it as its 进展, the leader is
			// offered the 办结
			t.offerResolve = true
		}
		cmd, _ := parseCommand(word + " #" + live[0].ID + " " + words)
		t.command, t.implied, t.takeOn, t.decidedOn = cmd, true, true, read
		t.scope = storage.VillageScope(live[0].Village)
		err = r.act(ctx, t, cmd, t.scope, live[0], cmd.refs)
		t.decidedOn = storage.IndexRead{}
		switch {
		case !errors.Is(err, storage.ErrConflict):
			return true, err
		case attempt == 1:
			return true, r.busy(ctx, t, live[0].ID, "")
		}
		// changed meanwhile (another process): read and choose again,
		// with none of the replies of what did not commit
		t.out, t.command, t.implied, t.takeOn, t.offerResolve, t.offerEnd, t.offerReject = nil, command{}, false, false, false, false, false
	}
}

// newsOfWhich narrows the grid's live emergencies to those a cadre's plain
// news can be of, when there are several: an end that names its hazard
// ("火灭了", "人找到了"), whole or in part ("火灭了 消防在看守余火", "水退了
// 一些"), is of the emergencies of that hazard; of several it fits, it is
// of the one he took on (确认, 指派), when he took on only one of them; a
// villager's, of the one he raised or told of too (hisOwn). What narrows
// to none leaves them all, to be asked which.
func newsOfWhich(t *turn, live []village.Report, over bool) []village.Report {
	if len(live) < 2 {
		return live
	}
	fit := live
	if over {
		fit = slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return !endsIt(t.text, rep.Hazard) })
	} else if e := endOf(t.text); e != village.HazardNone {
		fit = slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return rep.Hazard != e })
	}
	if !t.who.Tends(t.where.village, t.where.grid) {
		// a villager's word: of the one he raised
		if len(fit) == 0 {
			return hisOwn(t, live)
		}
		return hisOwn(t, fit)
	}
	if len(fit) == 0 {
		return live
	}
	// a new one names the leader its handler before anyone took it on
	if mine := slices.DeleteFunc(slices.Clone(fit), func(rep village.Report) bool { return !rep.HandledBy(t.who) || unattended(rep) }); len(mine) == 1 {
		return mine
	}
	return fit
}

// mayEnd reports whether the sender may close rep by saying it is over:
// he may 办结 it, or nobody took it on yet and he may take it on first
// (see takeOnFirst), as a worker first on the scene does.
func (r *Router) mayEnd(t *turn, rep village.Report) bool {
	if ok, _, _ := r.may(t.who, vResolve, rep); ok {
		return true
	}
	ok, _, _ := r.may(t.who, vAccept, rep)
	return ok && unattended(rep)
}

// lastTouched is when rep was filed or last changed.
func lastTouched(rep village.Report) time.Time {
	if e, ok := rep.LastStep(); ok {
		return e.At // a neighbour's words touch nothing
	}
	return rep.CreatedAt
}

// emergencyNews reads a cadre's words about an emergency: over when they
// say it ended ("火灭了", "人找到了", "水退了"), going when they tell what
// is under way ("送医院了", "在抢救"). Words of both, or an end only in
// part ("水退了一些", "火基本灭了"), are news of what goes on: 办结 is his
// to say in so many words. Words of finding something ("找到了") end
// only an alarm of hazard h missing: of another they may be of anything.
func emergencyNews(text string, h village.Hazard) (over, going bool) {
	going = containsAnyOf(text, goingOnWords...) || toHospital.MatchString(text)
	e := endOf(text)
	ended := e != village.HazardNone && e != village.HazardMissing || unnegated(text, endedWords) || h == village.HazardMissing && unnegated(text, foundWords) ||
		handledAll(text)
	if ended && containsAnyOf(text, partWords...) {
		going = true
	}
	return ended && !going, going
}

// rescuedOnly reports whether text, said to end an emergency of hazard h,
// only tells that people were got out of a fire ("人救出来了"): the fire
// may still burn, so a cadre's or officer's word is its 进展, not its 办结
// (a villager's goes to the duty chat and the handler either way).
func rescuedOnly(text string, h village.Hazard) bool {
	return h == village.HazardFire && endOf(text) == village.HazardNone && containsAnyOf(text, rescueWords...)
}

// rescueWords tell someone was got out (endedWords).
var rescueWords = []string{"救出来了", "救上来了", "拉上来了"}

// endedWords say an emergency is over. A fire's are read by fireOut:
// a bare "灭了" says not what went out.
var endedWords = []string{"人找到了", "找到人了", "人已找到", "人已经找到", "人回来了", "没大事了", "险情排除", "险情解除", "预警解除", "预警已解除", "预警已经解除", "警报解除", "已经排除", "已排除", "救出来了", "救上来了", "拉上来了", "处置完毕", "虚惊一场"}

// handledAll reports whether text is only a cadre's word that it is
// dealt with ("已经处理好了", "都搞定了"), naming nothing: of his grid's one
// open emergency it tells its end. Words that name what ("路灯处理好了")
// may be of another matter.
func handledAll(text string) bool {
	text = strings.TrimFunc(text, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) })
	for _, lead := range []string{"已经", "已", "都", "全部", "现在"} {
		text = strings.TrimPrefix(text, lead)
	}
	return slices.Contains(dealtWords, text)
}

// dealtWords are handledAll's words, said alone.
var dealtWords = []string{"处理好了", "处理完了", "处理完毕", "搞定了", "弄好了", "解决了", "处置好了", "处置完了"}

// endOf is the hazard an end told names (a fire out or its smoke gone,
// the water gone down, the gas shut off, someone found), HazardNone when
// it names none ("没大事了", "险情解除") or text tells no end. The words of
// each hazard's end are understand's (EndWords): "水退了" says nothing of
// a fire.
func endOf(text string) village.Hazard {
	text = alsoEnds.Replace(text) // "我家门口水也退了一些"
	switch {
	case fireOut(text) || unnegated(text, understand.EndWords(village.HazardFire)):
		return village.HazardFire
	case unnegated(text, understand.EndWords(village.HazardFlood)):
		return village.HazardFlood
	case unnegated(text, understand.EndWords(village.HazardGas)):
		return village.HazardGas
	case unnegated(text, foundWords):
		return village.HazardMissing
	}
	return village.HazardNone
}

// alsoEnds read an end told with 也 or 都 ("水也退了", "烟都散了") as
// the end's own words.
var alsoEnds = strings.NewReplacer("水也退", "水退", "水都退", "水退", "烟也没", "烟没", "烟都没", "烟没")

// endsOther reports whether text tells the end of an emergency of another
// hazard than h: "火已经灭了" of a flood. Such words end no item of h;
// whoever said them is asked which he means.
func endsOther(text string, h village.Hazard) bool {
	e := endOf(text)
	return e != village.HazardNone && e != h
}

// foundWords end a search, and only a search (see emergencyNews).
// A child brought home is found: "孩子没事了 家长接回家了".
var foundWords = []string{"找到了", "找着了", "找回来了", "接回家了", "接回来了", "送回家了", "送回来了", "领回家了", "领回去了", "自己回来了", "回到家了", "已经回家了"}

// toHospital tells the hurt are taken to a hospital named by its place
// ("送县医院了", "拉到镇卫生院了", "送去市人民医院"), which goingOnWords'
// "送医院" does not hold.
var toHospital = regexp.MustCompile(`(?:送|拉到|拉去|抬到|抬去|背到|背去)\p{Han}{0,4}?(?:医院|卫生院|诊所)`)

// goingOnWords tell what is under way at an emergency: the hurt on their
// way to a doctor, the rescue, the search.
var goingOnWords = []string{"送医院", "送到医院", "送去医院", "送医", "送卫生院", "送到卫生院", "接走了", "拉走了", "在抢救", "抢救中", "正在处理",
	"正在救", "正在灭火", "在灭火", "正在扑救", "还在找", "正在找", "在搜", "正在排水", "在排水", "正在疏散", "已疏散", "疏散了", "控制住了",
	"已控制", "住院了", "在医院", "在救火", "正在组织", "在打水"}

// partWords say an end is only in part.
var partWords = []string{"一点", "一些", "一半", "部分", "基本", "差不多", "还在冒", "还有明火", "余火"}

// fireOut reports whether text says a fire is out, naming the fire and in
// the past: "火灭了", "火已经扑灭", "大火被扑灭了"; not "灭了" alone, "快来
// 灭火", "火还没灭", "火快灭了".
func fireOut(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "灭")
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len("灭")
		before := lastRunes(text[:at], 6)
		f := strings.LastIndex(before, "火")
		if f < 0 {
			continue
		}
		between := before[f+len("火"):]
		if containsAnyOf(between, "没", "未", "不", "快", "要") {
			continue
		}
		if strings.HasPrefix(text[i:], "了") || strings.HasPrefix(text[i:], "掉了") || strings.Contains(between, "已") {
			return true
		}
	}
}

// unnegated reports whether one of words occurs in text with no denial
// just before it ("没修好", "还未解决").
//
// It is none of the other negation tests, which ask other questions:
// understand's negated cancels an alarm keyword (a wide lexicon, 预防,
// 注意, 演习…, with 不 alone no negation: "不好了 着火了" is an alarm);
// denial.go's negatedWord finds the word a bare denial names ("没亮").
// Its near twin is understand's negatedCue (a cue with 不/没/未/并非 in
// the three runes before it, in its clause, at each occurrence); this one
// looks at two runes, across a pause too, before the first occurrence
// only. Made one, they would decide some messages differently ("不，修好
// 了", "没让他修好"; none of dev.jsonl), so each keeps its rule.
func unnegated(text string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		i := strings.Index(text, w)
		return i >= 0 && !containsAnyOf(lastRunes(text[:i], 2), notYetWords...)
	})
}
