package storage

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// Outbox drains the outbound queues of several scopes as one bot.Outbox,
// most urgent message first across scopes.
//
// With several bot accounts, each drains the scopes it serves. A message
// queued in one of them for a chat that another account serves (a township
// notice to another village's grid group, say) is forwarded: committed to
// the queue of the scope that Route names, once however often it is tried,
// and marked "forwarded" here.
type Outbox struct {
	st     *Store
	scopes []Scope
	now    func() time.Time
	route  func(bot.Outbound) Scope
	loc    *time.Location
}

// OutboxOptions configure an Outbox.
type OutboxOptions struct {
	// Scopes are the scopes drained, at least one.
	Scopes []Scope
	// Now stamps claims. Default time.Now.
	Now func() time.Time
	// Route names the scope whose queue a message belongs in; "" or a
	// drained scope: send it from here. Nil: everything is sent from here.
	Route func(bot.Outbound) Scope
	// Loc is the zone whose days a held message's day words count
	// (reword). Default time.Local.
	Loc *time.Location
}

// NewOutbox returns the outbox over o.Scopes.
func NewOutbox(st *Store, o OutboxOptions) *Outbox {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Loc == nil {
		o.Loc = time.Local
	}
	return &Outbox{st: st, scopes: o.Scopes, now: o.Now, route: o.Route, loc: o.Loc}
}

// Next implements bot.Outbox. Messages it forwards are not returned; when
// a whole claim was forwarded it claims again, a few times at most.
func (o *Outbox) Next(ctx context.Context, max int) ([]bot.Envelope, error) {
	for range 4 {
		q, now, err := o.next(ctx, max)
		if err != nil || len(q) == 0 {
			return nil, err
		}
		kept, err := o.forward(ctx, q)
		if err == nil {
			kept, err = o.expire(ctx, kept, now)
		}
		if err != nil {
			// Nothing of q was sent: put it all back (forwarding again
			// later is harmless) rather than leave it in flight, which a
			// restart would report as of unknown outcome.
			all := make([]bot.Envelope, len(q))
			for i, m := range q {
				all[i] = envelope(m)
			}
			return nil, errors.Join(err, o.Release(ctx, all...))
		}
		if len(kept) > 0 {
			for i, m := range kept {
				kept[i].Text = o.reword(m, now)
			}
			kept = Joined(kept)
			keep := make([]bot.Envelope, len(kept))
			for i, m := range kept {
				keep[i] = envelope(m)
			}
			return keep, nil
		}
	}
	return nil, nil
}

// elsewhere returns the scope m must be sent from when that is not one of
// the scopes drained here.
func (o *Outbox) elsewhere(m Queued) (Scope, bool) {
	if o.route == nil {
		return "", false
	}
	to := o.route(m.Outbound)
	if to == "" || to == m.Scope || slices.Contains(o.scopes, to) {
		return "", false
	}
	return to, true
}

// forward hands the claimed messages that belong to another account's
// scope to it and returns the rest. Forwarding is idempotent (keyed by
// scope and sequence), so a crash between the forward and the ack
// forwards nothing twice. A message is forwarded as written, with its
// times (Store.Forward): the account that sends it rewords it once, when
// it goes out.
func (o *Outbox) forward(ctx context.Context, q []Queued) ([]Queued, error) {
	keep := make([]Queued, 0, len(q))
	var moved map[Scope][]string
	for _, m := range q {
		to, ok := o.elsewhere(m)
		if !ok {
			keep = append(keep, m)
			continue
		}
		if err := o.st.Forward(ctx, m, to); err != nil {
			return nil, err
		}
		if moved == nil {
			moved = map[Scope][]string{}
		}
		moved[m.Scope] = append(moved[m.Scope], m.Seq)
	}
	for sc, seqs := range moved {
		if err := o.st.setState(ctx, sc, "forwarded", seqs...); err != nil {
			return nil, err
		}
	}
	return keep, nil
}

// expire marks the claimed messages released at or after they expired
// (bot.Outbound.Expires: a reminder whose deadline passed while the bot
// was down) "expired", unsent, and returns the rest. A message joined
// into another (storage.Joined) is not joined yet: each is looked at on
// its own.
func (o *Outbox) expire(ctx context.Context, q []Queued, now time.Time) ([]Queued, error) {
	keep := q[:0:0]
	var gone []bot.Envelope
	for _, m := range q {
		if m.Expires.IsZero() || now.Before(m.Expires) {
			keep = append(keep, m)
		} else {
			gone = append(gone, envelope(m))
		}
	}
	return keep, eachScope(gone, func(sc Scope, seqs []string) error { return o.st.setState(ctx, sc, "expired", seqs...) })
}

// envelope is m to send, its key its scope and seqs ("v:青山村|12,13":
// those joined into it too, whose outcome is its own).
func envelope(m Queued) bot.Envelope {
	return bot.Envelope{Key: string(m.Scope) + "|" + strings.Join(m.Seqs(), ","), Src: m.Src, Outbound: m.Outbound}
}

// keyed is the scope and seqs of an envelope's key (envelope).
func keyed(e bot.Envelope) (Scope, []string) {
	sc, seqs, _ := strings.Cut(e.Key, "|")
	return Scope(sc), strings.Split(seqs, ",")
}

// next claims from the scope whose queue head is most urgent.
// They are as written; now is the time of the claim.
func (o *Outbox) next(ctx context.Context, max int) (q []Queued, now time.Time, err error) {
	sc := o.scopes[0]
	if len(o.scopes) > 1 {
		heads, err := o.st.Head(ctx, o.scopes, o.now())
		if err != nil || len(heads) == 0 {
			return nil, now, err
		}
		best := -1.0
		for _, s := range o.scopes {
			if h, ok := heads[s]; ok && (best < 0 || h < best) {
				sc, best = s, h
			}
		}
	}
	now = o.now()
	q, err = o.st.Claim(ctx, sc, max, now)
	return q, now, err
}

// reword is m's text as it reads at now, when it goes out. A message held
// in quiet hours was written for the morning it was held until (its
// night.held note's 「昨天21:56」, a 今天 or 明天 of its own: handlers'
// readAt); sent on a later day (the bot was down meanwhile) each such
// word says its day from now's (village.DaysOn): 「12月26日21:56」, not
// 「昨天21:56」 five days on. Only the text sent changes: the stored one,
// and what a re-claim reads, is as written, so a send retried the next
// day counts from the same day again. Messages not held are sent as
// written.
//
// A message not held says its days from when it was written (Written,
// stamped by Commit) in the same way: queued at once but claimed on a
// later day (the transport failed meanwhile, the bot was stopped before
// it went out), its 今天 is that day's date. Claimed LateAfter or more
// after it was written it also says so, on a last line of its own
// (lateNote), as a held message's night.held note does.
//
// A clock behind the time the message was written for (a transcript
// replayed again on the data a killed run left queued, a clock set back)
// says nothing of when it is read: the message goes as written, never
// with its 今天 turned into 明天.
func (o *Outbox) reword(m Queued, now time.Time) string {
	switch {
	case now.Before(m.Held), now.Before(m.Written):
		return m.Text
	case !m.Held.IsZero():
		return village.DaysOn(m.Text, m.Held.In(o.loc), now)
	case m.Written.IsZero():
		return m.Text
	}
	written := m.Written.In(o.loc)
	text := village.DaysOn(m.Text, written, now)
	if now.Sub(written) >= LateAfter {
		text += "\n" + lateNote(written, now)
	}
	return text
}

// LateAfter is how long after it was written a message not held goes out
// saying it is late (Outbox.reword): longer than the sender's retries of
// a failed send take (1, 2, 4 and 8 minutes).
const LateAfter = time.Hour

// lateNote is the last line of a message written at written that goes
// out late, at now: 「（这是今天10:05的消息，没能及时发出，现在补发）」,
// a day gone by said by its date (12月1日21:56).
func lateNote(written, now time.Time) string {
	return "（这是" + village.DaysOn("今天", written, now) + written.Format("15:04") + "的消息，没能及时发出，现在补发）"
}

// Done implements bot.Outbox.
func (o *Outbox) Done(ctx context.Context, sent bool, envs ...bot.Envelope) error {
	return eachScope(envs, func(sc Scope, seqs []string) error { return o.st.Ack(ctx, sc, sent, seqs...) })
}

// Release implements bot.Outbox.
func (o *Outbox) Release(ctx context.Context, envs ...bot.Envelope) error {
	return eachScope(envs, func(sc Scope, seqs []string) error { return o.st.Requeue(ctx, sc, seqs...) })
}

// Resume implements bot.Outbox.
func (o *Outbox) Resume(ctx context.Context, e bot.Envelope, rest string) error {
	sc, seqs := keyed(e)
	return o.st.Resume(ctx, sc, seqs[0], rest, seqs[1:]...)
}

// Retry implements bot.Outbox: it returns the envelopes set aside as dead
// letters after their last attempt.
func (o *Outbox) Retry(ctx context.Context, envs ...bot.Envelope) ([]bot.Envelope, error) {
	var dead []bot.Envelope
	err := eachScope(envs, func(sc Scope, seqs []string) error {
		gone, err := o.st.Retry(ctx, sc, o.now(), seqs...)
		for _, e := range envs {
			// a joined envelope's messages count their attempts together
			if esc, eseqs := keyed(e); esc == sc && slices.Contains(gone, eseqs[0]) {
				dead = append(dead, e)
			}
		}
		return err
	})
	return dead, err
}

// DeadLetters counts the messages given up after their last attempt.
func (o *Outbox) DeadLetters(ctx context.Context) (int64, error) {
	return o.sum(ctx, o.st.DeadLetters)
}

// sum adds up count over the outbox's scopes.
func (o *Outbox) sum(ctx context.Context, count func(context.Context, Scope) (int64, error)) (int64, error) {
	var n int64
	for _, sc := range o.scopes {
		k, err := count(ctx, sc)
		if err != nil {
			return 0, err
		}
		n += k
	}
	return n, nil
}

// eachScope groups envelopes' seqs by scope (a joined envelope's all).
func eachScope(envs []bot.Envelope, fn func(sc Scope, seqs []string) error) error {
	by := map[Scope][]string{}
	var order []Scope
	for _, e := range envs {
		sc, seqs := keyed(e)
		if _, ok := by[sc]; !ok {
			order = append(order, sc)
		}
		by[sc] = append(by[sc], seqs...)
	}
	for _, sc := range order {
		if err := fn(sc, by[sc]); err != nil {
			return err
		}
	}
	return nil
}

// Abandoned implements bot.Outbox. A message left in flight that belongs
// to another account was never sent from here: it is forwarded, not
// reported.
func (o *Outbox) Abandoned(ctx context.Context) ([]bot.Envelope, error) {
	var out []bot.Envelope
	for _, sc := range o.scopes {
		q, err := o.st.InFlight(ctx, sc)
		if err != nil {
			return nil, err
		}
		keep, err := o.forward(ctx, q)
		if err != nil {
			return nil, err
		}
		var seqs []string
		for _, m := range keep {
			seqs = append(seqs, m.Seq)
			out = append(out, envelope(m))
		}
		if err := o.st.Ack(ctx, sc, false, seqs...); err != nil {
			return nil, err
		}
	}
	return out, nil
}
