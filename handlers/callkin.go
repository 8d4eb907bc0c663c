package handlers

// Kin words in a worker's call log: the one who answered her phone
// ("回访 她孙子 已通 说奶奶头晕"), her relative's words in the note
// ("回访 白凤兰 已通 她孙子说她腿摔了"), his own kin ("回访 我妈 已通").
// They resolve as a report's do (village.HouseholdKin, sure: one fit or none), so
// that the call counts for the elder and a matter filed on her behalf
// names the member who told it.

import (
	"context"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// callKin reads name, a call log's name that is no one's on the roster,
// as kin (callKinRe): the elder whose call it is and the member of her
// household who answered ("" when the roster cannot tell him for sure).
// "我妈" is the sender's own; "她孙子" the grandson of the one among his
// callees (the quoted one's when he quotes a reminder) whose household
// has exactly one, of the sex 她/他 tells; "白凤兰的孙子" hers. ok is
// false when it names no one for sure.
func (r *Router) callKin(t *turn, v, name string) (elder village.Person, member string, ok bool) {
	m := words.CallKinRe.FindStringSubmatch(name)
	if m == nil {
		return village.Person{}, "", false
	}
	all := r.people.All()
	head, word := m[1], m[2]
	one := func(p village.Person) string {
		if fits := village.HouseholdKin(all, v, p, word, true); len(fits) == 1 {
			return fits[0]
		}
		return ""
	}
	switch head {
	case "我":
		if n := one(t.who); n != "" {
			p, err := r.people.Lookup(v, n)
			return p, "", err == nil
		}
		return village.Person{}, "", false
	case "她", "他", "老人", "":
	default:
		p, err := r.people.Lookup(v, head)
		if err != nil || !words.MayCall(t.who, p) {
			return village.Person{}, "", false
		}
		return p, one(p), true
	}
	names := r.callees(t.who)
	if q := r.quotedCallee(t); q != "" {
		names = []string{q}
	}
	var found []village.Person
	for _, n := range names {
		p, err := r.people.Lookup(v, n)
		if err != nil || head == "她" && village.HouseholdSexOf(p, r.people.Household(v, p.Household)) == village.Male ||
			head == "他" && village.HouseholdSexOf(p, r.people.Household(v, p.Household)) == village.Female {
			continue
		}
		if k := one(p); k != "" {
			found, member = append(found, p), k
		}
	}
	if len(found) != 1 {
		return village.Person{}, "", false
	}
	return found[0], member, true
}

// kinNote reads a note that starts with what a member of p's household
// said or that he answered ("她孙子说她腿摔了", "孙子接的电话，说奶奶头晕"):
// named is note with the member its kin word names for sure written after
// it ("她孙子金小海说她腿摔了": the leader reading the matter filed for her
// knows whom to phone), said what he said, to be read as her matter
// ("她腿摔了", "奶奶头晕"). A note of no such start is both.
func (r *Router) kinNote(p village.Person, note string) (named, said string) {
	m := words.NoteKinRe.FindStringSubmatchIndex(note)
	if m == nil {
		return note, note
	}
	member := ""
	if fits := village.HouseholdKin(r.people.All(), p.Village, p, note[m[2]:m[3]], true); len(fits) == 1 {
		member = fits[0]
	}
	rest := note[m[1]:]
	if member != "" {
		rest = strings.TrimPrefix(rest, member)
	}
	lead := len(rest)
	rest = strings.TrimLeft(rest, words.CallSeps)
	for _, spoken := range [][]string{words.KinAnswer, words.KinSpeak} {
		for _, w := range spoken {
			if after, ok := strings.CutPrefix(rest, w); ok {
				rest = strings.TrimLeft(after, words.CallSeps)
				break
			}
		}
	}
	if len(rest) == lead || !understand.HasContent(rest) {
		return note, note // "她儿子回来了": no words of his
	}
	return note[:m[1]] + member + note[len(note)-lead:], rest
}

// householdCallee is the one elder w phones in member's household when
// member himself is no one w phones (he has WeChat, no phone on the
// roster, or is of another grid): a call log naming him is hers, he
// answered. ok is false when none or several fit.
func (r *Router) householdCallee(w, member village.Person) (elder village.Person, ok bool) {
	if member.Household == "" || !member.UsesWeChat && member.Phone != "" && words.MayCall(w, member) {
		return village.Person{}, false
	}
	var found []village.Person
	for _, q := range r.people.Household(member.Village, member.Household) {
		if q.Key() != member.Key() && !q.UsesWeChat && q.Phone != "" && words.MayCall(w, q) {
			found = append(found, q)
		}
	}
	if len(found) != 1 {
		return village.Person{}, false
	}
	return found[0], true
}

// kinAnsweredUnnamed logs "她孙子接的 挺好的", a relative's answer naming
// no elder, as the call of the one elder justCalled finds among the
// sender's open calls (his only one, the one he just logged a try on,
// the one he was just reminded of), her relative answering (callKin);
// with several he is asked whose it was (call.whom); with none it is not
// done ("孩子接了" of his own child).
func (r *Router) kinAnsweredUnnamed(ctx context.Context, t *turn, head, word, note string) (done bool, err error) {
	v := r.callVillage(t)
	open, err := r.openCalls(ctx, t, v)
	if err != nil || len(open) == 0 {
		return err != nil, err
	}
	// of those whose sex 她/他 does not contradict and whose household
	// lists such a relative ("她孙子" is not 石德贵's, a man living
	// alone, though he was the last logged); none fits: any of them
	fits := slices.DeleteFunc(slices.Clone(open), func(c village.Call) bool {
		p, err := r.people.Lookup(v, r.people.Address(c.PersonKey, c.Person))
		if err != nil {
			return true
		}
		sex := village.HouseholdSexOf(p, r.people.Household(v, p.Household))
		return head == "她" && sex == village.Male || head == "他" && sex == village.Female ||
			len(village.HouseholdKin(r.people.All(), v, p, word, false)) == 0
	})
	if len(fits) == 0 {
		fits = open
	}
	log := village.OutcomeReached + " " + word + "接的 " + note
	switch c, ok := words.JustCalled(fits, t.at, t.who.Name); {
	case ok:
		elder := r.people.Address(c.PersonKey, c.Person)
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: elder + "的" + word + " " + village.OutcomeReached + " " + note})
	default:
		names := make([]string, len(fits))
		for i, c := range fits {
			names[i] = r.people.Address(c.PersonKey, c.Person)
		}
		return true, r.reply(ctx, t, "call.whom", map[string]any{"Names": names, "Log": strings.TrimSpace(log)})
	}
}

// kinUnlisted is the kin word a call note starts with ("她老伴说…") when
// p's household lists no one it may name: the note is kept as written,
// and the worker is told why no one is named.
func (r *Router) kinUnlisted(p village.Person, note string) string {
	m := words.NoteKinRe.FindStringSubmatch(note)
	if m == nil || village.KinLivesApart(m[1], note) || len(village.HouseholdKin(r.people.All(), p.Village, p, m[1], false)) > 0 {
		return ""
	}
	return m[1]
}
