package handlers

// One 「1」 to several confirm-backs files each matter: in one commit, one
// round trip, as any other message's change (fileTogether).

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// errApart says the matters one answer files cannot be made as one change
// (joinFilings), or one's filing depends on another's being made first
// (besideBatched): nothing was committed; they are filed one by one.
var errApart = errors.New("handlers: filed one by one")

// fileTogether files the matters of file (confirm-backs of qs, kept as
// their raws) that one yes answers, as one change with their taking and
// out, as answerMany would file them one by one. done is false when they
// cannot be one change: nothing was committed, and the turn is as it was.
func (r *Router) fileTogether(ctx context.Context, t *turn, qs []question, file []matter, out []bot.Outbound) (done bool, err error) {
	if t.waiting != nil || len(file) < 2 {
		return false, nil
	}
	var raws [][]byte
	for _, m := range file {
		raws = append(raws, m.raws...)
	}
	askCopy, night, then := t.askCopy, t.nightSaid, t.then
	err = r.answering(ctx, t, raws, out, func(ctx context.Context) error {
		for {
			b, err := r.filingsOf(ctx, t, qs, file, nil)
			if err == nil {
				if general := askedOnce(t, b.items); general != nil {
					// items told in this group: filed again, knowing
					// each other, to say one reply, the general ones
					// asked once (no read: the first filing's are the
					// turn's)
					b, err = r.filingsOf(ctx, t, qs, file, general)
				}
			}
			if err != nil {
				return err // a read failed, or errApart: nothing committed
			}
			c, ok := joinFilings(b.items, b.along)
			if !ok {
				return errApart
			}
			_, err = r.commit(ctx, t, c)
			switch {
			case err == nil:
				t.nightSaid, t.then = b.night, nil
				return nil
			case errors.Is(err, storage.ErrConflict) && t.readAgain():
				// the grid's open reports changed since they were read:
				// each is checked against them again
				continue
			case errors.Is(err, storage.ErrConflict), errors.Is(err, storage.ErrKeptChanged):
				// changed again, or photos wait for the item: one by one,
				// as those paths know
				return errApart
			}
			return err
		}
	})
	if errors.Is(err, errApart) {
		t.askCopy, t.nightSaid, t.then = askCopy, night, then
		return false, nil
	}
	return true, err
}

// matter is one matter an answer to several confirm-backs files: the
// first of its questions (qs[first]) and each asking it, as kept.
type matter struct {
	first int
	raws  [][]byte
}

// filingsBatch is the filings of several matters, collected, not made;
// night says whether their replies tell the night paragraph.
type filingsBatch struct {
	batch
	night bool
	// along: filed knowing each other (filingAlong), their replies
	// joined into one (joinFilings)
	along bool
}

// filingAlong is where a filing stands among those one answer files
// together: the earlier ones' references (placeholders), whether it is
// the last, and whether an earlier one warns of danger.
type filingAlong struct {
	before []string
	last   bool
	// danger: one of the earlier ones is about to come down on people:
	// the last's request to 确认 says the warning for all
	danger bool
	// urgent are the earlier ones' references told their leaders at
	// once (danger at night): the last's line names them apart from
	// those held for the morning (rep78)
	urgent []string
}

// askedOnce reports whether items, the filings (two or more) one answer
// makes, can say one reply: each a general item or a mediation told in the
// turn's group with one reply there, its first message. general says
// which are general items, whose request to 确认 and 查 lines are said
// once, after the last of them; a mediation's reply is said as it is (its
// own 确认 line, rep76). What else a filing sends goes elsewhere (at
// night its notes to the leaders, held for the morning or urgent), one
// per item as before. nil: one reply each.
func askedOnce(t *turn, items []batchItem) (general []bool) {
	if len(items) < 2 || t.where.Kind != words.InGrid {
		return nil
	}
	for _, it := range items {
		rep := it.c.Report
		cl, claim := newClaim(it.c)
		switch {
		case claim && cl.Chat == t.m.Chat:
			// a points claim said here: its own lines, as they are (rep78)
		case claim || rep == nil || rep.Type != village.General && rep.Type != village.Mediation || rep.Chat != t.m.Chat ||
			rep.Status != village.StatusNew || len(it.c.Docs) > 0:
			return nil
		}
		if len(it.c.Out) == 0 || slices.IndexFunc(it.c.Out, func(o bot.Outbound) bool { return o.To == t.m.Chat }) != 0 ||
			slices.ContainsFunc(it.c.Out[1:], func(o bot.Outbound) bool { return o.Kind != bot.Private && o.NotBefore.IsZero() }) {
			// (a reminder held for later, a claim's witness or photo one,
			// is a message of its own then)
			return nil
		}
		general = append(general, !claim && rep.Type == village.General)
	}
	return general
}

// newClaim is the points claim change c files, when it files one (its
// first document a new claim) and no report.
func newClaim(c storage.Change) (village.Claim, bool) {
	if c.Create || c.Report != nil || len(c.Docs) == 0 || c.Docs[0].Kind != storage.ClaimKind || c.Docs[0].ID != 0 {
		return village.Claim{}, false
	}
	cl, ok := c.Docs[0].Body.(village.Claim)
	return cl, ok
}

// filed reports whether c files a matter (fileTogether): a new report,
// or a new points claim.
func filed(c storage.Change) bool {
	_, claim := newClaim(c)
	return claim || c.Create && c.Report != nil
}

// docsOf is how many documents c writes.
func docsOf(c storage.Change) int {
	n := len(c.Also) + len(c.Docs)
	if c.Report != nil {
		n++
	}
	return n
}

// filingsOf files each matter of file in a copy of t whose commits are
// collected (report, with a turn batch of filings), in order. general,
// when set, files them knowing each other (askedOnce: which are the
// general items asked once).
func (r *Router) filingsOf(ctx context.Context, t *turn, qs []question, file []matter, general []bool) (*filingsBatch, error) {
	b := &filingsBatch{batch: batch{filings: true}, night: t.nightSaid, along: general != nil}
	var before, urgent []string
	pos := 1   // where the next filing's first document is in the joined change
	last := -1 // the last general item, which asks for all
	for k, g := range general {
		if g {
			last = k
		}
	}
	for k, m := range file {
		q := qs[m.first]
		one := *t
		one.out, one.keep, one.scope, one.batch = nil, nil, "", &b.batch
		one.nightSaid = b.night
		if t.m.ID != "" {
			one.m.ID = t.m.ID + "#" + strconv.Itoa(m.first+1)
		}
		one.photosOf(q)
		if !q.Claim {
			r.speaksFor(&one, q)
		}
		if b.along && general[k] {
			// the earlier general ones' references as the joined commit
			// names them (joinFilings: the k-th document's)
			one.along = &filingAlong{before: slices.Clone(before), last: k == last, urgent: slices.Clone(urgent),
				danger: slices.ContainsFunc(b.items, func(it batchItem) bool { return it.danger })}
		}
		from := len(b.items)
		var err error
		if q.Claim {
			err = r.fileClaim(ctx, &one, q)
		} else {
			err = r.report(ctx, &one, q.Text, q.Type)
		}
		if err != nil {
			return nil, err
		}
		if len(b.items) != from+1 || !filed(b.items[from].c) {
			return nil, errApart // a reply instead (asked, refused): on its own
		}
		if b.along && general[k] {
			before = append(before, "#"+storage.RefN(pos))
			if b.items[from].danger {
				urgent = append(urgent, "#"+storage.RefN(pos))
			}
		}
		pos += docsOf(b.items[from].c)
		b.items[from].kept = one.evKeep
		b.night = one.nightSaid
	}
	return b, nil
}

// besideBatched reports whether f, filed while a batch of filings is
// collected (fileTogether), would be decided otherwise once those before
// it are made: a flood, a duplicate of one, news of his own.
func (r *Router) besideBatched(t *turn, f *filing) bool {
	if t.batch == nil || !t.batch.filings {
		return false
	}
	var made []village.Report
	for _, it := range t.batch.items {
		if it.c.Create && it.c.Report != nil {
			rep := *it.c.Report
			rep.ID = storage.RefPlaceholder // numbered by the commit; duplicate wants one
			made = append(made, rep)
		}
	}
	if len(made) == 0 {
		return false
	}
	if r.flooding(t, append(append([]village.Report(nil), f.open...), made...)) {
		return true
	}
	if _, ok := r.duplicate(made, f.reading.Category, f.text, t.at, f.reporter); ok {
		return true
	}
	_, own := r.newsOfOwn(t, made, f.text)
	return own
}

// joinFilings is the one change that makes the filings items: the first's
// report (or claim) and the others' documents after it, in order, each
// one's audit entry and messages naming its own reference, the photos
// that follow kept for the last (as the last of several commits would).
// A points claim's documents come as they are, its ledger entry naming
// the claim where it stands (Doc.RefsNth), its reads of the household's
// claims with the reports' read. ok is false when they cannot be one
// change: an emergency (its alarms and their retries are its own), a
// second matter or an item besides, a question asked, reads or guards
// that differ.
func joinFilings(items []batchItem, along bool) (c storage.Change, ok bool) {
	if len(items) < 2 {
		return c, false
	}
	first := items[0].c
	c = storage.Change{Scope: first.Scope, MsgID: first.MsgID, Unchanged: first.Unchanged}
	reported := false // c.Read and c.Then are the first report's
	pos := 1
	for k, it := range items {
		x := it.c
		_, claim := newClaim(x)
		if !claim && (!x.Create || x.Report == nil || x.Report.Type == village.Emergency || len(x.Docs) > 0 || len(x.Reads) > 0 ||
			reported && (x.Read != c.Read || x.Then != c.Then)) ||
			claim && (x.Read != storage.IndexRead{} || x.Then != nil) ||
			x.Scope != c.Scope || len(x.Also) > 0 || len(x.More) > 0 || len(x.Incr) > 0 || x.Ack != nil ||
			!sameKept(x.Unchanged, c.Unchanged) || len(x.Keep) != len(it.kept) || x.About != "" || len(x.Withdraw) > 0 {
			return storage.Change{}, false
		}
		if !claim && !reported {
			reported, c.Read, c.Then = true, x.Read, x.Then
		}
		c.Reads = append(c.Reads, x.Reads...)
		ref := storage.RefPlaceholder
		switch {
		case k == 0 && claim:
			c.Docs, c.Audit = slices.Clone(x.Docs), x.Audit
		case k == 0:
			c.Create, c.Report, c.Audit = true, x.Report, x.Audit
		default:
			ref = storage.RefN(pos)
			docs := x.Docs
			if !claim {
				docs = []storage.Doc{storage.NewReportDoc(*x.Report)}
			}
			for _, d := range docs {
				d, err := d.RefsNth(pos)
				if err != nil {
					return storage.Change{}, false
				}
				c.Docs = append(c.Docs, d)
			}
			a := x.Audit
			a.Ref = ref
			c.More = append(c.More, a)
		}
		pos += docsOf(x)
		for i, o := range x.Out {
			if k > 0 {
				o.Text = strings.ReplaceAll(o.Text, storage.RefPlaceholder, ref)
				if !strings.Contains(o.About, ":") {
					o.About = ref // held, it is about its own report or claim
				} // else an item of its own (a claim's reminder, witnessDueItem)
			}
			if along && k > 0 && i == 0 {
				// one reply for all (askedOnce: each one's first, to the
				// group); its notes to others stay its own
				c.Out[0].Text += "\n" + o.Text
				continue
			}
			c.Out = append(c.Out, o)
		}
		if k == len(items)-1 {
			c.Keep = refsKept(x.Keep, ref)
		}
	}
	return c, true
}

// refsKept are keep with the first document's reference they hold
// (storage.Kept.RefsFirst) made ref's.
func refsKept(keep []storage.Kept, ref string) []storage.Kept {
	if ref == storage.RefPlaceholder {
		return keep
	}
	out := make([]storage.Kept, len(keep))
	first, nth := words.JsonRef(storage.RefPlaceholder), words.JsonRef(ref)
	for i, k := range keep {
		if k.RefsFirst {
			k.Value = bytes.ReplaceAll(k.Value, first, nth)
		}
		out[i] = k
	}
	return out
}

// sameKept reports whether a and b guard the same key's same value.
func sameKept(a, b *storage.Kept) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Key == b.Key && bytes.Equal(a.Value, b.Value)
}
