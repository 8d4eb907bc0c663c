package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
)

// Envelope is a queued outbound message with its outbox identity.
type Envelope struct {
	Key string // opaque to the dispatcher; the outbox uses it to acknowledge
	Src string // id of the inbound message or job run that produced it
	Outbound
}

// Outbox is the durable queue of outbound messages.
type Outbox interface {
	// Next claims up to max messages, most urgent first, and marks them in
	// flight.
	Next(ctx context.Context, max int) ([]Envelope, error)
	// Done records that claimed messages were sent, or that their outcome
	// is unknown (sent false).
	Done(ctx context.Context, sent bool, envs ...Envelope) error
	// Release puts claimed messages that were certainly not sent back in
	// the queue: the sender could not send anything now (logged out, too
	// frequent, the network down).
	Release(ctx context.Context, envs ...Envelope) error
	// Retry counts a failed attempt of claimed messages that were certainly
	// not delivered by a cause of their own (ErrNotDelivered) and queues
	// them again later; after the last attempt it sets them aside as dead
	// letters and returns those.
	Retry(ctx context.Context, envs ...Envelope) (dead []Envelope, err error)
	// Resume puts a claimed message that was cut off between its parts back
	// in the queue with rest, the text of the parts not sent yet.
	Resume(ctx context.Context, e Envelope, rest string) error
	// Abandoned returns messages a crashed sender left in flight and marks
	// their outcome unknown: they are reported, never re-sent blindly.
	Abandoned(ctx context.Context) ([]Envelope, error)
}

// Sender delivers one message through a transport.
type Sender interface {
	Send(ctx context.Context, o Outbound) error
}

// ErrUnknownOutcome is returned by a Sender when the connection dropped
// mid-send and the message may or may not have gone out. Any other error
// means the message was certainly not sent: it goes back in the queue.
var ErrUnknownOutcome = errors.New("send outcome unknown")

// ErrNotDelivered is returned by a Sender when the message was certainly
// not delivered by a cause of its own (WeChat refused it, its chat is not
// known): it is tried again later, a few times, then set aside as a dead
// letter (DispatcherOptions.OnDead). Other messages go on meanwhile.
var ErrNotDelivered = errors.New("not delivered")

// DispatcherOptions configure a Dispatcher.
type DispatcherOptions struct {
	// Interval is the pause between two messages of the account. Default 1s;
	// negative means no pause (replay, bench).
	Interval time.Duration
	// Jitter adds a random pause up to this long. Default 0.
	Jitter time.Duration
	// MaxChars splits longer texts on line boundaries. Default 600.
	MaxChars int
	// Batch is how many messages one claim takes. Default 1, so a crash
	// leaves at most one message of unknown outcome.
	Batch int
	// Poll is how often Run looks at an empty outbox. Default 500ms.
	Poll time.Duration
	// Sleep waits or returns ctx.Err(). Default: a timer. Tests inject one.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock, for how long an outage of the outbox lasted.
	// Default time.Now.
	Now func() time.Time
	// OnDead is told of messages set aside as dead letters after their
	// last attempt (an alert). Nil: logged only.
	OnDead func(ctx context.Context, e Envelope, cause error)
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

// Dispatcher drains the outbox through a Sender at a safe pace.
type Dispatcher struct {
	box  Outbox
	send Sender
	o    DispatcherOptions
}

// NewDispatcher returns a Dispatcher. It starts nothing; call Run or Drain.
func NewDispatcher(box Outbox, send Sender, o DispatcherOptions) *Dispatcher {
	if o.Interval == 0 {
		o.Interval = time.Second
	}
	if o.MaxChars == 0 {
		o.MaxChars = 600
	}
	if o.Batch == 0 {
		o.Batch = 1
	}
	if o.Poll == 0 {
		o.Poll = 500 * time.Millisecond
	}
	if o.Sleep == nil {
		o.Sleep = Sleep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Dispatcher{box: box, send: send, o: o}
}

// Sleep waits d, or until ctx is done (its error then): the default
// Sleep of the dispatcher and the WeChat transport, which tests replace.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Recover reports what a previous crash left in flight.
func (d *Dispatcher) Recover(ctx context.Context) error {
	lost, err := d.box.Abandoned(ctx)
	if err != nil {
		return fmt.Errorf("dispatch: recover: %w", err)
	}
	for _, e := range lost {
		d.o.Logger.WarnContext(ctx, "outbound message of unknown outcome after a crash; not re-sent, check the chat",
			"to", e.To, "kind", e.Kind, "src", e.Src, "text", ShortText(e.Text))
	}
	return nil
}

// Drain sends every queued message and returns how many it sent.
func (d *Dispatcher) Drain(ctx context.Context) (int, error) {
	sent := 0
	for {
		envs, err := d.box.Next(ctx, d.o.Batch)
		if err != nil {
			return sent, fmt.Errorf("dispatch: next: %w", err)
		}
		if len(envs) == 0 {
			return sent, nil
		}
		ok := make([]Envelope, 0, len(envs)) // most often all of them
		var unknown []Envelope
		var failed []failure
		for i := 0; i < len(envs); i++ {
			// Summaries for the same chat claimed together go out as one
			// message; their outcome is shared.
			e, group := coalesce(envs, i)
			parts, total, err := d.deliver(ctx, e.Outbound)
			if len(group) > 1 {
				i += len(group) - 1
				d.o.Logger.DebugContext(ctx, "summaries coalesced", "to", e.To, "count", len(group))
			}
			switch {
			case err == nil:
				ok = append(ok, group...)
				sent += len(group)
			case errors.Is(err, ErrNotDelivered) && parts == 0:
				// This message only: tried again later, the batch goes on.
				d.o.Logger.WarnContext(ctx, "message not delivered; will try again", "to", e.To, "src", e.Src, "err", err)
				failed = append(failed, failure{group, err})
			case parts > 0 && parts < total:
				// Cut off between its parts: the parts not sent go back in
				// the queue; only a part whose outcome is unknown is not
				// sent again.
				rest := Split(e.Text, d.o.MaxChars)[parts:]
				if errors.Is(err, ErrUnknownOutcome) {
					d.o.Logger.WarnContext(ctx, "send outcome of a part unknown; not re-sent", "to", e.To, "src", e.Src, "part", parts+1, "of", total, "err", err)
					rest = rest[1:]
				}
				if len(rest) == 0 {
					unknown = append(unknown, group...)
					continue
				}
				// The first envelope carries the rest; the others of a
				// coalesced group are in it.
				ok = append(ok, group[1:]...)
				rerr := d.box.Resume(context.WithoutCancel(ctx), group[0], strings.Join(rest, "\n"))
				cut := &sendError{fmt.Errorf("dispatch: send to %s (src %s) cut off after part %d of %d; the rest stays in the queue: %w", e.To, e.Src, parts, total, err)}
				return sent, d.settle(ctx, ok, unknown, failed, envs[i+1:], errors.Join(cut, rerr))
			case errors.Is(err, ErrUnknownOutcome):
				// The transport cannot say: never re-sent blindly.
				d.o.Logger.WarnContext(ctx, "send outcome unknown; not re-sent", "to", e.To, "src", e.Src, "err", err)
				unknown = append(unknown, group...)
			case parts == total:
				// Every part went out and only the pause after it ended
				// (ctx done): it was sent; the rest of the batch was not.
				ok = append(ok, group...)
				sent += len(group)
				return sent, d.settle(ctx, ok, unknown, failed, envs[i+1:], fmt.Errorf("dispatch: pause after sending to %s: %w", e.To, err))
			default:
				// The transport refused before sending (logged out, too
				// frequent, ctx done): this message and the rest of the batch
				// were not sent and go back in the queue.
				// Run logs it, once for as long as sending fails.
				return sent, d.settle(ctx, ok, unknown, failed, envs[i+1-len(group):], &sendError{fmt.Errorf("dispatch: send to %s (src %s): %w", e.To, e.Src, err)})
			}
		}
		if err := d.settle(ctx, ok, unknown, failed, nil, nil); err != nil {
			return sent, err
		}
	}
}

// sendError is a Drain error of the Sender (logged out, too frequent, the
// network down), not of the outbox: Run tells the two apart.
type sendError struct{ err error }

func (e *sendError) Error() string { return e.err.Error() }
func (e *sendError) Unwrap() error { return e.err }

// coalesce returns the message to send for envs[i] and the envelopes it
// stands for: envs[i] alone, or with the summaries (Bulk) for the same chat
// that follow it, their texts joined.
func coalesce(envs []Envelope, i int) (Envelope, []Envelope) {
	e := envs[i]
	j := i + 1
	for e.Priority == Bulk && j < len(envs) && envs[j].Priority == Bulk && envs[j].To == e.To && envs[j].Kind == e.Kind {
		j++
	}
	if j == i+1 {
		return e, envs[i:j]
	}
	texts := make([]string, 0, j-i)
	for _, x := range envs[i:j] {
		texts = append(texts, x.Text)
	}
	e.Text = strings.Join(texts, "\n\n")
	return e, envs[i:j]
}

// failure is a message not delivered by a cause of its own.
type failure struct {
	envs  []Envelope
	cause error
}

// settle records a batch's outcome: sent, unknown, not delivered (tried
// again later, or dead letters), and not sent (back in the queue). It uses
// a context that outlives ctx, so that a shutdown mid-batch still records
// what happened. It returns cause, or the first recording error.
func (d *Dispatcher) settle(ctx context.Context, sent, unknown []Envelope, failed []failure, unsent []Envelope, cause error) error {
	ctx = context.WithoutCancel(ctx)
	for _, step := range []func() error{
		func() error { return d.box.Done(ctx, true, sent...) },
		func() error { return d.box.Done(ctx, false, unknown...) },
		func() error { return d.retry(ctx, failed) },
		func() error { return d.box.Release(ctx, unsent...) },
	} {
		if err := step(); err != nil && cause == nil {
			cause = fmt.Errorf("dispatch: record outcome: %w", err)
		}
	}
	return cause
}

// retry records failed attempts and reports the dead letters.
func (d *Dispatcher) retry(ctx context.Context, failed []failure) error {
	for _, f := range failed {
		dead, err := d.box.Retry(ctx, f.envs...)
		if err != nil {
			return err
		}
		for _, e := range dead {
			// the whole text: the operator is asked to pass it on by
			// hand, and the alert has room for its start only
			d.o.Logger.ErrorContext(ctx, "message given up after its last attempt (dead letter)", "to", e.To, "src", e.Src, "text", e.Text, "err", f.cause)
			if d.o.OnDead != nil {
				d.o.OnDead(ctx, e, f.cause)
			}
		}
	}
	return nil
}

// deliver sends o, split into parts no longer than MaxChars, pacing each.
// It returns how many parts went out of how many, so that the caller can
// tell sent (all), not sent (none) and cut off (some) apart.
func (d *Dispatcher) deliver(ctx context.Context, o Outbound) (sent, total int, err error) {
	parts := Split(o.Text, d.o.MaxChars)
	for i, part := range parts {
		p := o
		p.Text = part
		if err := d.send.Send(ctx, p); err != nil {
			return i, len(parts), err
		}
		if err := d.pause(ctx); err != nil {
			return i + 1, len(parts), err
		}
	}
	return len(parts), len(parts), nil
}

func (d *Dispatcher) pause(ctx context.Context) error {
	if d.o.Interval < 0 {
		return nil
	}
	wait := d.o.Interval
	if d.o.Jitter > 0 {
		wait += rand.N(d.o.Jitter)
	}
	return d.o.Sleep(ctx, wait)
}

// Run drains the outbox until ctx ends, polling when it is empty. A drain
// that fails is logged once when the failures begin and once when they
// end, not at every poll: failures of the outbox (the store down) apart
// from those of the Sender.
func (d *Dispatcher) Run(ctx context.Context) error {
	if err := d.Recover(ctx); err != nil {
		d.o.Logger.ErrorContext(ctx, "dispatch recover", "err", err)
	}
	out := &Outage{Log: d.o.Logger, Now: d.o.Now, Name: "dispatch",
		What: "dispatch: cannot drain the outbox; queued messages wait and go out once it works again (Redis down? is redis-server running? see README, Redis)"}
	sending := &Outage{Log: d.o.Logger, Now: d.o.Now, Name: "dispatch: send",
		What: "dispatch: cannot send; the message stays in the queue and goes out once sending works again"}
	for {
		_, err := d.Drain(ctx)
		if err != nil && ctx.Err() != nil {
			return nil
		}
		var se *sendError
		switch {
		case errors.As(err, &se):
			sending.Tick(ctx, err)
		case err == nil:
			sending.Tick(ctx, nil)
			out.Tick(ctx, nil)
		default:
			out.Tick(ctx, err)
		}
		if err := d.o.Sleep(ctx, d.o.Poll); err != nil {
			return nil
		}
	}
}

// ShortText cuts s to 40 runes, for logs and alerts.
func ShortText(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}
