package handlers

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/roster"
	"gridbot/village"
)

// nameIn returns whether a name (or nickname) is on village v's roster.
func (r *Router) nameIn(v string) func(string) bool {
	return func(n string) bool { _, err := r.people.Lookup(v, n); return err == nil }
}

// villagesMeant are the villages whose people a command typed in t may
// name: the group's village; the only village, or the one the text names;
// the sender's own village; and every village for a township officer or
// admin of no household, whose village on the roster is no guess of whom
// he means.
func (r *Router) villagesMeant(t *turn) []string {
	if t.where.Kind == words.InGrid {
		return []string{t.where.Village}
	}
	if v, ok := r.villageMeant(t); ok {
		return []string{v}
	}
	if t.who.Village != "" && (t.who.Household != "" || !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin)) {
		return []string{t.who.Village}
	}
	var all []string
	for _, v := range r.cfg.Villages {
		all = append(all, v.Name)
	}
	return all
}

// narrow reads the village and the grid written before a name ("青山村
// 张三", "三组 张三", "青山村三组张三"): the villages left to look in,
// the grid ("" for any) and what follows them.
func (r *Router) narrow(villages []string, args string) ([]string, string, string) {
	args = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "@"))
	for _, v := range villages {
		if rest, ok := strings.CutPrefix(args, v); ok && strings.TrimSpace(rest) != "" {
			villages, args = []string{v}, strings.TrimSpace(rest)
			break
		}
	}
	for _, vc := range r.cfg.Villages {
		if !slices.Contains(villages, vc.Name) {
			continue
		}
		for _, g := range vc.Grids {
			if rest, ok := strings.CutPrefix(args, g.Name); ok && strings.TrimSpace(rest) != "" {
				return villages, g.Name, strings.TrimSpace(rest)
			}
		}
	}
	return villages, "", args
}

// nameInAny returns whether a name is on the roster of one of villages.
func (r *Router) nameInAny(villages []string) func(string) bool {
	return func(n string) bool {
		return slices.ContainsFunc(villages, func(v string) bool { return r.nameIn(v)(n) })
	}
}

// whoIs is everyone of villages (and of grid, when not "") whom name fits,
// namesakes in one village or in several alike, and rest without the
// household number that made the name precise ("张三 QS-301"; "张三·QS-301"
// is precise by itself). One fit is the person meant; several are to be
// asked about (whichPerson), never guessed. Only a name that fits several
// in a village walks the roster.
func (r *Router) whoIs(villages []string, grid, name, rest string) ([]village.Person, string) {
	var fits []village.Person
	add := func(p village.Person) {
		if (grid == "" || p.Grid == grid) && !slices.ContainsFunc(fits, func(f village.Person) bool { return f.Key() == p.Key() }) {
			fits = append(fits, p)
		}
	}
	for _, v := range villages {
		p, err := r.people.Lookup(v, name)
		switch {
		case err == nil:
			add(p)
		case errors.Is(err, roster.ErrAmbiguous):
			all := r.people.All()
			byName := slices.ContainsFunc(all, func(q village.Person) bool { return q.Village == v && q.Name == name })
			for _, q := range all {
				if q.Village == v && (q.Name == name || !byName && q.Nickname != "" && strings.EqualFold(q.Nickname, name)) {
					add(q)
				}
			}
		}
	}
	first, after, _ := strings.Cut(rest, " ")
	if i := slices.IndexFunc(fits, func(p village.Person) bool { return p.Household != "" && strings.EqualFold(p.Household, first) }); i >= 0 {
		return fits[i : i+1], strings.TrimSpace(after)
	}
	return fits, rest
}

// personChoices are people, each with where he lives and the shortest way
// to write him apart from the others of his name among them, who must be
// all his namesakes the command could mean.
func (r *Router) personChoices(people []village.Person) []words.PersonChoice {
	count := func(keep func(q village.Person) bool) int { return words.CountFunc(people, keep) }
	manyVillages := slices.ContainsFunc(people, func(q village.Person) bool { return q.Village != people[0].Village })
	choices := make([]words.PersonChoice, len(people))
	for i, p := range people {
		c := words.PersonChoice{Where: p.Grid, Household: p.Household, Form: p.Name, Label: p.Name}
		if manyVillages {
			c.Where = p.Village + p.Grid
		}
		if p.Household != "" && r.points != nil {
			// "陈二户·胡秀芝（户号 QS-302）"; "张三户（QS-301）·张三" when
			// two households' heads share a name
			c.Label = r.points.label(p.Village, p.Household) + "·" + p.Name
			if !strings.Contains(c.Label, p.Household) {
				c.Label += "（户号 " + p.Household + "）"
			}
		}
		namesakes := count(func(q village.Person) bool { return q.Name == p.Name })
		inVillage := count(func(q village.Person) bool { return q.Name == p.Name && q.Village == p.Village })
		inGrid := count(func(q village.Person) bool { return q.Name == p.Name && q.Village == p.Village && q.Grid == p.Grid })
		elsewhere := namesakes > inVillage // of his name in another village
		switch {
		case namesakes == 1:
		case elsewhere && inVillage == 1:
			c.Form = p.Village + " " + p.Name
		case p.Grid != "" && inGrid == 1 && elsewhere:
			c.Form = p.Village + p.Grid + " " + p.Name
		case p.Grid != "" && inGrid == 1:
			c.Form = p.Grid + " " + p.Name
		case p.Household != "":
			c.Form = p.Name + " " + p.Household
		}
		choices[i] = c
	}
	return choices
}

// whichPerson asks which of fits the sender meant by name, listing each
// by village and grid with how to write him precisely; nothing is done.
// example is the command with the first of them written precisely.
func (r *Router) whichPerson(ctx context.Context, t *turn, word, name, rest string, fits []village.Person) error {
	choices := r.personChoices(fits)
	example := strings.TrimSpace(word + " " + choices[0].Form + " " + rest)
	return r.reply(ctx, t, "person.which", map[string]any{"Name": name, "Choices": choices, "Example": example})
}

// nearPeople are the people of villages (and of grid, when not "") that
// keep accepts whose name is one character off name ("陈儿" for 陈二, "张叁"
// for every 张三), sounds like it ("章山" for 张三: village.SoundsAlike),
// starts it ("陈二二" for 陈二), is it with one character more ("张小明"
// for 张明) or one less ("陈桂" for 陈桂兰): whom a mistyped name may mean.
// When exactly one of them sounds like it (张山: 张三, not 张明 one
// character off too), only he. nil when none, or too many to help.
func (r *Router) nearPeople(villages []string, grid, name string, keep func(village.Person) bool) []village.Person {
	if utf8.RuneCountInString(name) < 2 {
		return nil
	}
	var near, alike []village.Person
	for _, p := range r.people.All() {
		if !slices.Contains(villages, p.Village) || grid != "" && p.Grid != grid || !keep(p) {
			continue
		}
		sounds := village.SoundsAlike(name, p.Name)
		if sounds || village.OneCharOff(name, p.Name) || p.Name != "" && strings.HasPrefix(name, p.Name) ||
			village.OneCharMore(name, p.Name) || village.OneCharMore(p.Name, name) {
			near = append(near, p)
		}
		if sounds {
			alike = append(alike, p)
		}
	}
	switch {
	case len(alike) == 1:
		return alike
	case len(near) > words.MaxNear:
		return nil
	}
	return near
}

// unknownPerson answers a command (word, then name, then rest) whose name
// is on no roster: with the people near it (nearPeople), each with the
// command to send for him, else asking him to check the name. undone says
// what was not done ("这条还没有兑换。"); ask, when set, is asked instead of
// listing the one person near, with the command written for him: its
// answer 「是」 (askRedeem; askCommand also takes 「1」) runs it, which does
// what it says ("兑换", "加分", "登记").
func (r *Router) unknownPerson(ctx context.Context, t *turn, word, name, rest, undone string, near []village.Person, ask *question, does string) error {
	choices := r.personChoices(near)
	own := t.who.Household != "" && !slices.ContainsFunc(near, func(q village.Person) bool {
		return q.Village != t.who.Village || q.Household != t.who.Household
	})
	for i := range choices {
		choices[i].Again = strings.TrimSpace(word + " " + choices[i].Form + " " + rest)
		if own {
			// his own family: "您家的张明", not its grid, household and 户号
			choices[i].Where, choices[i].Label = "", "您家的"+near[i].Name
		}
	}
	data := map[string]any{"Name": name, "Near": choices, "Undone": undone}
	if ask != nil && len(choices) == 1 {
		ask.Text = choices[0].Again
		if err := r.ask(t, *ask); err != nil {
			return err
		}
		data["Ask"] = cmp.Or(does, word)
	}
	return r.reply(ctx, t, "points.unknownperson", data)
}

// unknownNamesake is, for a private message the transport could not put a
// name to because several villagers share it ("张三(未核实)": the roster
// has a 张三 in two villages, or two in one), the people it may be; nil
// for anyone else. Whatever he writes, the bot cannot tell whose report,
// points or household it is about: he is told how to be known instead of
// being answered as a stranger ("名单里没有找到您家").
func (r *Router) unknownNamesake(t *turn) []village.Person {
	if t.where.Kind != words.InPrivate || t.who.Village != "" {
		return nil
	}
	name, ok := strings.CutSuffix(strings.TrimRight(t.who.Name, "?"), bot.UnverifiedSuffix)
	if !ok {
		return nil
	}
	var fits []village.Person
	for _, p := range r.people.All() {
		if p.Name == name && p.Village != "" {
			fits = append(fits, p)
		}
	}
	return fits
}
