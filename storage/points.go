package storage

// Points keys (in addition to the package doc), all in the village scope:
//
//	<p>:{v:<village>}:c:<n>        claims (kind "c": C1, C2…); index "claims" (all),
//	                               "claims:pending", "claims:approved", "claims:objected",
//	                               "claims:approved:<户号>" (one household's approved: ApprovedOf),
//	                               "claims:of:<户号>" (every claim of a household: ClaimsOf)
//	<p>:{v:<village>}:l:<n>        ledger entries (kind "l"), append-only; index "ledger",
//	                               "redeemed:by:<name>" (the redemptions one shopkeeper
//	                               made: RedeemedBy) and "redeemed:back:<name>" (the
//	                               refunds of them, scored by the redemption: RefundedOf)
//	                               and "sale:<n>" (the redemption numbered D<n> and its
//	                               refund: SaleOf)
//	<p>:{v:<village>}:h:<n>        household accounts (kind "h"); index "households" and
//	                               "hh:<户号>" (the one account of a household)
//	<p>:{v:<village>}:k:<n>        the supermarket's counted stock (kind "k"); index "stock"
//	<p>:{v:<village>}:y:<n>        year-end rankings (kind "y"); index "rank:<year>"
//	<p>:{v:<village>}:pts:<year>   HASH 户号 → the year's ranking score (approved + final)
//	<p>:{v:<village>}:veto:<year>  HASH 户号 → effective veto items of the year
//	<p>:{v:<village>}:kept:<year>  HASH 户号 → points made final only after the year-end
//	                               clearing of <year> had come due (a finalise run late
//	                               after downtime): that clearing leaves them
//
// A point-changing command is one Commit: the claim (version-checked), a
// new ledger entry, the household account (version-checked) and the
// counters, deduplicated by the source message id. Ranking reads are two
// HGETALLs, whatever the number of households.

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/village"
)

// Document kinds of the points system.
const (
	ClaimKind   = "c"
	LedgerKind  = "l"
	AccountKind = "h"
	StockKind   = "k"
	RankKind    = "y"
)

// DocReader reads documents; *Store implements it, and so does every
// interface a flow or job declares with the same method.
type DocReader interface {
	Docs(ctx context.Context, sc Scope, kind, index string) ([]RawDoc, error)
}

// ClaimIndex is the index of claims in a status; "" is every claim.
func ClaimIndex(s village.ClaimStatus) string {
	if s == "" {
		return ClaimsAll
	}
	return "claims:" + string(s)
}

// ClaimsAll is the index of every claim of a village (ClaimIndex("")),
// followed (every claim written names it, rt81): the latest few of it are
// where a witness's late word is looked for (Store.FollowedLatest).
const ClaimsAll = "claims"

// ApprovedOf is the index of one household's approved claims (a subset
// of ClaimIndex(ClaimApproved)): a review that looks for the same deed
// approved twice reads the household's few, not the village's month.
func ApprovedOf(household string) string { return "claims:approved:" + household }

// EnsureApprovedOf builds, in one round trip and only once per scope,
// every household's ApprovedOf index from the scope's approved claims:
// claims approved by a gridbot older than that index are not in it, and a
// review would miss the same deed approved twice. The commits keep the
// index since; built says whether it scanned, n how many claims it indexed.
func (s *Store) EnsureApprovedOf(ctx context.Context, sc Scope) (n int, built bool, err error) {
	return s.rebuild(ctx, sc, "once", "approvedof")
}

// ClaimsOf is the index of every claim of one household, named by every
// write of one: its generation is raised at each, so that a new claim
// decided on the household's claims as read (once a month for a
// household's item, once a day for the same deed, how many wait for
// review) carries that read (Change.Read) and is refused when another
// process filed or decided one of them meanwhile. Claims written before
// it existed are added by the first read of one in the scope (reindex.lua
// "claimsof", once); the commits keep it since.
func ClaimsOf(household string) string { return claimsOfPrefix + household }

const claimsOfPrefix = "claims:of:"

// RedeemedBy is the index of the redemptions recorded by the shopkeeper
// named name, in ledger order: a bare 撤销兑换 offers his latest, however
// long the ledger. Redemptions written before it existed are added by the
// first read of one in the scope (reindex.lua "redeemedby", once); the
// commits keep it since (LedgerDoc).
func RedeemedBy(name string) string { return redeemedPrefix + "by:" + name }

// RefundedOf is the index of the refunds of the redemptions RedeemedBy(name)
// lists, each scored by the number of the redemption it gives back: its
// last member gives back the latest redemption ever given back, so that
// reading the last of both tells whether his latest was given back.
func RefundedOf(name string) string { return redeemedPrefix + "back:" + name }

const redeemedPrefix = "redeemed:"

// SaleOf is the index holding the one redemption numbered n among the
// village's (LedgerEntry.Sale, "D<n>"), then its refund if it was given
// back: 撤销兑换 #D3 and 查 #D3 read it as a document by its number.
func SaleOf(n int) string { return salePrefix + strconv.Itoa(n) }

const salePrefix = "sale:"

// AccountIndex is the index holding the account of one household.
func AccountIndex(household string) string { return "hh:" + household }

// PointsHash is the counter hash of a year's ranking scores.
func PointsHash(year string) string { return "pts:" + year }

// VetoHash is the counter hash of a year's effective veto items.
func VetoHash(year string) string { return "veto:" + year }

// KeptHash is the counter hash of the points the year-end clearing of
// year leaves: made final by a run that came after it was due.
func KeptHash(year string) string { return "kept:" + year }

// YearTallies reads what a village's ranking of a year is made of (see
// village.Rank): each household's score, and whether a veto item counts
// against it. One round trip.
func YearTallies(ctx context.Context, r CountersOfReader, sc Scope, year string) (totals map[string]int64, vetoed map[string]bool, err error) {
	hs, err := r.CountersOf(ctx, CountersRead{sc, PointsHash(year)}, CountersRead{sc, VetoHash(year)})
	if err != nil {
		return nil, nil, err
	}
	return hs[0], VetoedIn(hs[1]), nil
}

// Tally is what a village's live ranking of a year is made of
// (YearTalliesOf).
type Tally struct {
	Totals map[string]int64
	Vetoed map[string]bool
	// Unfinal are each household's points of the year counted in Totals
	// but not final yet (approved, waiting for or in 公示): the ranking
	// says so beside the household's figure.
	Unfinal map[string]int
}

// CountersOfReader reads counter hashes of several scopes in one round
// trip; *Store implements it.
type CountersOfReader interface {
	CountersOf(ctx context.Context, reads ...CountersRead) ([]map[string]int64, error)
}

// ScopesReader reads documents and counter hashes of several scopes in
// one round trip; *Store implements it.
type ScopesReader interface {
	ScopesRead(ctx context.Context, reads ...ScopeRead) ([]ScopeDocs, error)
}

// YearTalliesOf reads the live tallies of year of each of scopes, in
// order, in one round trip (Store.ScopesRead): the scores and vetoes
// YearTallies reads, and the scope's approved claims, for Unfinal. The
// approved claims are those approved and not yet final: a month or a
// quarter of approvals, not the year's.
func YearTalliesOf(ctx context.Context, s ScopesReader, year string, scopes ...Scope) ([]Tally, error) {
	reads := make([]ScopeRead, len(scopes))
	for i, sc := range scopes {
		reads[i] = ScopeRead{Scope: sc, Docs: []DocsRead{{Kind: ClaimKind, Index: ClaimIndex(village.ClaimApproved)}},
			Hashes: []string{PointsHash(year), VetoHash(year)}}
	}
	got, err := s.ScopesRead(ctx, reads...)
	if err != nil {
		return nil, err
	}
	out := make([]Tally, len(scopes))
	for i, g := range got {
		if out[i], err = tallyIn(year, g.Docs[0], g.Counters[0], g.Counters[1]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// tallyIn is the tally of year made of the scope's approved claims (read
// as raws), its scores and its vetoes.
func tallyIn(year string, approved []RawDoc, scores, vetoes map[string]int64) (Tally, error) {
	cs, err := ClaimsIn(approved)
	if err != nil {
		return Tally{}, err
	}
	unfinal := map[string]int{}
	for _, c := range cs {
		if c.Year() == year && c.Points != 0 {
			unfinal[c.Household] += c.Points
		}
	}
	return Tally{Totals: scores, Vetoed: VetoedIn(vetoes), Unfinal: unfinal}, nil
}

// FollowedTally is YearTalliesOf of one scope, served from this process's
// copies (the approved claims, followed as an index, and the year's
// scores and vetoes, followed as counter hashes: counterCopies) with no
// round trip when it holds all three, else read in one and copied. reads
// are what a commit decided on the tally carries (Change.Reads): another
// process's approval, settlement or points change since refuses it
// (ErrConflict), and the copies read are dropped (rt75).
func (s *Store) FollowedTally(ctx context.Context, sc Scope, year string) (Tally, []IndexRead, error) {
	index, hashes := ClaimIndex(village.ClaimApproved), []string{PointsHash(year), VetoHash(year)}
	if raws, read, ok := s.followedCopy(sc, ClaimKind, index); ok {
		scores, sgen, sok := s.counters.get(s.indexKey(sc, hashes[0]))
		vetoes, vgen, vok := s.counters.get(s.indexKey(sc, hashes[1]))
		if sok && vok {
			t, err := tallyIn(year, raws, scores, vetoes)
			return t, []IndexRead{read, {index: hashes[0], gen: sgen, copied: true}, {index: hashes[1], gen: vgen, copied: true}}, err
		}
	}
	reads := []DocsRead{{Kind: ClaimKind, Index: index}}
	ls, err := s.loadScopes(ctx, []scopeLoad{{ScopeRead: ScopeRead{Scope: sc, Docs: reads, Hashes: hashes}}})
	if err != nil {
		return Tally{}, nil, err
	}
	r, err := s.loadedScope(sc, reads, hashes, ls[0])
	if err != nil {
		return Tally{}, nil, err
	}
	t, err := tallyIn(year, r.Docs[0], r.Counters[0], r.Counters[1])
	return t, []IndexRead{wholeRead(index, ClaimKind, r.gens[0], false), r.hashReads[0], r.hashReads[1]}, err
}

// VetoedIn are the households a year's veto counters (VetoHash) veto.
func VetoedIn(vetoes map[string]int64) map[string]bool {
	vetoed := make(map[string]bool, len(vetoes))
	for hh, n := range vetoes {
		vetoed[hh] = n > 0
	}
	return vetoed
}

// RankIndex is the index of a year's archived ranking.
func RankIndex(year string) string { return "rank:" + year }

// ClaimDoc is the document of a claim that had status from when it was
// read; ID "" creates it. The status indexes follow the change.
func ClaimDoc(c village.Claim, from village.ClaimStatus) (Doc, error) {
	d, v, err := docFor(ClaimKind, c.ID, c.Version, IndexOp{Set: ClaimIndex(""), Add: true})
	if c.Household != "" {
		d.Index = append(d.Index, IndexOp{Set: ClaimsOf(c.Household), Add: true})
	}
	for _, s := range []village.ClaimStatus{village.ClaimPending, village.ClaimApproved, village.ClaimObjected} {
		if s != c.Status && s != from {
			continue
		}
		add := s == c.Status
		d.Index = append(d.Index, IndexOp{Set: ClaimIndex(s), Add: add})
		if s == village.ClaimApproved {
			d.Index = append(d.Index, IndexOp{Set: ApprovedOf(c.Household), Add: add})
		}
	}
	c.ID, c.Version = "", v
	d.Body = c
	return d, err
}

// LedgerDoc appends a ledger entry. An entry whose Claim is RefPlaceholder
// names the claim created first in the same change.
// A redemption is also indexed under its shopkeeper (RedeemedBy) and,
// with its refund, under its sale number (SaleOf).
func LedgerDoc(e village.LedgerEntry) Doc {
	e.ID = ""
	d := Doc{Kind: LedgerKind, Body: e, Index: []IndexOp{{Set: "ledger", Add: true}}, RefsFirst: e.Claim == RefPlaceholder}
	if e.Event == village.EventRedeem && e.By != "" {
		d.Index = append(d.Index, IndexOp{Set: RedeemedBy(e.By), Add: true})
	}
	if e.Sale > 0 {
		// the redemption, and its refund after it: 查 #D3 reads both
		d.Index = append(d.Index, IndexOp{Set: SaleOf(e.Sale), Add: true})
	}
	return d
}

// RefundDoc appends the refund e of the redemption r: indexed, beside the
// ledger, under r's shopkeeper (RefundedOf), scored by r's number.
func RefundDoc(e, r village.LedgerEntry) Doc {
	d := LedgerDoc(e)
	if n, err := strconv.Atoi(strings.TrimPrefix(r.ID, strings.ToUpper(LedgerKind))); err == nil && r.By != "" {
		d.Index = append(d.Index, IndexOp{Set: RefundedOf(r.By), Add: true, Score: int64(n)})
	}
	return d
}

// AccountDoc stores a household account at the version it was read (Doc 0
// creates it).
func AccountDoc(a village.Account) Doc {
	return Doc{Kind: AccountKind, ID: a.Doc, Version: a.Version, Body: a,
		Index: []IndexOp{{Set: "households", Add: true}, {Set: AccountIndex(a.Household), Add: true}}}
}

// StockDoc stores a village's counted stock at the version it was read.
func StockDoc(s village.Stock) Doc {
	return Doc{Kind: StockKind, ID: s.Doc, Version: s.Version, Body: s, Index: []IndexOp{{Set: StockIndex, Add: true}}}
}

// PointsIncr are the counter changes of a ledger entry: the year's ranking
// score and the veto count move with what counts.
func PointsIncr(e village.LedgerEntry) []Incr {
	if len(e.Period) < 4 {
		return nil
	}
	d := 0
	switch {
	case e.To.Counted() && !e.From.Counted():
		d = 1
	case e.From.Counted() && !e.To.Counted():
		d = -1
	}
	if d == 0 {
		return nil
	}
	y := e.Period[:4]
	var out []Incr
	if e.Points != 0 {
		out = append(out, Incr{Hash: PointsHash(y), Field: e.Household, By: int64(d * e.Points)})
	}
	if e.Veto {
		out = append(out, Incr{Hash: VetoHash(y), Field: e.Household, By: int64(d)})
	}
	return out
}

// DecodeClaim decodes a stored claim.
func DecodeClaim(d RawDoc) (village.Claim, error) {
	var c village.Claim
	if err := d.decode(ClaimKind, &c); err != nil {
		return village.Claim{}, err
	}
	c.ID, c.Version = d.Ref(ClaimKind), d.Version
	return c, nil
}

// DecodeAccount decodes a stored household account.
func DecodeAccount(d RawDoc) (village.Account, error) {
	var a village.Account
	if err := d.decode(AccountKind, &a); err != nil {
		return village.Account{}, err
	}
	if a.Years == nil {
		a.Years = map[string]*village.YearTally{}
	}
	a.Doc, a.Version = d.ID, d.Version
	return a, nil
}

// Claims reads the claims of an index (see ClaimIndex), oldest first.
func Claims(ctx context.Context, r DocReader, sc Scope, index string) ([]village.Claim, error) {
	return decodeAll(ctx, r, sc, ClaimKind, index, DecodeClaim)
}

// decodeAll reads the documents of kind in an index, oldest first, and
// decodes each.
func decodeAll[T any](ctx context.Context, r DocReader, sc Scope, kind, index string, decode func(RawDoc) (T, error)) ([]T, error) {
	raws, err := r.Docs(ctx, sc, kind, index)
	if err != nil {
		return nil, err
	}
	return decodeRaws(raws, decode)
}

// ClaimsIn decodes the claims of an index read as raws (Store.DocsOf).
func ClaimsIn(raws []RawDoc) ([]village.Claim, error) {
	return decodeRaws(raws, DecodeClaim)
}

// decodeRaws decodes each of raws, in order.
func decodeRaws[T any](raws []RawDoc, decode func(RawDoc) (T, error)) ([]T, error) {
	out := make([]T, 0, len(raws))
	for _, d := range raws {
		v, err := decode(d)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Accounts reads every household account of a village, keyed by 户号.
func Accounts(ctx context.Context, r DocReader, sc Scope) (map[string]village.Account, error) {
	return accounts(ctx, r, sc, "households")
}

// Account reads one household's account; ok is false when it has none yet.
func Account(ctx context.Context, r DocReader, sc Scope, household string) (village.Account, bool, error) {
	raws, err := r.Docs(ctx, sc, AccountKind, AccountIndex(household))
	if err != nil {
		return village.Account{}, false, err
	}
	return AccountIn(raws, household)
}

// AccountIn is household's account among raws, its AccountIndex read
// (Store.DocsOf); ok is false when it has none yet.
func AccountIn(raws []RawDoc, household string) (village.Account, bool, error) {
	m, err := decodeAccounts(raws)
	if err != nil {
		return village.Account{}, false, err
	}
	a, ok := m[household]
	return a, ok, nil
}

// AccountOrNew is household's account among raws (AccountIn), or a new,
// empty one of village v (Doc 0) when it has none yet: what a change that
// posts to it, or a balance told, is decided on.
func AccountOrNew(raws []RawDoc, v, household string) (village.Account, error) {
	a, ok, err := AccountIn(raws, household)
	if !ok && err == nil {
		a = village.NewAccount(v, household)
	}
	return a, err
}

func accounts(ctx context.Context, r DocReader, sc Scope, index string) (map[string]village.Account, error) {
	raws, err := r.Docs(ctx, sc, AccountKind, index)
	if err != nil {
		return nil, err
	}
	return decodeAccounts(raws)
}

func decodeAccounts(raws []RawDoc) (map[string]village.Account, error) {
	out := make(map[string]village.Account, len(raws))
	for _, d := range raws {
		a, err := DecodeAccount(d)
		if err != nil {
			return nil, err
		}
		if prev, dup := out[a.Household]; dup && prev.Doc < a.Doc {
			continue // never written twice (creation is deduplicated); keep the first
		}
		out[a.Household] = a
	}
	return out, nil
}

// Ledger reads the whole ledger of a village, in order.
func Ledger(ctx context.Context, r DocReader, sc Scope) ([]village.LedgerEntry, error) {
	return decodeAll(ctx, r, sc, LedgerKind, "ledger", DecodeLedgerEntry)
}

// DecodeLedgerEntry decodes a stored ledger entry.
func DecodeLedgerEntry(d RawDoc) (village.LedgerEntry, error) {
	var e village.LedgerEntry
	if err := d.decode(LedgerKind, &e); err != nil {
		return village.LedgerEntry{}, err
	}
	e.ID = d.Ref(LedgerKind)
	return e, nil
}

// StockOf reads a village's counted stock; a village that never counted
// any has an empty one (Doc 0).
func StockOf(ctx context.Context, r DocReader, sc Scope, villageName string) (village.Stock, error) {
	raws, err := r.Docs(ctx, sc, StockKind, StockIndex)
	if err != nil {
		return village.Stock{}, err
	}
	return StockIn(raws, villageName)
}

// StockIndex lists a village's one stock document: read it with others in
// one round trip as DocsRead{Kind: StockKind, Index: StockIndex}.
const StockIndex = "stock"

// StockIn decodes the documents a read of StockIndex returned: the
// village's counted stock, empty when it never counted any.
func StockIn(raws []RawDoc, villageName string) (village.Stock, error) {
	s := village.Stock{Village: villageName, Sold: map[string]int{}}
	if len(raws) > 0 {
		if err := raws[0].decode(StockKind, &s); err != nil {
			return village.Stock{}, err
		}
		s.Doc, s.Version = raws[0].ID, raws[0].Version
		if s.Sold == nil {
			s.Sold = map[string]int{}
		}
	}
	return s, nil
}

// YearRanking is a village's archived ranking of one year.
type YearRanking struct {
	Village   string             `json:"village"`
	Year      string             `json:"year"`
	At        string             `json:"at"`
	Standings []village.Standing `json:"standings"`
	Honours   []string           `json:"honours"` // 户号, best first
	// Open are the claims of the year still under objection when it was
	// archived; settling one corrects the archive.
	Open []string `json:"open,omitempty"`
	// Objected are each household's points (户号 → points) under those
	// open objections, frozen and left out of its archived total; settling
	// one takes its points off.
	Objected map[string]int `json:"objected,omitempty"`
	// Frozen are those of Open objected to after the year end, their
	// points taken out of the archive then (the year-end post counted
	// them): settling one puts the ranking back as posted, then applies
	// the outcome.
	Frozen []string `json:"frozen,omitempty"`
	// Corrected lists the settlements that changed the archive since.
	Corrected []string `json:"corrected,omitempty"`
	// Promised are those of Open a correction posted since named as still
	// being checked (「还有 #C3 在核实，核实后再更正」): settling one is told
	// in the groups even when the ranking stays as it was.
	Promised []string `json:"promised,omitempty"`
	// Provisional: the year-end run archived the ranking while some of
	// the year's points were in 公示, still to be published or under
	// objection, and its post named the honours 暂定; Tentative are those
	// honours (户号) as it named them.
	Provisional bool     `json:"provisional,omitempty"`
	Tentative   []string `json:"tentative,omitempty"`
	// Publishing: of those, some were in 公示 or still to be published.
	Publishing bool `json:"publishing,omitempty"`
	// Settled is when a later run found every point of the year final
	// and told the village that the honours are settled (RFC3339).
	Settled string `json:"settled,omitempty"`
	// Telling are the corrections (points.archive.fixed) of the notice
	// held until TellAt (RFC3339), which a correction before then names
	// too and replaces (handlers' tellBurst): a scorer's reviews of
	// several late claims in a few minutes post the ranking once.
	// TellFrom is when the first of them was made, TellBefore the honours
	// (labels) as the groups were last told before it.
	Telling    []Correction `json:"telling,omitempty"`
	TellAt     string       `json:"tell_at,omitempty"`
	TellFrom   string       `json:"tell_from,omitempty"`
	TellBefore []string     `json:"tell_before,omitempty"`
	// TellPromised are the items of Promised that the corrections held
	// named first: a burst undone before it was posted (nothing told)
	// takes them off Promised again.
	TellPromised []string `json:"tell_promised,omitempty"`
	// Doc and Version are where the archive is stored (0 before).
	Doc     int `json:"-"`
	Version int `json:"-"`
}

// Correction is one item a held ranking correction names
// (YearRanking.Telling): the claim, its grid (whose group hears its
// number), the household's label and what settled it.
type Correction struct {
	ID     string `json:"id"` // storage.RefPlaceholder for the claim its commit creates
	Grid   string `json:"grid"`
	Label  string `json:"label"`  // 张三户
	Person string `json:"person"` // 张三
	Name   string `json:"name"`   // the item's name
	// Why: "late" (a closed year's claim approved after the year end),
	// "deed" (a 加分 naming a day of the closed year; Deed), "revoked" or
	// "upheld" (an objection settled).
	Why  string    `json:"why"`
	Deed time.Time `json:"deed,omitzero"`
}

// UndoneBy reports whether a correction of the same claim settled by why
// undoes c within the burst that holds them: a closed year's item
// counted late ("late", "deed") and taken back ("revoked") before the
// post went, of which the village was told nothing.
func (c Correction) UndoneBy(why string) bool {
	return why == "revoked" && (c.Why == "late" || c.Why == "deed")
}

// Pending reports whether the archived ranking is still provisional: an
// objection it names is still open, or it was archived while some of the
// year's points were in 公示 and no run has found them all final since.
func (y YearRanking) Pending() bool { return len(y.Open) > 0 || y.Publishing && y.Settled == "" }

// SettlementTold reports whether y's settlement is posted (the
// 「荣誉户已确定」 post, Settle and NoHonours): the year-end post named the
// honours 暂定 and it names some, or named some then. A year with none
// before and none after settles quietly, so a 暂定 answer promises a
// post only when this holds.
func (y YearRanking) SettlementTold() bool {
	return y.Provisional && (len(y.Honours) > 0 || len(y.Tentative) > 0)
}

// Settle marks y, whose year-end post named the honours 暂定, settled at
// at and returns what the 「荣誉户已确定」 posts say (label names a
// household: "张三户"); ok is false when y was final at the year end or
// was settled earlier (the same at again: the same commit, deduplicated).
func (y *YearRanking) Settle(at time.Time, label func(household string) string) (notice map[string]any, ok bool) {
	when := at.Format(time.RFC3339)
	if !y.Provisional || y.Settled != "" && y.Settled != when {
		return nil, false
	}
	y.Settled = when
	var honours, tentative []string
	for _, hh := range y.Honours {
		honours = append(honours, label(hh))
	}
	for _, hh := range y.Tentative {
		tentative = append(tentative, label(hh))
	}
	return map[string]any{"Year": y.Year, "Village": y.Village, "Honours": honours, "Tentative": tentative,
		"Same": village.SameHonours(y.Honours, y.Tentative)}, true
}

// NoHonours reports whether a settlement notice (Settle) has no 荣誉户 to
// tell, now or at the year end: the year-end post said none qualified,
// and nothing is posted when that stays so.
func NoHonours(notice map[string]any) bool {
	h, _ := notice["Honours"].([]string)
	t, _ := notice["Tentative"].([]string)
	return len(h) == 0 && len(t) == 0
}

// Unsettled reports whether a claim of year among claims (the approved
// and objected ones read) other than those settled is still to be made
// final: in 公示, still to be published, or under objection.
func Unsettled(claims []village.Claim, year string, settled ...string) bool {
	return slices.ContainsFunc(claims, unsettledIn(year, settled))
}

// StillUnsettled are the claims Unsettled finds, each as a document the
// commit decided on them checks (Checked): a change decided on their
// being unsettled (the honours stay 暂定) fails with ErrConflict once one
// of them is settled meanwhile, so that of two settling a year's last two
// items at once, the later is decided again and finds itself the last.
func StillUnsettled(claims []village.Claim, year string, settled ...string) ([]Doc, error) {
	var out []Doc
	open := unsettledIn(year, settled)
	for _, c := range claims {
		if !open(c) {
			continue
		}
		n, err := docNumber(c.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, Checked(ClaimKind, n, c.Version))
	}
	return out, nil
}

// unsettledIn reports whether a claim is of year and not among settled.
func unsettledIn(year string, settled []string) func(village.Claim) bool {
	return func(c village.Claim) bool { return c.Year() == year && !slices.Contains(settled, c.ID) }
}

// Posted are the grids the year-end post went to: where someone had
// points (as the archive now stands).
func (y YearRanking) Posted() map[string]bool {
	posted := map[string]bool{}
	for _, s := range y.Standings {
		if s.Total != 0 {
			posted[s.Grid] = true
		}
	}
	return posted
}

// Ranking reads a village's archived ranking of a year; ok is false when
// the year was not archived.
func Ranking(ctx context.Context, r DocReader, sc Scope, year string) (YearRanking, bool, error) {
	raws, err := r.Docs(ctx, sc, RankKind, RankIndex(year))
	if err != nil {
		return YearRanking{}, false, err
	}
	return RankingIn(raws)
}

// RankingIn decodes the archived ranking of a year read as raws
// (Store.DocsOf of RankIndex); ok is false when there is none.
func RankingIn(raws []RawDoc) (YearRanking, bool, error) {
	if len(raws) == 0 {
		return YearRanking{}, false, nil
	}
	var y YearRanking
	if err := raws[0].decode(RankKind, &y); err != nil {
		return YearRanking{}, false, err
	}
	y.Doc, y.Version = raws[0].ID, raws[0].Version
	return y, true, nil
}

// RankingDoc archives a year's ranking: created by the year-end run,
// corrected (at the version read) when an objection of that year is
// settled later.
func RankingDoc(y YearRanking) Doc {
	return Doc{Kind: RankKind, ID: y.Doc, Version: y.Version, Body: y, Index: []IndexOp{{Set: RankIndex(y.Year), Add: true}}}
}

// AccountMsgID is the dedupe id of creating a household's account: two
// first events of one household racing each other create it once.
func AccountMsgID(villageName, household string) string {
	return "acct:" + villageName + ":" + household
}
