package handlers

// One read of a village's claims per message: the points readers that
// look at a villager's free words before they are read (witnessGiven,
// witnessVouched, explained) each need some of the village's claims. The
// first of them to need any reads, in one round trip, all that each of
// them will need for this message (claimNeeds); the others take theirs
// from the turn (t.claims) until a commit is made.

import (
	"context"

	"gridbot/storage"
	"gridbot/village"
)

// claimNeed says which lists of a village's claims a reader needs.
type claimNeed uint8

const (
	needPending claimNeed = 1 << iota // waiting for review
	needLatest                        // the latest few (latestVouchRead), of any status
	needFrozen                        // frozen by an objection
)

// claimsSeen are a village's claims as read for one message: each list
// when has says it was read, and the questions waiting for the sender
// when askedRead (read with them: witnessGiven, this process holding no
// copy of them).
type claimsSeen struct {
	has                     claimNeed
	pending, latest, frozen []village.Claim
	asked                   []byte
	askedRead               bool
}

// claimNeeds are the lists of village v's claims the points readers of
// t's words will read: witnessGiven's, witnessVouched's and explained's,
// each as its own check of the words says (no read for words none of
// them takes).
func (p *pointsFlow) claimNeeds(t *turn, v string) claimNeed {
	var need claimNeed
	if t.where.village == v {
		if len(p.witnessesWhileAsked(t)) > 0 {
			need |= needPending | needFrozen
		}
		if _, ok := p.vouchRef(t); ok {
			need |= needPending | needLatest
		}
	}
	if t.who.Village == v && explainsSaid.MatchString(t.text) && p.explainsHere(t) {
		need |= needFrozen
	}
	return need
}

// villageClaims are the claims of village v need names, and, when
// withAsked, the questions waiting for the sender, read with them. The
// first read of the message reads besides what every points reader of its
// words will need (claimNeeds), in the same round trip; later ones are
// taken from it, until a commit is made (memo). A list not read yet is
// read then.
func (p *pointsFlow) villageClaims(ctx context.Context, t *turn, v string, need claimNeed, withAsked bool) (claimsSeen, error) {
	sc := storage.VillageScope(v)
	seen, ok := held(p.r, &t.claims, string(sc))
	if ok && seen.has&need == need && (!withAsked || seen.askedRead) {
		return seen, nil
	}
	read := need &^ seen.has
	switch {
	case !ok:
		seen, read = claimsSeen{}, need|p.claimNeeds(t, v)
	case read == 0:
		read = need // the questions waiting, read again with what they are read with
	}
	var reads []storage.DocsRead
	var lists []*[]village.Claim
	for _, l := range []struct {
		need claimNeed
		rd   storage.DocsRead
		to   *[]village.Claim
	}{
		{needPending, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimPending)}, &seen.pending},
		{needLatest, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(""), Last: latestVouchRead}, &seen.latest},
		{needFrozen, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimObjected)}, &seen.frozen},
	} {
		if read&l.need != 0 {
			reads, lists = append(reads, l.rd), append(lists, l.to)
		}
	}
	at := p.r.commits.Load()
	var raws [][]storage.RawDoc
	var err error
	if withAsked && !seen.askedRead {
		seen.asked, raws, err = p.r.store.AskedAndDocs(ctx, sc, askKey(t), reads...)
		seen.askedRead = true
	} else {
		raws, err = p.r.store.DocsOf(ctx, sc, reads...)
	}
	if err != nil {
		return claimsSeen{}, err
	}
	for i, to := range lists {
		if *to, err = storage.ClaimsIn(raws[i]); err != nil {
			return claimsSeen{}, err
		}
	}
	seen.has |= read
	t.claims = memo[claimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, nil
}

// frozenCopied are village v's frozen claims (claims:objected) from this
// process's followed copy, with no round trip: ok is false when the
// message read v's claims already (villageClaims serves them), the reply
// is committed in another scope, or the process holds no copy. The
// turn's commits in v's scope are then guarded by the read (turn.copies):
// another process's freeze, change or thaw since refuses them, and the
// message is handled again on the claims as stored (Router.Handle), as a
// reply decided on an account copy is (rt66). The caller makes sure the
// turn commits nothing else unguarded (explainedReply's copied).
func (p *pointsFlow) frozenCopied(ctx context.Context, t *turn, v string) (seen claimsSeen, ok bool, err error) {
	sc, index := storage.VillageScope(v), storage.ClaimIndex(village.ClaimObjected)
	if _, read := held(p.r, &t.claims, string(sc)); read || p.r.scope(t) != sc || !p.r.store.Follows(sc, storage.ClaimKind, index) {
		return claimsSeen{}, false, nil
	}
	at := p.r.commits.Load()
	raws, rd, err := p.r.store.Followed(ctx, sc, storage.ClaimKind, index)
	if err != nil {
		return claimsSeen{}, true, err
	}
	if seen.frozen, err = storage.ClaimsIn(raws); err != nil {
		return claimsSeen{}, true, err
	}
	t.copies.add(sc, rd)
	seen.has = needFrozen
	t.claims = memo[claimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, true, nil
}
