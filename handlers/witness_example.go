package handlers

import (
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/village"
)

// exampleWitness is the name a hint gives as an example witness for a
// claim by who (「证明人 王五」, 「王五可以作证」): the grid's worker, else
// its leader, else a neighbour on WeChat, never who himself nor one of his
// household, who cannot witness for it, nor any of besides (those who
// objected to the claim). Every text giving such an example
// takes it from here (data "Witness"); "" when the roster has no one
// fit, and the texts say 邻居.
func (r *Router) exampleWitness(who village.Person, besides ...string) string {
	all := r.people.All()
	fits := func(p village.Person) bool {
		return p.Name != "" && p.Name != who.Name && (who.Household == "" || p.Household != who.Household) && !slices.Contains(besides, p.Name)
	}
	for _, role := range []village.Role{village.RoleWorker, village.RoleLeader} {
		for _, p := range all {
			if p.Covers(role, who.Village, who.Grid) && fits(p) {
				return p.Name
			}
		}
	}
	for _, p := range all {
		if p.Village == who.Village && p.Grid == who.Grid && p.UsesWeChat && fits(p) {
			return p.Name
		}
	}
	return ""
}

// claimWitness is the name a hint about claim c gives as its witness: one
// it names as having done it with him (coWorker), else exampleWitness of
// the person it is for; never one who objected to it.
func (p *pointsFlow) claimWitness(c *village.Claim) string {
	if w := p.coWorker(*c); w != "" && !slices.Contains(c.Objectors(), w) && !slices.Contains(c.EarlyObjectors(), w) {
		return w // the one he did it with (pts102)
	}
	return p.r.exampleWitness(village.Person{Name: c.Person, Village: c.Village, Grid: c.Grid, Household: c.Household},
		append(c.Objectors(), c.EarlyObjectors()...)...)
}

// coWorker is the first one claim c's text names as having done the deed
// with its claimant (words.CoWorkersIn) who may be its witness: of
// another household, and not written as its witness already. "" when
// none, or the claim needs no witness.
func (p *pointsFlow) coWorker(c village.Claim) string {
	if c.Needs != village.EvidenceWitness {
		return ""
	}
	for _, n := range words.CoWorkersIn(c.Text, p.r.nameIn(c.Village)) {
		if who, err := p.r.people.Lookup(c.Village, n); err == nil && who.Name != c.Person && who.Household != c.Household &&
			!strings.Contains(c.Evidence, "证明人 "+n) {
			return n
		}
	}
	return ""
}
