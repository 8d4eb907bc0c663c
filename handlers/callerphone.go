package handlers

// The number of whoever raised an emergency, asked by those who phone
// round: "报警人电话多少", "他电话多少", "#R2 报告人电话" from a cadre of
// the grid or a township officer. They get the numbers, never a list to
// choose from: with several open, every one's, each under its #R.

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// callerAsked answers a grid cadre (in his group or privately) or a
// township officer (in the township's chats or privately) who asks the
// number of whoever raised an open emergency ("报警人电话多少", "他电话多
// 少") or of someone it names ("王奶奶电话多少" while she is missing):
// the reporter's, those who told of it too, the one it was told for,
// the people its alarm names, from the roster. The words narrow them as
// news does (#R, place, hazard: overOfWhich); several left, he gets every
// one's numbers, each under its #R (no question back: he is phoning).
// A villager's number never goes to a group: asked there, it goes to him
// privately. done is false for anyone else, other words, or no such
// emergency open.
func (r *Router) callerAsked(ctx context.Context, t *turn) (done bool, err error) {
	said := t.said().Canon
	if utf8.RuneCountInString(t.text) > 40 || !words.ContainsAnyOf(said, words.PhoneAsks...) || !words.ContainsAnyOf(t.text, words.PhoneAsking...) {
		// "王奶奶电话号码换了": no question
		return false, nil
	}
	officer := t.who.Has(village.RoleOfficer)
	switch {
	case officer && t.where.Kind != words.InGrid:
	case t.where.Kind == words.InGrid && t.who.Tends(t.where.Village, t.where.Grid):
	case t.where.Kind == words.InPrivate && t.who.IsCadre():
	default:
		return false, nil
	}
	refs := words.ReportRefs(village.FindRefs(t.text))
	live, err := r.allOpen(ctx, func(rep village.Report) bool {
		if rep.Type != village.Emergency || rep.Status == village.StatusResolved && len(refs) == 0 {
			return false
		}
		if t.where.Kind == words.InGrid {
			return rep.Village == t.where.Village && rep.Grid == t.where.Grid
		}
		return officer || t.who.Tends(rep.Village, rep.Grid)
	})
	if err != nil || len(live) == 0 {
		return false, err
	}
	slices.Reverse(live) // newest first, as the narrowing wants
	if len(refs) == 0 {
		live = slices.DeleteFunc(live, func(rep village.Report) bool { return !liveEmergency(t, rep) })
	}
	items := make([]words.CallerItem, 0, len(live))
	named := false
	for _, rep := range live {
		it := words.CallerItem{R: rep, People: r.callerPeople(rep)}
		if slices.ContainsFunc(it.People, func(p words.CallerPerson) bool { return strings.Contains(t.text, p.Name) }) {
			named = true
		}
		items = append(items, it)
	}
	if named {
		// "王奶奶电话多少": the emergencies that name her
		items = slices.DeleteFunc(items, func(it words.CallerItem) bool {
			return !slices.ContainsFunc(it.People, func(p words.CallerPerson) bool { return strings.Contains(t.text, p.Name) })
		})
	} else if !words.ContainsAnyOf(said, words.CallerWords...) && len(refs) == 0 || understand.AsksCadres(t.said()) {
		return false, nil // "网格员电话多少", "供电所电话多少": not of the alarm
	}
	if len(items) == 0 {
		return false, nil
	}
	if len(items) > 1 {
		reps := make([]village.Report, len(items))
		for i, it := range items {
			reps[i] = it.R
		}
		which := overOfWhich(t, reps)
		items = slices.DeleteFunc(items, func(it words.CallerItem) bool {
			return !slices.ContainsFunc(which, func(rep village.Report) bool { return rep.ID == it.R.ID && rep.Village == it.R.Village })
		})
	}
	slices.Reverse(items) // as raised: #R1, #R2
	data := map[string]any{"Who": t.who.Name, "Items": items, "Township": officer}
	if t.where.Kind == words.InGrid {
		// a villager's number is not for the group
		return true, r.commitOut(ctx, t, r.privately(t, r.texts.Render("emergency.caller", data)))
	}
	return true, r.reply(ctx, t, "emergency.caller", data)
}

// callerPeople are rep's people whose numbers a cadre may phone: its
// reporter, the one it was told for, those who told of it too, the one
// missing his kin word names ("我妈不见了": 走失), and the people of its grid
// its alarm names ("王奶奶不见了"), each once, with the roster's number (""
// when it has none).
func (r *Router) callerPeople(rep village.Report) []words.CallerPerson {
	var out []words.CallerPerson
	put := func(role, name, phone string) {
		if name != "" && !slices.ContainsFunc(out, func(p words.CallerPerson) bool { return p.Name == name }) {
			out = append(out, words.CallerPerson{Role: role, Name: name, Phone: phone})
		}
	}
	add := func(role, name string) {
		p, err := r.people.Lookup(rep.Village, name)
		if err != nil {
			p = village.Person{}
		}
		put(role, name, p.Phone)
	}
	add("报告人", r.people.Address(rep.ReporterKey, rep.Reporter))
	add("事主", rep.For)
	for i, f := range rep.Followers {
		add("也报告", r.people.Address(rep.FollowerKey(i), f))
	}
	all := r.people.All()
	if reporter, ok := r.personOf(rep.ReporterKey); ok && rep.Hazard == village.HazardMissing {
		// "我妈不见了": the one his kin word names for sure, as his
		// alarm's private message named her (village.KinMissingOf)
		for _, p := range village.KinMissingOf(all, reporter, rep.Text) {
			put("走失", p.Name, p.Phone)
		}
	}
	for _, p := range all {
		if p.Village == rep.Village && p.Grid == rep.Grid && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(rep.Text, p.Name) {
			add("提到", p.Name)
		}
	}
	return out
}

// missingToCadres tells the grid's leaders and workers, and whoever looks
// after them, privately and urgently, the numbers of the missing people
// rep's alarm names: a villager's number never goes to the group.
func (r *Router) missingToCadres(rep *village.Report, missing []village.Missing, leaders, workers []village.Person, data map[string]any) []bot.Outbound {
	to := slices.Concat(leaders, workers)
	for _, m := range missing {
		if m.Carer.Name != "" {
			to = append(to, m.Carer)
		}
	}
	text := r.texts.Render("report.emergency.missing", data)
	var out []bot.Outbound
	var sent []string
	for _, p := range to {
		if a := r.people.Address(p.Key(), p.Name); !slices.Contains(sent, a) {
			sent = append(sent, a)
			out = append(out, bot.Outbound{To: a, Kind: bot.Private, Priority: bot.Urgent, Text: cmp.Or(r.missingToCarer(missing, p, data), text)})
		}
	}
	return out
}

// missingToCarer is report.emergency.missing for p when he looks after
// some of the missing (「平时由您照看」, not his own number); "" when he
// looks after none of them.
func (r *Router) missingToCarer(missing []village.Missing, p village.Person, data map[string]any) string {
	yours := slices.Clone(missing)
	mine := false
	for i, m := range yours {
		if m.Carer.Name != "" && m.Carer.Key() == p.Key() {
			yours[i].Yours, mine = true, true
		}
	}
	if !mine {
		return ""
	}
	his := maps.Clone(data)
	his["Missing"] = yours
	return r.texts.Render("report.emergency.missing", his)
}

// pickedMissing is the one of those rep's missing alarm said may be
// missing (village.Missing.Maybe) that text, about to be noted on it, names alone
// (village.PickedMaybe: 陈二's 「是小凤 穿红衣服」 after his 「小孩不见了」),
// for the duty chat's post of it to name her with her household and
// number (alarm98); nil when text picks none.
func (r *Router) pickedMissing(rep village.Report, text string) *village.Missing {
	if rep.Hazard != village.HazardMissing {
		return nil
	}
	reporter, _ := r.personOf(rep.ReporterKey)
	missing := village.MissingOf(r.people.All(), rep, reporter)
	i, ok := village.PickedMaybe(missing, village.Report{History: []village.Entry{{Note: text}}})
	if !ok {
		return nil
	}
	m := missing[i]
	m.Maybe = false
	return &m
}

// missingNamed are the people rep's alarm, told by reporter, says are
// missing (village.MissingOf: by name, or by his kin word).
func (r *Router) missingNamed(rep village.Report, reporter village.Person) []village.Missing {
	return village.MissingOf(r.people.All(), rep, reporter)
}
