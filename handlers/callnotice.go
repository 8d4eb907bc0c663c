package handlers

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// callNotices are the notices of an elder's grid's group a call's note
// may pass on or answer, read once and only when asked for (get): a
// relay note ("已转告") and an elder's matter filed from the call share
// the read; a call that needs neither reads nothing.
type callNotices struct {
	ctx     context.Context
	r       *Router
	at      village.Person // the elder
	scope   storage.Scope  // the township's
	carried []string       // the notices the task passes on, however old
	t       *turn
	read    bool
	list    []village.Notice
	err     error
	// guard is what the call's change keeps when the notices were read
	// from this process's copy (storage.MirroredNotices); nil otherwise
	guard *storage.MirrorGuard
	// about is the notice the elder's matter answers (noticeOfCall), to
	// count as passed on with the call.
	about string
	// paid is the payment notice the call note says her household paid
	// (words.CutPaid, paidOf): counted as heard, and who said it paid.
	paid string
}

// paidOf sets paid to the newest payment notice (words.AsksPayment) the
// call may pass on, if any.
func (cn *callNotices) paidOf() {
	open, err := cn.open()
	if err != nil {
		return
	}
	for _, n := range slices.Backward(open) {
		if words.AsksPayment(n.Text) {
			cn.paid = n.ID
			return
		}
	}
}

// callNoticesOf are the notices a call to p on task c may concern.
func (r *Router) callNoticesOf(ctx context.Context, t *turn, p village.Person, c village.Call) *callNotices {
	return &callNotices{ctx: ctx, r: r, at: p, carried: c.NoticeIDs(), t: t, scope: storage.TownshipScope(r.cfg.Township.Name)}
}

// get reads, once, the notices of the elder's grid's group still passed on
// (relayedSince) and those the task carries, however old: from this
// process's copy when the village's notice mirror says it is current,
// the call's change then guarded by it (keep), else from Redis.
func (cn *callNotices) get() ([]village.Notice, error) {
	if !cn.read {
		grp := cn.r.groupOf(cn.at.Village, cn.at.Grid)
		cn.list, cn.guard, cn.err = cn.r.store.MirroredNotices(cn.ctx, cn.scope, storage.NoticesPostedTo(grp), words.RelayedSince(cn.t.at),
			storage.VillageScope(cn.at.Village), cn.carried...)
		cn.read = true
	}
	return cn.list, cn.err
}

// carriedOf are the notices the task passes on (carried), as read (get);
// none when they could not be read: the texts then name them by number.
func (cn *callNotices) carriedOf() []village.Notice {
	if len(cn.carried) == 0 {
		return nil
	}
	list, err := cn.get()
	if err != nil {
		return nil
	}
	var out []village.Notice
	for _, n := range list {
		if slices.Contains(cn.carried, n.ID) {
			out = append(out, n)
		}
	}
	return out
}

// keep adds to the call's change the guard of a decision made on the
// copy: the change commits only while no notice was written since
// (storage.ErrAskChanged otherwise, and the call is read again), nor does
// the household's 收到 it makes (its Then: storage.ErrConflict).
func (cn *callNotices) keep(c *storage.Change) {
	if cn.guard == nil {
		return
	}
	c.Keep = append(c.Keep, cn.guard.Keep)
	if c.Then != nil {
		then := *c.Then
		then.Reads = append(slices.Clip(then.Reads), cn.guard.Read)
		c.Then = &then
	}
}

// open are the notices read (get) the call may still pass on: posted to the
// elder's group before the call and either carried by the task or still
// passed on by phone (village.Notice.PassedOn).
func (cn *callNotices) open() ([]village.Notice, error) {
	all, err := cn.get()
	if err != nil {
		return nil, err
	}
	grp := cn.r.groupOf(cn.at.Village, cn.at.Grid)
	var out []village.Notice
	for _, n := range all {
		if n.Held || n.Posted().After(cn.t.at) || !slices.Contains(n.Groups, grp) || !slices.Contains(cn.carried, n.ID) && !n.PassedOn(cn.t.at) {
			continue
		}
		out = append(out, n)
	}
	return out, nil
}

// noticeOfCall is the notice an elder's words on a call answer (said:
// "周六去不了 没人陪" after the notice of Saturday's 体检): the newest of
// those the call may pass on whose day or topic they name (sharesWords,
// as a relay note names its notice). Words that name no day and no
// event (understand.Matters, a procedure asked excepted) are not read
// against them. ok is
// false for none, and when the notices cannot be read (her matter is then
// filed as before).
func (cn *callNotices) noticeOfCall(said string, reading village.Reading) (village.Notice, bool) {
	if !cn.read && !village.NamesDay(said) && (reading.Type == village.Approval || len(understand.Matters(cn.t.hear(said))) == 0) {
		// "屋顶漏雨了" names no day and no event: it answers no notice,
		// and costs no read; nor does a procedure asked ("要办高龄补贴"),
		// which the guide answers
		return village.Notice{}, false
	}
	open, err := cn.open()
	if err != nil {
		return village.Notice{}, false
	}
	for _, n := range slices.Backward(open) {
		if words.SharesWords(said, n.Text) {
			return n, true
		}
	}
	return village.Notice{}, false
}

// heardOf is the notice an elder's words on a call, read as no matter of
// hers, show she has heard of: that she goes ("她说周六去" after the
// notice of Saturday's 体检, "她说明天去领" after 明天…领取补贴), naming its
// topic or its day (NamesDayOf), unless the note says she was not told.
// Words that name no day and no event cost no read (noticeOfCall); words
// that say no going ("她说周六儿子回来") are not read against them.
func (cn *callNotices) heardOf(note, said string, reading village.Reading) (village.Notice, bool) {
	if !words.ContainsAnyOf(said, words.GoesWords...) || words.ContainsAnyOf(note, words.Untold...) {
		return village.Notice{}, false
	}
	if n, ok := cn.noticeOfCall(said, reading); ok || !village.NamesDay(said) {
		return n, ok
	}
	open, err := cn.open()
	if err != nil {
		return village.Notice{}, false
	}
	for _, n := range slices.Backward(open) {
		if n.NamesDayOf(said, cn.t.at) {
			return n, true
		}
	}
	return village.Notice{}, false
}

// answeringNotice is what an elder's matter filed from a call (text) says
// when it answers notice n: 「关于通知N1（本周六体检）：周六去不了 没人陪」,
// so that whoever handles it knows what it is about. The number is
// written without its #: a 收到 quoting the item's message must stay an
// acceptance of the item, not read as the notice's 收到 (ack).
func (r *Router) answeringNotice(t *turn, n village.Notice, text string) string {
	return r.texts.Render("call.notice.about", map[string]any{"N": n.ID, "Topic": noticeTopic(t, n)}) + text
}

// noticeTopic names what a notice is about in a few words: the day it
// names and the events or schemes it names (understand.Matters: "本周六体检"),
// else its first words.
func noticeTopic(t *turn, n village.Notice) string {
	if m := understand.Matters(t.hear(n.Text)); len(m) > 0 {
		return n.DayWord() + strings.Join(m, "、")
	}
	first, _, _ := strings.Cut(n.Text, " ")
	first, _, _ = strings.Cut(first, "，")
	if title, _, ok := strings.Cut(first, "："); ok && utf8.RuneCountInString(title) >= 2 {
		first = title // 「冬季防火：12月10日（周四）…」: its title (call99)
	}
	if utf8.RuneCountInString(first) > 12 {
		first = string([]rune(first)[:12]) + "…"
	}
	return first
}
