package handlers

// One read of a village's claims per message: the points readers that
// look at a villager's free words before they are read (witnessGiven,
// witnessVouched, explained) each need some of the village's claims. The
// first of them to need any reads, in one round trip, all that each of
// them will need for this message (claimNeeds); the others take theirs
// from the turn (t.claims) until a commit is made.

import (
	"context"
	"slices"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// claimNeeds are the lists of village v's claims the points readers of
// t's words will read: witnessGiven's, witnessVouched's and explained's,
// each as its own check of the words says (no read for words none of
// them takes).
func (p *pointsFlow) claimNeeds(t *turn, v string) words.ClaimNeed {
	var need words.ClaimNeed
	if t.where.Village == v {
		if len(p.witnessesWhileAsked(t)) > 0 {
			need |= witnessNeeds
		}
		if _, ok := p.vouchRef(t); ok {
			need |= words.NeedPending | words.NeedLatest
		}
	}
	if t.who.Village == v && words.TellsSide(t.text) && p.explainsHere(t) {
		need |= words.NeedFrozen
	}
	return need
}

// villageClaims are the claims of village v need names, and, when
// withAsked, the questions waiting for the sender, read with them. The
// first read of the message reads besides what every points reader of its
// words will need (claimNeeds), in the same round trip; later ones are
// taken from it, until a commit is made (memo). A list not read yet is
// read then.
func (p *pointsFlow) villageClaims(ctx context.Context, t *turn, v string, need words.ClaimNeed, withAsked bool) (words.ClaimsSeen, error) {
	sc := storage.VillageScope(v)
	seen, ok := held(p.r, &t.claims, string(sc))
	if ok && seen.Has&need == need && (!withAsked || seen.AskedRead) {
		return seen, nil
	}
	read := need &^ seen.Has
	switch {
	case !ok:
		seen, read = words.ClaimsSeen{}, need|p.claimNeeds(t, v)
	case read == 0:
		read = need // the questions waiting, read again with what they are read with
	}
	var reads []storage.DocsRead
	var lists []*[]village.Claim
	for _, l := range []struct {
		need words.ClaimNeed
		rd   storage.DocsRead
		to   *[]village.Claim
	}{
		{words.NeedPending, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimPending)}, &seen.Pending},
		{words.NeedLatest, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(""), Last: words.LatestVouchRead}, &seen.Latest},
		{words.NeedFrozen, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimObjected)}, &seen.Frozen},
		{words.NeedApproved, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimApproved)}, &seen.Approved},
	} {
		if read&l.need != 0 {
			reads, lists = append(reads, l.rd), append(lists, l.to)
		}
	}
	at := p.r.commits.Load()
	var raws [][]storage.RawDoc
	var err error
	if withAsked && !seen.AskedRead {
		seen.Asked, raws, err = p.r.store.AskedAndDocs(ctx, sc, askKey(t), reads...)
		seen.AskedRead = true
	} else {
		raws, err = p.r.store.DocsOf(ctx, sc, reads...)
	}
	if err != nil {
		return words.ClaimsSeen{}, err
	}
	for i, to := range lists {
		if *to, err = storage.ClaimsIn(raws[i]); err != nil {
			return words.ClaimsSeen{}, err
		}
	}
	seen.Has |= read
	t.claims = memo[words.ClaimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, nil
}

// frozenCopied are village v's frozen claims (claims:objected) from this
// process's followed copy, with no round trip: ok is false when the
// message read v's claims already (villageClaims serves them), or
// claimsCopied cannot serve them. whole says every commit the turn makes
// otherwise is its guarded reply (explainedReply's copied); else the copy
// serves only when it holds a frozen item of the sender's (ownFrozen),
// whose note's commit carries the read: words it finds none for go on to
// readers whose outcome, silence included, no commit may check, on a read
// of Redis (rt79).
func (p *pointsFlow) frozenCopied(ctx context.Context, t *turn, v string, whole bool) (seen words.ClaimsSeen, ok bool, err error) {
	sc, index := storage.VillageScope(v), storage.ClaimIndex(village.ClaimObjected)
	if _, read := held(p.r, &t.claims, string(sc)); read || !p.copiable(t, sc, index) {
		return words.ClaimsSeen{}, false, nil
	}
	at := p.r.commits.Load()
	lists, reads, err := p.claimsFollowed(ctx, sc, index)
	if err != nil {
		return words.ClaimsSeen{}, true, err
	}
	if !whole && reads[0].Copied() && len(p.ownFrozen(t, lists[0])) == 0 {
		return words.ClaimsSeen{}, false, nil
	}
	t.copies.add(sc, reads[0])
	seen = words.ClaimsSeen{Frozen: lists[0], Has: words.NeedFrozen}
	t.claims = memo[words.ClaimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, true, nil
}

// witnessCopied are village sc's claims witnessGiven reads (witnessNeeds:
// waiting for review, frozen, approved), from this process's copies, with
// no round trip: ok is false when the message read them already,
// claimsCopied cannot serve them, or the questions waiting for the sender
// are neither copied (asked) nor known to be none (Router.noneKnown: the
// turn's commit then checks that) (rt74, rt75). Known to be none also
// when a read, or this process's own commit, last left none for him
// (Router.noneSeen), but then only when the copies fit (give him a claim
// the words are about: every outcome then commits, carrying the check),
// so that a store whose start copied no questions answers the sender's
// next witness in one round trip too (rt85).
func (p *pointsFlow) witnessCopied(ctx context.Context, t *turn, sc storage.Scope, asked bool, fits func(words.ClaimsSeen) bool) (seen words.ClaimsSeen, ok bool, err error) {
	indexes := []string{storage.ClaimIndex(village.ClaimPending), storage.ClaimIndex(village.ClaimObjected), storage.ClaimIndex(village.ClaimApproved)}
	if _, read := held(p.r, &t.claims, string(sc)); read || !p.copiable(t, sc, indexes...) {
		return words.ClaimsSeen{}, false, nil
	}
	known := asked || p.r.noneKnown(ctx, sc, askKey(t))
	if !known && !p.r.store.AskedNoneSeen(sc, askKey(t)) {
		return words.ClaimsSeen{}, false, nil
	}
	at := p.r.commits.Load()
	lists, reads, err := p.claimsFollowed(ctx, sc, indexes...)
	if err != nil {
		return words.ClaimsSeen{}, true, err
	}
	seen = words.ClaimsSeen{Pending: lists[0], Frozen: lists[1], Approved: lists[2], Has: witnessNeeds}
	if !known && (!fits(seen) || !p.r.noneSeen(ctx, sc, askKey(t))) {
		return words.ClaimsSeen{}, false, nil
	}
	for _, rd := range reads {
		t.copies.add(sc, rd)
	}
	t.claims = memo[words.ClaimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, true, nil
}

// vouchCopied are village sc's claims witnessVouched reads (need: waiting
// for review, the latest of any status, and frozen when his words may
// tell his side), with those the message read already (villageClaims),
// the rest from this process's copies (the latest few: storage.ClaimsAll's,
// Store.FollowedLatest), with no round trip. ok is false, nothing kept,
// when the message read the latest already, a copy is missing, or fits
// says the copies give no outcome a commit carries (they name him witness
// of no claim: the words go on to readers deciding silence, on a read of
// Redis). Otherwise the copies' reads are kept in t.copies: another
// process's claim written since refuses the turn's commit and the message
// is handled again on the claims as stored (rt81).
func (p *pointsFlow) vouchCopied(ctx context.Context, t *turn, sc storage.Scope, need words.ClaimNeed, fits func(words.ClaimsSeen) bool) (seen words.ClaimsSeen, ok bool, err error) {
	seen, _ = held(p.r, &t.claims, string(sc))
	if seen.Has&words.NeedLatest != 0 || !p.copiable(t, sc) {
		return words.ClaimsSeen{}, false, nil
	}
	var indexes []string
	var lists []*[]village.Claim
	for _, l := range []struct {
		need  words.ClaimNeed
		index string
		to    *[]village.Claim
	}{
		{words.NeedPending, storage.ClaimIndex(village.ClaimPending), &seen.Pending},
		{words.NeedFrozen, storage.ClaimIndex(village.ClaimObjected), &seen.Frozen},
	} {
		if need&l.need != 0 && seen.Has&l.need == 0 {
			if !p.r.store.Follows(sc, storage.ClaimKind, l.index) {
				return words.ClaimsSeen{}, false, nil
			}
			indexes, lists = append(indexes, l.index), append(lists, l.to)
		}
	}
	raws, latest, copied := p.r.store.FollowedLatest(sc, storage.ClaimKind, storage.ClaimsAll, words.LatestVouchRead)
	if !copied {
		return words.ClaimsSeen{}, false, nil
	}
	at := p.r.commits.Load()
	got, reads, err := p.claimsFollowed(ctx, sc, indexes...)
	if err != nil {
		return words.ClaimsSeen{}, false, err
	}
	for i, to := range lists {
		*to = got[i]
	}
	if seen.Latest, err = storage.ClaimsIn(raws); err != nil {
		return words.ClaimsSeen{}, false, err
	}
	seen.Has |= need
	if !fits(seen) {
		return words.ClaimsSeen{}, false, nil
	}
	for _, rd := range append(reads, latest) {
		t.copies.add(sc, rd)
	}
	t.claims = memo[words.ClaimsSeen]{v: seen, at: at, of: string(sc), set: true}
	return seen, true, nil
}

// copiable reports whether claimsCopied serves every one of indexes of
// scope sc for t: the turn's reply commits in sc, no copy of another
// scope guards the turn already (one commit checks one scope), and this
// process follows each index (storage.Store.Follows).
func (p *pointsFlow) copiable(t *turn, sc storage.Scope, indexes ...string) bool {
	if p.r.scope(t) != sc || t.copies.scope != "" && t.copies.scope != sc {
		return false
	}
	return !slices.ContainsFunc(indexes, func(ix string) bool { return !p.r.store.Follows(sc, storage.ClaimKind, ix) })
}

// claimsCopied are the claims each of indexes of scope sc lists, from
// this process's followed copies (copiable says whether it holds them),
// with no round trip. Each read is kept in turn.copies: the turn's commits
// in sc carry it, so another process's filing, review or objection since
// refuses them and the message is handled again on the claims as stored
// (Router.Handle), as a reply decided on an account copy is (rt66, rt74).
func (p *pointsFlow) claimsCopied(ctx context.Context, t *turn, sc storage.Scope, indexes ...string) ([][]village.Claim, error) {
	lists, reads, err := p.claimsFollowed(ctx, sc, indexes...)
	if err != nil {
		return nil, err
	}
	for _, rd := range reads {
		t.copies.add(sc, rd)
	}
	return lists, nil
}

// claimsFollowed are the claims each of indexes of scope sc lists, from
// this process's followed copies where it holds them, and the reads a
// commit decided on them carries (claimsCopied keeps them).
func (p *pointsFlow) claimsFollowed(ctx context.Context, sc storage.Scope, indexes ...string) ([][]village.Claim, []storage.IndexRead, error) {
	lists, reads := make([][]village.Claim, len(indexes)), make([]storage.IndexRead, len(indexes))
	for i, ix := range indexes {
		raws, rd, err := p.r.store.Followed(ctx, sc, storage.ClaimKind, ix)
		if err != nil {
			return nil, nil, err
		}
		if lists[i], err = storage.ClaimsIn(raws); err != nil {
			return nil, nil, err
		}
		reads[i] = rd
	}
	return lists, reads, nil
}
