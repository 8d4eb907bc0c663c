package handlers

import (
	"slices"

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

// claimWitness is the name a hint about claim c gives as its witness
// (exampleWitness of the person it is for), never one who objected to it.
func (p *pointsFlow) claimWitness(c *village.Claim) string {
	return p.r.exampleWitness(village.Person{Name: c.Person, Village: c.Village, Grid: c.Grid, Household: c.Household},
		append(c.Objectors(), c.EarlyObjectors()...)...)
}
