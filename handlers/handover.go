package handlers

// A grid cadre's plain words handing his open item to another cadre of
// the grid ("我去不了 让何志强去吧", "这个我明天没空，何志强你去一下").

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/village"
)

// handsOver reads t, a grid cadre's words naming another cadre of the
// grid to take an open item he handles (the one, or the one his words
// name): a leader's words are its 指派; a worker's (who may not 指派)
// are its 进展, and the leader is @-named with the 指派 to send. Several
// items and none named: he is asked which. done is false for other words.
func (r *Router) handsOver(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(t.text) > 40 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	name, ok := r.handoverTo(t, t.text)
	if !ok {
		return false, nil
	}
	leads := t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	return r.chooseAndRun(ctx, t, r.progressOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		mine := words.Newest(open, -1, func(rep village.Report) bool { // all: a list of them says how many (cutList)
			return rep.Status.Open() && rep.Status != village.StatusResolved && rep.Type != village.Emergency &&
				words.NotTold(rep) && rep.HandledBy(t.who) && !slices.Contains(rep.Handlers, name)
		})
		if named := slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool { return !words.SharesBigram(t.text, rep.Text) }); len(named) > 0 {
			mine = named // "路灯的事我去不了 让何志强去吧"
		}
		mine = r.meantBy(withoutNames(t.text, []string{name}), mine) // "张三家的事我去不了 让何志强去吧"
		switch {
		case len(mine) == 0:
			return nil, "", false, nil
		case len(mine) > 1 && leads:
			// one tap: his number is 「指派 #R 何志强 …」 as typed
			return nil, "", true, r.pickReply(ctx, t, mine, func(_ int, rep village.Report) string {
				return "指派 #" + rep.ID + " " + name + " " + r.seenNote(t, name)
			}, words.ShortText(t.text), "assign.which", map[string]any{"Who": t.who.Name, "Items": mine, "Name": name, "Open": true})
		case len(mine) > 1:
			// a worker's: the 进展 that offers the 指派 (offerAssign) is
			// no typed line, so the command is shown
			data := map[string]any{"Who": t.who.Name, "Name": name, "Open": true, "Worker": !leads, "Note": t.text, "Leaders": r.leaderNames(t.where.Village, t.where.Grid)}
			listed(data, mine, func(_ int, rep village.Report) string { return "进展 #" + rep.ID + " " + t.text })
			return nil, "", true, r.reply(ctx, t, "assign.which", data)
		case leads:
			return &mine[0], strings.TrimSpace("指派 #" + mine[0].ID + " " + name + " " + r.seenNote(t, name)), false, nil
		}
		t.offerAssign = name
		return &mine[0], "进展 #" + mine[0].ID + " " + t.text, false, nil
	})
}

// handsOverNoted is handsOver of the one item a cadre's note names by
// its number or quotes (「#R2 我去不了 让何志强去吧」, n): a leader's
// 指派, a worker's 进展 with the 指派 offered; done is false for other
// notes.
func (r *Router) handsOverNoted(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || n.unsure || t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(n.note) > 40 || strings.ContainsAny(n.note, "?？吗") {
		return false, nil
	}
	name, ok := r.handoverTo(t, n.note)
	if !ok {
		return false, nil
	}
	if t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		_, err = r.run(ctx, t, "指派 "+n.named[0]+" "+name)
		return true, err
	}
	t.offerAssign = name
	_, err = r.run(ctx, t, "进展 "+n.named[0]+" "+n.note)
	return true, err
}

// handoverTo is the cadre of t's grid (not the sender) text sends to
// take an item: named, then told to go or take it within a few runes
// ("让何志强去吧", "何志强你去一下", "交给何志强"); a refusal or another
// errand (sendsTo's) is none.
func (r *Router) handoverTo(t *turn, text string) (string, bool) {
	cadres := slices.Concat(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker), r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader))
	for _, p := range cadres {
		at := strings.Index(text, p.Name)
		if p.Key() == t.who.Key() || at < 0 {
			continue
		}
		after := []rune(strings.TrimLeft(text[at+len(p.Name):], " \u2005,，"))
		after = after[:min(len(after), 6)]
		rest := string(after)
		fetches := words.EndsWithAny(text[:at], words.SendWords...) && words.ContainsAnyOf(rest, words.FetchErrands...) // "我让王五找人来填"
		if strings.HasSuffix(text[:at], "交给") || (fetches || words.ContainsAnyOf(rest, words.HandoverGoes...)) &&
			!words.ContainsAnyOf(rest, "不去", "不用", "别去", "不要", "去不了", "开会", "镇里", "镇上") {
			return p.Name, true
		}
	}
	return "", false
}

// unitEnds end the name of a body an item may be passed to ("供电所",
// "水务站", "自来水公司"); unitNames are such bodies named otherwise.
var ()

// passedTo is the body a grid cadre's note on an item passes it to,
// opened with a transfer word ("转供电所处理", "交给水务站"): "" when it
// names none, or names a person of village v ("交给何志强", a hand-over).
func (r *Router) passedTo(v, note string) string {
	rest, ok := words.CutAnyPrefix(strings.TrimSpace(note), words.TransferWords...)
	if !ok {
		return ""
	}
	name := strings.TrimLeft(rest, " ")
	if i := strings.IndexAny(name, " ，,、。；;："); i >= 0 {
		name = name[:i]
	}
	for _, how := range words.UnitHows {
		if bare, cut := strings.CutSuffix(name, how); cut {
			name = bare
			break
		}
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 8 || !words.ContainsAnyOf(name, words.UnitNames...) &&
		!slices.ContainsFunc(words.UnitEnds, func(end string) bool { return strings.HasSuffix(name, end) }) {
		return ""
	}
	if _, err := r.people.Lookup(v, name); err == nil {
		return ""
	}
	return name
}

// seenNote is what a leader who sends name to an item he handles says he
// saw first ("看了，坑挺大的，我让王五找人来填"): the 指派's note, with
// the errand ("看了，坑挺大的，找人来填"); "" for bare sending words
// ("让王五去吧"), whose 指派 needs none.
func (r *Router) seenNote(t *turn, name string) string {
	if seen, _ := words.CutSeen(t.text); seen == "" {
		return ""
	}
	if sent, note, ok := r.sendsCadre(t); ok && sent[0] == name {
		return note
	}
	return ""
}
