package village

import (
	"slices"
	"strings"
)

// AlarmAsk is whom an emergency's alarm asks to act when cadres of its
// grid are not the ones to ask as usual: the person in trouble is a cadre
// himself (Away: 「网格长刘建国」 gone missing, not to be asked to organise
// his own search nor sent his own number), or a cadre reported it
// (Reporter: already on it, not @-mentioned as if she needed help), or
// the cadre who reported it is the one hurt or trapped himself (Hurt:
// "我从梯子上摔下来了", not asked to organise his own rescue, told help is
// coming; or a villager says so of him: "李四从梯子上摔下来了"). Asked
// are the grid's other leaders and workers, those the group
// @-mentions and the duty chat phones; none when a hurt cadre has nobody
// else in his grid (the duty chat sends someone). The zero AlarmAsk
// changes nothing (Set).
type AlarmAsk struct {
	Away     []string
	Gone     []Person
	Reporter string
	Hurt     string
	HurtSaid bool // the hurt cadre told it himself
	Asked    []Person
}

// Set reports whether a changes whom the alarm asks.
func (a AlarmAsk) Set() bool { return a.Asked != nil || a.Hurt != "" }

// AskedOf is the AlarmAsk of rep's alarm, told by reporter (hurt: the
// cadre it says is hurt or trapped, he himself or another, nil when none:
// understand.HurtCadre),
// missing the people it says are missing (MissingOf), leaders and workers
// its grid's cadres; the zero AlarmAsk when no cadre is missing, hurt nor
// reported it, or when nobody else is there to ask but a hurt cadre.
func AskedOf(rep Report, reporter Person, hurt *Person, missing []Missing, leaders, workers []Person) AlarmAsk {
	var a AlarmAsk
	for _, m := range missing {
		if !m.Maybe && cadreOf(m.Person, rep) {
			a.Away, a.Gone = append(a.Away, Title(m.Person, rep)+m.Name), append(a.Gone, m.Person)
		}
	}
	if rep.Grid != "" && hurt != nil && cadreOf(*hurt, rep) {
		a.Hurt, a.HurtSaid, a.Gone = Title(*hurt, rep)+hurt.Name, hurt.Key() == reporter.Key(), append(a.Gone, *hurt)
	}
	if rep.Grid != "" && !a.HurtSaid && cadreOf(reporter, rep) {
		a.Reporter = Title(reporter, rep) + reporter.Name
	}
	out := a.Gone
	if a.Reporter != "" {
		out = append(slices.Clone(out), reporter)
	}
	for _, p := range slices.Concat(leaders, workers) {
		if !slices.ContainsFunc(out, func(o Person) bool { return o.Key() == p.Key() }) &&
			!slices.ContainsFunc(a.Asked, func(o Person) bool { return o.Key() == p.Key() }) {
			a.Asked = append(a.Asked, p)
		}
	}
	if a.Hurt == "" && (len(a.Asked) == 0 || len(a.Away) == 0 && a.Reporter == "") {
		return AlarmAsk{}
	}
	return a
}

// Without are people but those a is asked around (Gone): the missing
// cadre is sent no copy of his own number.
func (a AlarmAsk) Without(people []Person) []Person {
	return slices.DeleteFunc(slices.Clone(people), func(p Person) bool {
		return slices.ContainsFunc(a.Gone, func(g Person) bool { return g.Key() == p.Key() })
	})
}

// Names are the names of those a asks to act.
func (a AlarmAsk) Names() []string {
	out := make([]string, 0, len(a.Asked))
	for _, p := range a.Asked {
		out = append(out, p.Name)
	}
	return out
}

// Title is p's title in rep's grid: 网格长, 网格员, or "".
func Title(p Person, rep Report) string {
	switch {
	case p.Covers(RoleLeader, rep.Village, rep.Grid):
		return string(RoleLeader)
	case p.Covers(RoleWorker, rep.Village, rep.Grid):
		return string(RoleWorker)
	}
	return ""
}

func cadreOf(p Person, rep Report) bool { return Title(p, rep) != "" }

// DutyOf is Duty asked of who by name instead of the grid leader (Duty
// itself when who is empty): 「请马红梅、何志强立即组织人手分头寻找，开始找后回复」.
func (h Hazard) DutyOf(scam bool, who []string) string {
	d := h.Duty(scam)
	if len(who) == 0 {
		return d
	}
	return strings.Replace(d, string(RoleLeader), strings.Join(who, "、"), 1)
}
