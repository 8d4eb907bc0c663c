// Package handlers turns inbound messages into report changes and replies:
// parse → authorise → act → one atomic commit that also queues the replies.
// It sees storage, the roster and the classifier only through the small
// interfaces declared here.
package handlers

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/lru"
	"gridbot/reach"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/understand"
	"gridbot/village"
)

// Store is the state the handlers read and change.
type Store interface {
	Commit(ctx context.Context, c storage.Change) (storage.Result, error)
	// Made tells whether the change of a message whose commit went
	// unanswered was made (storage.UnansweredError).
	Made(ctx context.Context, u *storage.UnansweredError) (storage.Landed, error)
	Report(ctx context.Context, sc storage.Scope, id string) (village.Report, error)
	// ReportAbsent tells from this process's copy, with no round trip,
	// that no report is numbered id (storage.Store.ReportAbsent).
	ReportAbsent(sc storage.Scope, id string) (storage.IndexRead, bool)
	// ReportsOf reads several reports of one scope, as Report each, in at
	// most one round trip; those that do not exist are left out.
	ReportsOf(ctx context.Context, sc storage.Scope, ids []string) ([]village.Report, error)
	// RecentReports reads the open reports (of one grid, or all) and the
	// newest ones in one round trip (statusAsked).
	RecentReports(ctx context.Context, sc storage.Scope, grid string, n int) ([]village.Report, error)
	// RecentReportsEach is RecentReports (all grids) of several
	// scopes in one round trip (a township of several villages, town111).
	RecentReportsEach(ctx context.Context, scs []storage.Scope, n int) ([][]village.Report, error)
	// FollowedReports is RecentReports from memory while this process
	// follows what it reads, and the read the reply's commit is guarded
	// by (storage.ReportsRead.Guard).
	FollowedReports(ctx context.Context, sc storage.Scope, grid string, n int) ([]village.Report, storage.ReportsRead, error)
	// OpenCopied is AllOpenReports from this process's copy, no round
	// trip; ok false when it holds none (the duty chat's questions, town110).
	OpenCopied(sc storage.Scope) ([]village.Report, storage.ReportsRead, bool)
	OpenReports(ctx context.Context, sc storage.Scope, grid string) ([]village.Report, error)
	AllOpenReports(ctx context.Context, sc storage.Scope) ([]village.Report, error)
	LatestOpenReports(ctx context.Context, sc storage.Scope, grid string, n int) ([]village.Report, storage.IndexRead, error)
	OpenReportsCopied(sc storage.Scope, grid string) ([]village.Report, bool)
	Notices(ctx context.Context, sc storage.Scope, index string) ([]village.Notice, error)
	// RecentNotices reads the notices an index of posted notices lists
	// since a time, the one posted there last, and those named, in one
	// round trip.
	RecentNotices(ctx context.Context, sc storage.Scope, index string, since time.Time, ids ...string) ([]village.Notice, error)
	// FollowedNotices is RecentNotices from this process's copy while no
	// notice was written since (no round trip), and the read the change
	// decided on them carries (storage.Change.Read).
	FollowedNotices(ctx context.Context, sc storage.Scope, index string, since time.Time) ([]village.Notice, storage.IndexRead, error)
	CopiedNotices(sc storage.Scope, index string, since time.Time) ([]village.Notice, bool)
	// MirroredNotices is RecentNotices for a change of village v's scope:
	// from this process's copy when v's notice mirror is known to stand
	// for it (no round trip), with the guard its changes carry, else from
	// Redis (nil guard).
	MirroredNotices(ctx context.Context, sc storage.Scope, index string, since time.Time, v storage.Scope, ids ...string) ([]village.Notice, *storage.MirrorGuard, error)
	// MirrorNotices makes the township's notice writes mark the villages'
	// notice mirrors (storage.NoticeMirrorKey).
	MirrorNotices(township storage.Scope, villages ...storage.Scope)
	Calls(ctx context.Context, sc storage.Scope, index string) ([]village.Call, error)
	Docs(ctx context.Context, sc storage.Scope, kind, index string) ([]storage.RawDoc, error)
	// DocsOf reads several indexes' documents in one round trip.
	DocsOf(ctx context.Context, sc storage.Scope, reads ...storage.DocsRead) ([][]storage.RawDoc, error)
	// DocsOfRead is DocsOf, and the reads a commit decided on them carries.
	DocsOfRead(ctx context.Context, sc storage.Scope, reads ...storage.DocsRead) ([][]storage.RawDoc, []storage.IndexRead, error)
	// FollowedOf is Followed of several indexes: those this process does
	// not follow are read in one round trip.
	FollowedOf(ctx context.Context, sc storage.Scope, reads ...storage.DocsRead) ([][]storage.RawDoc, []storage.IndexRead, error)
	// FollowedNew is FollowedOf of a household's own indexes, a household
	// this process assumes has no claim served as having none: for a
	// commit that carries the reads.
	FollowedNew(ctx context.Context, sc storage.Scope, household string, reads ...storage.DocsRead) ([][]storage.RawDoc, []storage.IndexRead, error)
	// Follows reports whether FollowedOf serves index with no round trip.
	Follows(sc storage.Scope, kind, index string) bool
	// FollowedLatest is the latest n documents a followed index lists,
	// from this process's copy, with no round trip (ok false: none held).
	FollowedLatest(sc storage.Scope, kind, index string, n int) ([]storage.RawDoc, storage.IndexRead, bool)
	// FollowedTally is the live tally of a year of one village, from
	// this process's copies when it holds them, and the reads a commit
	// decided on it carries.
	FollowedTally(ctx context.Context, sc storage.Scope, year string) (storage.Tally, []storage.IndexRead, error)
	// DocsAndCounters is DocsOf and counter hashes, in one round trip.
	DocsAndCounters(ctx context.Context, sc storage.Scope, reads []storage.DocsRead, hashes ...string) ([][]storage.RawDoc, []map[string]int64, error)
	Doc(ctx context.Context, sc storage.Scope, kind string, id int) (storage.RawDoc, error)
	// DocsByNumber reads several documents of a kind as Doc, in at most
	// one round trip; those that do not exist are left out.
	DocsByNumber(ctx context.Context, sc storage.Scope, kind string, ids []int) ([]storage.RawDoc, error)
	// Followed reads a followed index's documents (a household's account
	// or approved claims), from memory while this process follows it, and
	// the read its commit carries (storage.Change.Read).
	Followed(ctx context.Context, sc storage.Scope, kind, index string) ([]storage.RawDoc, storage.IndexRead, error)
	Counters(ctx context.Context, sc storage.Scope, hash string) (map[string]int64, error)
	// CountersOf reads counter hashes of several scopes in one round trip.
	CountersOf(ctx context.Context, reads ...storage.CountersRead) ([]map[string]int64, error)
	// ScopesRead reads documents and counter hashes of several scopes in
	// one round trip.
	ScopesRead(ctx context.Context, reads ...storage.ScopeRead) ([]storage.ScopeDocs, error)
	// Asked reads back a question the bot asked one person (confirm-back,
	// duplicate); the question is kept by the commit that posts it
	// (storage.Ask) and removed by the one that acts on the answer
	// (storage.AskTaken, storage.AskAnswered).
	Asked(ctx context.Context, sc storage.Scope, key string) ([]byte, error)
	// AskedCopy is Asked from this process's copy, no round trip, when it
	// holds one: a change decided on it checks it is still what Redis
	// holds (storage.Kept.DecidedOn).
	AskedCopy(sc storage.Scope, key string) ([]byte, bool)
	AskedCopiesUnder(sc storage.Scope, prefix string) map[string][]byte
	// AskedCopied is Asked read with its time to live and kept as this
	// process's copy (nil: none kept), one round trip.
	AskedCopied(ctx context.Context, sc storage.Scope, key string) ([]byte, error)
	// NoticePostedSince reports whether this process knows of a notice
	// posted to a group since a time (no round trip).
	NoticePostedSince(sc storage.Scope, group string, since time.Time) bool
	// AskedKnown is AskedCopy, or none known to wait (nil, true) once the
	// start copied every question (storage.AskAbsent checks it).
	AskedKnown(sc storage.Scope, key string) ([]byte, bool)
	// AskedNoneSeen reports whether a read of key, or this process's own
	// commit, last left no question waiting (storage.AskAbsent checks it).
	AskedNoneSeen(sc storage.Scope, key string) bool
	// AskedIn is Asked in each of several scopes, in one round trip (nil
	// where none waits).
	AskedIn(ctx context.Context, key string, scopes ...storage.Scope) ([][]byte, error)
	// AskedAndDocs is Asked (nil: none waits) and DocsOf in one round trip.
	AskedAndDocs(ctx context.Context, sc storage.Scope, key string, reads ...storage.DocsRead) ([]byte, [][]storage.RawDoc, error)
	// AskedAt reads a value kept with Kept.Followed and its generation, a
	// read that guards a commit decided on it (Change.Reads).
	AskedAt(ctx context.Context, sc storage.Scope, key string) ([]byte, storage.IndexRead, error)
	// EvidenceOf reads what a sender's photos are matched with (see
	// evidence.go): the item he made last and the photos waiting.
	EvidenceOf(ctx context.Context, sc storage.Scope, key string) (item, waiting []byte, err error)
	// EvidenceCopy is the item of EvidenceOf from this process's copy, no
	// round trip, when it holds one: a change decided on it checks it
	// (storage.EvidenceIs).
	EvidenceCopy(sc storage.Scope, key string) ([]byte, bool)
	// EvidenceKnown is what EvidenceOf would read, no round trip, as far
	// as this process knows (ok: it knows both; a change decided on them
	// checks both: storage.EvidenceIs, storage.WaitingOn).
	EvidenceKnown(sc storage.Scope, key string) (item, waiting []byte, ok bool)
	// LastDown is the last downtime the scheduler noted (one round trip;
	// storage.Store.LastDown): a claim's photo resent after it.
	LastDown(ctx context.Context, sc storage.Scope) (from, to time.Time, ok bool, err error)
}

// People is the roster.
type People interface {
	Lookup(villageName, who string) (village.Person, error)
	// Address is the name that reaches the person with a Person.Key (a
	// namesake's "name·household"); name when the key is unknown.
	Address(key, name string) string
	InGrid(villageName, grid string, role village.Role) []village.Person
	Household(villageName, household string) []village.Person
	All() []village.Person
}

// Reader classifies free text.
type Reader interface {
	Read(ctx context.Context, text string) village.Reading
}

// Options configure a Router.
type Options struct {
	Config *config.Config // required
	Store  Store          // required
	People People         // required
	Reader Reader         // required
	// Direct sends a message immediately, bypassing the outbox. It is used
	// only when the store is down, to tell the sender (and, for an
	// emergency, the duty chat) what happened. Optional.
	Direct func(ctx context.Context, o bot.Outbound) error
	// Friends tells which villagers the bot can write to privately; a
	// private message to another goes to his grid worker (reach.Guard).
	// Nil: all of them.
	Friends reach.Friends
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// MaxRunes is the longest message handled; longer commands get a
	// polite refusal, of longer free text only the head is read (see
	// freeText). Default village.DefaultMaxRunes.
	MaxRunes int
	// Troubles says, in Chinese for the operator, what of the transport
	// does not work now (the WeChat transport's Health.ProblemsZH), for
	// an admin's 「状态」 (botStatus). Optional: nil, nothing known.
	Troubles func(ctx context.Context) []string
}

// Router is the bot.Handler of the report flows.
type Router struct {
	cfg *config.Config
	// places are cfg's grids (config.Config.Places), made once: the
	// questions of every message that name a place look them up.
	places village.Places
	store  Store
	// guard is the store's: who passes on a private message the bot
	// cannot send itself.
	guard *reach.Guard
	// people is the roster as names are looked up (linked: a group name
	// a leader confirmed is that villager too); roster is the roster
	// alone, for who a sender is and who he says he is
	people People
	roster People
	reader Reader
	direct func(ctx context.Context, o bot.Outbound) error
	log    *slog.Logger
	max    int
	texts  *tmpl.Set
	// groupTexts are the texts for a grid group (textsFor).
	groupTexts *tmpl.Set
	// townTexts are the texts for the township's chats, which name each
	// item's village when there are several (textsFor, newTexts).
	townTexts *tmpl.Set
	flows     map[words.Verb]flow
	// alarms are the alarms sent directly while the store was down.
	alarms *downAlarms
	// resends are the messages whose commit went unanswered, for their
	// sender's resend (see resends).
	resends *resends
	// commits counts the commits made through store (see gridOpen).
	commits *atomic.Int64
	// points is the points flow, for the photos that reach its claims.
	points *pointsFlow
	// ids are the group names confirmed as villagers (identity.go).
	ids *identities
	// friends tells whom the bot account knows by remark name (nil: no one).
	friends reach.Friends
	// noClaims are the grids (scope+grid) Redis held no 我是 for, and until
	// when the leader's 待办 takes that as so without asking Redis again
	// (pendingIDs).
	noClaims *lru.Cache[time.Time]
	// filedFor are the villagers' confirm-backs a cadre's words filed
	// (chat|person: filedBack), for her 「1」 after it (filedAlready).
	filedFor *lru.Cache[words.FiledBack]
	// filedNow are the items senders filed in a chat lately, which their
	// next message there may add to (addedToFiled)
	filedNow *lru.Cache[words.JustFiled]
	// quarrelOffers are the quarrels just offered for their tellers' 「1」
	// in a group (by chat), which the other side's retort takes as its
	// head (accountWaiting)
	quarrelOffers *lru.Cache[quarrelOffer]
	// troubles is Options.Troubles.
	troubles func(ctx context.Context) []string
}

// flow handles one command verb.
type flow func(ctx context.Context, t *turn, cmd command) error

// New returns a Router.
func New(o Options) *Router {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.MaxRunes == 0 {
		o.MaxRunes = village.DefaultMaxRunes
	}
	texts, groupTexts, townTexts := newTexts(o.Config, len(o.Config.Villages) > 1)
	guard := reach.New(o.People, texts, o.Logger).WithFriends(o.Friends)
	commits := new(atomic.Int64)
	ids := &identities{}
	r := &Router{noClaims: lru.New[time.Time](1024), filedFor: lru.New[words.FiledBack](256), filedNow: lru.New[words.JustFiled](1024), quarrelOffers: lru.New[quarrelOffer](256), cfg: o.Config, store: reaching{o.Store, guard, o.Config.QuietHours, o.Config.Location(), texts, o.Logger, commits, ids}, ids: ids, guard: guard, roster: o.People, reader: o.Reader,
		direct: o.Direct, log: o.Logger, max: o.MaxRunes, texts: texts, alarms: &downAlarms{}, resends: &resends{}, commits: commits,
		groupTexts: groupTexts, townTexts: townTexts, friends: o.Friends, places: o.Config.Places(), troubles: o.Troubles}
	r.people = linked{o.People, r}
	if o.Store != nil {
		var vs []storage.Scope
		for _, v := range o.Config.Villages {
			vs = append(vs, storage.VillageScope(v.Name))
		}
		o.Store.MirrorNotices(storage.TownshipScope(o.Config.Township.Name), vs...)
	}
	r.flows = map[words.Verb]flow{}
	idFlows := map[words.Verb]flow{words.VConfirmID: r.answerID, words.VRefuseID: r.answerID}
	for _, fs := range []map[words.Verb]flow{r.reportFlows(), r.outreachFlows(), r.pointsFlows(), idFlows} {
		for v, f := range fs {
			r.flows[v] = f
		}
	}
	return r
}

// reaching is a Store that commits through reach.Guard.Commit, with the
// messages to others written in quiet hours held until they end (hold).
type reaching struct {
	Store
	guard *reach.Guard
	quiet config.QuietHours
	loc   *time.Location
	texts *tmpl.Set
	log   *slog.Logger
	// commits counts the commits, whatever their outcome
	commits *atomic.Int64
	// ids is the Router's copy of the confirmed group names (idsGuard)
	ids *identities
}

// A commit made while acting on an answer takes the questions answered
// (see answering), before it keeps any it asks itself. While the answer
// was decided on this process's copy of the questions, nothing commits
// before the commit that checks it (the first in the question's scope),
// and nothing after that commit was refused: the answer is made again on
// the questions as stored, and what it sends is sent once.
func (s reaching) Commit(ctx context.Context, c storage.Change) (storage.Result, error) {
	defer s.commits.Add(1)
	aside := answerAside(ctx, c)
	if tk := answerChecking(ctx); tk != nil && (tk.refused || tk.scope != c.Scope && aside == nil) {
		tk.refused = true
		return storage.Result{}, fmt.Errorf("commit in %s before the answer's check: %w", c.Scope, errAskCopy)
	}
	none, _ := ctx.Value(noneAskedKey{}).(*noneAsked)
	if none.checks() {
		if none.scope != c.Scope {
			none.refused = true
			return storage.Result{}, fmt.Errorf("commit in %s before the check that none waits: %w", c.Scope, errAskCopy)
		}
		absent := make([]storage.Kept, 0, len(none.keys)+len(c.Keep))
		for _, key := range none.keys {
			absent = append(absent, storage.AskAbsent(key))
		}
		c.Keep = append(absent, c.Keep...)
	}
	tk := answerTaking(ctx, c.Scope)
	if tk != nil {
		c.Keep = append([]storage.Kept{tk.kept}, c.Keep...)
		c.Out = append(slices.Clip(c.Out), tk.out...)
	}
	if aside != nil {
		c.Then = aside.then() // the questions taken in the same round trip
	}
	g := guarding(ctx, c.Scope)
	if g != nil && slices.ContainsFunc(c.Reads, func(rd storage.IndexRead) bool { return rd.Index() == g.read.Index() }) {
		g = nil // a change of the bindings checks its own read of them
	}
	if g != nil {
		c.Reads = append(slices.Clip(c.Reads), g.read)
	}
	res, err := s.guard.Commit(ctx, holding(s), c)
	if none.checks() {
		none.checked, none.refused = err == nil, errors.Is(err, storage.ErrAskChanged)
	}
	switch {
	case tk != nil && err == nil:
		tk.done = true
	case tk != nil && errors.Is(err, storage.ErrAskChanged):
		tk.refused = true
	case aside != nil && err == nil:
		// made with c; a retry of a refused c sends it again, which
		// its own id makes a no-op when it was made
		aside.done = true
	}
	if g != nil {
		if err == nil {
			g.done = true
		} else if errors.Is(err, storage.ErrConflict) {
			err = s.idsChanged(ctx, g, err)
		}
	}
	return res, err
}

// idsChanged is the error of a commit guarded by g refused as stale
// (err): errIDsChanged when the bindings changed since g's read (their
// copy is then read again), else err, for the flow to retry as usual.
func (s reaching) idsChanged(ctx context.Context, g *idsGuard, err error) error {
	raw, read, rerr := s.Store.AskedAt(ctx, g.scope, idBindingsKey)
	if rerr != nil || read == g.read {
		return err
	}
	s.ids.put(g.village, raw, read)
	return fmt.Errorf("%w (%v)", errIDsChanged, err)
}

// commit commits c, a change t's message makes, made for that message
// (storage.Change.Sent: its sender's resend memo is read with it) unless
// c names another.
func (r *Router) commit(ctx context.Context, t *turn, c storage.Change) (storage.Result, error) {
	if c.Sent == nil {
		c.Sent = t.sent
	}
	return r.store.Commit(ctx, c)
}

// holding commits after the guard has rerouted the messages, so that a
// message passed on to a grid worker waits too.
type holding reaching

func (h holding) Commit(ctx context.Context, c storage.Change) (storage.Result, error) {
	c.Out = hold(ctx, h.quiet, h.loc, h.texts, c.Out, aboutAlarm(c), quotedIn(c)...)
	c.About, c.Withdraw = heldAbout(c)
	res, err := h.Store.Commit(ctx, c)
	if err == nil && res.Withdrawn > 0 {
		h.log.InfoContext(ctx, "messages held for the morning withdrawn: their item was settled overnight",
			"item", strings.Join(c.Withdraw, ","), "messages", res.Withdrawn)
	}
	return res, err
}

// turn is one message being handled.
type turn struct {
	m bot.Message
	// sent is the message as its resend is known by (storage.Sent): every
	// change the turn commits (Router.commit) is made for it.
	sent *storage.Sent
	// idsWaiting are the 我是 claims a leader's 待办 lists (identity.go).
	idsWaiting []words.PendingID
	// awayLines are the grid's workers away a leader's 待办 names (awayNow).
	awayLines []map[string]any
	at        time.Time
	text      string
	quote     *bot.Quote
	addr      bool // addressed to the bot: @mention or a quote of its message
	called    bool // @mention of the bot
	where     words.Place
	who       village.Person
	// stranger: the sender is on no roster (a WeChat name the bot does
	// not know); who is then a villager of the grid he speaks in.
	stranger bool
	out      []bot.Outbound
	// nightSaid: a reply to this message told the night paragraph
	// (night.leaders) already; a second matter it files says only the
	// next step.
	nightSaid bool
	// along: this filing is one of several one answer files in one
	// reply (fileTogether): the request to 确认 and the 查 line are said
	// once, after the last
	along   *filingAlong
	command command
	// scope is where this message's dedupe key and replies live once a
	// report is involved, so a retried message is always deduplicated in
	// the same place.
	scope storage.Scope
	// unsure are the villages a message said outside them may mean, when
	// the item it names was found in none and it names no village: its
	// answer is remembered in each (see commitReplies).
	unsure []storage.Scope
	// noDup files a report without the duplicate check: the sender said
	// it is not the matter the bot offered (see understand.go).
	noDup bool
	// unanswered files a question said to the bot that nothing answers,
	// for the grid's leaders to answer (unanswered.go).
	unanswered bool
	// notOf is an item the sender said his words are not about (his
	// answer to it taken back, answerTakenBack): the duplicate check
	// passes over it.
	notOf string
	// chain are the other households a 接龙 of 收到 names (chainAck);
	// nil for any other message.
	chain []string
	// assent is set on a bare "好的" in a grid group that quotes nothing
	// (assentAck): it answers a notice only one posted lately.
	assent bool
	// forWhom is the villager a grid worker files a report for (代报); the
	// sender is its recorder.
	forWhom *village.Person
	// kinFor is the villager a relative speaks for (kinReport): the report
	// is filed for her household, the sender its reporter.
	kinFor *village.Person
	// kinRel is how he says he stands to her: "邻居", or "" (a relative)
	kinRel string
	// latest caches latestOpen for the turn; nil: not read yet. latestRead
	// guards the commit decided on it; reread says it was read again after
	// another process changed the grid's open reports meanwhile.
	latest     *[]village.Report
	latestRead storage.IndexRead
	reread     bool
	// gridOpen keeps the grid's open reports for the turn (see
	// Router.gridOpen) until a commit is made.
	gridOpen memo[[]village.Report]
	// open keeps every open report of the grid and the read that saw them
	// (Router.openOnce), which several readers of a message look at
	// (groupOpen, openComplete, latestOpen), until a commit is made.
	open memo[openRead]
	// claims are the village's claims the points readers of the words read
	// (villageClaims), once for all of them, until a commit is made.
	claims memo[words.ClaimsSeen]
	// report is the last report find read from the store, by scope and
	// id, until a commit is made: the readers of one message that each
	// look at the item it names (awaitedRead, judgedOrdinary, lifecycleOf)
	// read it once (rt64).
	report memo[village.Report]
	// copies are this process's copies of indexes the turn's replies were
	// decided on (a private "知道了 明天去": the grid's open reports, the
	// calls still to make): the reply's commit is guarded by them, and,
	// refused, the message is handled again on them read from Redis
	// (Handle).
	copies copiesRead
	// long is the length in runes of free text longer than the bot reads
	// whole, of which text holds the head (village.Head); 0 when whole.
	long int
	// offeredAt, on a 「1」 to a confirm-back that files a report, is
	// when he said what it asked about (question.saidAt: its first
	// asking, however often a late 「1」 asked it again): an item the
	// other side of his quarrel filed since takes his account
	// (retortFiled); zero otherwise.
	offeredAt time.Time
	// doneOffer, on a number picking an item whose 办结 he was offered for
	// a 「1」 that still waits (pickedOffer), is that offer's command: the
	// pick's reply restates it, one prompt, instead of the 办结 to type
	// and the offer reminded apart (rep99); "" otherwise.
	doneOffer string
	// redeemAsked, on a 「是」 to the question whether a shop item was
	// meant (askRedeem), is when it was asked: the redemption it runs is
	// not made again when recorded since (written out in full meanwhile).
	redeemAsked time.Time
	// meant: the command runs on a 「1」 to the question whether it was
	// meant (askCommand): the sender said so, it is not asked again.
	meant bool
	// keep are values the reply's commit keeps: the question it asks.
	keep []storage.Kept
	// withdraw are held items (storage.Change.Withdraw) the claim's
	// commit withdraws besides those heldAbout finds: a held ranking
	// correction whose burst the claim undid (tellBurst).
	withdraw []string
	// continued is the confirm-back the message went on with
	// (continuedAsk): asked again with it (and its photos), no longer
	// waiting apart
	continued *question
	// evKeep and unchanged are what the commit of an item the turn makes
	// keeps and assumes about the sender's photos; waiting are the photos
	// read as waiting for it, nil until a commit found some (evidence.go).
	evKeep    []storage.Kept
	unchanged *storage.Kept
	waiting   *words.Waiting
	// raised is the emergency this message raised in a grid group; nil
	// when none. storeDown sends its alarm once for the group's repeats.
	raised *alarm
	// placed says t.where's grid is the one an emergency told outside a
	// grid group names (townalarm.go): its group's open emergencies are
	// the ones it may repeat. unplaced is the sender's emergency of no
	// grid that his message places (locate), closed by its filing there.
	placed   bool
	unplaced *village.Report
	// unnumbered renders the posts of the emergency the turn files as
	// they go out with the store down (storeDown): nothing registered, no
	// reference, nothing to 确认; nil when the turn files none.
	unnumbered func() []bot.Outbound
	// then is a change of another scope the message makes besides what
	// it files (the 收到 that opened a report: ackAlso): the filing's
	// commit carries it (storage.Change.Then), in its round trip; nil once
	// a commit that carried it was made.
	then *storage.Change
	// known are the reports the turn has read already (takeQuoted,
	// onScene, ownDone): the command it runs on them acts on each without
	// reading it again, once.
	known []village.Report
	// together are the reports a chosen command acts on beside the one
	// chosen (runChosen: one meeting arranged for two linked quarrels),
	// read already as it was
	together []village.Report
	// ahead are reports a message naming several read together
	// (readAhead), by id (nil: none such): find takes each once, as read.
	ahead map[string]*village.Report
	// named is the village written before the item's number that starts
	// a message to the township's chats ("青山村#R1 我下午过去看下",
	// "石桥村 #R2 确认"), cut from text so that the number leads it as
	// usual: the item is looked up there (findIn); "" when none.
	named string
	// refIn is the village of the one item a step of a command naming
	// several is of, when the message writes its number for several
	// villages (refSteps); "" else.
	refIn string
	// stray is a village the township does not have written so before an
	// item's number ("石乔村#R1 …": a name mistyped); "" when none.
	stray string
	// decidedOn is the read of the grid's open reports the command run
	// on known was chosen by (onScene): its commit is guarded by it, and
	// a conflict goes back to the chooser, to read them again.
	decidedOn storage.IndexRead
	// openFresh is set when freshOpen read the grid for this message
	// (t.open, guarded through copies): gridOpen takes that read
	openFresh bool
	// checked are further reports the command run on known was chosen
	// among (awaitedUnnamed), as documents its commit only checks.
	checked []storage.Doc
	// seen are the reports a reply was decided on as this process follows
	// them (onReports): the reply's commit is guarded by them.
	seen storage.ReportsRead
	// openStored is set when a reporter's plain words were no 满意 or
	// 未解决 on the grid's open reports as followed: they are read from
	// Redis (awaitedUnnamed).
	openStored bool
	// implied is set when the command was read from the sender's own
	// words, not typed ("好了谢谢" for 满意: see awaitedAnswer).
	implied bool
	// reopenClosed is set when the sender's 「是」 to the offer to reopen
	// his item closed lately (reopenOffer) makes its 未解决: the closed
	// item is reopened (village.Report.ReopenClosedOn), as a typed
	// 「未解决」 of it is not.
	reopenClosed bool
	// takeOn is set when the sender's words about an emergency nobody took
	// on yet take it on before the 进展 or 办结 they make (see sceneNews).
	takeOn bool
	// offerResolve is set when a cadre's words that an emergency is over
	// are recorded as its 进展, his to tell but not to close: its leaders
	// are offered the 办结 with his words (see sceneNews).
	offerResolve bool
	// offerDone is set when a grid worker's words that an item nobody
	// took on is done ("路灯换好了") are recorded as its 进展, taking it
	// on: those who may 办结 it are @-asked to (see doneTakesOn).
	offerDone bool
	// offerEnd is set when a cadre's words that an emergency nobody
	// confirmed yet is over are recorded as its 进展: he is told the 办结
	// to send once he has checked (see sceneNews).
	offerEnd bool
	// offerReject is set when a cadre's words that an emergency taken on
	// is none ("没着火 是在烧稻草") are recorded as its 进展: its 驳回 误报
	// is offered (see sceneNews).
	offerReject bool
	// offerUp is set when a grid worker's words that an item is for the
	// township ("这事我管不了 得找镇里") are recorded as its 进展: 上报镇
	// is his leader's to send, and the leader is offered it with his words
	// (see progressInWords).
	offerUp bool
	// offerAssign is the cadre a grid worker's words hand his item to
	// ("我去不了 让何志强去吧", recorded as its 进展): 指派 is the
	// leader's, and he is offered it (see handsOver).
	offerAssign string
	// offerFixed is set when a handler's plain words that his one item is
	// done ("已经换好了", no number) are recorded as its 进展: its 办结 is
	// offered him for a 「1」 (see progressInWords, fixedNext).
	offerFixed bool
	// offerRetype is set when a grid worker's words that an emergency is
	// none ("#R1 不是什么大事") are recorded as its 进展: 改为一般 is the
	// leader's, and he is asked (see judgedOrdinary).
	offerRetype bool
	// askCopy is the questions waiting for the sender's answer as this
	// process's copy holds them (storage.Store.AskedCopy), while the
	// answer is decided on them; nil when they were read from Redis. The
	// first commit that takes questions answered checks they are still
	// what Redis holds (see answering).
	askCopy []byte
	// cadreTook is the grid cadre whose acceptance filed the villager's
	// confirm-back this turn files (cadreconfirm.go): the filing takes it
	// on for him when he may.
	cadreTook *words.CadreTake
	// aside is set when the command acts on a report told in private:
	// every reply goes to the sender privately (a group only hears that
	// it did), whatever it says ("需要报告人张三本人" names who complained).
	aside bool
	// readings are the reader's readings of the texts this message was
	// read as (its words, their parts: see Router.read), each read once.
	readings map[string]village.Reading
	// own is text folded for understand's checks once it was asked for
	// (ownSet; see said); folded are the other texts they asked about
	// (the reports it is compared with, its parts) in canonical words.
	own    understand.Said
	ownSet bool
	folded map[string]string
	// batch, when set, collects the turn's commits instead of making
	// them: one step of a command naming several reports (eachRef).
	batch *batch
	// several, when set, is what the steps of one message deciding
	// several claims share (claimBatch): the claims and accounts as the
	// steps before left them.
	several *claimBatch
	// besides is a line said after the reply to the sender by the turn's
	// next commit (withBesides): of items his words named that were
	// settled already ("#R3 已完结，不用再办。"), beside what was done
	// with the others.
	besides string
	// recurs is the settled report a villager's words say is back or not
	// done ("垃圾还在呢 没拉走" of a closed one): the report the turn
	// files is linked to it (settledNews).
	recurs *village.Report
	// unkept is the quarrel closed longer ago than followup.reopen_within
	// whose settlement a party says was not kept (unkeptAfterClose): the
	// quarrel the turn files is linked to it (recurs) and its mediators
	// told it is the same dispute again (relapse.unkept).
	unkept *village.Report
}

// read is the reader's reading of text, a part of t's message or the
// whole, read at most once per message: the free-text reading, the
// filing, the second matter's parts and a filing read again after a
// conflict share it. With a model, each reading may be a call.
func (r *Router) read(ctx context.Context, t *turn, text string) village.Reading {
	x, ok := t.readings[text]
	if !ok {
		x = r.rosterGone(t, text, r.reader.Read(ctx, text))
		if t.readings == nil {
			t.readings = make(map[string]village.Reading, 3)
		}
		t.readings[text] = x
	}
	x.People = slices.Clone(x.People)
	return x
}

// rosterGone is x, the reader's reading of text, read as a missing
// person's alarm when it is none and text says a person of the roster is
// gone by his name ("张三不见了", "王奶奶还没回来": understand.NamedGone,
// frail as the roster tells): the reader knows no roster, only what people
// are called (小明, 老王). The sender himself is not read as gone. The
// roster is in memory: no round trip.
func (r *Router) rosterGone(t *turn, text string, x village.Reading) village.Reading {
	if x.Type == village.Emergency {
		return x
	}
	named := r.goneNamed(t.where.Village, t.who.Key(), text)
	if len(named) == 0 {
		return x
	}
	x = understand.AlarmOf(x, village.HazardMissing)
	for _, n := range named {
		if !slices.Contains(x.People, n) {
			x.People = append(x.People, n)
		}
	}
	return x
}

// goneNamed are the names of the roster's people of village v (of every
// village when v is "") text says are gone (understand.NamedGone, frail as
// the roster tells), but the sender's (key self): rosterGone's reading,
// the transport's fast lane (RosterAlarm) and the store-down path alike.
// In memory: no round trip; the roster is searched only for a text with a
// gone word.
func (r *Router) goneNamed(v, self, text string) []string {
	gone, ok := understand.GoneIn(text)
	if !ok {
		return nil
	}
	var named []string
	for _, p := range r.people.All() {
		if v != "" && p.Village != v || p.Key() == self || utf8.RuneCountInString(p.Name) < 2 ||
			slices.Contains(named, p.Name) || !gone.Names(p.Name, p.Frail()) {
			continue
		}
		named = append(named, p.Name)
	}
	return named
}

// RosterAlarm reports whether text, said in chat, is a missing person's
// alarm only the roster reads ("王奶奶不见了", "我找不到张三了": rosterGone),
// for the transport's fast lane beside the rules' own alarms
// (understand.Pipeline.RulesAlarm): such an alarm is not held up behind its
// group's model calls. Its sender is not known here: a villager's own name
// gone is read as another's (it only goes first). Only grid groups count;
// of a long text only the head is read, as the router reads it.
func (r *Router) RosterAlarm(chat, text string) bool {
	v, _, ok := r.cfg.GridOfGroup(chat)
	if !ok {
		return false
	}
	head, _ := village.Head(text, 0)
	return len(r.goneNamed(v, "", head)) > 0
}

// rosterNames are the names of the roster's people of village v (of
// every village when v is ""), of two runes or more, for a missing
// person's alarm (hazard; nil for any other): whom its words look for
// (words.MissingApart).
func (r *Router) rosterNames(v string, hazard village.Hazard) []string {
	if hazard != village.HazardMissing {
		return nil
	}
	var names []string
	for _, p := range r.people.All() {
		if (v == "" || p.Village == v) && utf8.RuneCountInString(p.Name) > 1 {
			names = append(names, p.Name)
		}
	}
	return names
}

// hear is text folded for understand's checks (understand.Hear), once for
// the message: the checks it goes through ask about its text a dozen
// times, and about the reports it is compared with.
func (t *turn) hear(text string) understand.Said {
	if text == t.text {
		return t.said()
	}
	c, ok := t.folded[text]
	if !ok {
		c = understand.Canon(text)
		if t.folded == nil {
			t.folded = make(map[string]string, 4)
		}
		t.folded[text] = c
	}
	return understand.Said{Raw: text, Canon: c}
}

// said is the turn's text as hear folds it (text may have been cut since
// it was last asked for: see dispatch).
func (t *turn) said() understand.Said {
	if !t.ownSet || t.own.Raw != t.text {
		t.own, t.ownSet = understand.Hear(t.text), true
	}
	return t.own
}

// Handle implements bot.Handler.
func (r *Router) Handle(ctx context.Context, m bot.Message) error {
	own := m.ID
	m.ID = r.resends.take(m) // words sent again after an unanswered commit
	// the same, whichever process the first reached: see storage.Sent
	sent := &storage.Sent{By: resendBy(m), Text: m.Text, ID: own, Under: m.ID}
	t, ok := r.newTurn(m, sent)
	if !ok {
		return nil
	}
	if runes := utf8.RuneCountInString(t.text); runes > r.max {
		// a pasted document, a flood: the sender is told (or, unaddressed,
		// only its head is read); the operator sees its size, not its text
		r.log.InfoContext(ctx, "message longer than handled: its head read or refused", "id", m.ID, "chat", m.Chat, "from", m.From,
			"runes", runes, "bytes", len(m.Text), "max", r.max)
	}
	none := &noneAsked{}
	err := r.handle(context.WithValue(ctx, noneAskedKey{}, none), t)
	if none.again(ctx, r, err) {
		// 「没事了」 decided on no question waiting, as this process knew:
		// one waited (its commit was refused, or, committing nothing, a
		// read found one): again, on the questions as stored
		t, _ = r.newTurn(m, sent)
		err = r.handle(ctx, t)
	}
	if errors.Is(err, errIDsChanged) || errors.Is(err, storage.ErrConflict) && t.copies.any() {
		// another process confirmed or undid a group name this turn was
		// decided on, or changed an index whose copy its reply was decided
		// on: nothing was committed in its village; again, on the bindings
		// as stored (reaching.Commit read them), the indexes read from
		// Redis (the refused commit forgot the copies)
		t, _ = r.newTurn(m, sent)
		err = r.handle(ctx, t)
	}
	// A photo posted in a group is answered only when it is attached: with
	// the store down, villagers' photos would each draw an apology.
	var unanswered *storage.UnansweredError
	if errors.As(err, &unanswered) {
		r.resends.add(m)
	}
	if errors.Is(err, storage.ErrUnavailable) && (m.Private || len(m.Images) == 0 || understand.HasContent(t.text)) {
		r.storeDown(ctx, t, unanswered)
	}
	if err != nil {
		return fmt.Errorf("handle %s from %s: %w", m.ID, m.From, err)
	}
	return nil
}

// handle dispatches t, decided on what the village's confirmed group
// names say of its sender and the names he writes (linkTurn).
func (r *Router) handle(ctx context.Context, t *turn) error {
	ctx = r.withSpeaker(r.linkTurn(ctx, t), t)
	err := r.dispatch(ctx, t)
	if errors.Is(err, storage.ErrUnavailable) && t.unnumbered == nil && (understand.Alarms(t.text) || len(r.goneNamed(t.where.Village, t.who.Key(), t.text)) > 0) {
		// With the store down, an alarm a path read the store for before
		// it filed one ("张大爷家着火了 我在现场" from a cadre, who may be
		// at an alarm already filed; "喊她也不答应", news of a quarrel he
		// mediates; "王奶奶不见了", a roster name gone: goneNamed) is filed as one: its commit fails too, and the alarm
		// it renders goes out directly (storeDown).
		t.out = nil
		err = cmp.Or(r.freeText(ctx, t), err)
	}
	return err
}

func (r *Router) newTurn(m bot.Message, sent *storage.Sent) (*turn, bool) {
	t := &turn{m: m, sent: sent, at: m.At.In(r.cfg.Location()), quote: m.Quote}
	text := words.Clean(m.Text)
	if t.quote == nil {
		if q, reply, ok := bot.ParseQuote(text); ok {
			t.quote, text = &q, reply
		}
	}
	text, mentioned := words.StripMention(text, r.cfg.BotName)
	t.text = text
	t.called = m.Mentioned || mentioned
	t.addr = t.called || (t.quote != nil && t.quote.Name == r.cfg.BotName)
	switch {
	case m.Private:
		t.where = words.Place{Kind: words.InPrivate}
	case r.cfg.Township.Chat(m.Chat):
		t.where = words.Place{Kind: words.InOffice, Chat: m.Chat}
	default:
		v, g, ok := r.cfg.GridOfGroup(m.Chat)
		if !ok {
			return nil, false // not one of our groups: stay silent
		}
		t.where = words.Place{Kind: words.InGrid, Village: v, Grid: g, Chat: m.Chat}
	}
	t.who, t.stranger = r.identify(t.where, m.From)
	if t.where.Kind == words.InPrivate {
		t.where.Village, t.where.Grid = t.who.Village, t.who.Grid
	}
	if townshipView(t) {
		t.text = r.askFirst(r.urgeFirst(t.text))
		t.text, t.named, t.stray = r.villageFirst(t.text)
	}
	return t, true
}

// askFirst reads an officer's 问 before an item's number, with or without
// its village ("问 青山村#R5 护坡塌了多大", "问 #R5 …"), as 问网格 #R5 …:
// the township's question to the item's grid, never words of a new report.
// Text as it is otherwise ("问网格 #R5 …" included).
func (r *Router) askFirst(text string) string {
	rest, ok := strings.CutPrefix(text, "问")
	if !ok {
		return text
	}
	rest = strings.TrimLeft(rest, " :：,，")
	for _, v := range r.cfg.Villages {
		if after, ok := strings.CutPrefix(rest, v.Name); ok {
			rest = strings.TrimLeft(after, " ")
			break
		}
	}
	m := words.LeadMatch(rest, words.LeadingRefs, words.RefLeads)
	if m == nil {
		return text
	}
	refs := village.FindRefs(rest[:m[1]])
	if len(refs) != 1 || refs[0].Kind != 'R' {
		return text
	}
	return string(words.VAsk) + " " + rest
}

// urgeFirst reads an officer's 督办 (or 督促) before an item's number,
// with or without its village ("督办 #R2 抓紧", "督办 青山村#R2"), as the
// order written after the number ("#R2 抓紧"): the township's 督办 of the
// item's grid, whatever the words after it, which are said to the grid
// ("#R2 督办" when they order nothing themselves). Text as it is otherwise.
func (r *Router) urgeFirst(text string) string {
	rest, ok := words.CutAnyPrefix(text, "督办", "督促")
	if !ok {
		return text
	}
	rest = strings.TrimLeft(rest, " :：,，")
	at := rest
	for _, v := range r.cfg.Villages {
		if after, ok := strings.CutPrefix(rest, v.Name); ok {
			at = strings.TrimLeft(after, " ")
			break
		}
	}
	m := words.LeadMatch(at, words.LeadingRefs, words.RefLeads)
	if m == nil || len(village.FindRefs(at[:m[1]])) == 0 {
		return text
	}
	if note := strings.TrimLeft(at[m[1]:], " ,，:：。"); !words.UrgesGrid(note) {
		head := strings.TrimRight(rest[:len(rest)-len(at)+m[1]], " ,，、:：和")
		return strings.TrimSpace(head + " 督办 " + note)
	}
	return rest
}

// villageFirst cuts the name of one of the township's villages written
// before the item's number that starts text ("青山村#R1 我下午过去看下",
// as the township's posts write its items: "石桥村 #R1"), returning the
// rest, which the number then leads, and the village; text as it is and
// "" when no village's name leads it so. A name ending in 村 that is no
// village of the township, before a number written with # ("石乔村#R1"),
// is returned as stray, text as it is.
func (r *Router) villageFirst(text string) (rest, named, stray string) {
	for _, v := range r.cfg.Villages {
		after, ok := strings.CutPrefix(text, v.Name)
		if !ok {
			continue
		}
		after = strings.TrimLeft(after, " ")
		if of, ok := strings.CutPrefix(after, "的"); ok { // 「青山村的 #R2」
			after = strings.TrimLeft(of, " ")
		}
		if words.LeadMatch(after, words.LeadingRefs, words.RefLeads) != nil && len(village.FindRefs(after)) > 0 {
			return after, v.Name, ""
		}
	}
	if m := words.StrayVillage.FindStringSubmatch(text); m != nil {
		return text, "", m[1]
	}
	return text, "", ""
}

// identify finds the sender in the roster; strangers (stranger true) are
// treated as villagers of the grid they speak in.
func (r *Router) identify(w words.Place, from string) (p village.Person, stranger bool) {
	if w.Village != "" {
		if p, err := r.roster.Lookup(w.Village, from); err == nil && !words.NickOfCadre(p, from) {
			return p, false
		}
	} else {
		for _, v := range r.cfg.Villages {
			if p, err := r.roster.Lookup(v.Name, from); err == nil && !words.NickOfCadre(p, from) {
				return p, false
			}
		}
	}
	return village.Person{Name: strings.TrimPrefix(strings.TrimSpace(from), "@"), Village: w.Village, Grid: w.Grid,
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}}, true
}

// dispatch hands a message to what it is, in this order: what needs no
// reading of its words (a stray village's item, a namesake, photos, a
// notice's 收到, emoji); who the sender says he is; a cadre's question how
// things stand; the command or its words (a cadre taking an item on, his
// news of it); a 收到 with a report after it; else the command's flow, or
// the free text.
func (r *Router) dispatch(ctx context.Context, t *turn) error {
	if done, err := r.beforeWords(ctx, t); done {
		return err
	}
	if done, err := r.elderAnswered(ctx, t); done {
		// a leader's reply quoting a 【老人问】, 「已答复」 too (a command
		// word): passed to the worker (call105)
		return err
	}
	if done, err := r.elderAnswerUndone(ctx, t); done {
		// 「不是」 to his words taken, naming nothing, for the answer
		// to an elder's question (call108)
		return err
	}
	if done, err := r.visitAnswered(ctx, t); done {
		// 「让王五下午去她家看看」, 「我下午过去一趟」 from the leader asked
		// to visit an elder (call106)
		return err
	}
	if done, err := r.unlistedAnswers(ctx, t); done {
		// "在村口小卖部 13812345678" from the reporter on no roster of
		// the group's alarm: what it asked him, no stranger's ad
		return err
	}
	if done, err := r.promo(ctx, t); done {
		// a scam's message warned of, a stranger's ad (no welcome)
		return err
	}
	if done, err := r.whoHeIs(ctx, t); done {
		return err
	}
	if done, err := r.coverageAsked(ctx, t); done {
		// "回访覆盖率多少", "王奶奶这个月打过电话没": this month's calls
		return err
	}
	if done, err := r.gridsAsked(ctx, t); done {
		// "网格排名", "上月网格对比": the township's grids compared
		return err
	}
	if done, err := r.yearAsked(ctx, t); done {
		// "今年一共多少件事", "去年的情况": the year's items
		return err
	}
	if done, err := r.alarmsAsked(ctx, t); done {
		// "今天有没有突发", "昨晚有突发事件吗": the emergencies of then
		return err
	}
	if done, err := r.dangersAsked(ctx, t); done {
		// "安全隐患有哪些", "还有哪些隐患没处理": the open dangers
		return err
	}
	if done, err := r.statusAsked(ctx, t); done {
		// "超期的有哪些", "今天各村情况怎么样", "情况 三组"
		return err
	}
	if done, err := r.callAnswered(ctx, t); done {
		// "还没有" from the reporter right after 「我马上过去 打120了吗」:
		// told to call 120 now (emerg67)
		return err
	}
	cmd, isCmd := r.commandIn(t)
	if isCmd {
		// 「不是答复」 right after his words went to the township as his answer
		if done, err := r.answerTakenBack(ctx, t, cmd); done {
			return err
		}
	}
	if done, err := r.reopenTakenBack(ctx, t, cmd, isCmd); done {
		// 「刚才点错了」, 「撤回」 right after his 未解决 of a 办结
		return err
	}
	if done, err := r.cadreConfirms(ctx, t); done {
		// "收到 明天找人来掏" from the grid's cadre while a villager's
		// confirm-back waits: filed as hers, taken on for him
		return err
	}
	if err := r.quotedVillagerItem(ctx, t); err != nil {
		// "收到 我去看看" quoting the villager's words that filed an item
		return err
	}
	if done, err := r.takesOnInWords(ctx, t, cmd, isCmd); done {
		return err
	}
	if !isCmd {
		if done, err := r.cadreInWords(ctx, t); done {
			return err
		}
	}
	if isCmd && cmd.verb == words.VAck && t.quote == nil && t.where.Kind == words.InGrid && words.ContainsAnyOf(t.text, words.ThanksWords...) {
		// "看到了 谢谢" from the reporter whose one item waits for his
		// answer to its 办结: asked once which answer he means
		if done, err := r.awaitedUnnamed(ctx, t, village.Reading{}); done || err != nil {
			return err
		}
	}
	runes := utf8.RuneCountInString(t.text)
	if !isCmd || cmd.verb == words.VAck && runes <= r.max {
		if done, err := r.ackAndAsk(ctx, t); done {
			return err
		}
		if done, err := r.ackAndReport(ctx, t); done {
			return err
		}
	}
	if !isCmd && t.quote == nil && t.where.Kind == words.InGrid && !t.who.PassesNotices() && r.ackWithAside(ctx, t) {
		// "知道了 明天去", "收到，我会转告我爸" from a villager: his
		// household's 收到 with an aside, as when he quotes the notice
		return r.asAck(ctx, t)
	}
	if !isCmd {
		return r.uncommanded(ctx, t, runes)
	}
	if runes > r.max {
		return r.tooLong(ctx, t, runes)
	}
	t.command = cmd
	if kind, id, ok := deadRef(cmd); ok {
		return r.noSuchRef(ctx, t, cmd, kind, id)
	}
	return r.flows[cmd.verb](ctx, t, cmd)
}

// noSuchRef answers a command whose reference can name no item ("确认
// #R0", deadRef) as one naming a number nobody has: nothing is done.
func (r *Router) noSuchRef(ctx context.Context, t *turn, cmd command, kind byte, id string) error {
	if kind == 'C' {
		// a reviewer's mistyped number: what waits for him is in 待审
		review := townshipView(t) || words.Decides[cmd.verb] && (t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer))
		return r.reply(ctx, t, "points.unknownref", map[string]any{"Ref": id, "Object": cmd.verb == words.VObject, "Review": review})
	}
	return r.reply(ctx, t, "err.unknownref", map[string]any{"Ref": id, "Township": townshipView(t)})
}

// beforeWords handles what needs no reading of a message's words: an item
// of a village the township does not have, a sender whose name several of
// the roster have, photos alone, a notice's 收到 (a chain of them, or a
// word quoting it), and no words at all.
func (r *Router) beforeWords(ctx context.Context, t *turn) (done bool, err error) {
	if t.stray != "" {
		// "石乔村#R1 我下午过去看下": no item of a village the township
		// does not have; which villages it has
		return true, r.reply(ctx, t, "err.strayvillage", map[string]any{"Village": t.stray, "Villages": r.villageNames()})
	}
	if fits := r.unknownNamesake(t); len(fits) > 1 {
		return true, r.reply(ctx, t, "identity.which", map[string]any{"Name": fits[0].Name, "N": len(fits), "Places": r.placesOf(fits)})
	}
	if len(t.m.Images) > 0 && !understand.HasContent(t.text) {
		return true, r.photos(ctx, t)
	}
	if also, ok := r.chainAck(t); ok {
		// "#接龙\n1. 张三 收到\n2. 陈二 收到": each household it names
		// read the notice, the sender's too
		t.chain = also
		return true, r.asAck(ctx, t)
	}
	if t.quote != nil && words.NoticeRe.MatchString(t.quote.Text) && (words.IsAssent(t.text) || words.PaidForNotice(t.text) || r.ackWithAside(ctx, t)) {
		// "好的", 👌, "收到，我会转告我爸", "交过了" (call100) quoting a
		// notice: the household's 收到 of it
		return true, r.asAck(ctx, t)
	}
	if !understand.HasContent(t.text) {
		lost := t.text != "" && strings.Trim(t.text, "?？ \u3000") == ""
		if t.quote == nil && (t.addr && (t.text == "" || lost) || t.where.Kind == words.InPrivate && lost) {
			// "@网格小助手", a bare "？" to the bot: someone trying it,
			// or lost; the menu says what to send
			return true, r.help(ctx, t)
		}
		if t.where.Kind == words.InGrid && t.quote == nil && words.OnlyFire(t.text) {
			// "🔥🔥🔥" alone in a grid group: maybe a fire, maybe a joke;
			// asked where and what, with 119 (emg42): an alarm to the
			// township on an emoji costs its trust, silence on a fire
			// more. While the group's fire is open, about it (emg43).
			return true, r.fireEmojis(ctx, t)
		}
		return true, nil // emoji, stickers, punctuation
	}
	return false, nil
}

// placesOf names where each of the namesakes fits lives: 青山村三组, or
// 三组 in a township of one village; each place once.
func (r *Router) placesOf(fits []village.Person) []string {
	var places []string
	for _, p := range fits {
		place := p.Grid
		if len(r.cfg.Villages) > 1 || place == "" {
			place = p.Village + p.Grid
		}
		if !slices.Contains(places, place) {
			places = append(places, place)
		}
	}
	return places
}

// asAck handles t as its sender's 收到 of a notice.
func (r *Router) asAck(ctx context.Context, t *turn) error {
	t.command = command{verb: words.VAck, word: "收到"}
	return r.flows[words.VAck](ctx, t, t.command)
}

// whoHeIs handles a sender who says who he is: a name the roster knows
// ("我是 陈二"), kin of a villager ("我是陈二家的闺女"), or kin reporting
// for her household.
func (r *Router) whoHeIs(ctx context.Context, t *turn) (done bool, err error) {
	if fields, ok := r.saysWhoHeIs(t); ok {
		// "我是 陈二": a villager whose group name the roster does not know
		return true, r.iam(ctx, t, fields)
	}
	if p, ok := r.kinOf(t); ok {
		// "我是陈二家的闺女": how to be known
		return true, r.reply(ctx, t, "iam.kin", map[string]any{"From": bare(t.m.From), "Name": p.Name})
	}
	if r.saysNew(ctx, t) {
		// "你好 我是新搬来的 住在村东头": welcomed, asked his name
		return true, r.newcomer(ctx, t)
	}
	if p, rel, matter, ok := r.kinReport(ctx, t); ok {
		// "我是王奶奶的孙子，她家水管冻裂了": filed for her household
		t.kinFor, t.kinRel = &p, rel
		return true, r.report(ctx, t, matter, "")
	}
	return false, nil
}

// commandIn is the command t is: typed as one, or a cadre's sentence
// that says one (saidAsSentence), with the claim it quotes.
func (r *Router) commandIn(t *turn) (command, bool) {
	cmd, isCmd := parseCommand(t.text)
	if isCmd && cmd.verb == words.VAck && t.quote == nil && !t.who.IsCadre() {
		if d := debtWordOf(cmd.args, nil); d == debtPart || d == debtSum {
			// 「收到了 他还了1000」: a creditor's money came, no 收到 of
			// a notice (med108: partlyPaid keeps it on his quarrel)
			return command{}, false
		}
	}
	if !isCmd {
		cmd, isCmd = r.selfNamed(t)
	}
	if !isCmd {
		cmd, isCmd = r.saidAsSentence(t)
	}
	if isCmd {
		cmd = r.quotedClaim(t, cmd)
	}
	return cmd, isCmd
}

// selfNamed is the command of a cadre's message that opens with his own
// name (as he would sign a form): the name is no part of it. ok is false
// for a villager, whose name before words is his report or talk.
func (r *Router) selfNamed(t *turn) (command, bool) {
	if !t.who.IsCadre() {
		return command{}, false
	}
	for _, name := range []string{r.shown(t.who), t.who.Name} {
		rest, found := strings.CutPrefix(strings.TrimSpace(t.text), name)
		if !found || !words.StartsWithAny(rest, " ", "：", ":", "，", ",") {
			continue
		}
		cmd, ok := parseCommand(strings.TrimLeft(rest, " ：:，,"))
		if ok && slices.Contains(words.SelfNamedVerbs, cmd.verb) {
			return cmd, true
		}
	}
	return command{}, false
}

// takesOnInWords handles words that read as going somewhere, no command
// or a 收到: a cadre's answer to a villager's procedure question, or his
// taking the grid's one fresh report on.
func (r *Router) takesOnInWords(ctx context.Context, t *turn, cmd command, isCmd bool) (done bool, err error) {
	note, ok := understand.TakesOn(t.text)
	if !ok && !isCmd {
		// "我去看看", "我来处理", "马上到": his short first-person words,
		// no acknowledgement first, taking up what waits (acceptFresh)
		note, ok = understand.TakesUp(t.text)
	}
	if !ok || isCmd && cmd.verb != words.VAck {
		return false, nil
	}
	if !isCmd {
		// "要去县残联指定的医院" right after a villager asked where to
		// go for his 残疾证: an answer that reads as going somewhere
		if done, err := r.procedureAnswer(ctx, t); done {
			return true, err
		}
	}
	// "收到 马上去看" from the grid's cadre while its one alarm waits:
	// its 确认 (read from memory: before acceptFresh reads the grid)
	if done, err := r.alarmAcked(ctx, t); done {
		return true, err
	}
	// "收到 朱大勇你去看一下" from the grid's leader: the fresh report is
	// taken on and given to 朱大勇
	if done, err := r.leaderSends(ctx, t); done {
		return true, err
	}
	// "收到 马上去看", "好的 我下午过去" from a cadre, quoting nothing:
	// the grid's one fresh report is his to take on
	if done, err := r.acceptFresh(ctx, t, note); done || !isCmd {
		return done, err
	}
	// "收到 今天联系环卫" (a 收到 with words after it) and none fresh:
	// the 进展 of the one item of the group he handles, taken on or sent
	// up already, as the same words after 好的 are (words with no command
	// go there through cadreInWords). With none such, the household's 收到
	// of a notice, read on the grid's open reports acceptFresh read
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	open, err := r.freshOpen(ctx, t)
	if err != nil || !slices.ContainsFunc(open, func(rep village.Report) bool { return plannedOn(t, rep) }) || assignedSince(open, t, time.Time{}) {
		// "收到 我中午过去" right after 指派 #R1 王五 answers the leader
		// who just gave it to him, in the group: nothing to say
		return err != nil, err
	}
	return r.progressInWords(ctx, t)
}

// plannedOn reports whether rep may be what a cadre's plan said in its
// group with no number ("收到 今天联系环卫") is about: an item he
// handles, taken on or sent up already, whose 办结 waits on nobody, and
// no emergency (sceneNews reads his words on those).
func plannedOn(t *turn, rep village.Report) bool {
	return rep.HandledBy(t.who) && rep.Status.Open() && rep.Status != village.StatusNew && rep.Status != village.StatusResolved &&
		rep.Type != village.Emergency
}

// cadreInWords handles, in a message that is no command, a cadre's work
// said in his own words: a report passed on, a quarrel or an emergency he
// goes to, his news of it, and his answer to a procedure question.
func (r *Router) cadreInWords(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind == words.InGrid && words.SaysAway(t.text) {
		// 「我发烧住院了 手上的事办不了」 from the grid's worker while an
		// alarm is open is his own absence (rep103's callAway), not the
		// scene's news that someone was taken to hospital (lead103)
		if done, err := r.callAway(ctx, t); done || err != nil {
			return true, err
		}
	}
	if done, err := r.leaderSends(ctx, t); done {
		// "王五你去看下" from the grid's leader: the fresh report is his
		return true, err
	}
	// "我下午去看看那条沟" from the mediator: the quarrel of the ditch
	// nobody took on yet is his
	// "我去不了 让何志强去吧" from the cadre who handles an item: it goes
	// to 何志强 (a leader's words) or its 指派 is offered (a worker's)
	if done, err := r.handsOver(ctx, t); done {
		return true, err
	}
	if done, err := r.goesToMediate(ctx, t); done {
		return true, err
	}
	// "火灭了 没人受伤", "已经送医院了" from the grid's cadre: the
	// news of its one open emergency
	if done, err := r.sceneNews(ctx, t); done {
		return true, err
	}
	// "马上到", "好的 马上去" from the grid's cadre while its one alarm
	// waits: its 确认
	if done, err := r.alarmAcked(ctx, t); done {
		return true, err
	}
	// "我到了 已经打了120" from the grid's cadre while an alarm waits
	if done, err := r.onScene(ctx, t); done {
		return true, err
	}
	// "我也过去", "我到了" from the grid's cadre once its one alarm was
	// taken on: its 进展
	if done, err := r.alarmJoined(ctx, t); done {
		return true, err
	}
	// "路灯我已经报修了" from the leader who handles the pipe, of the
	// lamp nobody took on yet: his 确认 of it, not the pipe's 进展 (rep102)
	if done, err := r.freshNamedTakenOn(ctx, t, true); done {
		return true, err
	}
	// "已经联系水厂了 明天中午前修好" from the one who handles it
	if done, err := r.progressInWords(ctx, t); done {
		return true, err
	}
	// "下水道通好了" from the worker, of the item the leader handles:
	// its 办结 asked of him, as "#R1 下水道通好了" would be
	if done, err := r.notHisInWords(ctx, t); done {
		return true, err
	}
	// "今天下午我去看看陈二家水沟" from the worker, of the ditch the
	// leader handles: its 进展, as "R1 今天下午我去看看" would be (rep98)
	if done, err := r.plansOnOthers(ctx, t); done {
		return true, err
	}
	// "垃圾的事我联系环卫站了，下午来拉" from the leader, of the rubbish
	// nobody took on yet: his 确认 of it, his words its note (rep99)
	if done, err := r.freshNamedTakenOn(ctx, t, false); done {
		return true, err
	}
	// "要带原件，复印件也带一份" from the grid's cadre right after a
	// villager's procedure question the bot could not answer alone
	return r.procedureAnswer(ctx, t)
}

// ackAndReport handles a 收到 with a report after it ("知道了 但我家三天
// 没水了", "收到，不过村口路灯坏了三天了"): the household's 收到, and a
// report filed without it.
func (r *Router) ackAndReport(ctx context.Context, t *turn) (done bool, err error) {
	rest, ok := r.ackThenReport(ctx, t)
	if !ok {
		return false, nil
	}
	t.text = rest
	t.then = r.ackAlso(t)
	if err := r.freeText(ctx, t); err != nil {
		return true, err
	}
	if t.then == nil {
		return true, nil // none, or made with the filing
	}
	// nothing filed carried it (asked back, a repeat…): made on its own
	_, err = r.commit(ctx, t, *t.then)
	t.then = nil
	return true, err
}

// uncommanded handles a message that is no command: a reviewer's or the
// shopkeeper's words that mean one, asked back, and otherwise free text
// (its head, of text longer than the limit of runes).
func (r *Router) uncommanded(ctx context.Context, t *turn, runes int) error {
	if ref, reason, ok := r.turnedDown(t); ok {
		// "不行，那天他没去" quoting the claim: 驳回 is asked back, not done
		return r.reply(ctx, t, "points.askreject", map[string]any{"Ref": ref.String(), "Reason": reason})
	}
	if data, ok := r.tookSaid(t); ok {
		// "张三拿了两瓶洗洁精" from the shopkeeper: 兑换 is asked back,
		// unless the household cannot afford it: then he hears so at once
		s, count, ok := r.points.tookSale(t, data)
		if !ok {
			return r.reply(ctx, t, "points.redeem.ask", data)
		}
		if done, err := r.points.tookShort(ctx, t, data, s, count); done {
			return err
		}
		if count {
			// 「是」 records it as the 兑换 asked back writes it, once
			if err := r.ask(t, question{Kind: words.AskRedeem, Text: data["Command"].(string), For: s.person.Name, Item: s.item.Name, Msg: t.m.ID}); err != nil {
				return err
			}
			data["Ask"] = true
		}
		return r.reply(ctx, t, "points.redeem.ask", data)
	}
	if data, ok := r.pointsSaid(t); ok {
		// "陈二家焚烧秸秆，扣5分": 扣分 is asked back, not done
		return r.reply(ctx, t, "points.askrecord", data)
	}
	if approvedInWords(t) {
		// "张三扫垃圾那个我看见了，给过吧": which claim, and 同意
		return r.reply(ctx, t, "points.askapprove", nil)
	}
	if head, long := village.Head(t.text, r.max); long {
		t.text, t.long = head, runes
	}
	return r.freeText(ctx, t)
}

// saidAsSentence reads the commands cadres write as sentences, which need
// their role, the quote or the roster: a scorer's score quoting the claim
// ("8分"), his "给张三加10分，拾金不昧", the shopkeeper's "张三换了一桶油" and
// his 对换 (the input method's 兑换).
// Only a reviewer's or the shopkeeper's message is matched: a villager's
// chat costs no regular expression here.
func (r *Router) saidAsSentence(t *turn) (command, bool) {
	v := cmp.Or(t.where.Village, t.who.Village)
	if t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer) {
		if t.quote != nil && strings.Contains(t.quote.Text, "#C") && words.ScoreOnly.MatchString(t.text) {
			// "8分" quoting the claim the bot asked him to score: 同意 with it
			return command{verb: words.VApprove, word: "同意", args: t.text}, true
		}
		if m := words.GivePoints.FindStringSubmatch(t.text); m != nil && r.nameIn(v)(m[1]) {
			// "给张三加10分，拾金不昧": 加分 张三 拾金不昧 10
			if m[2] == "加" {
				return command{verb: words.VAward, word: "加分", args: m[1] + " " + m[4] + " " + m[3]}, true
			}
			return command{verb: words.VDeduct, word: "扣分", args: m[1] + " " + m[4] + " " + m[3]}, true
		}
	}
	if t.who.Has(village.RoleShopkeeper) {
		if name, goods, took, ok := words.ShopWords(t.text); ok && !took && r.nameIn(v)(name) && r.points.sells(goods) {
			// "张三 兑换 洗衣液 1", "张三换了一桶油", "给陈二记一瓶酱油":
			// the shopkeeper's 兑换
			return command{verb: words.VRedeem, word: "兑换", args: name + " " + goods}, true
		}
		if rest, ok := strings.CutPrefix(t.text, "对换"); ok {
			// the input method's 对换 for 兑换 (both duìhuàn), before a
			// villager's name and goods the shop sells: "对换 张三 香皂 1"
			if name, goods := r.points.splitName(v, rest); name != "" && r.points.sells(goods) {
				return command{verb: words.VRedeem, word: "兑换", args: strings.TrimSpace(rest)}, true
			}
		}
	}
	return command{}, false
}

// pointsSaid reads a scorer's sentence that names a villager first and
// ends with the points ("陈二家焚烧秸秆，扣5分", "张三拾金不昧 加10分"):
// the 加分 or 扣分 command it means, to be asked back, never recorded
// on a guess.
func (r *Router) pointsSaid(t *turn) (map[string]any, bool) {
	if !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) || t.quote != nil {
		return nil, false
	}
	m := words.NamedPoints.FindStringSubmatch(words.FoldDigits(t.text))
	if m == nil {
		return nil, false
	}
	isName := r.nameIn(cmp.Or(t.where.Village, t.who.Village))
	said := []rune(m[1])
	for n := min(4, len(said)); n >= 2; n-- {
		name := string(said[:n])
		deed := strings.TrimLeft(strings.TrimPrefix(string(said[n:]), "家"), " ，,:：")
		if !isName(name) {
			continue
		}
		if !understand.HasContent(deed) {
			deed = "项目" // "张三 加5分": what for is his to write
		}
		verb := "加分"
		if m[2] != "加" {
			verb = "扣分"
		}
		return map[string]any{"Name": name, "Verb": verb, "Command": verb + " " + name + " " + deed + " " + m[3]}, true
	}
	return nil, false
}

// tookSaid reads the shopkeeper's "张三拿了两瓶洗洁精": the 兑换 command it
// may mean, to be asked back, never recorded on a guess.
func (r *Router) tookSaid(t *turn) (map[string]any, bool) {
	if !t.who.Has(village.RoleShopkeeper) || t.quote != nil {
		return nil, false
	}
	name, goods, took, ok := words.ShopWords(t.text)
	if !ok || !took || !r.nameIn(cmp.Or(t.where.Village, t.who.Village))(name) || !r.points.sells(goods) {
		return nil, false
	}
	return r.points.tookData(name, strings.TrimRight(goods, " 。.!！")), true
}

// approvedInWords reports whether t is a reviewer letting a claim through
// in his own words without naming it ("张三扫垃圾那个我看见了，给过吧"):
// which claim it is and 同意 are asked back, nothing approved, and no
// report is offered for it.
func approvedInWords(t *turn) bool {
	return (t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer)) && t.quote == nil &&
		words.ContainsAnyOf(t.text, words.ApproveWords...) && !slices.ContainsFunc(village.FindRefs(t.text), func(x village.Ref) bool { return x.Kind == 'C' })
}

// turnedDown reads a reviewer's reply to the bot's message about a claim
// that turns it down in plain words ("不行，那天他没去", "不符合条件"), or
// his words on a claim he names first ("C5不行，证明人说没这回事"): the
// claim, and the reason he gave ("" for none).
func (r *Router) turnedDown(t *turn) (ref village.Ref, reason string, ok bool) {
	if !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) {
		return village.Ref{}, "", false
	}
	text := t.text
	var refs []village.Ref
	switch {
	case t.quote != nil && t.quote.Name == r.cfg.BotName:
		refs = village.FindRefs(t.quote.Text)
	case t.quote == nil:
		if at := village.FindRefsAt(text); len(at) > 0 && at[0].Kind == 'C' && strings.HasSuffix(text, at[0].After) &&
			strings.EqualFold(strings.TrimLeft(strings.TrimSuffix(text, at[0].After), "# "), at[0].String()) {
			refs, text = []village.Ref{at[0].Ref}, strings.TrimLeft(at[0].After, " ，,:：")
		}
	}
	m := words.RefusalLead.FindStringSubmatch(text)
	if len(refs) == 0 || refs[0].Kind != 'C' || len(words.ClaimRefs(refs)) > 1 || m == nil {
		// a list (待审, 公示) names no one claim to ask about
		return village.Ref{}, "", false
	}
	if m[1] != "" { // "不行，那天他没去": the words after 不行
		return refs[0], strings.TrimRight(text[len(m[0]):], " 。.!！"), true
	}
	return refs[0], strings.TrimRight(text, " 。.!！"), true
}

// freeText handles a message that is not a command: first as the answer
// to a question the bot asked this sender (confirm-back, duplicate);
// emergencies are registered whatever the wording; other reports are
// registered when the reading is confident, asked back when less so, and
// otherwise left alone unless the bot is addressed (understand.go).
// Chit-chat gets silence. Of text longer than the limit only the head was
// kept, and is read: WeChat sends a forwarded article as a link card, so
// long text is mostly a villager's own letter, asked back with a one-line
// summary, or a notice a cadre pasted, left alone (see
// village.Reading.LongHandling); said to the bot and no report, it gets
// told to be shorter. A party's side of a live quarrel in the group goes
// to its mediators, whatever the reading (crowd.go).
func (r *Router) freeText(ctx context.Context, t *turn) error {
	if t.where.Kind == words.InOffice {
		return r.officeText(ctx, t)
	}
	if t.where.Kind == words.InPrivate {
		// an officer's 「还有多少没办完的」 to the bot: the township's
		// count as in its chat, not its 待办 (what went up, the alarms:
		// 「没有待办事项」 with items open, town104)
		if done, err := r.openItemsAsked(ctx, t); done {
			return err
		}
	}
	if done, err := r.beforeReading(ctx, t); done {
		return err
	}
	reading := r.remindRead(ctx, t, r.read(ctx, t, t.text))
	if merged, ok := r.continuedAsk(ctx, t, reading); ok {
		// "就是去镇上那座桥 快倒了" while "桥头那根电线杆歪了" waits for
		// his 「1」: one matter, asked about again as one
		if merged.Type == village.Emergency {
			return r.alarmText(ctx, t, merged)
		}
		return r.confirmBack(ctx, t, merged)
	}
	if done, err := r.fallAnswered(ctx, t, reading); done || err != nil {
		// "不能动" to 「人摔得怎么样，伤着没有？」: the fall's alarm
		// (alarm106)
		return err
	}
	if reading.Type == village.Emergency {
		// "他家老二下去救他爹 也没上来 快来人" at the group's cellar alarm:
		// a second one down there, that alarm's news (alarm105)
		if done, err := r.goingInWarned(ctx, t, reading); done || err != nil {
			return err
		}
		// a grid cadre's private 「已经送到县医院了，小腿骨折」 while the
		// township's question on the alarm waits: his answer, not a second
		// alarm (town106); a new matter still files one (newMatter)
		if done, err := r.askedPrivatelyAnswered(ctx, t, reading); done {
			return err
		}
		return r.alarmText(ctx, t, reading)
	}
	return r.afterReading(ctx, t, reading)
}

// officeText handles free text in the township's chat: no reading there.
func (r *Router) officeText(ctx context.Context, t *turn) error {
	_, _, ok := words.AnswerWord(t.text)
	if _, n := words.PickNumber(t.text); ok || n || words.PickNumbers(t.text) != nil {
		// "1" to the command his typo was offered as (misspeltHint), or
		// to which alarm his words were of (dutyPick, 「1 2」 too);
		// plain assent ("好的") is the office's own talk, no read spent
		if done, err := r.answer(ctx, t); done {
			return err
		}
	}
	if done, err := r.callerAsked(ctx, t); done || err != nil {
		// "报警人电话多少": the numbers, not a question to the grid
		return err
	}
	if done, err := r.dutyAsked(ctx, t); done || err != nil {
		// "人找到没" in the duty chat: how its open emergencies stand
		return err
	}
	if done, err := r.openItemsAsked(ctx, t); done {
		// "青山村有几件没办完": 待办 青山村
		return err
	}
	// no reading here: a question by its asking words ("R1怎么样了"),
	// before a note on the item ("R1 已联系供电所"); one for the grid
	// after "#R6" is the grid's as after "R6" (noteHint)
	if !r.asksGridAfterHash(t) {
		if done, err := r.askedAbout(ctx, t, village.Reading{Intent: village.IntentNoise}); done {
			return err
		}
	}
	if done, err := r.noteHint(ctx, t, village.Reading{Intent: village.IntentNoise}); done {
		return err
	}
	if done, err := r.officerTakesRecent(ctx, t); done {
		// "这个我找城建办联系一下" right after a 【网格上报】: its 确认
		return err
	}
	if done, err := r.dutyNote(ctx, t); done {
		return err
	}
	if done, err := r.townshipAlarm(ctx, t); done {
		// "青山村三组后山着火了" from an officer: filed in its grid
		return err
	}
	if done, err := r.correctionAlone(ctx, t); done {
		// "更正：明天的会改到下午三点": posted as a 通知, or none to correct
		return err
	}
	if _, _, typo := words.Misspelt(t.text); !t.addr && !typo && officerAsksList(t) {
		// 「突发事件有哪些」 unaddressed in the township's chats (town102)
		if done, err := r.askedForMyList(ctx, t, true); done {
			return err
		}
	}
	if _, _, typo := words.Misspelt(t.text); t.addr && !typo {
		// said to the bot: the officer's list, the answer to a
		// question about points, or the menu; the office's own talk
		// is left alone
		if done, err := r.askedForMyList(ctx, t, true); done {
			return err
		}
		if done, err := r.noticeInWords(ctx, t, true); done {
			return err
		}
		if done, err := r.answerPointsQuestion(ctx, t); done {
			// "@网格小助手 全镇积分排名怎么样了": the township's ranking
			return err
		}
		if words.ContainsAnyOf(t.text, words.ThanksWords...) {
			return r.reply(ctx, t, "thanks", nil)
		}
		if words.AsksBotWorks(t.text) {
			// "@网格小助手 机器人正常吗" (lead111)
			return r.botStatus(ctx, t)
		}
		officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
		if w := r.strayPlace(t, true); w != "" && officer {
			// "@网格小助手 红旗村有几件没办完": a place the
			// township has not
			return r.noPlace(ctx, t, w)
		}
		if words.ContainsAnyOf(t.text, words.StatusQuestions...) && officer {
			// "@网格小助手 四组水库怎么样了": no open item fits
			return r.reply(ctx, t, "asked.township", map[string]any{})
		}
		if proc := r.procedure(t.said()); proc != nil {
			// "@网格小助手 低保怎么申请": the knowledge base's answer, as a
			// grid gets it; nobody's matter to file here
			data := map[string]any{"Proc": proc}
			if words.AmountAsked(t.text) {
				data["Amount"] = amountsAsked(t.text, proc)
			}
			return r.reply(ctx, t, "procedure.office", data)
		}
		return r.help(ctx, t)
	}
	return r.misspeltHint(ctx, t)
}

// beforeReading handles free text that needs no reading: the answer to a
// question the bot asked, a call logged in words, words on points (a
// witness, an objection, a rejection asked about), the place of an
// emergency of no grid.
func (r *Router) beforeReading(ctx context.Context, t *turn) (done bool, err error) {
	if done, err := r.answer(ctx, t); done {
		return true, err
	}
	if done, err := r.callerAsked(ctx, t); done || err != nil {
		// "报警人电话多少" from the grid's cadre while an alarm is open
		return true, err
	}
	if done, err := r.awayWords(ctx, t); done {
		// "我回来了" from a worker away; "王五请假到15号" from his leader
		return true, err
	}
	if done, err := r.implicitCall(ctx, t); done {
		return true, err
	}
	if done, err := r.kinStay(ctx, t); done {
		// "我妈去我姐家住了 过完年再回来": her calls wait (call103)
		return true, err
	}
	if done, err := r.points.witnessGiven(ctx, t); done {
		return true, err
	}
	if done, err := r.points.witnessVouched(ctx, t); done {
		// "我给陈二作证，他确实帮了" from the witness a claim names
		return true, err
	}
	if done, err := r.points.explained(ctx, t); done {
		// "我去了的 王五可以作证" from the household whose item an
		// objection froze: its side, passed to the scorers
		return true, err
	}
	if done, err := r.points.disputed(ctx, t); done {
		// "凭什么扣我分 我根本没烧秸秆": how to object, not a report
		return true, err
	}
	if done, err := r.points.doubted(ctx, t); done {
		// "张三那天根本没去 凭什么给他加分": the item to object to
		return true, err
	}
	if done, err := r.points.deductionAskedFor(ctx, t); done {
		// "李四焚烧秸秆扣了几分": the ledger, or the 公示; not a report
		return true, err
	}
	if done, err := r.points.plainAsked(ctx, t); done {
		// "超市几点开门", "我家怎么才这么点", "积分过期吗": the config's
		// and the household's answer, not a claim or the help
		return true, err
	}
	if done, err := r.points.rejectionAsked(ctx, t); done {
		// "凭什么驳回我的": the reason and what to do next, not a new claim
		return true, err
	}
	if len(r.points.cat) > 0 && words.ObjectsToPublicity(t.text) {
		// "我对公示有异议": how to object, and to which item
		return true, r.points.objectUnnamed(ctx, t, command{verb: words.VObject, word: "异议"})
	}
	if t.where.Kind == words.InPrivate && t.who.Grid == "" {
		// "三组", his answer to where his emergency of no grid is
		if done, err := r.locate(ctx, t); done {
			return true, err
		}
	}
	return false, nil
}

// alarmText handles free text that reads as an emergency: news of one
// open, or an alarm.
func (r *Router) alarmText(ctx context.Context, t *turn, reading village.Reading) error {
	r.placeAlarm(t) // a cadre's, told privately, in the grid it names
	done, err := r.joinEmergency(ctx, t, reading)
	if err == nil && done {
		return nil
	}
	// Not news of an open emergency, or the store cannot tell: an
	// alarm is never held back (report falls back to direct sends).
	return r.report(ctx, t, t.text, village.Emergency)
}

// afterReading handles free text by its reading, no emergency: a mistyped
// command, a photo's caption, a complaint of a cadre, a long text, a
// cadre's own mediation, a party's side of a quarrel, an emergency said
// over, aid asked after one, and else what it is understood as.
func (r *Router) afterReading(ctx context.Context, t *turn, reading village.Reading) error {
	if done, err := firstTaking(ctx, t, reading,
		// "我家也着了" while the group's fire burns, which alone reads
		// as no alarm ("着了" is also asleep, or found)
		r.spreadHome,
		// "#R1 烧到后山了", the answer spreadUnsure asks for, reads as
		// no alarm (no 火): the fire it names reached there
		r.spreadPlace,
	); done || err != nil {
		return err
	}
	if _, _, ok := r.misspeltHere(t); ok {
		return r.misspeltHint(ctx, t)
	}
	if said, err := r.caption(ctx, t); said || err != nil {
		// "这是垃圾分类的照片" about the photo of the claim just made
		return err
	}
	if t.long == 0 && !t.who.IsCadre() && r.accusesCadre(t.said(), t.where.Village) {
		// "我要投诉网格员 收了红包才给办": however it reads, a complaint
		// for the township, filed privately (report)
		return r.report(ctx, t, t.text, "")
	}
	if t.long > 0 {
		return r.longText(ctx, t, reading)
	}
	if reading.Type == village.Mediation && words.ContainsAnyOf(t.text, words.MediatingWords...) && r.mediatesHere(t) {
		// "两家我都约好了 明天上午在村委会调解": the grid's cadre or a
		// mediator tells of his own work, which files no dispute
		return nil
	}
	if done, err := firstTaking(ctx, t, reading,
		// "我下去把他拉上来" at the group's cellar alarm: warned at once
		r.goingInWarned,
		r.disputeSide,
		// "不是车撞的 是自己骑车摔的": his alarm corrected, not taken back
		r.emergencyCorrects,
		// "是张三家的老人 在村口" after "有人晕倒了 快来人": who and where
		r.alarmNamed,
		// "该打什么电话" while the group's scam is open: its steps
		r.numberAsked,
		// "小龙还没找到 派出所来人了吗": what is known, and passed on
		r.emergencyAsked,
		// "火基本灭了", "后山那边还有明火": how the group's emergency goes
		r.emergencyProgress,
		r.emergencyOver,
		// "没着火 是王大爷在烧稻草" of another's alarm: news to check
		r.bystanderDenies,
		// "我家也被烧了 能申请救助不" while the group's fire is open
		func(ctx context.Context, t *turn, _ village.Reading) (bool, error) { return r.aidAfterAlarm(ctx, t) },
		// "俺爹骑摩托车在冰上摔了", nothing of how he is: asked back
		r.fallAsked,
	); done || err != nil {
		return err
	}
	return r.understood(ctx, t, reading)
}

// longText handles free text cut to its head, which reads as reading and
// is no emergency: a villager's report is asked back, never registered
// unasked; a cadre's is a pasted notice.
func (r *Router) longText(ctx context.Context, t *turn, reading village.Reading) error {
	addressed := t.addr || t.where.Kind == words.InPrivate
	cadre := t.who.Tends(t.where.Village, t.where.Grid) || t.who.Has(village.RoleOfficer)
	if reading.LongHandling(addressed, cadre, r.thresholds()) == village.HandleConfirm {
		return r.confirmBack(ctx, t, reading)
	}
	if addressed {
		return r.tooLong(ctx, t, t.long)
	}
	return nil
}

// misspeltHint offers the command a message with a mistyped verb meant
// ("办节 #R1 修好了": 「办结 #R1 修好了」), acting on nothing yet: his 「1」
// runs it (askCommand), kept with the reply, so the offer costs its one
// commit and the 「1」 its command's. Other text gets silence.
func (r *Router) misspeltHint(ctx context.Context, t *turn) error {
	typed, meant, ok := r.misspeltHere(t)
	if !ok {
		return nil
	}
	if err := r.askAbout(ctx, t, village.FindRefs(meant)); err != nil {
		return err
	}
	if err := r.ask(t, question{Kind: words.AskCommand, Text: meant, Msg: t.m.ID}); err != nil {
		return err
	}
	return r.reply(ctx, t, "err.misspelt", map[string]any{"Typed": typed, "Meant": meant, "Who": t.who.Name, "Group": t.where.Kind != words.InPrivate})
}

// askAbout puts a township cadre's turn, which asks him about the one
// report refs name, in that report's village's scope, where its question
// is then kept (see askScopes): his 「1」 is that item's one commit. Only
// when the report is found in one village; the turn is left as it was
// otherwise (with the report cache, no round trip).
func (r *Router) askAbout(ctx context.Context, t *turn, refs []village.Ref) error {
	if !townshipAsk(t) || len(slices.Compact(refs)) != 1 {
		return nil
	}
	unsure := t.unsure
	_, sc, err := r.find(ctx, t, refs[0].String())
	t.scope, t.unsure = "", unsure // a lookup that found none says nothing here
	switch {
	case err == nil:
		askIn(t, sc)
	case !errors.Is(err, storage.ErrNotFound) && !errors.Is(err, errAmbiguous):
		return err
	}
	return nil
}

// townshipAsk reports whether a question asked of t's sender would be kept
// in the township's scope: a township cadre's turn in no village's scope.
func townshipAsk(t *turn) bool { return t.where.Village == "" && t.scope == "" }

// askIn puts a township cadre's turn that asks him about the one report of
// scope sc (a village's) in sc, where the question is then kept: his 「1」
// is that item's one commit (askScopes, askedStored).
func askIn(t *turn, sc storage.Scope) {
	if townshipAsk(t) && sc != "" {
		t.scope = sc
	}
}

// misspeltHere is misspelt of t's text, or, from a grid cadre quoting the
// bot's message about one item, of his words with its number after their
// first word, set off by a space or a comma ("办节 换了灯泡" quoting #R1's
// 受理: 「办结 #R1 换了灯泡」; a bare "确任"): the quote names the item as
// the number would. "进度怎么样" glued, or "进度？", is no such word.
func (r *Router) misspeltHere(t *turn) (typed, meant string, ok bool) {
	if typed, meant, ok = words.Misspelt(t.text); ok || t.quote == nil || t.quote.Name != r.cfg.BotName || !t.who.Tends(t.where.Village, t.where.Grid) {
		return typed, meant, ok
	}
	refs := slices.Compact(words.ReportRefs(village.FindRefs(t.quote.Text)))
	text := strings.TrimSpace(t.text)
	i := strings.IndexFunc(text, func(c rune) bool { return !unicode.Is(unicode.Han, c) })
	if len(refs) != 1 || len(village.FindRefs(text)) > 0 || i == 0 {
		return "", "", false
	}
	word, rest := text, ""
	if i > 0 {
		word, rest = text[:i], text[i:]
		if c, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(c) && !strings.ContainsRune(",，:：", c) {
			return "", "", false
		}
	}
	if words.ContainsAnyOf(word, slices.Concat(understand.ReadWords(), understand.AssentWords())...) {
		return "", "", false // "好的 下午去": no typo of 好评
	}
	typed, meant, ok = words.Misspelt(word + " #" + refs[0].String() + " " + strings.TrimLeft(rest, " \t,，:："))
	if v, _, _ := strings.Cut(meant, " "); !ok || !slices.Contains(words.CadreWork, words.Synonyms[v]) {
		return "", "", false
	}
	return typed, meant, true
}

// noteHint answers a cadre's note written after a report's number with no
// verb ("R1 修好了", "#R2 已联系司法所"): it is meant for the report, but
// whether as progress or as the result only he can say, so he is shown
// both commands and nothing is recorded. A question about the report
// ("R1 修好了吗") was answered before (askedAbout); a villager's note is
// read as usual. A note typed quoting the bot's message about one report
// ("已通知消防队" to its 【突发补充】) is meant for that report the same way.
func (r *Router) noteHint(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if done, err := r.askedAnswered(ctx, t, reading); done {
		return true, err
	}
	if !t.who.Tends(t.where.Village, t.where.Grid) && !t.who.Has(village.RoleOfficer) && !r.mediator(t.who, t.where.Village) {
		// a village's mediator, handler of its quarrels, notes on
		// them as its cadres do ("R1 等他儿子回来了再说")
		return false, nil
	}
	if t.quote == nil {
		if done, err := r.byNumber(ctx, t); done {
			return true, err // "6号我去看": R6 taken on
		}
	}
	if done, err := r.batchNote(ctx, t); done {
		// "已联系供电所" quoting the 【超期上报】 of several items
		return true, err
	}
	n, ok := r.refNoteOf(t)
	if !ok {
		return false, nil
	}
	if none, err := r.bareNamesNone(ctx, t, n); none || err != nil {
		// 「今天R22加好了」 with no R22: a refrigerant, not an item
		return false, err
	}
	if q, ok := words.AskedOpenly(n.note); ok && len(n.refs) == 1 && officerHere(t) && t.quote != nil {
		// "问 电工几点到" quoting the item's message: 问网格 #R 电工几点到
		return true, r.lifecycleOf(ctx, t, command{verb: words.VAsk, word: string(words.VAsk), args: q, refs: n.refs, open: true}, n.refs)
	}
	if len(n.refs) == 1 && officerHere(t) && words.AsksGrid(n.note, t.at) {
		// "电线压到了没有？" to the office's message about it: the
		// township asks the grid (镇里问)
		return true, r.lifecycleOf(ctx, t, command{verb: words.VAsk, word: string(words.VAsk), args: n.note, refs: n.refs}, n.refs)
	}
	if len(n.refs) > 1 && officerHere(t) && words.AsksEach(n.note, t.at) {
		// "#R1 #R2 抓紧处理", "#R1 #R2 什么时候能弄好？": each pressed
		// or asked as "#R1 抓紧处理" would be, in one commit, as 「都抓紧」
		// quoting the 早报 is (batchNote)
		return true, r.eachRef(ctx, t, command{verb: words.VAsk, word: string(words.VAsk), args: n.note, refs: n.refs}, n.refs)
	}
	if len(n.refs) > 1 && officerHere(t) && words.AsksWho(n.note) {
		// "#R1 #R2 谁在管": each answers it, as 「查 #R1 #R2」 does
		if done, err := r.run(ctx, t, "查 "+words.RefList(n.refs)); done {
			return true, err
		}
	}
	if done, err := r.personAsked(ctx, t, n); done {
		// "R3 王奶奶人怎么样了": the grid asked (镇里问), the record's
		// latest step told meanwhile
		return true, err
	}
	if len(n.refs) == 1 && officerHere(t) && (words.AsksWho(n.note) || (t.quote != nil || words.EndsAskingAfter(n.note)) && words.AsksAfter(n.note)) {
		// "这个谁在管" ("#R3 谁在管"), "什么情况" quoting a line of the
		// 早报, "R3 王奶奶人怎么样了" (town104: offered as his 进展): the
		// item answers it, as 查 does; nothing goes to the grid
		return true, r.lifecycleOf(ctx, t, command{verb: words.VQuery, word: string(words.VQuery), refs: n.refs}, n.refs)
	}
	if len(n.refs) == 1 && officerHere(t) && r.transfers(n.note) {
		// "#R1 转司法所", "转交应急办" quoting its 【网格上报】: his 指派
		// to that department, as 「指派 #R1 司法所」
		_, err := r.run(ctx, t, string(words.VAssign)+" "+n.named[0]+" "+n.note)
		return true, err
	}
	if done, err := r.officerTakesNamed(ctx, t, n); done {
		// "R1我来跟", "我找城建办联系一下" quoting its 【网格上报】: the
		// township's 确认 (or 指派 to the department named), his words the note
		return true, err
	}
	if done, err := r.judgedOrdinary(ctx, t, n); done {
		// "#R9 不是什么大事 明天找人填一下" from its leader: 改为一般
		return true, err
	}
	if done, err := r.dutyEnd(ctx, t, n); done {
		// "灭了" quoting 【突发事件】 #R1 in the duty chat: its 办结
		return true, err
	}
	if done, err := r.numberedAlarm(ctx, t, n); done {
		// "R5 收到 我去看了 已经让人守着了", "R5 到了 正在疏散": he is on
		// the alarm nobody confirmed yet
		return true, err
	}
	if done, err := r.handsOverNoted(ctx, t, n); done {
		// "#R2 我去不了 让何志强去吧": his item to 何志强
		return true, err
	}
	if done, err := r.ownNote(ctx, t, n.refs, n.note); done {
		return true, err
	}
	if some, err := r.someMissing(ctx, t, &n); err != nil {
		return true, err
	} else if some {
		// "#R4 #R5 都去看了…" with no R5: R4's note, R5 said not found
		if done, err := r.ownNote(ctx, t, n.refs, n.note); done {
			return true, err
		}
	}
	if missing, err := r.noSuchReport(ctx, t, &n); missing != "" || err != nil {
		// "R9 弄好了" with no R9: the command shown would fail too
		return true, cmp.Or(err, r.reply(ctx, t, "err.unknownref", map[string]any{"Ref": missing, "Township": townshipView(t)}))
	}
	if done, err := r.settledNoted(ctx, t, &n); done {
		return true, err
	}
	if done, err := r.officerMayNotNote(ctx, t, n); done {
		return true, err
	}
	if done, err := r.notHisToSend(ctx, t, n); done {
		return true, err
	}
	return true, r.refHint(ctx, t, n)
}

// notHisToSend answers a grid cadre's note on one item that says it is
// done ("#R1 已经疏通了" of an item given another worker) or is for the
// township ("#R2 得找镇里" from a worker), when the 办结 or 上报镇 it
// means is not his to send: those who may send it are @-named with the
// command and his words, instead of showing him one that would be
// refused. done is false for other notes, or his own to send.
func (r *Router) notHisToSend(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || t.quote != nil || n.unsure || officerHere(t) || !t.who.IsCadre() {
		return false, nil
	}
	v, ok := words.DoneOrUp(n.note, t.at)
	if !ok {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Type == village.Emergency {
		return err != nil, err
	}
	may, _, leaders := r.mayNow(t, v, rep)
	if may {
		return false, nil
	}
	ask := leaders
	if v == words.VResolve && len(rep.Handlers) > 0 {
		ask = rep.Handlers
	}
	mayNote, _, _ := r.mayNow(t, words.VProgress, rep)
	if v == words.VResolve && rep.Status == village.StatusNew && rep.Type == village.General && mayNote {
		// done, though nobody took it on: his words take it on (done70)
		return r.doneTakesOn(ctx, t, rep)
	}
	data := map[string]any{"Who": t.who.Name, "Ref": strings.Join(n.named, " "), "Note": n.note, "Said": fixedSaidOf(rep),
		"Up": v == words.VEscalate, "Ask": ask, "Progress": mayNote}
	if said, ok := r.doneTold(rep); v == words.VEscalate || t.where.Kind != words.InGrid || ok && said.By == t.who.Name && said.Note == n.note {
		return true, r.reply(ctx, t, "refnote.nothis", data)
	}
	// his words are kept on it (查 shows them): its handler's bare 「办结」
	// after this reply is the 办结 it offers, the words its note (rep112:
	// he was asked for the number of the only item)
	rep.Tell(t.who.Name, t.at, n.note)
	t.out = append(t.out, r.replyOut(t, "refnote.nothis", data)...)
	return true, r.commitTurn(ctx, t, storage.Change{Scope: storage.VillageScope(rep.Village), Report: &rep, MsgID: t.m.ID, Out: t.out, Keep: t.keep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "donetold", Note: rep.ID + " " + words.ShortText(n.note)}}, nil)
}

// askedAnswered records the answer to the township's question (镇里问),
// quoting it, as the item's 进展.
func (r *Router) askedAnswered(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.quote == nil {
		return r.askedPrivatelyAnswered(ctx, t, reading)
	}
	if t.quote.Name != r.cfg.BotName || !words.AskedPost(t.quote.Text) || officerHere(t) {
		return false, nil
	}
	// the answer to the township's question (镇里问), quoting it,
	// from whomever it asked (a mediator of another grid too): the
	// item's 进展, which the township's chat hears
	var refs []village.Ref
	for _, ref := range village.FindRefs(t.quote.Text) {
		if !slices.Contains(refs, ref) {
			refs = append(refs, ref) // 「答复 #R1 情况」 after its #R1
		}
	}
	if len(refs) == 1 && understand.HasContent(t.text) && len(village.FindRefs(t.text)) == 0 {
		return true, r.lifecycleOf(ctx, t, command{verb: words.VProgress, word: string(words.VProgress), args: t.text, refs: refs}, refs)
	}
	if len(refs) > 1 && understand.HasContent(t.text) && len(village.FindRefs(t.text)) == 0 {
		// quoting several items pressed in one message (ask.grid.many):
		// which one he answers is asked, nothing recorded
		return true, r.reply(ctx, t, "ask.many.which", map[string]any{"Refs": refs, "Note": t.text})
	}
	return false, nil
}

// askedPrivatelyAnswered takes a grid cadre's plain private message (no
// quote, no number: 「联系上了 明天上午来」) as his answer to the question
// the township asked him privately (镇里问) about an open item of his grid,
// as 「答复 #R …」 is: the item's 进展, which the township's chat hears.
// Several such questions waiting: he is asked which item it answers. It
// reads his grid's open items once a turn (latestOpen), which the
// report offered after it reads anyway. A clearly new matter (reading: a
// report of another type or category, sharing no words with the item
// asked about: 「村西头水沟堵了」 while the lamp is asked after) answers
// no question: it goes on as any report does (newMatter).
func (r *Router) askedPrivatelyAnswered(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	v, g := t.where.Village, t.where.Grid
	if t.where.Kind != words.InPrivate || v == "" || g == "" || !t.who.Tends(v, g) ||
		len(village.FindRefs(t.text)) > 0 || !understand.HasContent(t.text) || slices.Contains([]string{"1", "2"}, strings.TrimSpace(t.text)) {
		// a bare 「1」 answers the bot's own questions, or none
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	var asked []village.Report
	inGroup := false
	for _, rep := range open {
		// asked privately, or in the group (问网格 #R 问题), which
		// @-named him: his plain private words answer it as well
		if ask, ok := rep.OpenAsk(); ok && rep.Type != village.Approval &&
			(t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) || rep.HandledBy(t.who)) && !newMatter(t, reading, rep) && !newAlarm(t, reading, rep) {
			asked = append(asked, rep)
			inGroup = inGroup || !ask.Aside
		}
	}
	switch len(asked) {
	case 0:
		return false, nil
	case 1:
		// read from his plain words (implied): 「不是答复」 right after
		// takes it back (answerTakenBack)
		refs := village.FindRefs("#" + asked[0].ID)
		t.implied = true
		return true, r.lifecycleOf(ctx, t, command{verb: words.VProgress, word: string(words.VProgress), args: t.text, refs: refs}, refs)
	}
	return true, r.reply(ctx, t, "ask.which", map[string]any{"Cands": r.offered(t, asked), "Note": t.text, "Open": inGroup})
}

// newAlarm reports whether t's words, read as an emergency, are an
// alarm of their own rather than news of rep: rep no emergency, another
// kind of danger (a fire while a fall is asked after), or a cry for help
// (town106: filed once more rather than lost in an answer).
func newAlarm(t *turn, reading village.Reading, rep village.Report) bool {
	return reading.Type == village.Emergency && (rep.Type != village.Emergency ||
		reading.Hazard != village.HazardNone && reading.Hazard != rep.Hazard || understand.Cries(t.text))
}

// newMatter reports whether t's words, read as reading, are clearly a
// matter other than rep: a report of another type or category than rep's
// that shares no two characters in a row with rep's words but for the
// places both name, a report of the same kind at another place
// (otherPlaces: 「村东头的路灯也不亮了」 while 村口's lamp is asked after),
// or of another thing at any place (understand.ThingsOf: 「村口垃圾堆满了」, 「村口的
// 井盖也没了」 beside 村口's lamp; a thing of rep or its kin, 「电工说是电线
// 断了」, keeps them its). Words about rep ("电工联系上了 明天来"), plans
// and news with no report read in them, stay its answer.
func newMatter(t *turn, reading village.Reading, rep village.Report) bool {
	if reading.Intent != village.IntentReport || rep.Type == village.Mediation && understand.Arranges(t.text, t.at) {
		// a meeting arranged (「两家我都约好了 明天上午9点在村委会调解」) is
		// a quarrel's step: its place is where they meet, not the matter's
		return false
	}
	if words.OtherPlaces(t.text, rep.Text) {
		return true
	}
	if named, shared := understand.ThingsOf(t.said(), t.hear(rep.Text)); named {
		return !shared
	}
	if understand.Planned(t.text, t.at) {
		// 「明天找人来弄」: what he will do, no thing named: the answer
		return false
	}
	if words.SharesBigram(words.BlankWords(t.text, words.SpotWords), words.BlankWords(rep.Text, words.SpotWords)) {
		return false
	}
	return reading.Type.Valid() && reading.Type != rep.Type ||
		reading.Category != "" && rep.Category != "" && reading.Category != rep.Category
}

// refNote is a note on reports named by their numbers, or by the bot's
// message it quotes.
type refNote struct {
	refs   []village.Ref
	named  []string // each report's number as shown here (refHere)
	unsure bool     // a number shown without the village it is of
	note   string
	// in is the scope of the one report a township's chat names, when it
	// was found in one village (noSuchReport)
	in storage.Scope
	// bare: read inside his words (words.RefsMidway) with no # before
	// any number (「今天R22加好了」): a number only if there is such an
	// item (bareNamesNone)
	bare bool
}

// refNoteOf reads t as a note on reports: the one the bot's message it
// quotes is about, or those whose numbers lead it or head the rest of
// its sentence (words.RefsMidway); false when it is none
// ("R1型号的水泵", a list quoted, a number typed quoting one).
func (r *Router) refNoteOf(t *turn) (n refNote, ok bool) {
	if t.quote != nil {
		n.refs = slices.Compact(village.FindRefs(t.quote.Text))
		if t.quote.Name != r.cfg.BotName || len(n.refs) != 1 || len(village.FindRefs(t.text)) > 0 {
			return refNote{}, false // a list names no one report; a number typed is his
		}
		n.note = t.text
	} else {
		m := words.LeadMatch(t.text, words.LeadingRefs, words.RefLeads)
		if m == nil {
			if n.refs, n.note = words.NumbersDone(t.text); n.refs == nil {
				// 「水利站挖机来了，#R2 水渠疏通好了」: the number inside
				if n.refs, n.note = words.RefsMidway(t.text); n.refs == nil {
					return refNote{}, false
				}
				n.bare = !slices.ContainsFunc(village.FindRefsAt(t.text), func(at village.RefAt) bool { return at.Hash })
			}
		} else {
			n.refs = village.FindRefs(t.text[:m[1]])
			n.note = strings.TrimLeft(t.text[m[1]:], " ,，:：。")
		}
	}
	in := r.moreVillages(t, &n)
	if t.quote == nil {
		n.note = words.NoteAfterRefs(n.note, len(n.refs)) // 「#R2 #R3 都联系了…」 is 「联系了…」 on each
	}
	note := n.note
	if len(n.refs) == 0 || slices.ContainsFunc(n.refs, func(x village.Ref) bool { return x.Kind != 'R' }) ||
		!understand.HasContent(note) || words.StartsWithAny(note, "型", "号", "款") ||
		note[0] < utf8.RuneSelf && (unicode.IsLetter(rune(note[0])) || unicode.IsDigit(rune(note[0])) && !words.DatedNote.MatchString(note)) {
		// "R1型号的水泵", "R1abc": no report's number; "R1 12月4日办结了"
		// is one, dated
		return refNote{}, false
	}
	n.named = make([]string, len(n.refs))
	for i, x := range n.refs {
		var u bool
		n.named[i], u = r.refHere(t, in[i], x.String())
		n.unsure = n.unsure || u
	}
	return n, true
}

// moreVillages reads on in the township's chats after the numbers leading
// n's note, while another village's numbers follow (「青山村 #R2 石桥村 #R2
// 都联系了水利站」): they are n's too, and the note is what comes after
// them all, as the typed 「进展 青山村 #R2 石桥村 #R2 …」 reads it. in is
// the village each of n.refs was written after: "" for the first ones (the
// one villageFirst cut, or none), so that refHere names each with its own.
func (r *Router) moreVillages(t *turn, n *refNote) (in []string) {
	in = make([]string, len(n.refs))
	if t.quote != nil || !townshipView(t) || len(r.cfg.Villages) < 2 {
		return in
	}
	for {
		note := n.note
		for _, and := range villageJoiners { // 「青山村 #R2 跟石桥村 #R2」: 和 the refs' own pattern reads
			if after, ok := strings.CutPrefix(note, and); ok {
				note = strings.TrimLeft(after, " ")
				break
			}
		}
		rest, v, _ := r.villageFirst(note)
		if v == "" {
			return in
		}
		m := words.LeadMatch(rest, words.LeadingRefs, words.RefLeads)
		for _, x := range village.FindRefs(rest[:m[1]]) {
			n.refs, in = append(n.refs, x), append(in, v)
		}
		n.note = strings.TrimLeft(rest[m[1]:], " ,，:：。")
	}
}

// villageJoiners join one village's numbers to the next's in an officer's
// words (moreVillages); 和 and the marks are the refs' own (LeadingRefs).
var villageJoiners = []string{"以及", "还有", "跟", "与", "及"}

// ownNote records a note on reports of the sender's own as the command it
// can only mean: his 进展, his 办结, his 等待.
func (r *Router) ownNote(ctx context.Context, t *turn, refs []village.Ref, note string) (done bool, err error) {
	if done, err := r.dutyProgress(ctx, t, refs, note); done {
		return true, err
	}
	if done, err := r.ownProgress(ctx, t, refs, note); done {
		return true, err
	}
	if done, err := r.ownDone(ctx, t, refs, note); done {
		return true, err
	}
	return r.ownWait(ctx, t, refs, note)
}

// settledNoted answers the part of note n about reports settled already
// (办结 waiting on its reporter, or closed), which take no 进展 nor 办结:
// he is told what each is and what may be done instead, once, beside the
// hint for the others, which n keeps; done when none is left.
func (r *Router) settledNoted(ctx context.Context, t *turn, n *refNote) (done bool, err error) {
	if t.where.Village == "" {
		return false, nil
	}
	already, rest, err := r.settledOf(ctx, t, n.refs)
	if err != nil {
		return true, err
	}
	if len(already) == 0 {
		return false, nil
	}
	other := ""
	if len(rest) == 0 {
		if other, err = r.meantOther(ctx, t, already, n.note); err != nil {
			return true, err
		}
	}
	line := r.settledLine(t, already, n.note, other)
	if len(rest) == 0 {
		t.out = append(t.out, r.back(t, line))
		return true, r.commitReplies(ctx, t)
	}
	t.besides, n.refs, n.named = line, rest, n.named[:0]
	for _, x := range n.refs {
		named, _ := r.refHere(t, "", x.String())
		n.named = append(n.named, named)
	}
	return false, nil
}

// meantOther is the line offering a cadre's note, typed quoting the bot's
// message about an item closed already ("明天再叫电工来看" quoting the
// wrong message), to the open item of this group he handles that he more
// likely meant: of one, its 进展 is asked (「1」 records it); of several,
// they are listed with the command to write. "" when the quote was no
// slip: not quoted, words of it done, or nothing of his open.
func (r *Router) meantOther(ctx context.Context, t *turn, already []village.Report, note string) (string, error) {
	if t.quote == nil || len(already) != 1 || already[0].Status.Open() || words.DoneBy(note, t.at) || t.where.Kind != words.InGrid ||
		!t.who.Tends(t.where.Village, t.where.Grid) {
		return "", nil
	}
	open, _, err := r.groupOpen(ctx, t)
	if err != nil {
		return "", err
	}
	var mine []village.Report
	for _, rep := range open {
		if rep.Chat == t.m.Chat && r.handles(t, rep) && rep.Status != village.StatusNew && rep.Status != village.StatusResolved {
			mine = append(mine, rep)
		}
	}
	if len(mine) == 0 {
		return "", nil
	}
	if len(mine) == 1 {
		if err := r.ask(t, question{Kind: words.AskCommand, Text: string(words.VProgress) + " #" + mine[0].ID + " " + note, Msg: t.m.ID}); err != nil {
			return "", err
		}
	}
	return r.textsFor(t).Render("note.meantother", map[string]any{"Items": mine, "Note": note}), nil
}

// officerMayNotNote answers an officer's note on one report whose 进展
// is not his to take (refuse.gridsown): the hint shows 进展 only where
// it is taken, else he is told what he may do instead.
func (r *Router) officerMayNotNote(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if !officerHere(t) || len(n.refs) != 1 {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil {
		return true, err
	}
	if may, who, ask := r.mayNow(t, words.VProgress, rep); ok && !may {
		return true, r.refuseAct(ctx, t, command{verb: words.VProgress, word: string(words.VProgress), args: n.note, refs: n.refs}, storage.VillageScope(rep.Village), rep, who, ask)
	}
	return false, nil
}

// refHint shows the sender of note n the commands it may mean (进展,
// 办结, 等待, 上报镇; for a quarrel said settled, whether it is), or takes
// the one report it names on when the note does ("R1 收到", "R1 马上去").
func (r *Router) refHint(ctx context.Context, t *turn, n refNote) error {
	note := n.note
	wait, err := r.hintWaits(ctx, t, n)
	if err != nil {
		return err
	}
	settle, settleBy, err := r.hintSettles(ctx, t, n, wait)
	if err != nil {
		return err
	}
	if done, err := r.plansOnNew(ctx, t, n); done {
		return err
	}
	ref := strings.Join(n.named, " ")
	if v, rest, ok := words.VerbLast(note); ok && !n.unsure {
		// "这个归水务站管 上报镇": the command he typed last, his words its note
		_, err := r.run(ctx, t, v+" "+ref+" "+rest)
		return err
	}
	block := "err.refnote"
	if words.IsAck(note) || words.StartsWithAny(note, words.TakingOn...) {
		if len(n.refs) == 1 && (t.quote == nil || officerHere(t)) {
			// "R1 收到", "R1 马上去": he takes it on; an officer's 好的
			// to the grid's answer was read (takeQuoted)
			return r.takeQuoted(ctx, t, n.refs[0], note)
		}
		if t.quote == nil && !n.unsure {
			// "R2 R3 收到 下午去看": each as "R2 收到" would be
			if done, err := r.takeEach(ctx, t, n.refs, note); done {
				return err
			}
		}
		block = "accept.hint"
	}
	done, up, back := words.DoneBy(note, t.at), !officerHere(t) && words.ContainsAnyOf(note, words.UpWords...), officerHere(t) && words.ContainsAnyOf(note, words.ReturnWords...)
	// "不是我们管的" from the grid's leader: its 驳回 is offered, with
	// his words the reason the reporter hears
	reject := block == "err.refnote" && !officerHere(t) && !up && !done && !n.unsure && words.ContainsAnyOf(note, words.NotOursWords...) &&
		t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	// his words read as news only: the 进展 they mean is offered, his
	// 「1」 records it (askCommand, kept with this reply), as a mistyped
	// command is: quoting a reminder with what happened is the usual way
	offer := block == "err.refnote" && !done && !up && !back && !wait && !settle && !n.unsure
	// "R1 灯杆也歪了，村里修不了，报镇上吧" from the grid's leader: one
	// 「1」 sends it up with his words, not a long command retyped (walk94)
	offerUp := block == "err.refnote" && up && !done && !wait && !settle && !n.unsure && len(n.refs) == 1 &&
		t.where.Kind == words.InGrid && t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	// "R5 让村里自己找人修，不归镇里" from an officer: one 「1」 sends it
	// back with his words, as 「退回 #R5 …」 (town102)
	offerBack := block == "err.refnote" && back && !done && !wait && !settle && !n.unsure && len(n.refs) == 1
	if offer || offerUp || offerBack {
		v := words.VProgress
		switch {
		case reject:
			v = words.VReject
		case offerUp:
			v = words.VEscalate
		case offerBack:
			v = words.VSendBack
		}
		askIn(t, n.in) // the township's offer of one village's item: kept (and said) there
		if err := r.ask(t, question{Kind: words.AskCommand, Text: string(v) + " " + ref + " " + note, Msg: t.m.ID}); err != nil {
			return err
		}
	}
	return r.reply(ctx, t, block, map[string]any{"Who": t.who.Name, "Ref": ref, "Note": note, "Done": done, "Wait": wait, "Settle": settle, "SettleBy": settleBy, "Up": up,
		"Township": officerHere(t), "Return": back, "OfferBack": offerBack, "Unsure": n.unsure, "Villages": r.villageNames(), "Offer": offer, "Reject": reject, "OfferUp": offerUp})
}

// plansOnNew takes on the one report note n names, nobody's yet, for a
// cadre whose note says he will go to it ("R2 我下午去两家看看", "R2 明天
// 上午去看看": understand.PlansToGo), as "R2 我去看" is (takeQuoted); a
// grid worker not given it hears who gives it to him (takeOn). done is
// false for other words, another status, an emergency (its 确认 is said
// as such), or a villager.
func (r *Router) plansOnNew(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || t.quote != nil || officerHere(t) {
		return false, nil
	}
	if _, goes := understand.PlansToGo(n.note); !goes {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok || rep.Status != village.StatusNew || rep.Type == village.Emergency {
		return err != nil, err
	}
	if may, _, _ := r.mayNow(t, words.VAccept, rep); !may && !t.who.Tends(rep.Village, rep.Grid) {
		return false, nil
	}
	return true, r.takeOn(ctx, t, []village.Report{rep}, n.note)
}

// hintWaits reports whether note n says its report waits on a villager,
// the hint then showing 等待. One that may not pause now shows 进展 (its
// 「1」 records the note): an emergency never pauses (village.Report), and
// one nobody took on yet (新) is to be taken on first, so 等待 would be
// refused.
func (r *Router) hintWaits(ctx context.Context, t *turn, n refNote) (bool, error) {
	if !words.WaitsOnVillager(n.note) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok {
		return !ok, err
	}
	_, err = rep.Next(village.ActPause)
	return err == nil, nil
}

// hintSettles reports whether note n may say its open quarrel is settled
// ("R1 两家谈好了"): settled, or only talked over? He is asked once,
// nothing recorded (as 驳回 of what is done); his yes quoting the question
// is its 办结 (settleAnswered). One who may not 办结 it is told who may
// (by: its leaders), not shown a command that would be refused.
func (r *Router) hintSettles(ctx context.Context, t *turn, n refNote, wait bool) (settle bool, by []string, err error) {
	if wait || !words.Settles(n.note, t.at) {
		return false, nil, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok || rep.Type != village.Mediation || !rep.Status.Open() || rep.Status == village.StatusResolved {
		return false, nil, err
	}
	if may, _, leaders := r.mayNow(t, words.VResolve, rep); !may {
		return true, leaders, nil
	}
	return true, nil, nil
}

// settleAnswered answers, quoting the question whether a quarrel is settled
// (hintSettles), for the item it names: a yes ("是", "对 谈好了") is its
// 办结 with the note asked about, in one step from 待受理 too (the
// quarrel was mediated, whoever's 确认 was missing); anything else is
// shown the hint for his words, nothing recorded.
func (r *Router) settleAnswered(ctx context.Context, t *turn, ref village.Ref) error {
	m := words.SettleAskedNote.FindStringSubmatch(t.quote.Text)
	if m != nil && words.SettleYes(t.text) {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
		if err != nil {
			return err
		}
		if ok {
			t.known = []village.Report{rep} // read once: 办结 acts on it as read here
		}
		_, err = r.run(ctx, t, "办结 #"+ref.String()+" "+m[1])
		t.known = nil
		return err
	}
	n, ok := r.refNoteOf(t)
	if !ok {
		return nil
	}
	return r.refHint(ctx, t, n)
}

// asksGridAfterHash reports whether an officer's message in the
// township's chat starts with one report's number written with # and then
// asks the grid something ("#R6 供电所的人到了吗") or who handles it
// ("#R6 谁在管"): read as the same words after "R6" are (noteHint's 镇里问,
// or its answer from the item), not as 查 for its #; a question of how it
// stands ("#R6 怎么样了") stays 查.
func (r *Router) asksGridAfterHash(t *turn) bool {
	if t.quote != nil || !strings.HasPrefix(t.text, "#") || !officerHere(t) {
		return false
	}
	m := words.LeadMatch(t.text, words.LeadingRefs, words.RefLeads)
	if m == nil {
		return false
	}
	refs := village.FindRefs(t.text[:m[1]])
	note := strings.TrimLeft(t.text[m[1]:], " ,，:：。")
	if len(refs) > 1 {
		return !slices.ContainsFunc(refs, func(ref village.Ref) bool { return ref.Kind != 'R' }) && words.AsksEach(note, t.at)
	}
	return len(refs) == 1 && refs[0].Kind == 'R' && (words.AsksGridTyped(note, t.at) || !words.StartsWithAny(words.TrimRefFillers(note), words.RefQuestions...) && words.AsksWho(note) ||
		words.AsksAfterPerson(note, r.onRoster)) // "#R1 老人现在咋样了" (personAsked)
}

// ownProgress records a note written after one report's number, quoting
// nothing, as its 进展 when the sender handles the report and took it
// on (not resolved: its 进展 would take the 办结 back, which he says as
// such), and the note tells neither that it is done nor that it is for the
// township, nor takes it on ("R1 电工说要等灯泡到货 下周才有"): the same
// words without the number are its 进展 (progressInWords). Of a report
// waiting to be taken on, a note of what he will do ("R5 我下午带药过
// 去") takes it on (takeOn). done is false otherwise; the store is read
// only for a grid cadre's such note.
func (r *Router) ownProgress(ctx context.Context, t *turn, refs []village.Ref, note string) (done bool, err error) {
	if plan, goes := understand.PlansToGo(note); goes && len(refs) == 1 && t.quote == nil && officerHere(t) && !words.ContainsAnyOf(note, words.ReturnWords...) {
		// "R1 我下午过去看下" in the township's chat: the officer's plan
		// is its 进展, as a grid cadre's (planOn); "R5 让村里自己找人修"
		// plans the village's work, not his: its 退回 is offered (town102:
		// it was taken on by the township as his plan)
		rep, ok, err := r.oneReport(ctx, t, refs)
		if !ok || err != nil || rep.Status == village.StatusNew || rep.Status == village.StatusResolved || !rep.Status.Open() {
			return err != nil, err
		}
		if may, _, _ := r.mayNow(t, words.VProgress, rep); !may {
			return false, nil // one the grid has not sent up: the hint says so
		}
		named, _ := r.refHere(t, "", refs[0].String())
		return true, r.planOn(ctx, t, rep, named, plan)
	}
	went := words.WentToSee(note)
	if t.quote != nil || officerHere(t) || words.DoneBy(words.Unsettled(note), t.at) || words.ContainsAnyOf(note, words.UpWords...) || words.WaitsOnVillager(note) || words.WaitsOnThing(note) || words.StillWaits(note) || r.waitsOnNamed(t, note) ||
		!went && (words.IsAck(note) || words.StartsWithAny(note, words.TakingOn...)) || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	if len(refs) > 1 {
		return r.ownProgressMany(ctx, t, refs, note, went)
	}
	rep, ok, err := r.oneReport(ctx, t, refs)
	if ok && rep.Type == village.Mediation && (words.DoneBy(note, t.at) || words.Settles(note, t.at)) {
		// "R1 调好了" is its 办结 (ownDone); "R1 两家谈好了" settled, or
		// only talked over? He is asked (noteHint), as a mediator is
		return false, nil
	}
	plan, goes := understand.PlansToGo(note)
	if ok && goes && rep.Status == village.StatusNew {
		// "R5 我下午带药过去": he takes it on, as "R5 收到 下午过去"
		if may, _, _ := r.mayNow(t, words.VAccept, rep); may {
			return true, r.takeOn(ctx, t, []village.Report{rep}, plan)
		}
	}
	if ok && goes && helps(t, rep) {
		// "R1 我下午过去看下" of one someone else took on: his plan is
		// its 进展, told to who has it
		return true, r.planOn(ctx, t, rep, "#"+rep.ID, plan)
	}
	if went && ok && rep.Status == village.StatusNew {
		// "R5 我去看过了 确实坏了两块" of one nobody took on: he is on
		// it, his words its note
		if may, _, _ := r.mayNow(t, words.VAccept, rep); may {
			return true, r.takeOn(ctx, t, []village.Report{rep}, note)
		}
	}
	if !ok || err != nil || rep.Status == village.StatusNew || rep.Status == village.StatusResolved || !rep.Status.Open() || !r.handles(t, rep) && !went {
		// one resolved waits on its reporter: a note on it ("R2 也好了")
		// is no 进展, which would take the 办结 back (the hint says so);
		// a cadre of the grid who went to see one tells how it stands,
		// whoever handles it ("R4 我去看过了 确实坏了两块"): its 进展
		return err != nil, err
	}
	t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
	_, err = r.run(ctx, t, "进展 #"+rep.ID+" "+note)
	t.known = nil
	return true, err
}

// ownProgressMany is ownProgress of a note after several numbers ("#R1
// #R2 都去看了 等供电所和镇里的井盖"): their one 进展, said as 「进展 #R1
// #R2 …」 would be, when each is taken on and open, handled by him (or
// he went to see), and no quarrel said settled; otherwise the hint.
func (r *Router) ownProgressMany(ctx context.Context, t *turn, refs []village.Ref, note string, went bool) (done bool, err error) {
	cmd := "进展"
	ahead, err := r.readAhead(ctx, t, refs)
	if err != nil {
		return true, err
	}
	defer ahead()
	var known []village.Report
	for _, ref := range refs {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
		if err != nil || !ok {
			return err != nil, err
		}
		if rep.Status == village.StatusNew || rep.Status == village.StatusResolved || !rep.Status.Open() || !r.handles(t, rep) && !went ||
			rep.Type == village.Mediation && (words.DoneBy(note, t.at) || words.Settles(note, t.at)) {
			return false, nil
		}
		known = append(known, rep)
		cmd += " #" + rep.ID
	}
	t.implied, t.known = true, known // read once: 进展 acts on them as read here
	_, err = r.run(ctx, t, cmd+" "+note)
	t.known = nil
	return true, err
}

// dutyProgress records a duty officer's note on one emergency in the duty
// chat ("#R2 派出所和120已经过去了") as its 进展: in an emergency the
// officer dispatching has no time to be shown the command and type it
// again, and what he sent where is what the grid and the next officer
// need to read. Words of its end, of taking it on, of sending it back or
// up, and questions keep the hint (refHint); so does an emergency settled
// or not his to note (may). done is false then.
func (r *Router) dutyProgress(ctx context.Context, t *turn, refs []village.Ref, note string) (done bool, err error) {
	if len(refs) != 1 || t.m.Chat != r.cfg.Township.EmergencyChat || !officerHere(t) || words.DoneBy(words.Unsettled(note), t.at) ||
		words.ContainsAnyOf(note, words.UpWords...) || words.ContainsAnyOf(note, words.ReturnWords...) || words.IsAck(note) || words.StartsWithAny(note, words.TakingOn...) ||
		strings.ContainsAny(note, "?？吗") {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, refs)
	if err != nil || !ok || rep.Type != village.Emergency || rep.Status == village.StatusResolved || !rep.Status.Open() {
		return err != nil, err
	}
	if may, _, _ := r.mayNow(t, words.VProgress, rep); !may {
		return false, nil
	}
	// of one nobody confirmed yet, the township acting on it confirms
	// it (takeOnFirst): the watchdog stops, the grid keeps it
	t.takeOn = true
	t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
	_, err = r.run(ctx, t, "进展 #"+rep.ID+" "+note)
	t.known = nil
	return true, err
}

// ownDone resolves the reports named by their numbers, or the one item
// of the bot's message he quotes, for the one who handles each and took
// each on, when his note says with no doubt that they are done ("R4 搞定了", "R12 R13 都弄好了"): he meant
// 办结, and typing it again costs him more than a misreading costs
// anyone, for the reporter still confirms (满意, 未解决) and the reply
// tells him how to take it back (his 进展: village.Report.Next). Several
// are one 办结 of them all (eachRef: one commit, one reply). One he does
// not handle, one not taken on or sent up to the township, and words for
// the township or of waiting keep the hint (noteHint) for all of them.
// A village's mediator settles the quarrels he handles so too ("R1 已经调
// 好了", "#R1 两家谈妥了"). done is false then; the store is read only for
// a grid cadre's or a mediator's such note.
func (r *Router) ownDone(ctx context.Context, t *turn, refs []village.Ref, note string) (done bool, err error) {
	// quoting the bot's message of one item ("修好了" to its 【已受理】)
	// names it as surely as its number typed (refNoteOf)
	// an officer resolves so the items he took on for the township (may,
	// HandledBy below); his words for the grid ("抓紧修好") are no news
	officer := officerHere(t)
	if t.quote != nil && len(slices.Compact(slices.Clone(refs))) != 1 || !words.DoneBy(note, t.at) || words.ContainsAnyOf(note, words.UpWords...) || words.WaitsOnVillager(note) ||
		officer && (words.ContainsAnyOf(note, words.ReturnWords...) || words.UrgesGrid(note)) ||
		!officer && !t.who.Tends(t.where.Village, t.where.Grid) && !r.mediator(t.who, t.where.Village) {
		return false, nil
	}
	refs = slices.Compact(slices.Clone(refs))
	ahead, err := r.readAhead(ctx, t, refs)
	if err != nil {
		return true, err
	}
	defer ahead()
	reps := make([]village.Report, 0, len(refs))
	ids := make([]string, 0, len(refs))
	var already []village.Report
	for _, ref := range refs {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
		if err != nil || !ok {
			return err != nil, err
		}
		if words.SettledNote(rep) && len(refs) > 1 {
			// "R2、R3弄好了" with R3 closed: R2 is resolved, R3 said
			// settled once
			already = append(already, rep)
			continue
		}
		switch rep.Status {
		case village.StatusAccepted, village.StatusInProgress, village.StatusWaiting, village.StatusReopened:
		case village.StatusEscalated:
			if !officer { // the township's now: the grid's words are news
				return false, nil
			}
		default:
			return false, nil
		}
		if may, _, _ := r.mayNow(t, words.VResolve, rep); !may || !r.handles(t, rep) || !words.DoneOf(note, t.at, rep.Type) {
			// "R2 和电工说通了" of a street lamp: no 办结 (doneOf)
			return false, nil
		}
		reps, ids = append(reps, rep), append(ids, "#"+rep.ID)
	}
	if len(reps) == 0 {
		return false, nil // all settled: noteHint says so
	}
	if len(already) > 0 {
		t.besides = r.settledLine(t, already, note, "")
	}
	t.implied, t.known = true, reps // read once: 办结 acts on them as read here
	_, err = r.run(ctx, t, "办结 "+strings.Join(ids, " ")+" "+note)
	t.known = nil
	return true, err
}

// ownWait pauses (等待) the report named by its number, quoting nothing,
// for the one who handles it and took it on, when his note says plainly
// that it waits on its people ("#R1 等陈二出差回来再谈", "R1 两家约了下周一再
// 坐下来谈": waitsPlainly): he meant 等待, and the reply tells him how to
// resume (进展). An emergency never pauses; a note that may be his own
// wait, one on an item he does not handle or did not take on, and words
// for the township keep the hint (noteHint). done is false then; the
// store is read only for a grid cadre's or a mediator's such note.
func (r *Router) ownWait(ctx context.Context, t *turn, refs []village.Ref, note string) (done bool, err error) {
	if len(refs) != 1 || t.quote != nil || officerHere(t) || !words.WaitsPlainly(note) && !words.WaitsOnThing(note) && !r.waitsOnNamed(t, note) || words.DoneBy(note, t.at) || words.ContainsAnyOf(note, words.UpWords...) ||
		!t.who.Tends(t.where.Village, t.where.Grid) && !r.mediator(t.who, t.where.Village) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, refs)
	if err != nil || !ok {
		return err != nil, err
	}
	switch rep.Status {
	case village.StatusAccepted, village.StatusInProgress, village.StatusReopened, village.StatusWaiting:
		// paused already: still waiting, the pause goes on (its clock
		// stopped since it was first paused)
	default:
		return false, nil
	}
	if may, _, _ := r.mayNow(t, words.VPause, rep); !may || !r.handles(t, rep) || rep.Type == village.Emergency {
		return false, nil
	}
	t.implied, t.known = true, []village.Report{rep} // read once: 等待 acts on it as read here
	_, err = r.run(ctx, t, "等待 #"+rep.ID+" "+note)
	t.known = nil
	return true, err
}

// settledOf parts refs into the reports settled already (settledNote)
// and the others (those not found among them: noSuchReport said so).
func (r *Router) settledOf(ctx context.Context, t *turn, refs []village.Ref) (already []village.Report, rest []village.Ref, err error) {
	ahead, err := r.readAhead(ctx, t, refs)
	if err != nil {
		return nil, nil, err
	}
	defer ahead()
	for _, ref := range slices.Compact(slices.Clone(refs)) {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
		if err != nil {
			return nil, nil, err
		}
		if ok && words.SettledNote(rep) {
			already = append(already, rep)
			continue
		}
		rest = append(rest, ref)
	}
	return already, rest, nil
}

// settledLine tells the sender of a note about reports settled already
// what each is now and what may be done instead: of one resolved, its
// reporter's 未解决 (or, from its handler, his 进展 taking the 办结
// back); of one closed, a new report, or other, the line offering the
// note to the open item he likely meant (meantOther).
func (r *Router) settledLine(t *turn, already []village.Report, note, other string) string {
	type item struct {
		R    *village.Report
		Mine bool
	}
	// each item's line, those alike but for the number and the reporter
	// said once (town96: 「#R1 #R2 已办结，在等张三（#R1）、陈二（#R2）确认」)
	lines := make([]string, len(already))
	for i := range already {
		one := []item{{R: &already[i], Mine: already[i].HandledBy(t.who)}}
		line := r.textsFor(t).Render("note.settled", map[string]any{"Items": one, "Done": words.DoneBy(note, t.at), "Note": note, "Other": other})
		lines[i] = strings.TrimSuffix(line, "\n"+other) // said once, below
	}
	text := strings.Join(words.JoinNamed(lines, already, r.onRoster), "\n")
	if other != "" {
		text += "\n" + other
	}
	return text
}

// withBesides is out with the turn's besides line said after the reply to
// the sender (a reply of its own when out holds none).
func (r *Router) withBesides(t *turn, out []bot.Outbound) []bot.Outbound {
	if t.besides == "" {
		return out
	}
	to := r.back(t, "")
	out = slices.Clone(out)
	for i, o := range out {
		if o.To == to.To && o.Kind == to.Kind {
			out[i].Text += "\n" + t.besides
			return out
		}
	}
	to.Text = t.besides
	return append(out, to)
}

// noSuchReport is the first of n's refs that is no report of the sender's
// village ("R9 弄好了" when there are eight), or "" when each is one, or
// where he speaks for no one village (the township's chats: whichever
// village has it is asked about when the command is sent). The scope of
// the one report n names goes to n.in.
func (r *Router) noSuchReport(ctx context.Context, t *turn, n *refNote) (string, error) {
	if t.where.Village == "" && !townshipView(t) {
		return "", nil
	}
	for _, ref := range n.refs {
		_, sc, err := r.find(ctx, t, ref.String())
		if errors.Is(err, storage.ErrNotFound) {
			return ref.String(), nil
		}
		if err != nil && !errors.Is(err, errAmbiguous) { // in several villages: the hint asks which
			return "", err
		}
		if len(n.refs) == 1 && err == nil {
			n.in = sc
		}
	}
	return "", nil
}

// bareNamesNone reports whether n, numbers written bare inside his words
// (refNote.bare), names no item at all: 「今天R22加好了」 with no R22 is a
// refrigerant, 「王五说R5焊好了」 with no R5 a model, and neither gets a
// 「没有找到」 (town94). A number written with # is an item's, and one the
// bot has none of is still said not found.
func (r *Router) bareNamesNone(ctx context.Context, t *turn, n refNote) (bool, error) {
	if !n.bare {
		return false, nil
	}
	for _, ref := range n.refs {
		_, _, err := r.find(ctx, t, ref.String())
		if errors.Is(err, errAmbiguous) {
			return false, nil // in several villages: the hint asks which
		}
		if !errors.Is(err, storage.ErrNotFound) {
			return false, err
		}
	}
	return true, nil
}

// someMissing takes out of note n, which names several reports, those
// there are none of ("#R4 #R5 都去看了…" with no R5): the note goes on
// with the others, and the numbers not found are said after its reply
// (besides); some is true then. With none found, or one named, n is
// left as it is (the hint for it says what is not found).
func (r *Router) someMissing(ctx context.Context, t *turn, n *refNote) (some bool, err error) {
	if len(n.refs) < 2 || t.where.Village == "" {
		return false, nil
	}
	found, named, missing, err := r.foundOf(ctx, t, *n)
	if err != nil || len(missing) == 0 || len(found) == 0 {
		return false, err
	}
	n.refs, n.named = found, named
	t.besides = r.textsFor(t).Render("err.unknownref", map[string]any{"Refs": words.RefTags(missing), "Waiting": r.waitingNamed(t)})
	return true, nil
}

// foundOf splits the numbers note n names into those of reports there
// are (found, as written: named) and those there are none of (missing).
func (r *Router) foundOf(ctx context.Context, t *turn, n refNote) (found []village.Ref, named []string, missing []village.Ref, err error) {
	for i, ref := range n.refs {
		_, _, err := r.find(ctx, t, ref.String())
		switch {
		case errors.Is(err, storage.ErrNotFound):
			missing = append(missing, ref)
		case err != nil && !errors.Is(err, errAmbiguous):
			return nil, nil, nil, err
		default:
			found = append(found, ref)
			if i < len(n.named) {
				named = append(named, n.named[i])
			}
		}
	}
	return found, named, missing, nil
}

// waitsOnNamed reports whether a handler's note opens by saying the item
// waits for someone of the group's village named as on the roster ("等陈
// 二", "还在等陈二回话"): as plain as 等他回来, so it is his 等待. A cadre
// named ("等王五") is his own side's wait, no villager's. A wait
// that may be his own, or a question, is none (notPlainWait); "等会去看"
// names nobody.
func (r *Router) waitsOnNamed(t *turn, note string) bool {
	rest, ok := strings.CutPrefix(village.TrimStill(strings.TrimSpace(note)), "等")
	if !ok || t.where.Village == "" || words.ContainsAnyOf(note, words.NotPlainWait...) {
		return false
	}
	runes := []rune(strings.TrimSpace(rest))
	for n := min(len(runes), 4); n >= 2; n-- {
		if p, err := r.people.Lookup(t.where.Village, string(runes[:n])); err == nil {
			return !p.IsCadre() // "等王五" waits on his own side: his to sort
		}
	}
	return false
}

// tooLong asks for a shorter message.
func (r *Router) tooLong(ctx context.Context, t *turn, runes int) error {
	return r.reply(ctx, t, "err.toolong", map[string]int{"N": runes, "Max": r.max})
}

// reply queues one text back to where the message came from, deduplicated
// by the message id, in one round trip.
func (r *Router) reply(ctx context.Context, t *turn, block string, data any) error {
	t.out = append(t.out, r.replyOut(t, block, data)...)
	return r.commitReplies(ctx, t)
}

// replyOut is the reply text block renders, to where the message came
// from (privately for an aside).
func (r *Router) replyOut(t *turn, block string, data any) []bot.Outbound {
	if t.aside {
		return r.privately(t, r.privateTexts(t).Render(block, data))
	}
	return []bot.Outbound{r.back(t, r.textsFor(t).Render(block, data))}
}

// commitReplies commits the turn's replies, deduplicated by the message
// id. A message that named an item no village has, and no village (see
// turn.unsure), is first remembered in every village it may mean: the
// item may appear in any of them, and the same message delivered again
// once it has is then seen where it would be acted on (a commit dedupes
// in its own scope only), not acted on. Seen in one of them already, it
// was handled there: nothing more is said.
func (r *Router) commitReplies(ctx context.Context, t *turn) error {
	if t.m.ID != "" {
		seen := false
		for _, sc := range t.unsure {
			res, err := r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID})
			if err != nil {
				return err
			}
			seen = seen || res.Duplicate
		}
		if seen {
			return nil
		}
	}
	return r.commitTurn(ctx, t, t.copies.guard(t.seen.Guard(storage.Change{Scope: r.scope(t), MsgID: t.m.ID, Out: t.out, Keep: t.keep})), nil)
}

// copiesRead are the reads of this process's copies of indexes of one
// scope a turn's replies were decided on (turn.copies).
type copiesRead struct {
	scope   storage.Scope
	reports storage.ReportsRead
	reads   []storage.IndexRead
	// checked are documents read with reads whose versions their
	// generations do not vouch for (addChecked)
	checked []storage.Doc
}

// add keeps read, of scope sc, when it was served from a copy; a read of
// another scope than the first kept is left unguarded (no commit could
// check both).
func (g *copiesRead) add(sc storage.Scope, read storage.IndexRead) {
	if read.Copied() && (g.scope == "" || g.scope == sc) {
		g.scope, g.reads = sc, append(g.reads, read)
	}
}

// addChecked is add of read and of the documents it listed that the
// decision looked at, whose versions the commit checks too (a report's
// status changed by another process leaves its index's generation as it
// was: storage.Checked of each, as awaitedUnnamed's settle carries).
func (g *copiesRead) addChecked(sc storage.Scope, read storage.IndexRead, checked []storage.Doc) {
	if read.Copied() && (g.scope == "" || g.scope == sc) {
		g.scope, g.reads, g.checked = sc, append(g.reads, read), append(g.checked, checked...)
	}
}

// addReports is add of a read of reports (storage.Store.FollowedReports).
func (g *copiesRead) addReports(sc storage.Scope, read storage.ReportsRead) {
	if read.Copied() && (g.scope == "" || g.scope == sc) && !g.reports.Copied() {
		g.scope, g.reports = sc, read
	}
}

func (g copiesRead) any() bool { return g.reports.Copied() || len(g.reads) > 0 }

// guard makes c, when of the copies' scope, commit only while they are as
// read.
func (g copiesRead) guard(c storage.Change) storage.Change {
	if !g.any() || c.Scope != g.scope {
		return c
	}
	c = g.reports.Guard(c)
	c.Reads = append(slices.Clip(c.Reads), g.reads...)
	c.Docs = append(slices.Clip(c.Docs), g.checked...)
	return c
}

// onReports answers on village v's reports as RecentReports reads them
// (grid, n). A reply committed where they are, in v's scope, is decided on
// them as this process follows them, no read, and its commit is guarded by
// them (a question in the township's chats, or in private, is answered in
// that scope, as the points are); changed by another process since, they
// are read from Redis, and answered again. A reply committed elsewhere is
// decided on a read of Redis, as no commit can check it.
func (r *Router) onReports(ctx context.Context, t *turn, v, grid string, n int, answer func([]village.Report) error) error {
	sc := storage.VillageScope(v)
	if t.scope == "" && t.where.Village == "" {
		t.scope = sc
	}
	if r.scope(t) == sc {
		out := len(t.out)
		reports, read, err := r.store.FollowedReports(ctx, sc, grid, n)
		if err != nil {
			return err
		}
		t.seen = read
		err = answer(reports)
		t.seen = storage.ReportsRead{}
		if !read.Copied() || !errors.Is(err, storage.ErrConflict) {
			return err
		}
		t.out = t.out[:out]
	}
	reports, err := r.store.RecentReports(ctx, sc, grid, n)
	if err != nil {
		return err
	}
	return answer(reports)
}

// busy answers a change that kept meeting others' changes of what it
// read, named by its reference ("R1") or else in words ("张三家的积分"):
// none of the replies of its tries was sent, nor is any now, but this one.
func (r *Router) busy(ctx context.Context, t *turn, ref, what string) error {
	t.out = nil
	return r.reply(ctx, t, "err.busy", map[string]string{"Ref": ref, "What": what})
}

// commitOut sends out as the turn's replies, in one commit.
func (r *Router) commitOut(ctx context.Context, t *turn, out []bot.Outbound) error {
	t.out = append(t.out, out...)
	return r.commitReplies(ctx, t)
}

// back addresses text to the chat the turn came from; a private answer
// goes to the name that fits the sender alone (see People.Address).
func (r *Router) back(t *turn, text string) bot.Outbound {
	if t.where.Kind == words.InPrivate {
		return r.toSender(t, text)
	}
	return bot.Outbound{To: t.m.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text}
}

// textsFor is the text set of what goes back where the turn's message
// came from (back): a grid group's repeats a villager's words masked (see
// echo); the township's view (townshipView) names each item's village.
func (r *Router) textsFor(t *turn) *tmpl.Set {
	switch {
	case t.where.Kind == words.InGrid:
		return r.groupTexts
	case townshipView(t):
		return r.townTexts
	}
	return r.texts
}

// textsTo is the text set of a private message to name of village v
// about an item: the township's (each item with its village) for an
// officer or the admin of no grid, as townshipView reads his own turns,
// else the texts for any chat (the scheduler's jobs.textsTo).
func (r *Router) textsTo(v, name string) *tmpl.Set {
	if p, err := r.people.Lookup(v, name); err == nil && p.SeesTownship() {
		return r.townTexts
	}
	return r.texts
}

// privateTexts is the text set of what is told the sender privately of
// a turn: the township's (each item with its village) in its view, else
// the texts for any chat.
func (r *Router) privateTexts(t *turn) *tmpl.Set {
	if townshipView(t) {
		return r.townTexts
	}
	return r.texts
}

// toSender addresses text to the sender privately, wherever he wrote.
func (r *Router) toSender(t *turn, text string) bot.Outbound {
	return bot.Outbound{To: r.shown(t.who), Kind: bot.Private, Priority: bot.Normal, Text: text}
}

// scope is where a turn's replies and dedupe live when no report is involved.
func (r *Router) scope(t *turn) storage.Scope {
	if t.scope != "" {
		return t.scope
	}
	if t.where.Village != "" {
		return storage.VillageScope(t.where.Village)
	}
	return storage.TownshipScope(r.cfg.Township.Name)
}

// storeDown tells the sender, directly, that nothing was registered; an
// emergency also goes straight to the duty chat, and to its group, unless
// it repeats one of the group's sent so a moment ago (see downAlarms).
// A commit that went unanswered (unanswered not nil) may have been made:
// Redis is asked once more; made, nothing is said (its replies and alarms
// are queued); with no answer, the sender is told it may be registered.
func (r *Router) storeDown(ctx context.Context, t *turn, unanswered *storage.UnansweredError) {
	if r.direct == nil {
		return
	}
	block := "err.store"
	if unanswered != nil {
		landed, err := r.store.Made(ctx, unanswered)
		switch {
		case landed.Made:
			r.log.InfoContext(ctx, "store answered late: the message's change was made; its replies are queued",
				"id", t.m.ID, "scope", unanswered.Scope, "ref", landed.Ref)
			return
		case landed.Part:
			// his resend makes the rest: what was made is its duplicate
			block = "err.store.part"
		case err != nil:
			block = "err.store.unsure"
		}
	}
	repeat, witness := false, false
	if t.raised != nil {
		repeat, witness = r.alarms.repeated(t.m.Chat, *t.raised, t.who.Key())
	}
	var alarm []bot.Outbound
	if !repeat {
		alarm = r.storeDownAlarm(t)
	}
	var msgs []bot.Outbound
	if r.onlyAsks(ctx, t) {
		block = "err.store.query" // nothing was to be registered: it cannot be looked up now
	}
	apology := r.back(t, r.textsFor(t).Render(block, nil))
	if !slices.ContainsFunc(alarm, func(o bot.Outbound) bool { return o.To == apology.To && o.Kind == apology.Kind }) {
		// the alarm posted where the sender wrote says itself that
		// nothing was registered
		msgs = append(msgs, apology)
	}
	if repeat {
		r.log.InfoContext(ctx, "store down: an alarm repeats one the group sent a moment ago; not sent again",
			"chat", t.m.Chat, "from", t.who.Name, "new_witness", witness, "text", words.ShortText(t.raised.text))
	}
	if witness {
		// Merged by the transport with the group's other witnesses.
		msgs = append(msgs, bot.Outbound{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Merge: "witness|" + t.m.Chat,
			Text: r.texts.Render("report.emergency.downwitness", map[string]any{
				"Village": t.where.Village, "Grid": t.where.Grid, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.raised.text, "")})})
	}
	msgs = append(msgs, alarm...)
	alarmed := false
	for _, o := range msgs {
		if err := r.direct(ctx, o); err != nil {
			r.log.ErrorContext(ctx, "direct send while store is down", "to", o.To, "err", err)
			continue
		}
		alarmed = alarmed || o.Priority == bot.Urgent && o.To == r.cfg.Township.EmergencyChat
	}
	if alarmed && t.raised != nil && !repeat {
		r.alarms.add(t.m.Chat, *t.raised, t.who.Key())
	}
}

// onlyAsks reports whether the turn's message asks for something and
// changes nothing (查 #R1, 我的积分, 待办, "我家积分多少"): with the store
// down, its sender is told it cannot be looked up now, not that it was
// not registered. The reading is the one the turn made, if it got that
// far.
func (r *Router) onlyAsks(ctx context.Context, t *turn) bool {
	cmd := t.command
	if cmd.verb == "" {
		cmd, _ = parseCommand(t.text)
	}
	if cmd.verb != "" {
		return words.Lookups[cmd.verb]
	}
	reading, ok := t.readings[t.text]
	if !ok && t.raised == nil && understand.HasContent(t.text) {
		reading = r.read(ctx, t, t.text)
	}
	return reading.Intent == village.IntentQuery && reading.Type != village.Emergency
}

// storeDownAlarm is what of the turn's posts goes out with the store
// down: the urgent ones, as unnumbered renders them when it is set.
func (r *Router) storeDownAlarm(t *turn) []bot.Outbound {
	if t.unnumbered != nil {
		return t.unnumbered()
	}
	var out []bot.Outbound
	for _, o := range t.out {
		if o.Priority == bot.Urgent {
			o.Text = strings.ReplaceAll(o.Text, storage.RefPlaceholder, "(未编号)")
			out = append(out, o)
		}
	}
	return out
}

func (r *Router) help(ctx context.Context, t *turn) error {
	has := func(role village.Role) bool { return t.who.Has(role) }
	return r.reply(ctx, t, "help", map[string]any{
		"Bot":    r.cfg.BotName,
		"Office": t.where.Kind == words.InOffice,
		// a township officer or admin of no grid has no villager's menu
		"Township": townshipView(t),
		"Leader":   has(village.RoleLeader),
		"Worker":   has(village.RoleWorker),
		"Officer":  has(village.RoleOfficer),
		"Scorer":   has(village.RoleScorer), "Shopkeeper": has(village.RoleShopkeeper), "Admin": has(village.RoleAdmin),
	})
}

// shown is how p appears in reports: by the name that tells him from a
// namesake (张三·QS-301), as leaders must know which 张三 it is.
func (r *Router) shown(p village.Person) string { return r.people.Address(p.Key(), p.Name) }

// leaderNames are the names of the leaders of grid g of village v.
func (r *Router) leaderNames(v, g string) []string {
	return words.Names(r.people.InGrid(v, g, village.RoleLeader))
}
