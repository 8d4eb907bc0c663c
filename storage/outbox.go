package storage

import (
	"context"
	"strings"
	"time"

	"gridbot/bot"
)

// Outbox drains the outbound queues of several scopes as one bot.Outbox,
// most urgent message first across scopes.
type Outbox struct {
	st     *Store
	scopes []Scope
	now    func() time.Time
}

// NewOutbox returns the outbox over scopes; now stamps claims.
func NewOutbox(st *Store, scopes []Scope, now func() time.Time) *Outbox {
	return &Outbox{st: st, scopes: scopes, now: now}
}

// Next implements bot.Outbox.
func (o *Outbox) Next(ctx context.Context, max int) ([]bot.Envelope, error) {
	sc := o.scopes[0]
	if len(o.scopes) > 1 {
		heads, err := o.st.Head(ctx, o.scopes)
		if err != nil {
			return nil, err
		}
		if len(heads) == 0 {
			return nil, nil
		}
		best := -1.0
		for _, s := range o.scopes {
			if h, ok := heads[s]; ok && (best < 0 || h < best) {
				sc, best = s, h
			}
		}
	}
	q, err := o.st.Claim(ctx, sc, max, o.now())
	if err != nil {
		return nil, err
	}
	out := make([]bot.Envelope, len(q))
	for i, m := range q {
		out[i] = bot.Envelope{Key: string(m.Scope) + "|" + m.Seq, Src: m.Src, Outbound: m.Outbound}
	}
	return out, nil
}

// Done implements bot.Outbox.
func (o *Outbox) Done(ctx context.Context, sent bool, envs ...bot.Envelope) error {
	return eachScope(envs, func(sc Scope, seqs []string) error { return o.st.Ack(ctx, sc, sent, seqs...) })
}

// Release implements bot.Outbox.
func (o *Outbox) Release(ctx context.Context, envs ...bot.Envelope) error {
	return eachScope(envs, func(sc Scope, seqs []string) error { return o.st.Requeue(ctx, sc, seqs...) })
}

// eachScope groups envelopes by scope.
func eachScope(envs []bot.Envelope, fn func(sc Scope, seqs []string) error) error {
	by := map[Scope][]string{}
	var order []Scope
	for _, e := range envs {
		sc, seq, _ := strings.Cut(e.Key, "|")
		if _, ok := by[Scope(sc)]; !ok {
			order = append(order, Scope(sc))
		}
		by[Scope(sc)] = append(by[Scope(sc)], seq)
	}
	for _, sc := range order {
		if err := fn(sc, by[sc]); err != nil {
			return err
		}
	}
	return nil
}

// Abandoned implements bot.Outbox.
func (o *Outbox) Abandoned(ctx context.Context) ([]bot.Envelope, error) {
	var out []bot.Envelope
	for _, sc := range o.scopes {
		q, err := o.st.InFlight(ctx, sc)
		if err != nil {
			return nil, err
		}
		var seqs []string
		for _, m := range q {
			seqs = append(seqs, m.Seq)
			out = append(out, bot.Envelope{Key: string(sc) + "|" + m.Seq, Src: m.Src, Outbound: m.Outbound})
		}
		if err := o.st.Ack(ctx, sc, false, seqs...); err != nil {
			return nil, err
		}
	}
	return out, nil
}
