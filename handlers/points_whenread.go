package handlers

import (
	"context"

	"gridbot/storage"
	"gridbot/village"
)

// unfinal are a household's claims not final yet, as points.when tells
// them: waiting for review, approved (published or not), frozen.
type unfinal struct {
	pending, approved, objected []village.Claim
}

// unfinalOf reads person's household's claims not final yet for the reply
// of t (pointsWhen). They are all in the household's claims index
// (storage.ClaimsOf), which this process follows: a household it has seen
// claim or be reviewed costs no read, and the reply, committed in the
// village's scope (a private question is answered there, as 我的积分 is),
// carries the read (turn.copies), so that another process's filing,
// review or objection since refuses it, and Router.Handle answers again on
// the claims as stored. Not followed: one read, as before.
func (p *pointsFlow) unfinalOf(ctx context.Context, t *turn, person village.Person) (unfinal, error) {
	sc := storage.VillageScope(person.Village)
	if t.scope == "" && t.where.Village == "" {
		t.scope = sc
	}
	read := p.r.store.Followed
	if p.r.scope(t) != sc {
		read = p.fresh // no commit of sc guards the reply: read what is stored
	}
	raws, rd, err := read(ctx, sc, storage.ClaimKind, storage.ClaimsOf(person.Household))
	if err != nil {
		return unfinal{}, err
	}
	cs, err := storage.ClaimsIn(raws)
	if err != nil {
		return unfinal{}, err
	}
	t.copies.add(sc, rd)
	var u unfinal
	for _, c := range cs {
		switch c.Status {
		case village.ClaimPending:
			u.pending = append(u.pending, c)
		case village.ClaimApproved:
			u.approved = append(u.approved, c)
		case village.ClaimObjected:
			u.objected = append(u.objected, c)
		}
	}
	return u, nil
}

// fresh reads a whole index from Redis, as Store.Followed reads one it
// does not follow.
func (p *pointsFlow) fresh(ctx context.Context, sc storage.Scope, kind, index string) ([]storage.RawDoc, storage.IndexRead, error) {
	raws, reads, err := p.r.store.DocsOfRead(ctx, sc, storage.DocsRead{Kind: kind, Index: index})
	if err != nil {
		return nil, storage.IndexRead{}, err
	}
	return raws[0], reads[0], nil
}
