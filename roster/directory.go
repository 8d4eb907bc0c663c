package roster

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"gridbot/village"
)

// HouseholdSep joins a name and a household number into a name that is
// unique when several people share the name: "王芳·QS-205".
const HouseholdSep = village.HouseholdSep

// Lookup errors; the returned errors wrap them with the name looked up.
var (
	ErrUnknown   = errors.New("unknown person")
	ErrAmbiguous = errors.New("ambiguous person")
)

// Directory is a read-only index of a roster. It is safe for concurrent
// use; the people it returns are copies.
type Directory struct {
	people    []village.Person
	byName    map[[2]string][]int    // village, name → indexes into people
	byNick    map[[2]string][]int    // village, lower-case nickname
	household map[[2]string][]int    // village, household
	byKey     map[string]int         // Person.Key → index; the first row wins
	byRole    map[village.Role][]int // role → indexes of its holders
	township  []int                  // officers and admins, whatever their village
}

// NewDirectory indexes people, keeping their order. It copies them, so the
// caller may reuse the slice.
func NewDirectory(people []village.Person) *Directory {
	d := &Directory{
		people:    make([]village.Person, len(people)),
		byName:    map[[2]string][]int{},
		byNick:    map[[2]string][]int{},
		household: map[[2]string][]int{},
		byKey:     map[string]int{},
		byRole:    map[village.Role][]int{},
	}
	for i, p := range people {
		p.Roles = slices.Clone(p.Roles)
		d.people[i] = p
		add := func(m map[[2]string][]int, key string) {
			if key != "" {
				m[[2]string{p.Village, key}] = append(m[[2]string{p.Village, key}], i)
			}
		}
		add(d.byName, CleanName(p.Name))
		add(d.byNick, FoldName(p.Nickname))
		add(d.household, p.Household)
		if _, dup := d.byKey[p.Key()]; !dup {
			d.byKey[p.Key()] = i
		}
		for k, r := range p.Roles {
			if !slices.Contains(p.Roles[:k], r) {
				d.byRole[r] = append(d.byRole[r], i)
			}
		}
		if p.Has(village.RoleOfficer) || p.Has(village.RoleAdmin) {
			d.township = append(d.township, i)
		}
	}
	return d
}

// CleanName trims spaces and a leading "@" (as in a WeChat mention) from a
// name, as the directory does before it looks the name up.
func CleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "@"), "＠")
	return strings.TrimSpace(s)
}

// FoldName normalises a nickname as the directory matches it: cleaned,
// ignoring case.
func FoldName(s string) string {
	return strings.ToLower(CleanName(s))
}

// Lookup finds who in villageName: by exact name, else by nickname, else
// (for township officers and admins, who may belong to another village or
// none) by name or nickname across the township. The errors wrap
// ErrUnknown or ErrAmbiguous.
func (d *Directory) Lookup(villageName, who string) (village.Person, error) {
	who = CleanName(who)
	if who == "" {
		return village.Person{}, fmt.Errorf("%w: the name is empty", ErrUnknown)
	}
	if name, household, ok := village.CutHousehold(who); ok {
		// "王芳·QS-205": a name made unique by its household; else a
		// name written with its 「·」 ("阿依古丽·买买提"), looked up below
		for _, i := range d.household[[2]string{villageName, household}] {
			if CleanName(d.people[i].Name) == name {
				return d.get(i), nil
			}
		}
	}
	// In this order, each looked at only when those before found no one:
	// nearly every message is from someone of the village by name.
	for _, find := range [...]func() []int{
		func() []int { return d.byName[[2]string{villageName, who}] },
		func() []int { return d.byNick[[2]string{villageName, FoldName(who)}] },
		func() []int { return d.acrossTownship(func(p village.Person) bool { return CleanName(p.Name) == who }) },
		func() []int {
			folded := FoldName(who)
			return d.acrossTownship(func(p village.Person) bool { return FoldName(p.Nickname) == folded })
		},
	} {
		found := find()
		switch len(found) {
		case 0:
			continue
		case 1:
			return d.get(found[0]), nil
		}
		var names []string
		for _, i := range found {
			p := d.people[i]
			names = append(names, fmt.Sprintf("%s (%s, household %q)", p.Name, p.Village, p.Household))
		}
		return village.Person{}, fmt.Errorf("%w: %q in %s could be %s", ErrAmbiguous, who, villageName, strings.Join(names, " or "))
	}
	return village.Person{}, fmt.Errorf("%w: no one called %q in %s or among the township officers", ErrUnknown, who, villageName)
}

// Address returns the name that reaches the person whose Person.Key is
// key: their name, or "name·household" when namesakes in their village
// share it, which Lookup (and so every transport) resolves to that person
// alone. When no one has key (a stranger, a record stored before keys were,
// a person since removed from the roster) it returns name.
func (d *Directory) Address(key, name string) string {
	i, ok := d.byKey[key]
	if !ok || key == "" {
		return name
	}
	p := d.people[i]
	if len(d.byName[[2]string{p.Village, CleanName(p.Name)}]) > 1 && p.Household != "" {
		return CleanName(p.Name) + HouseholdSep + p.Household
	}
	return p.Name
}

func (d *Directory) acrossTownship(match func(village.Person) bool) []int {
	var found []int
	for _, i := range d.township {
		if match(d.people[i]) {
			found = append(found, i)
		}
	}
	return found
}

// InGrid returns the holders of role who cover grid of villageName (see
// Person.Covers), in roster order.
func (d *Directory) InGrid(villageName, grid string, role village.Role) []village.Person {
	var people []village.Person
	for _, i := range d.byRole[role] {
		if d.people[i].Covers(role, villageName, grid) {
			people = append(people, d.get(i))
		}
	}
	return people
}

// WithRole returns the holders of role, in roster order.
func (d *Directory) WithRole(role village.Role) []village.Person {
	var people []village.Person
	for _, i := range d.byRole[role] {
		people = append(people, d.get(i))
	}
	return people
}

// Household returns the members of a household, in roster order.
func (d *Directory) Household(villageName, household string) []village.Person {
	var people []village.Person
	for _, i := range d.household[[2]string{villageName, household}] {
		people = append(people, d.get(i))
	}
	return people
}

// All returns everyone, in roster order.
func (d *Directory) All() []village.Person {
	return d.filter(func(village.Person) bool { return true })
}

func (d *Directory) filter(keep func(village.Person) bool) []village.Person {
	var people []village.Person
	for i, p := range d.people {
		if keep(p) {
			people = append(people, d.get(i))
		}
	}
	return people
}

// get returns a copy of a person that shares nothing with the index.
func (d *Directory) get(i int) village.Person {
	p := d.people[i]
	p.Roles = slices.Clone(p.Roles)
	return p
}
