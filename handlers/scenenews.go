package handlers

// A grid cadre's plain-words news of his grid's open emergency, typed
// without quoting it or naming its number: "火灭了 没人受伤", "人找到了 在
// 他姑家" say it is over (办结, the reporter asked to confirm as usual);
// "救护车把人接走了 没大事", "已经送医院了" say how it goes (进展).

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
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
	if t.where.Kind != words.InGrid || t.quote != nil && quoted == "" || utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗吧") ||
		len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && !t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid) {
		return false, nil
	}
	found := r.foundSaid(t).Raw // "王奶奶回来了" read as "人回来了"
	over, going := words.EmergencyNews(found, village.HazardMissing)
	over = over || quoted != "" && words.BareOut(t.text) // "灭了" quoting a fire's card: read below
	said := t.said()
	denies := !over && !going && words.CadreDenies(said, village.HazardNone)
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
		live := words.Newest(open, -1, func(rep village.Report) bool { // all: a list of them says how many (cutList)
			return rep.Type == village.Emergency && rep.Status != village.StatusResolved && (quoted == "" && t.at.Sub(words.LastTouched(rep)) <= words.ProgressWindow || rep.ID == quoted)
		})
		// "王奶奶送医院了": of several, the one whose party it names
		live = r.meantAmong(t, newsOfWhich(t, live, over))
		spoken := t.text
		if len(live) == 1 {
			spoken = quotedWords(t, live[0], quoted)
		}
		switch len(live) {
		case 0:
			return false, nil
		case 1:
			if denies {
				// "没着火 是王大爷在烧稻草": his 进展, with its 驳回 误报
				// offered; of one nobody took on, a note that keeps its
				// watchdog going (bystanderDenies)
				if !words.CadreDenies(said, live[0].Hazard) || words.Unattended(live[0]) {
					return false, nil
				}
				t.offerReject = true
				break
			}
			// "找到了" ends only a search: said while a fire burns it is
			// about something else
			heard := spoken
			if spoken == t.text {
				heard = found
			}
			if over, going = words.EmergencyNews(heard, live[0].Hazard); !over && !going {
				return false, nil
			}
			if over && words.RescuedOnly(heard, live[0].Hazard) {
				over, going = false, true // "人救出来了", "老人找到了" of a fire: how it goes
			}
			if over && words.EndsOther(spoken, live[0].Hazard) {
				// "火灭了" while the grid's one emergency is a flood: no
				// 办结 of the flood; he is asked which he means
				return true, r.reply(ctx, t, "emergency.over.other", map[string]any{"Who": t.who.Name, "R": &live[0],
					"Text": words.ShortText(echo(t, t.text)), "Cadre": true})
			}
		default:
			if denies {
				return false, nil // noted on each, he is asked which (bystanderDenies)
			}
			if over {
				// 办结 asks the reporter: shown, never run on a digit
				data := map[string]any{"Who": t.who.Name, "Over": over, "Note": words.ShortText(t.text)}
				listed(data, live, func(_ int, rep village.Report) string { return "办结 #" + rep.ID + " " + words.ShortText(t.text) })
				return true, r.reply(ctx, t, "scene.which", data)
			}
			return true, r.scenePick(ctx, t, live, t.text)
		}
		word := "进展"
		if over && words.Unattended(live[0]) && r.mayEnd(t, live[0]) {
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
		cmd, _ := parseCommand(word + " #" + live[0].ID + " " + spoken)
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
	live = rescuedFrom(t, live) // "救出来了": a fire's with people inside, not a search's
	fit := live
	if over {
		fit = slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return !words.EndsIt(t.text, rep.Hazard) })
	} else if e := words.EndOf(t.text); e != village.HazardNone {
		fit = slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return rep.Hazard != e })
	}
	if !t.who.Tends(t.where.Village, t.where.Grid) {
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
	if mine := slices.DeleteFunc(slices.Clone(fit), func(rep village.Report) bool { return !rep.HandledBy(t.who) || words.Unattended(rep) }); len(mine) == 1 {
		return mine
	}
	return fit
}

// mayEnd reports whether the sender may close rep by saying it is over:
// he may 办结 it, or nobody took it on yet and he may take it on first
// (see takeOnFirst), as a worker first on the scene does.
func (r *Router) mayEnd(t *turn, rep village.Report) bool {
	if ok, _, _ := r.mayNow(t, words.VResolve, rep); ok {
		return true
	}
	ok, _, _ := r.mayNow(t, words.VAccept, rep)
	return ok && words.Unattended(rep)
}
