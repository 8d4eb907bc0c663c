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
	"gridbot/understand"
	"gridbot/village"
)

// phoneAsks ask for a phone number ("电话多少", "号码发一下").
var phoneAsks = []string{"电话多少", "电话是多少", "电话号码", "电话号", "手机号", "号码多少", "号码是多少", "联系方式", "怎么联系", "电话呢",
	"电话发", "电话给", "电话告诉", "号码发", "号码给", "电话有吗", "有电话吗", "有他电话", "有她电话", "电话有没有"}

// phoneAsking make phone words a question or a request ("电话多少",
// "手机号发我一下"), not news of a number ("电话号码换了").
var phoneAsking = []string{"多少", "?", "？", "吗", "呢", "发", "给我", "告诉", "怎么联系", "有没有", "是啥", "是什么", "几号"}

// callerWords name the one who raised an alarm, or him said before
// ("他电话多少"), whose number a cadre asks.
var callerWords = []string{"报警人", "报警的", "报告人", "报告的", "报案人", "报案的", "报信的", "报的人", "反映人", "打电话的人",
	"发消息的", "说的人", "他", "她", "家属", "家里人"}

// callerPerson is one person of an emergency with his number.
type callerPerson struct{ Role, Name, Phone string }

// callerItem is an emergency with the numbers of its people.
type callerItem struct {
	R      village.Report
	People []callerPerson
}

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
	if utf8.RuneCountInString(t.text) > 40 || !containsAnyOf(said, phoneAsks...) || !containsAnyOf(t.text, phoneAsking...) {
		// "王奶奶电话号码换了": no question
		return false, nil
	}
	officer := t.who.Has(village.RoleOfficer)
	switch {
	case officer && t.where.kind != inGrid:
	case t.where.kind == inGrid && t.who.Tends(t.where.village, t.where.grid):
	case t.where.kind == inPrivate && t.who.IsCadre():
	default:
		return false, nil
	}
	refs := reportRefs(village.FindRefs(t.text))
	live, err := r.allOpen(ctx, func(rep village.Report) bool {
		if rep.Type != village.Emergency || rep.Status == village.StatusResolved && len(refs) == 0 {
			return false
		}
		if t.where.kind == inGrid {
			return rep.Village == t.where.village && rep.Grid == t.where.grid
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
	items := make([]callerItem, 0, len(live))
	named := false
	for _, rep := range live {
		it := callerItem{R: rep, People: r.callerPeople(rep)}
		if slices.ContainsFunc(it.People, func(p callerPerson) bool { return strings.Contains(t.text, p.Name) }) {
			named = true
		}
		items = append(items, it)
	}
	if named {
		// "王奶奶电话多少": the emergencies that name her
		items = slices.DeleteFunc(items, func(it callerItem) bool {
			return !slices.ContainsFunc(it.People, func(p callerPerson) bool { return strings.Contains(t.text, p.Name) })
		})
	} else if !containsAnyOf(said, callerWords...) && len(refs) == 0 || understand.AsksCadres(t.said()) {
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
		items = slices.DeleteFunc(items, func(it callerItem) bool {
			return !slices.ContainsFunc(which, func(rep village.Report) bool { return rep.ID == it.R.ID && rep.Village == it.R.Village })
		})
	}
	slices.Reverse(items) // as raised: #R1, #R2
	data := map[string]any{"Who": t.who.Name, "Items": items, "Township": officer}
	if t.where.kind == inGrid {
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
func (r *Router) callerPeople(rep village.Report) []callerPerson {
	var out []callerPerson
	put := func(role, name, phone string) {
		if name != "" && !slices.ContainsFunc(out, func(p callerPerson) bool { return p.Name == name }) {
			out = append(out, callerPerson{Role: role, Name: name, Phone: phone})
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
		key := ""
		if i < len(rep.FollowerKeys) {
			key = rep.FollowerKeys[i]
		}
		add("也报告", r.people.Address(key, f))
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

// missingNamed are the people rep's alarm, told by reporter, says are
// missing (village.MissingOf: by name, or by his kin word).
func (r *Router) missingNamed(rep village.Report, reporter village.Person) []village.Missing {
	return village.MissingOf(r.people.All(), rep, reporter)
}
