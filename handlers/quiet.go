package handlers

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/village"
)

// speakerKey is the context key of the speaker a message's commits answer.
type speakerKey struct{}

// speaker is who a message being handled came from, for the quiet hours:
// its commits' messages to anyone else wait for the morning (see hold).
type speaker struct {
	at   time.Time
	chat string   // the group he spoke in; "" in private
	self []string // the addresses that reach him privately
	said string   // his message as sent, whose words a held note may quote
}

// withSpeaker returns ctx carrying t's speaker.
func (r *Router) withSpeaker(ctx context.Context, t *turn) context.Context {
	s := speaker{at: t.at, chat: t.m.Chat, self: []string{t.m.From, r.shown(t.who)}, said: t.m.Text}
	if t.where.Kind == words.InPrivate {
		s.chat = ""
	}
	// what the message's commits queue was written now: sent late, it
	// says its days from now (storage.Outbox)
	return storage.WrittenAt(context.WithValue(ctx, speakerKey{}, s), t.at)
}

// hold sets NotBefore on the messages of out that would wake someone in
// quiet hours: every message but an emergency (bot.Urgent) and the
// replies to the speaker (in his group, or privately to him) waits until
// the quiet hours end (a message to his chat that asks someone else,
// bot.Outbound.ForOthers, too), its last line saying when it was written
// (night.held), the speaker's words it quotes dated from when he said
// them (village.QuotedOn). The outbox keeps them, committed with the change, and
// sends them then (storage: the "held" set), each chat's in one message:
// each held message's Join is its kind (its opening, tmpl.Opening), and
// one about an emergency (alarm) goes first in it (JoinFirst). Out of
// quiet hours, or outside a message's handling (no speaker), out is
// returned as it is.
func hold(ctx context.Context, q config.QuietHours, loc *time.Location, texts *tmpl.Set, out []bot.Outbound, alarm bool, quoted ...said) []bot.Outbound {
	s, ok := ctx.Value(speakerKey{}).(speaker)
	if !ok || len(out) == 0 {
		return out
	}
	until := q.Until(s.at.In(loc))
	if until.IsZero() {
		return out
	}
	var held []bot.Outbound
	edit := func(i int) *bot.Outbound { // out's i-th message, in a copy of out
		if held == nil {
			held = append(make([]bot.Outbound, 0, len(out)), out...)
		}
		return &held[i]
	}
	var note string
	for i, o := range out {
		switch {
		case o.Priority == bot.Urgent || !o.NotBefore.IsZero():
		case s.answers(o) && !o.ForOthers:
			if text := s.unmention(o.Text); o.Kind == bot.Group && text != o.Text {
				// the reply in his group names others without an @,
				// which would wake them ("@张三 请确认" to 办结 at 23:00)
				edit(i).Text = text
			}
		default:
			if note == "" {
				note = texts.Render("night.held", map[string]any{"At": s.at, "Until": until})
			}
			m := edit(i)
			// his own words quoted, and the items' (a report filed by his
			// 「1」), say their days from when they were said, the rest
			// from the morning it is read
			text := village.QuotedOn(o.Text, s.said, s.at, until)
			for _, w := range quoted {
				text = village.QuotedOn(text, w.text, w.at, until)
			}
			m.NotBefore, m.Text = until, text+"\n"+note
			if m.Join == "" {
				m.Join = cmp.Or(tmpl.Opening(m.Text), bot.JoinMixed)
			}
			m.JoinFirst = alarm
		}
	}
	if held == nil {
		return out
	}
	return held
}

// aboutAlarm reports whether c is about an emergency: its held notes
// lead the morning's (hold).
func aboutAlarm(c storage.Change) bool {
	for _, r := range append([]*village.Report{c.Report}, c.Also...) {
		if r != nil && r.Type == village.Emergency {
			return true
		}
	}
	return false
}

// said is words said at a time, which a held message may quote (hold).
type said struct {
	text string
	at   time.Time
}

// quotedIn is the words of the reports c writes, said when they were
// filed: a report filed by a 「1」 or 「不是」 quotes the words of a message
// before it, which are not the speaker's own this time.
func quotedIn(c storage.Change) []said {
	var out []said
	for _, r := range append([]*village.Report{c.Report}, c.Also...) {
		if r != nil && r.Text != "" && !r.CreatedAt.IsZero() {
			out = append(out, said{r.Text, r.CreatedAt})
		}
	}
	return out
}

// heldAbout is the report (or points claim) c's messages held for the
// morning are about, and the reports and claims c settles, whose messages held by earlier changes are
// withdrawn (storage.Change.About, Withdraw). A report that still waits
// for someone (new, accepted, reopened, escalated…) is what its held notes
// ask about; resolved, closed, rejected or merged overnight, they ask
// nothing any more (the leader's 【私信反映】 about a report its reporter
// took back, the office's 【网格上报】 about an item resolved at 23:00),
// and are not sent in the morning; a 办结 answered 未解决 overnight
// likewise withdraws its held 满意 question (leftResolved). What the settling change says itself
// (办结's 请确认, its update to the office) is not withdrawn: it is its
// own news, and goes out.
func heldAbout(c storage.Change) (about string, withdraw []string) {
	about, withdraw = c.About, c.Withdraw // named by the change itself (a 我是's lapse notice)
	if r := c.Report; r != nil {
		switch {
		case words.Settled(r) && r.ID != "":
			withdraw = append(withdraw, r.ID)
		case words.Settled(r):
		case c.Create:
			about = storage.RefPlaceholder
		default:
			about = r.ID
			if leftResolved(r) {
				withdraw = append(withdraw, r.ID)
			}
		}
	}
	for _, r := range c.Also {
		if words.Settled(r) || leftResolved(r) {
			withdraw = append(withdraw, r.ID)
		}
	}
	// A points claim likewise: what is held asks the scorers to review it
	// (or to settle an objection); approved, rejected or taken back
	// overnight, it asks nothing.
	for i, d := range c.Docs {
		cl, ok := d.Body.(village.Claim)
		if !ok {
			continue
		}
		open := cl.Status == village.ClaimPending || cl.Status == village.ClaimObjected
		ref := strings.ToUpper(d.Kind) + strconv.Itoa(d.ID)
		if d.ID != 0 && words.PhotoAsked(cl) && (cl.Status != village.ClaimPending || len(cl.Images) > 0) {
			// its photo came, or it was decided: no reminder that the
			// photo is overdue (photoOverdue)
			withdraw = append(withdraw, photoPrefix+ref)
		}
		if cl.Source != "" && words.PhotoAsked(cl) && (cl.Status != village.ClaimPending || len(cl.Images) > 0) {
			// nor to its claimant that it has not come (photoDue)
			withdraw = append(withdraw, photoDueItem(cl))
		}
		if cl.Source != "" && cl.Needs == village.EvidenceWitness && (cl.Status != village.ClaimPending || !cl.LacksEvidence()) {
			// nor that its witness has not been named (witnessDue)
			withdraw = append(withdraw, witnessDueItem(cl))
		}
		switch {
		case !open && d.ID != 0:
			withdraw = append(withdraw, ref)
		case !open || about != "":
		case d.ID != 0:
			about = ref
		case i == 0 && c.Report == nil:
			about = storage.RefPlaceholder
		}
	}
	// A correction of an archived ranking replaces the one of the same
	// archive still held (tellBurst), which it names too; a photo's
	// reminder the one of the same claim (photoOverdue).
	for _, o := range c.Out {
		if (strings.HasPrefix(o.About, burstPrefix) || strings.HasPrefix(o.About, photoPrefix)) && !slices.Contains(withdraw, o.About) {
			withdraw = append(withdraw, o.About)
		}
	}
	if !slices.ContainsFunc(c.Out, func(o bot.Outbound) bool { return !o.NotBefore.IsZero() }) {
		about = "" // nothing held
	}
	return about, withdraw
}

// leftResolved reports whether r's last step took it out of 办结 back to
// work (a 未解决 said to it): what was held about it since asked about a
// 办结 now answered (the 满意 question its reporter would be asked in the
// morning), and is withdrawn; its new held notes, written after, stay.
func leftResolved(r *village.Report) bool {
	n := len(r.History)
	return r.ID != "" && n > 0 && r.History[n-1].From == village.StatusResolved && r.Status.Open() && r.Status != village.StatusResolved
}

// unmention is text with its @s of anyone but the speaker written as the
// bare name, which still reads as an address: "@李四 张三就…" becomes
// "李四，张三就…", "@李四 @王五 请…" "李四、王五，请…". A name inside a
// sentence is no address and gets no comma: "请调解员@郑十 主持调解" is
// "请调解员郑十主持调解".
func (s speaker) unmention(text string) string {
	if !strings.Contains(text, "@") {
		return text
	}
	var b strings.Builder
	last := 0
	addressed := false // the names being written open their line
	for _, m := range words.Mention.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if m[0] != last || last == 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:m[0]])
			addressed = m[0] == 0 || unicode.IsSpace(prev) || unicode.IsPunct(prev)
		}
		b.WriteString(text[last:m[0]])
		last = m[1]
		if slices.Contains(s.self, name) {
			b.WriteString(text[m[0]:m[1]])
			continue
		}
		b.WriteString(name)
		next, _ := utf8.DecodeRuneInString(text[m[1]:])
		switch {
		case next == '@':
			b.WriteString("、")
		case addressed && m[1] < len(text) && !unicode.IsSpace(next) && !unicode.IsPunct(next):
			b.WriteString("，")
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// answers reports whether o goes to the speaker himself: to the group he
// spoke in, or privately to him.
func (s speaker) answers(o bot.Outbound) bool {
	if o.Kind == bot.Group {
		return s.chat != "" && o.To == s.chat
	}
	for _, a := range s.self {
		if a != "" && o.To == a {
			return true
		}
	}
	return false
}

// wake says when a message to someone else produced now while handling
// t goes out, as its sender is told it ("早上7点"); "" when at once (out
// of quiet hours).
func (r *Router) wake(t *turn) string {
	if at := r.readAt(t); at.After(t.at) {
		loc := r.cfg.Location()
		return words.ClockWords(at.In(loc), t.at.In(loc))
	}
	return ""
}

// readAt is when whom a message produced now while handling t is for
// reads it: when the quiet hours end (hold), or now. A text for someone
// else that says 今天 or 昨天 counts from then.
func (r *Router) readAt(t *turn) time.Time {
	if until := r.cfg.QuietHours.Until(t.at.In(r.cfg.Location())); !until.IsZero() {
		return until
	}
	return t.at
}
