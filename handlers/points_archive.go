package handlers

// Correcting an archived year's ranking. The year-end run archives the
// ranking and honours on 31 December; an objection still open then (or a
// 撤销 in January of a December item) is settled later, and the settled
// result is what counts: the archive is corrected in the settlement's own
// commit and the village's groups and the township hear of it.

import (
	"context"
	"slices"
	"strconv"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// archiveFix is what a settlement changes in an archived ranking.
type archiveFix struct {
	doc storage.Doc
	y   storage.YearRanking // the archive as fixed
	// data renders the correction notice; nil when what the year-end
	// post showed (the top households, their figures, the honours) is
	// unchanged: the archive is corrected silently.
	data map[string]any
	// settled are the 「荣誉户已确定」 posts, when the settlement was the
	// year's last (settleRanking).
	settled []bot.Outbound
	// unsettled are the year's other claims still in 公示 or under
	// objection when a settlement found it was not the year's last, as
	// read: its commit checks them (storage.StillUnsettled). doc is then
	// zero when the archive itself is unchanged.
	unsettled []storage.Doc
	// promised are the items its notice names as still being checked that
	// no notice before it named (promise): a burst undone before its post
	// went takes them back (tellBurst).
	promised []string
}

// fixArchive corrects the archived ranking of c's year, if there is one,
// for c settled; acct is the household's account before
// the settlement is posted. It returns nil when nothing changes, and the
// read of the archive, for the settlement's commit to carry: the year-end
// run may archive the year meanwhile.
func (p *pointsFlow) fixArchive(ctx context.Context, sc storage.Scope, c *village.Claim, acct village.Account, at time.Time) (*archiveFix, storage.IndexRead, error) {
	year := c.Year()
	raws, read, err := p.r.store.Followed(ctx, sc, storage.RankKind, storage.RankIndex(year))
	if err != nil {
		return nil, read, err
	}
	fix, err := p.fixRanking(c, acct, raws)
	if err != nil {
		return nil, read, err
	}
	fix, err = p.settleRanking(ctx, sc, c, fix, raws, at)
	return fix, read, err
}

// settleRanking marks the archived ranking of c's year settled, and adds
// the 「荣誉户已确定」 posts to fix, when the year-end post named its
// honours 暂定 and c, settled at at, was the last claim of that year in
// 公示 or under objection: the village hears its honours are final at
// once, not at the next 9:00 finalise run (which, finding the archive
// settled, says nothing more). Only then does it read the village's
// approved and objected claims (one round trip).
func (p *pointsFlow) settleRanking(ctx context.Context, sc storage.Scope, c *village.Claim, fix *archiveFix, raws []storage.RawDoc, at time.Time) (*archiveFix, error) {
	y, ok, err := storage.RankingIn(raws)
	if fix != nil && fix.y.Year != "" {
		y, ok = fix.y, true
	}
	if err != nil || !ok || !y.Provisional || y.Settled != "" || len(y.Open) > 0 || c.Status == village.ClaimApproved || c.Status == village.ClaimObjected {
		return fix, err
	}
	lists, err := p.r.store.DocsOf(ctx, sc, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimApproved)},
		storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimObjected)})
	if err != nil {
		return fix, err
	}
	claims, err := storage.ClaimsIn(slices.Concat(lists...))
	if err != nil {
		return fix, err
	}
	if storage.Unsettled(claims, y.Year, c.ID) {
		// Two scorers settling the year's last two items at once each
		// find the other's open: the commit checks them, so that the
		// later is refused and, decided again, finds itself the last.
		if fix == nil {
			fix = &archiveFix{}
		}
		fix.unsettled, err = storage.StillUnsettled(claims, y.Year, c.ID)
		return fix, err
	}
	data, ok := y.Settle(at, func(hh string) string { return p.label(y.Village, hh) })
	if !ok {
		return fix, nil
	}
	if fix == nil {
		fix = &archiveFix{}
	}
	fix.y, fix.doc = y, storage.RankingDoc(y)
	if !storage.NoHonours(data) { // none at the year end, none now: nothing to tell
		fix.settled = p.honoursSettledOut(y, data)
	}
	return fix, nil
}

// honoursSettledOut are the 「荣誉户已确定」 posts of y: to the grid groups
// the year-end post went to, and to the township office.
func (p *pointsFlow) honoursSettledOut(y storage.YearRanking, data map[string]any) []bot.Outbound {
	var out []bot.Outbound
	posted := y.Posted()
	for _, vc := range p.r.cfg.Villages {
		if vc.Name != y.Village {
			continue
		}
		for _, g := range vc.Grids {
			if posted[g.Name] {
				// Bulk, as a correction is: after the one this settlement made
				out = append(out, bot.Outbound{To: g.Group, Kind: bot.Group, Priority: bot.Bulk,
					Text: village.Mask(p.r.texts.Render("points.honours.final", data))})
			}
		}
	}
	if oc := p.r.cfg.Township.OfficeChat; oc != "" {
		out = append(out, bot.Outbound{To: oc, Kind: bot.Group, Priority: bot.Bulk,
			Text: p.r.texts.Render("points.honours.final.office", map[string]any{"Year": y.Year, "Villages": []map[string]any{data}})})
	}
	return out
}

// fixRanking is fixArchive on the archive read as raws.
func (p *pointsFlow) fixRanking(c *village.Claim, acct village.Account, raws []storage.RawDoc) (*archiveFix, error) {
	y, ok, err := storage.RankingIn(raws)
	if err != nil || !ok {
		return nil, err
	}
	return p.fixRankingOn(c, acct, y, false)
}

// fixRankingOn is fixRanking on the archive y; fresh: y never counted c
// (lateArchive), which it counts from now on as settled.
func (p *pointsFlow) fixRankingOn(c *village.Claim, acct village.Account, y storage.YearRanking, fresh bool) (*archiveFix, error) {
	year := c.Year()
	wasOpen := fresh || slices.Contains(y.Open, c.ID)
	y.Open = slices.DeleteFunc(y.Open, func(id string) bool { return id == c.ID })
	promised := slices.Contains(y.Promised, c.ID)
	y.Promised = slices.DeleteFunc(y.Promised, func(id string) bool { return id == c.ID })
	if wasOpen && !fresh && y.Objected[c.Household] != 0 { // settled: no longer frozen
		if y.Objected[c.Household] -= c.Points; y.Objected[c.Household] == 0 {
			delete(y.Objected, c.Household)
		}
	}
	i := slices.IndexFunc(y.Standings, func(s village.Standing) bool { return s.Household == c.Household })
	if i < 0 {
		// A household the year end did not rank (off the roster by then):
		// the ranking stays, but the item is no longer open nor its points
		// waiting, or the archive would stay 暂定 and say them forever.
		if !wasOpen {
			return nil, nil
		}
		return &archiveFix{doc: storage.RankingDoc(y), y: y}, nil
	}
	tally := acct.Year(year)
	old := y.Standings[i]
	// The archive moves by c alone: it counted c unless c was under
	// objection at the year end (y.Open), and counts it now if settled
	// counted. Not the account's score, where other items of the year
	// objected to since are frozen (not yet settled: the archive still
	// counts them as published).
	total := old.Total
	if !wasOpen {
		total -= c.Points
	}
	if c.Status.Counted() {
		total += c.Points
	}
	vetoed := len(tally.OtherVetoes(c.ID)) > 0 ||
		c.Kind == village.KindVeto && c.Status.Counted()
	// Frozen after the year end (freezeArchive), c's points left the
	// archive silently: its ranking is restored however c is settled,
	// and the village hears of a change from what the year-end post
	// showed, which counted them.
	frozen := wasOpen && slices.Contains(y.Frozen, c.ID)
	y.Frozen = slices.DeleteFunc(y.Frozen, func(id string) bool { return id == c.ID })
	if !frozen && old.Total == total && old.Vetoed == vetoed {
		if !wasOpen {
			return nil, nil
		}
		fix := &archiveFix{doc: storage.RankingDoc(y), y: y} // no longer provisional
		if promised {
			p.keptPromise(fix, c)
		}
		return fix, nil
	}
	was := slices.Clone(y.Standings)
	if frozen {
		village.Restand(was, c.Household, old.Total+c.Points, old.Vetoed || c.Kind == village.KindVeto)
	}
	shown := village.Top(was, p.cfg.Ranking.Top)
	// the grids the year-end post went to: where someone had points
	posted := y.Posted()
	posted[c.Grid] = true
	before := p.honourLabels(y.Village, y.Honours)
	if frozen {
		before = nil // as told: counting c
		for _, h := range village.Honours(was, p.cfg.Ranking.HonourRule()) {
			before = append(before, p.label(y.Village, h.Household))
		}
	}
	p.restand(&y, c.Household, total, vetoed)
	y.Corrected = append(y.Corrected, c.ID)
	top := village.Top(y.Standings, p.cfg.Ranking.Top)
	after := p.honourLabels(y.Village, y.Honours)
	fix := &archiveFix{doc: storage.RankingDoc(y), y: y}
	same := village.SameHonours(before, after)
	if same && slices.EqualFunc(shown, top, words.SameShown) {
		// A deduction lifted from a household below the list, say: the
		// village hears nothing it was not told, and a household's
		// settled item is not posted to every group; unless a correction
		// said it was being checked.
		if promised {
			p.keptPromise(fix, c)
		}
		return fix, nil
	}
	fix.data = map[string]any{"Year": year, "Village": y.Village, "C": c, "Grid": c.Grid, "Posted": posted,
		"Label": p.label(c.Village, c.Household), "Top": top, "Before": before, "After": after,
		"HonoursChanged": !same, "Open": y.Open}
	fix.promise()
	return fix, nil
}

// keptPromise has fix tell the village's groups that c, which a
// correction posted earlier named as being checked, is settled and the
// ranking stays as corrected (points.archive.fixed's Kept), so that its
// 「核实后再更正」 is followed up.
func (p *pointsFlow) keptPromise(fix *archiveFix, c *village.Claim) {
	y := fix.y
	posted := y.Posted()
	posted[c.Grid] = true
	fix.data = map[string]any{"Year": c.Year(), "Village": y.Village, "C": c, "Grid": c.Grid, "Posted": posted,
		"Label": p.label(c.Village, c.Household), "Kept": true, "Open": y.Open}
	fix.promise()
}

// promise records, on the archive fix writes, the items its notice names
// as still being checked: settling one is told (keptPromise).
func (fix *archiveFix) promise() {
	for _, id := range fix.y.Open {
		if !slices.Contains(fix.y.Promised, id) {
			fix.y.Promised = append(fix.y.Promised, id)
			fix.promised = append(fix.promised, id)
		}
	}
	fix.doc = storage.RankingDoc(fix.y)
}

// restand moves household to total (and vetoed) in the archived ranking
// y and names its honours again, as settling an item changes them.
func (p *pointsFlow) restand(y *storage.YearRanking, household string, total int, vetoed bool) {
	village.Restand(y.Standings, household, total, vetoed)
	y.Honours = y.Honours[:0]
	for _, h := range village.Honours(y.Standings, p.cfg.Ranking.HonourRule()) {
		y.Honours = append(y.Honours, h.Household)
	}
}

// freezeArchive takes c, objected to at at after its year's ranking was
// archived (a December item in January's 公示), out of that ranking as
// the year-end run leaves out an item then under objection: its points
// leave the household's total, lifting it no more until settled, and are
// kept apart as frozen (Objected); the item is Open, so that settling it
// (fixRanking) counts them again or drops them. ranking, 我的积分 and the
// year's 积分排行 all read the archive: they agree. acct is the
// household's account. Only a closed year's archive is read (one round
// trip): an objection in the year itself reads nothing more. fix is nil
// when nothing changes.
func (p *pointsFlow) freezeArchive(ctx context.Context, sc storage.Scope, c *village.Claim, acct village.Account, at time.Time) (*archiveFix, []storage.IndexRead, error) {
	year := c.Year()
	if year == "" || year >= strconv.Itoa(p.cfg.Year(at)) {
		return nil, nil, nil
	}
	raws, read, err := p.r.store.Followed(ctx, sc, storage.RankKind, storage.RankIndex(year))
	if err != nil {
		return nil, nil, err
	}
	y, ok, err := storage.RankingIn(raws)
	if err != nil || !ok || slices.Contains(y.Open, c.ID) {
		return nil, []storage.IndexRead{read}, err
	}
	y.Open = append(y.Open, c.ID)
	if y.Objected == nil {
		y.Objected = map[string]int{}
	}
	y.Objected[c.Household] += c.Points
	if i := slices.IndexFunc(y.Standings, func(s village.Standing) bool { return s.Household == c.Household }); i >= 0 {
		vetoed := y.Standings[i].Vetoed
		if c.Kind == village.KindVeto {
			vetoed = len(acct.Year(year).OtherVetoes(c.ID)) > 0
		}
		// the honours follow (暂定 while the item is open), as for an
		// item open at the year end; settling it tells the village of
		// any change from what it was told (fixRanking)
		p.restand(&y, c.Household, y.Standings[i].Total-c.Points, vetoed)
	}
	y.Frozen = append(y.Frozen, c.ID)
	return &archiveFix{doc: storage.RankingDoc(y), y: y}, []storage.IndexRead{read}, nil
}

// honourLabels names the honoured households ("张三户").
func (p *pointsFlow) honourLabels(v string, households []string) []string {
	out := make([]string, 0, len(households))
	for _, hh := range households {
		out = append(out, p.label(v, hh))
	}
	return out
}

// archiveNotice sends a correction to the grid groups of the village that
// had the year-end post and to the township office. Only the item's own grid group, where it was
// published, hears its number, and only the township's cadres hear whose
// item it was: the other grids learn that the ranking changed, not that a
// household of another grid had, say, a deduction revoked. A correction
// of several items (data's Entries, tellBurst) says each so in one post.
func (p *pointsFlow) archiveNotice(v string, data map[string]any) []bot.Outbound {
	var out []bot.Outbound
	entries, _ := data["Entries"].([]storage.Correction)
	for _, vc := range p.r.cfg.Villages {
		if vc.Name != v {
			continue
		}
		posted, _ := data["Posted"].(map[string]bool)
		for _, g := range vc.Grids {
			if !posted[g.Name] {
				continue // no year-end post there to correct
			}
			data["Where"] = "other"
			if g.Name == data["Grid"] {
				data["Where"] = "own"
			}
			data["Whys"] = whyLines(entries, g.Name, data)
			out = append(out, bot.Outbound{To: g.Group, Kind: bot.Group, Priority: bot.Bulk, Text: p.r.texts.Render("points.archive.fixed", data)})
		}
	}
	if oc := p.r.cfg.Township.OfficeChat; oc != "" {
		data["Where"] = "office"
		data["Whys"] = whyLines(entries, "", data)
		out = append(out, bot.Outbound{To: oc, Kind: bot.Group, Priority: bot.Bulk, Text: p.r.texts.Render("points.archive.fixed", data)})
	}
	return out
}

// correctionHold is how long a correction of an archived ranking waits
// before it is posted, and correctionSpan how long at most a burst of
// them is held together (tellBurst): a scorer reviewing a closed year's
// late claims one after another, a minute apart, makes one post.
const (
	correctionHold = 2 * time.Minute
	correctionSpan = 10 * time.Minute
)

// burstPrefix begins the item (bot.Outbound.About) a held correction of
// an archived ranking is about: rank:<village>:<year>:<when its burst
// began>. A later correction of the burst withdraws it (heldAbout) and is
// posted in its place.
const burstPrefix = "rank:"

// tellBurst holds the correction fix tells (fix.data, as fixRankingOn or
// keptPromise made it) for correctionHold, and makes it name the
// corrections of the same archive still held (YearRanking.Telling): the
// one posted replaces them, the ranking said once. The burst is state of
// the archive, written in the correction's own commit (no round trip
// more, nothing lost on a crash: the held message is in the outbox). A
// 「核实后」 follow-up (Kept) with nothing held goes at once, as before;
// with a burst held it only renders it again (the item no longer 在核实).
// It returns when the posts go (zero: at once, or in quiet hours held by
// hold until the morning) and the item they are about; or, when the
// correction undoes the whole burst held (undone: a late approval taken
// back before its post went), no post and the item of the one held, for
// the commit to withdraw: the village hears nothing, as it was told
// nothing of it.
func (p *pointsFlow) tellBurst(t *turn, fix *archiveFix) (hold time.Time, about, undone string) {
	y, d := fix.y, fix.data
	at, err := time.Parse(time.RFC3339, y.TellAt)
	held := err == nil && t.at.Before(at) && len(y.Telling) > 0
	kept, _ := d["Kept"].(bool)
	if kept && !held {
		return time.Time{}, "", ""
	}
	if !held {
		before, _ := d["Before"].([]string)
		y.Telling, y.TellFrom, y.TellBefore, y.TellPromised = nil, t.at.Format(time.RFC3339), before, nil
	}
	for _, id := range fix.promised {
		if !slices.Contains(y.TellPromised, id) {
			y.TellPromised = append(y.TellPromised, id)
		}
	}
	if !kept {
		e := correctionOf(d)
		switch i := slices.IndexFunc(y.Telling, func(o storage.Correction) bool { return o.ID == e.ID && e.ID != storage.RefPlaceholder }); {
		case i >= 0 && y.Telling[i].UndoneBy(e.Why):
			// counted in the burst and taken back in it: the village
			// was told neither
			y.Telling = slices.Delete(y.Telling, i, i+1)
		case i >= 0:
			y.Telling[i] = e // decided again within the burst: as it is now
		default:
			y.Telling = append(y.Telling, e)
		}
	}
	if len(y.Telling) == 0 {
		undone = burstPrefix + y.Village + ":" + y.Year + ":" + y.TellFrom
		// nor that anything is being checked: a later settlement of those
		// it alone named has no 「核实后再更正」 to follow up (pts98)
		y.Promised = slices.DeleteFunc(y.Promised, func(id string) bool { return slices.Contains(y.TellPromised, id) })
		y.Telling, y.TellAt, y.TellFrom, y.TellBefore, y.TellPromised = nil, "", "", nil, nil
		fix.y, fix.doc, fix.data = y, storage.RankingDoc(y), nil
		if t.several != nil {
			t.several.ranks[y.Year] = y
		}
		return time.Time{}, "", undone
	}
	from, err := time.Parse(time.RFC3339, y.TellFrom)
	if err != nil {
		from = t.at
	}
	due := t.at.Add(correctionHold)
	if end := from.Add(correctionSpan); end.Before(due) {
		due = end
	}
	if due.Before(t.at) {
		due = t.at
	}
	if until := p.r.cfg.QuietHours.Until(t.at.In(p.r.cfg.Location())); !until.IsZero() {
		due = until // held by hold, with its night note, until the morning
	} else {
		due = p.r.awake(due)
		hold = due
	}
	y.TellAt = due.Format(time.RFC3339)
	fix.y = y
	fix.doc = storage.RankingDoc(y)
	fix.doc.RefsFirst = slices.ContainsFunc(y.Telling, func(e storage.Correction) bool { return e.ID == storage.RefPlaceholder })
	fix.data = p.burstData(t, y, d)
	if t.several != nil {
		t.several.ranks[y.Year] = y
	}
	// a burst's own item: a correction after it went (or after its due
	// time, not yet claimed) starts another and withdraws nothing
	return hold, burstPrefix + y.Village + ":" + y.Year + ":" + y.TellFrom, ""
}

// correctionOf is the item a correction's notice data names.
func correctionOf(d map[string]any) storage.Correction {
	c, _ := d["C"].(*village.Claim)
	e := storage.Correction{ID: c.ID, Grid: c.Grid, Person: c.Person, Name: c.Name, Why: "upheld"}
	e.Label, _ = d["Label"].(string)
	deed, _ := d["Deed"].(time.Time)
	late, _ := d["Late"].(bool)
	switch {
	case !deed.IsZero():
		e.Why, e.Deed = "deed", deed
		if ref, ok := d["Ref"].(string); ok && ref != "" {
			e.ID = ref
		}
	case late:
		e.Why = "late"
	case c.Status == village.ClaimRevoked:
		e.Why = "revoked"
	}
	return e
}

// burstData is what points.archive.fixed says of the held corrections of
// y (Telling): each item, the ranking as it stands, the honours against
// those told before the first of them, what is still 在核实.
func (p *pointsFlow) burstData(t *turn, y storage.YearRanking, d map[string]any) map[string]any {
	posted := y.Posted()
	late := true
	for _, e := range y.Telling {
		posted[e.Grid] = true
		late = late && (e.Why == "late" || e.Why == "deed")
	}
	after := p.honourLabels(y.Village, y.Honours)
	grid := ""
	if len(y.Telling) == 1 {
		grid = y.Telling[0].Grid
	}
	return map[string]any{"Year": y.Year, "Village": y.Village, "Entries": y.Telling, "Grid": grid, "Posted": posted,
		"Top": village.Top(y.Standings, p.cfg.Ranking.Top), "Before": y.TellBefore, "After": after,
		"HonoursChanged": !village.SameHonours(y.TellBefore, after), "Open": y.Open, "Late": late, "Now": t.at}
}

// whyLines are the items of a correction as grid's group reads them
// (points.archive.why): its own items by number, the other grids' counted
// (「2 项…」); the office (grid "") each with whose it was. Alike items
// (settled alike, the same day) are said together.
func whyLines(entries []storage.Correction, grid string, d map[string]any) []map[string]any {
	var out []map[string]any
	byKey := map[string]map[string]any{}
	for _, e := range entries {
		where := "other"
		switch {
		case grid == "":
			where = "office"
		case e.Grid == grid:
			where = "own"
		}
		key := where + "|" + e.Why + "|" + e.Deed.Format("2006-01-02")
		ref := "#" + e.ID
		if where == "office" {
			ref += " " + e.Label + "·" + e.Person + "「" + e.Name + "」"
		}
		if w, ok := byKey[key]; ok {
			w["N"] = w["N"].(int) + 1
			w["Refs"] = w["Refs"].(string) + "、" + ref
			continue
		}
		w := map[string]any{"Where": where, "E": e, "N": 1, "Refs": ref, "Year": d["Year"], "Now": d["Now"]}
		byKey[key] = w
		out = append(out, w)
	}
	return out
}

// lateArchive adds c, a claim of a closed year approved after that year's
// year-end run (made before the clearing, config.Points.EarnedPeriod), to
// the year's archived ranking, as December's approved points are counted
// at the year end: the household's total grows by c's points, the
// ranking and honours follow, and the archive is 暂定 (Provisional,
// Publishing) until c is final, when the finalise run settles it. The
// village hears a 【年度积分排行更正】 only when what the year-end post
// showed changes (fixRanking). acct is the household's account. Only a
// closed year's archive is read, as freezeArchive: one round trip, none
// on a followed copy; in a message deciding several claims the archive
// as the steps before left it. fix is nil when there is none.
func (p *pointsFlow) lateArchive(ctx context.Context, t *turn, sc storage.Scope, c *village.Claim, acct village.Account) (*archiveFix, []storage.IndexRead, error) {
	year := c.Year()
	if year == "" || year >= strconv.Itoa(p.cfg.Year(t.at)) {
		return nil, nil, nil
	}
	y, read, ok, err := p.archiveFor(ctx, t, sc, year)
	if err != nil || !ok || slices.Contains(y.Open, c.ID) {
		return nil, []storage.IndexRead{read}, err
	}
	if !y.Provisional || y.Settled != "" {
		// the honours as the year-end post (or the settlement) named them
		y.Tentative = slices.Clone(y.Honours)
	}
	y.Provisional, y.Publishing, y.Settled = true, true, ""
	fix, err := p.fixRankingOn(c, acct, y, true)
	if err != nil || fix == nil {
		return fix, []storage.IndexRead{read}, err
	}
	if fix.data != nil {
		fix.data["Late"] = true
	}
	if t.several != nil {
		t.several.ranks[year] = fix.y
	}
	return fix, []storage.IndexRead{read}, nil
}

// archiveFor is the archived ranking of year, or in a message deciding
// several claims, as the steps before left it.
func (p *pointsFlow) archiveFor(ctx context.Context, t *turn, sc storage.Scope, year string) (storage.YearRanking, storage.IndexRead, bool, error) {
	if t.several != nil {
		if y, ok := t.several.ranks[year]; ok {
			return y, t.several.rankReads[year], true, nil
		}
	}
	raws, read, err := p.r.store.Followed(ctx, sc, storage.RankKind, storage.RankIndex(year))
	if err != nil {
		return storage.YearRanking{}, read, false, err
	}
	y, ok, err := storage.RankingIn(raws)
	if t.several != nil && err == nil {
		t.several.rankReads[year] = read
	}
	return y, read, ok, err
}
