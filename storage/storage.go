// Package storage keeps gridbot's state in Redis. It is the only package
// that imports go-redis.
//
// # Key schema
//
// Every key starts with the configured prefix (default "gb") and the scope's
// hash tag, so that all keys of one village live in one Cluster slot and a
// Lua script may touch them together. A scope is "v:<village>" for a village
// or "t:<township>" for the township chats.
//
//	<p>:{<scope>}:seq:<kind>     INCR counter behind references of a kind: R1, R2 (reports), N1 (notices)…
//	<p>:{<scope>}:<kind>:<n>     HASH v=<version> j=<document JSON>; kind "r" holds reports (JSON without id)
//	<p>:{<scope>}:reports        ZSET every report number, score = number
//	<p>:{<scope>}:open           ZSET open report numbers of the scope (what the timed jobs walk)
//	<p>:{<scope>}:open:<grid>    ZSET open report numbers of a grid
//	<p>:{<scope>}:gen:<index>    INCR generation of a followed index (open, open:<grid>, hh:<户号>,
//	                             claims:approved:<户号>, claims:of:<户号>, claims:objected, rank:<year>…), raised at every change of its members;
//	                             of reports, at every change of a report
//	<p>:{<scope>}:openbuilt      STRING set once "open" was rebuilt from the reports (EnsureOpen)
//	<p>:{<scope>}:approvedofbuilt STRING set once the households' approved indexes were built (EnsureApprovedOf)
//	<p>:{<scope>}:<index>        ZSET other document indexes named by their writers (notices, calls…)
//	<p>:{<scope>}:audit          STREAM at, by, action, ref, msg, note (append-only)
//	<p>:{<scope>}:seen:<msgid>   STRING set when a message's change committed (TTL, default 30 days)
//	<p>:{<scope>}:outseq         INCR counter of outbound messages
//	<p>:{<scope>}:outq           ZSET queued outbound, score = priority·10¹² + seq
//	<p>:{<scope>}:out:<seq>      HASH to, kind, prio, text, src, state, attempts; state is the outcome (sent|unknown|forwarded|expired|retry|dead),
//	                             absent while the message is queued or in flight (in the inflight set), so that neither costs a write of it;
//	                             hold (held: until when, unix s) or at (not held: when written, unix s; see Outbox.reword)
//	<p>:{<scope>}:inflight       SET outbound claimed by a sender and not yet acknowledged
//	<p>:{<scope>}:claim:<token>  STRING the sequence numbers one claim took, for its retry (TTL 10 min)
//	<p>:{<scope>}:retry          ZSET outbound not delivered, to queue again, score = when (unix s)
//	<p>:{<scope>}:held           ZSET outbound held in quiet hours (bot.Outbound.NotBefore), to queue then, score = when (unix s);
//	                             committed with its message, queued by the first claim at or after that time
//	<p>:{<scope>}:heldabout:<ref> SET held outbound about an item (Change.About), withdrawn when it is settled (Change.Withdraw); TTL 2 days past its latest hold
//	<p>:{<scope>}:ask:<key>      STRING values kept with a change (Change.Keep): questions the bot asked
//	                             one person or chat, and (handlers/identity.go) ask:idclaims:<grid> (我是 waiting)
//	                             and ask:ids (group names confirmed as villagers)
//	<p>:{<scope>}:dead           ZSET outbound given up after the last attempt (dead letters), score = when
//
// Each state change of one message is one EVALSHA of commit.lua: dedupe on
// the source message id, the document writes with a version check, their
// indexes, counters, the audit entries and the replies to send. A retried or repeated
// message therefore changes nothing twice and sends nothing twice.
//
// Reads a change depends on are kept in memory where that is safe, so that
// a change costs its one round trip and no read: recently written reports,
// claims and household accounts (a commit carries the version it read, of
// a document it does not write too: Checked), and the followed indexes —
// grids' open reports for the duplicate check of a new report, the open
// and newest reports for a 待办 or a summary asked for (FollowedReports), a
// household's account and approved claims and the year's archived ranking
// for a claim's review (a commit
// carries the generation of the index it read, see Change.Read).
package storage

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	neturl "net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"gridbot/bot"
	"gridbot/village"
)

var (
	//go:embed commit.lua
	commitSrc string
	//go:embed claim.lua
	claimSrc string
	//go:embed ack.lua
	ackSrc string
	//go:embed load.lua
	loadSrc string
	//go:embed requeue.lua
	requeueSrc string
	//go:embed reindex.lua
	reindexSrc string
	//go:embed recent.lua
	recentSrc string
	//go:embed retry.lua
	retrySrc string
)

// Sentinel errors callers match with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	// ErrConflict means the report changed since it was read; read and retry.
	ErrConflict = errors.New("report changed concurrently")
	// ErrUnavailable means Redis could not be reached or answered with an error.
	ErrUnavailable = errors.New("store unavailable")
	// ErrAuth means Redis runs but refused the password: none was given
	// where it wants one (NOAUTH), or a wrong one (WRONGPASS). It comes
	// with ErrUnavailable.
	ErrAuth = errors.New("Redis refused the password")
	// ErrRefused means Redis answers but refuses writes (RefusalOf says
	// why: memory full, a disk it cannot write, a read-only replica). It
	// comes with ErrUnavailable.
	ErrRefused = errors.New("Redis refuses writes")
	// ErrKeptChanged means a kept value a change was decided on
	// (Change.Unchanged) is no longer what was assumed; read and retry.
	ErrKeptChanged = errors.New("kept value changed")
	// ErrAskChanged means the questions a record of the change was decided
	// on (Kept.Was: read from this process's copy, AskedCopy) are no
	// longer what the key holds: nothing changed, and the copy is
	// forgotten; read them from Redis (Asked) and decide again.
	ErrAskChanged = errors.New("questions changed")
	// ErrNoticeOlder means a change with a NoticeAck.Since found no
	// notice posted to the group since then: it committed nothing.
	ErrNoticeOlder = errors.New("no notice posted since")
)

// Options configure a Store.
type Options struct {
	// URL is a redis:// , rediss:// or unix:// URL.
	URL string
	// Password overrides the URL's password when not empty.
	Password string
	// Prefix starts every key. Default "gb".
	Prefix string
	// SeenTTL is how long a message id is remembered for dedupe. Default 30 days.
	SeenTTL time.Duration
	// SentTTL is how long a sent outbound message is kept. Default 7 days.
	SentTTL time.Duration
	// Timeout bounds each command. Default 3s.
	Timeout time.Duration
	// DialRetries is how many times a connection is dialled before the
	// command that wanted it fails (go-redis's DialerRetries); the URL's
	// dial_retries=N sets it too. Default go-redis's 5, 100ms apart. A
	// test that kills its Redis dials once: the retries only delay the
	// same error.
	DialRetries int
	// ProbeEvery: while Redis does not answer, commands fail at once
	// without a round trip, and one PING every this long tells when it is
	// back (Check probes at once). Default 1s.
	ProbeEvery time.Duration
	// Now is the clock of ProbeEvery and of the questions kept in memory
	// (AskedCopy), which expire no later than Redis's. Default time.Now.
	Now func() time.Time
	// CacheReports is how many recently written reports are kept in memory
	// so that a lifecycle command needs no read round trip, and as many
	// claims and household accounts, for a claim's review, and as many
	// questions asked (AskedCopy). Default 4096;
	// negative disables the caches. Writes stay correct with several
	// processes (they carry the version read); a status query may then be
	// one change behind a change made by another process.
	CacheReports int
}

// Store is gridbot's Redis state.
type Store struct {
	rdb     *redis.Client
	prefix  string
	seenTTL time.Duration
	sentTTL time.Duration
	trips   *tripCounter
	cache   *reportCache
	dcache  *docCache
	opens   *openIndexes
	// counters are copies of followed counter hashes (counterCopies)
	counters *counterCopies
	// history is which households have claims (FollowedNew)
	history *claimHistory
	asks    *askCache
	// evidence copies the items senders' photos go to (EvidenceCopy);
	// waiting the photos that wait for their next item (EvidenceKnown)
	evidence, waiting *askCache
	// posted is when the notices this process saw were posted, by group
	// (NoticePostedSince).
	posted  *postedSeen
	notices *noticeCopies
	// mirrors are the villages' notice mirrors (NoticeMirrorKey)
	mirrors *noticeMirrors
	// gaps are the scheduler's last downtime and stop as read or noted
	// by this process (Gaps)
	gaps   *gapsMemo
	now    func() time.Time
	health *health
	// bodies recycles the buffers a commit's documents are encoded into.
	bodies *sync.Pool
	// done is closed by Close: background work stops (memoLater).
	done      chan struct{}
	closeOnce sync.Once
	// memos are the resend memos being left in the background (Made),
	// and the readings of Redis's clock (late)
	memos sync.WaitGroup
	// late tells a commit of a message when it is late (commit.lua
	// leaves the resend memo then)
	late *lateClock

	commit, claim, ack, load, requeue, reindex, retry, recent *redis.Script
}

// New connects to the Redis at opts.URL. It does not dial until first use.
func New(opts Options) (*Store, error) {
	url, dials, err := dialRetries(opts.URL)
	if err != nil {
		return nil, fmt.Errorf("storage: redis url: %w", err)
	}
	ro, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("storage: redis url: %w", err)
	}
	ro.DialerRetries = cmp.Or(opts.DialRetries, dials)
	if opts.Password != "" {
		ro.Password = opts.Password
	}
	if opts.Timeout == 0 {
		opts.Timeout = 3 * time.Second
	}
	ro.ReadTimeout, ro.WriteTimeout, ro.DialTimeout = opts.Timeout, opts.Timeout, opts.Timeout
	return newStore(redis.NewClient(lean(ro)), opts), nil
}

// dialRetries takes dial_retries=N, which go-redis's ParseURL does not
// know, out of rawURL's query: the URL without it and N (0 when absent).
func dialRetries(rawURL string) (string, int, error) {
	u, err := neturl.Parse(rawURL)
	if err != nil || !u.Query().Has("dial_retries") {
		return rawURL, 0, nil // ParseURL tells what is wrong with it
	}
	q := u.Query()
	n, err := strconv.Atoi(q.Get("dial_retries"))
	if err != nil || n < 1 {
		return "", 0, fmt.Errorf("dial_retries=%q is not a whole number from 1", q.Get("dial_retries"))
	}
	q.Del("dial_retries")
	u.RawQuery = q.Encode()
	return u.String(), n, nil
}

// lean drops from o the round trips go-redis makes on each new
// connection beside its HELLO: CLIENT MAINT_NOTIFICATIONS (hitless
// upgrades of a managed Redis cluster, which a plain redis-server refuses
// anyway) and the CLIENT SETINFO pipeline (the library's name in CLIENT
// LIST). A process's first commands (the watchdog's first run after a
// start, the first message) and every connection the pool opens after an
// outage cost two trips less (emg43: BenchmarkWatchdog cold 5 → 3).
// Pipelines (a commit with its Then chain, LoadScripts) run on the one
// pool: go-redis's dedicated pipeline pool dials a connection of its own,
// a HELLO more, the first time a process pipelines after its start or an
// outage, though the main pool holds an idle one (rep101: a leader's
// split filing a confirm-back cost 2 trips in a fresh process).
func lean(o *redis.Options) *redis.Options {
	o.DisableIdentity = true
	o.PipelinePoolSize = -1
	o.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	return o
}

func newStore(rdb *redis.Client, opts Options) *Store {
	if opts.Prefix == "" {
		opts.Prefix = "gb"
	}
	if opts.SeenTTL == 0 {
		opts.SeenTTL = 30 * 24 * time.Hour
	}
	if opts.SentTTL == 0 {
		opts.SentTTL = 7 * 24 * time.Hour
	}
	if opts.ProbeEvery == 0 {
		opts.ProbeEvery = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	probe := newProbe(rdb.Options())
	h := &health{now: opts.Now, every: opts.ProbeEvery, probe: probe, changed: make(chan struct{}, 1)}
	rdb.AddHook(h) // outermost: a refused command is no round trip
	trips := &tripCounter{}
	rdb.AddHook(trips)
	var cache *reportCache
	var dcache *docCache
	var opens *openIndexes
	var counters *counterCopies
	var history *claimHistory
	var asks, evidence, waiting *askCache
	var posted *postedSeen
	var notices *noticeCopies
	if opts.CacheReports >= 0 {
		posted = newPostedSeen(1024)
		notices = newNoticeCopies(noticeCopiesKept)
		cache = newReportCache(cmp.Or(opts.CacheReports, 4096))
		dcache = newDocCache(cmp.Or(opts.CacheReports, 4096))
		opens = newOpenIndexes(openIndexesCached)
		counters = newCounterCopies(counterCopiesKept)
		history = newClaimHistory()
		asks = newAskCache(cmp.Or(opts.CacheReports, 4096))
		evidence = newEvidenceCache(cmp.Or(opts.CacheReports, 4096))
		waiting = newWaitingCache(cmp.Or(opts.CacheReports, 4096))
	}
	s := &Store{
		rdb: rdb, prefix: opts.Prefix, seenTTL: opts.SeenTTL, sentTTL: opts.SentTTL, trips: trips, cache: cache, dcache: dcache, opens: opens, counters: counters, history: history,
		asks: asks, evidence: evidence, waiting: waiting, posted: posted, notices: notices, mirrors: newNoticeMirrors(), gaps: &gapsMemo{of: map[Scope]gapsKnown{}}, now: opts.Now,
		health: h, bodies: &sync.Pool{New: func() any { return new(bytes.Buffer) }}, done: make(chan struct{}),
		commit: redis.NewScript(commitSrc), claim: redis.NewScript(claimSrc),
		ack: redis.NewScript(ackSrc), load: redis.NewScript(loadSrc), requeue: redis.NewScript(requeueSrc),
		reindex: redis.NewScript(reindexSrc), retry: redis.NewScript(retrySrc), recent: redis.NewScript(recentSrc),
	}
	s.late = &lateClock{o: rdb.Options(), timeout: rdb.Options().ReadTimeout, work: &s.memos, done: s.done}
	return s
}

// Close closes the connection pools.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { close(s.done) })
	return s.rdb.Close()
}

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		if refusedPassword(err) {
			return fmt.Errorf("storage: ping: %w: %w: %w", ErrUnavailable, ErrAuth, err)
		}
		return fmt.Errorf("storage: ping: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// refusedPassword reports whether err is Redis refusing the connection's
// password.
func refusedPassword(err error) bool {
	var rerr redis.Error
	if !errors.As(err, &rerr) {
		return false
	}
	msg := rerr.Error()
	return strings.HasPrefix(msg, "NOAUTH") || strings.HasPrefix(msg, "WRONGPASS")
}

// Durability says how Redis keeps what it is told: AOF on or off and its
// fsync policy (always, everysec, no). ok is false when the server does
// not say (CONFIG disabled, as on some managed services).
func (s *Store) Durability(ctx context.Context) (aof bool, fsync string, ok bool) {
	m, err := s.rdb.ConfigGet(ctx, "append*").Result()
	if err != nil || m["appendonly"] == "" {
		return false, "", false
	}
	return m["appendonly"] == "yes", m["appendfsync"], true
}

// Evicts says the policy by which Redis deletes keys once its memory
// reaches maxmemory, when it would (a limit set, a policy other than
// noeviction): reports, points and queued messages then vanish without an
// error. "" when it would not, or the server does not say (CONFIG
// disabled).
func (s *Store) Evicts(ctx context.Context) string {
	m, err := s.rdb.ConfigGet(ctx, "maxmemory*").Result()
	if err != nil || m["maxmemory"] == "" || m["maxmemory"] == "0" || m["maxmemory-policy"] == "noeviction" {
		return ""
	}
	return m["maxmemory-policy"]
}

// LoadScripts loads every Lua script of the package into Redis in one
// round trip, so that none costs a NOSCRIPT and an EVAL (two trips) the
// first time this process runs it: the commands that open the store call
// it once Redis answers (and storagetest, for a Redis shared by stores
// whose round trips are counted). Each is loaded by its source, in a
// pipeline: go-redis's Script.Load would take the digest of a command not
// yet sent, "", for the script's, and every EVALSHA of it would then fail
// (NOSCRIPT, then EVAL) for the life of the process. A Redis that later
// loses them (a restart, SCRIPT FLUSH) costs each script one NOSCRIPT and
// EVAL again, which loads it back.
func (s *Store) LoadScripts(ctx context.Context) error {
	scripts := []struct {
		sc  *redis.Script
		src string
	}{
		{s.commit, commitSrc}, {s.claim, claimSrc}, {s.ack, ackSrc}, {s.load, loadSrc}, {s.requeue, requeueSrc},
		{s.reindex, reindexSrc}, {s.retry, retrySrc}, {s.recent, recentSrc},
		{baselineScript, baselineSrc}, {serveScript, serveSrc}, {unserveScript, unserveSrc},
		{claimRunScript, claimRunSrc}, {bindScript, bindSrc}, {mirrorDoneScript, mirrorDoneSrc},
	}
	cmds := make([]*redis.StringCmd, len(scripts))
	now := s.now()
	_, _ = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, sc := range scripts {
			cmds[i] = p.ScriptLoad(ctx, sc.src)
		}
		return nil
	})
	for _, c := range cmds {
		if err := c.Err(); err != nil {
			return fmt.Errorf("storage: load scripts: %w: %w", ErrUnavailable, err)
		}
	}
	for i, sc := range scripts {
		if cmds[i].Val() != sc.sc.Hash() {
			return fmt.Errorf("storage: load scripts: script %d loaded as %s, run as %s", i, cmds[i].Val(), sc.sc.Hash())
		}
	}
	s.copyAtStart(ctx, now)
	return nil
}

// RoundTrips counts network round trips made so far (a pipeline counts once).
func (s *Store) RoundTrips() int64 { return s.trips.n.Load() }

// Scope names a hash-tagged key space.
type Scope string

// VillageScope is the scope of one village's keys.
func VillageScope(name string) Scope { return Scope("v:" + name) }

// Village is the village whose scope s is (VillageScope); ok is false
// for any other scope.
func (s Scope) Village() (name string, ok bool) { return strings.CutPrefix(string(s), "v:") }

// TownshipScope is the scope of the township chats' keys.
func TownshipScope(name string) Scope { return Scope("t:" + name) }

func (s *Store) base(sc Scope) string { return s.prefix + ":{" + string(sc) + "}:" }

// Audit is what goes into the audit stream with a change.
type Audit struct {
	At     time.Time
	By     string
	Action string
	Note   string
	// Ref is the item the entry is about ("R3"); "" for the change's
	// first document's, as most changes have one; RefN(n) the n-th's.
	Ref string
}

// Doc is one stored document written by a Change: a report, a notice, a
// call task, a points claim… Documents of a kind are numbered per scope
// (R1, R2…; N1…) and versioned: an update names the version it read and
// fails with ErrConflict when someone changed it since.
type Doc struct {
	// Kind is a short lower-case name that also makes the reference:
	// kind "r" → "R12".
	Kind string
	// ID is the document number; 0 creates a new document.
	ID int
	// Version is the version the update was based on (ignored on create).
	Version int
	// Body is stored as JSON. A Doc without one (nil) is only checked:
	// the change was decided on it, read at Version, and fails with
	// ErrConflict if it changed since; it is not written (see Checked).
	Body any
	// Index adds the document's number to, or removes it from, sorted sets
	// of the scope (score = number).
	Index []IndexOp
	// RefsFirst lets Body hold RefPlaceholder for the reference of the
	// change's first document (created in the same commit).
	RefsFirst bool
}

// Checked is a document a change was decided on, read at version, that
// the change does not write: it fails with ErrConflict if the document
// changed since.
func Checked(kind string, id, version int) Doc { return Doc{Kind: kind, ID: id, Version: version} }

// IndexOp adds a document number to a sorted set, or removes it.
type IndexOp struct {
	Set string
	Add bool
	// Score is the number's score in Set when added; 0: the number
	// itself (an index in document order).
	Score int64
}

// Incr adds By to a field of a hash of the scope (HINCRBY), as part of the
// change: counters stay exact because the whole change happens once.
type Incr struct {
	Hash, Field string
	By          int64
}

// Kept is a value kept under a key of the scope until TTL passes; a TTL
// of 0 deletes the key.
type Kept struct {
	Key   string
	Value []byte
	TTL   time.Duration
	// RefsFirst lets a JSON Value hold RefPlaceholder for the reference of
	// the change's first document (created in the same commit), RefN(n)
	// for the n-th's.
	RefsFirst bool
	// After, when not empty, keeps Value after the key's value, on a line
	// of its own, when that value begins with After (at most 8 lines: the
	// oldest go first); otherwise Value replaces it.
	After string
	// Drop removes each line of Value from the key's value, once, and
	// keeps the rest (its expiry unchanged); the key goes with its last
	// line. Lines kept meanwhile by another change stay. TTL is unused.
	Drop bool
	// Was, when not nil, is the key's value the change was decided on (the
	// questions read from this process's copy, AskedCopy): the change
	// commits only while the key holds exactly that, and fails with
	// ErrAskChanged otherwise, changing nothing.
	Was []byte
	// Followed makes the write (a plain one: neither Drop nor RefsFirst)
	// raise the key's generation, which AskedAt reads with the value, so
	// that a decision made on a copy of the value can be guarded by it
	// (a commit carrying the IndexRead fails with ErrConflict once the
	// value was written since) without sending the value back.
	Followed bool
}

// Ask keeps a question the bot asked one person (key) until ttl passes;
// Asked reads it back.
func Ask(key string, body []byte, ttl time.Duration) Kept {
	return Kept{Key: askPrefix + key, Value: body, TTL: ttl}
}

// AskTaken removes the question kept under key: part of the change that
// acts on its answer, so that the question goes only if the change is made.
func AskTaken(key string) Kept { return Kept{Key: askPrefix + key} }

// AskAnswered removes, of the questions kept under key one a line, those
// answered (each a line as kept): part of the change that acts on the
// answer. The others wait on, and so does one kept after them meanwhile.
func AskAnswered(key string, answered ...[]byte) Kept {
	return Kept{Key: askPrefix + key, Value: bytes.Join(answered, []byte("\n")), Drop: true}
}

// absentWas is Kept.Was of AskAbsent: no value is "\x00".
const absentWas = "\x00"

// AskAbsent checks, with no write, that no question waits under key: the
// change commits only while the key does not exist (ErrAskChanged
// otherwise). A change decided on AskedKnown's "none" carries it.
func AskAbsent(key string) Kept { return Absent(askPrefix + key) }

// Absent checks, with no write, that the kept key (prefixed: Kept.Key)
// holds no value, as Change.Unchanged with no Value checks it: a change
// guarding several keys so (the filings of several villagers' matters
// joined, each assuming none of her photos waits, WaitingNone) carries
// the others as these. It fails with ErrAskChanged, not ErrKeptChanged.
func Absent(key string) Kept {
	return Kept{Key: key, Drop: true, Was: []byte(absentWas)}
}

// DecidedOn makes k's change commit only while k's key holds was, the
// value it was decided on (Kept.Was); nil guards nothing.
func (k Kept) DecidedOn(was []byte) Kept {
	k.Was = was
	return k
}

// Change is everything one message or job run changes, committed atomically.
type Change struct {
	Scope Scope
	// MsgID is the source id; a repeated id commits nothing.
	MsgID string
	// Create stores Report as a new report and assigns its id.
	Create bool
	// Report is created or updated; nil for a change without a report.
	Report *village.Report
	// Also are further reports updated with Report (never created), after
	// it: a merge that makes the merged item's reporter a follower of the
	// original.
	Also []*village.Report
	// Docs are other documents created or updated, after Report and Also.
	Docs []Doc
	// Audit is appended to the audit stream when Action is not empty.
	Audit Audit
	// More are further audit entries.
	More []Audit
	// Incr are counter changes.
	Incr []Incr
	// Keep are values stored with an expiry, such as a question the bot
	// asked (see Ask), so that they stand or fall with the reply that asks.
	Keep []Kept
	// Out are the messages to queue; RefPlaceholder in their texts becomes
	// the first document's reference, RefN(n) the n-th document's.
	Out []bot.Outbound
	// Read, when set, is the read of an index this change was decided on
	// (a new report checked against a grid's open reports): the change
	// fails with ErrConflict when the index's members have changed since.
	Read IndexRead
	// Reads are further such reads (FollowedOf).
	Reads []IndexRead
	// Unchanged, when set, is a kept value this change was decided on (or
	// assumed: nil Value is no value): the change fails with
	// ErrKeptChanged when the key holds something else. Its TTL is unused.
	Unchanged *Kept
	// About is the item (a report's or claim's reference, or RefPlaceholder for the
	// one created) that the change's messages held in quiet hours
	// (bot.Outbound.NotBefore) are about: a later change may withdraw them.
	About string
	// Withdraw are items (report or claim references) whose messages, held in
	// quiet hours by earlier changes with them as About, are withdrawn
	// before this change's own are queued: they are not sent.
	Withdraw []string
	// Ack, when set, records a 收到 of the notices of a group with the
	// change (see NoticeAck); Out texts may name them (AckedPlaceholder).
	Ack *NoticeAck
	// Then, when set, is a change of another scope the same message makes
	// (the township's 收到 of notices a call in a village passed on, or
	// the 收到 that opened a report: its Ack),
	// which no script may write with this one (Redis Cluster): it is
	// committed in the same round trip, atomic and deduplicated by its own
	// MsgID, whether or not this one is made. A caller that retries this
	// change sends Then again with the same MsgID, which changes nothing
	// twice. Its Result is not returned. Then may have a Then of its own:
	// the whole chain goes in the one round trip.
	Then *Change
	// Sent, when set, is the message the change is made for: its
	// sender's resend memo is read in the commit's script (see Sent), and
	// Made leaves it when the commit goes unanswered. A change of the
	// chain (Then) with none of its own is made for the same message. Nil
	// for a job's change (no sender to resend it).
	Sent *Sent
}

// IndexRead says which members of an index a read saw: its generation.
// The zero value guards nothing.
type IndexRead struct {
	index string
	gen   int64
	// copied: served from this process's copy (see Copied)
	copied bool
	// kind is the kind of the documents of a whole followed index read
	// (Followed, FollowedOf): a commit refused as stale returns them as
	// they are now (commit.lua), and this process follows them again
	kind string
	// assumed: not read, assumed to have no member (FollowedNew)
	assumed bool
}

// Copied reports whether the read was served from this process's copy of
// the index, not from Redis: it may miss another process's change since,
// which the commit carrying it finds (ErrConflict). A decision no commit
// checks is better made on a read of Redis.
func (r IndexRead) Copied() bool { return r.copied }

// Index is the index (or, for AskedAt, the kept key) the read is of.
func (r IndexRead) Index() string { return r.index }

// Raised is the read of a kept key (AskedAt) as a commit that carried r
// and wrote the key (Kept.Followed) left it: its generation raised once.
func (r IndexRead) Raised() IndexRead {
	r.gen++
	return r
}

// wholeRead is the read of every document of kind a followed index
// lists, at generation gen.
func wholeRead(index, kind string, gen int64, copied bool) IndexRead {
	r := IndexRead{index: index, gen: gen, copied: copied}
	if followed(index) && kind != "r" {
		r.kind = kind
	}
	return r
}

// genArg is r's generation as commit.lua takes it: with the kind of the
// documents read, when a stale refusal is to return them.
func (r IndexRead) genArg() string {
	gen := strconv.FormatInt(r.gen, 10)
	if r.kind != "" {
		gen += " " + r.kind
	}
	return gen
}

// RefPlaceholder marks where a new report's reference goes in reply texts,
// since the reference is assigned inside the atomic commit.
const RefPlaceholder = "\x01REF\x01"

// RefN is the placeholder of the n-th (1-based) document of a change.
func RefN(n int) string { return "\x01REF" + strconv.Itoa(n) + "\x01" }

// Result says what a commit did.
type Result struct {
	// Duplicate is true when the source id was seen before; nothing changed.
	Duplicate bool
	// Ref is the first document's reference ("R12"), when there was one.
	Ref string
	// Refs are the references of all documents, in order.
	Refs []string
	// Withdrawn is how many held messages Change.Withdraw withdrew.
	Withdrawn int
	// Acked are the notices Change.Ack answered ("N3"), in number order.
	Acked []string
}

// reportDoc turns a report into its document: every report is in
// "reports"; open ones in "open" and "open:<grid>". indexed says the
// stored version is known to sit in the indexes where this one belongs:
// its open entries are then left as they are, instead of written again.
func reportDoc(r village.Report, create, indexed bool) (Doc, error) {
	d := Doc{Kind: "r"}
	if create {
		r.Version = 1
	} else {
		n, err := reportNumber(r.ID)
		if err != nil {
			return Doc{}, err
		}
		d.ID, d.Version = n, r.Version
		r.Version++
	}
	r.ID = ""
	d.Body = r
	// an item merged into the one the same commit creates (an unplaced
	// emergency filed again in its grid), or a danger come true as the
	// alarm it creates (town109), names it
	d.RefsFirst = !create && (r.DuplicateOf == RefPlaceholder || r.CameTrue == RefPlaceholder)
	// every write of a report names "reports", so that its generation is
	// raised at every change of a report of the scope (RecentReports)
	d.Index = []IndexOp{{Set: "reports", Add: true}}
	if !indexed {
		open := r.Status.Open()
		d.Index = append(d.Index, IndexOp{Set: "open", Add: open}, IndexOp{Set: "open:" + r.Grid, Add: open})
	}
	return d, nil
}

// NewReportDoc is the document that creates r in a Change's Docs: a
// second report filed with Change.Report by one message.
func NewReportDoc(r village.Report) Doc {
	d, _ := reportDoc(r, true, false) // a new report's number is not read
	return d
}

// Commit applies c in one round trip. On update each document's Version
// must be the version that was read; the stored version becomes Version+1.
// c.Report's ID and Version are set to the stored ones. c.Then is
// committed in the same round trip (see Change.Then).
func (s *Store) Commit(ctx context.Context, c Change) (Result, error) {
	c = stamped(ctx, c)
	if c.Then != nil {
		return s.commitThen(ctx, c)
	}
	if vs := s.mirrors.villagesOf(c); len(vs) > 0 {
		return s.commitMirrored(ctx, c, vs)
	}
	pc, err := s.prepare(c)
	if err != nil {
		return Result{}, err
	}
	defer s.bodies.Put(pc.buf)
	res, err := s.runCommit(ctx, c, pc.args)
	if err != nil {
		return Result{}, err
	}
	return s.finish(pc, res)
}

// commitThen commits c and c.Then (and its Then, in turn: a chain) in one
// pipeline: one script each, each atomic and deduplicated by its own
// MsgID, every one after c made whether or not those before it are. A
// Then may be a 收到 (an Ack): a scope whose notice indexes are not built
// yet has them built, once, and that change committed again. A chain
// whose first change has an Ack, or with a mirrored village, or a store
// that has not loaded the commit script yet, commits them one after the
// other, each once the one before is made. The error is c's, joined with
// the others'.
func (s *Store) commitThen(ctx context.Context, c Change) (Result, error) {
	chain := []Change{c}
	for chain[len(chain)-1].Then != nil {
		next := *chain[len(chain)-1].Then
		chain[len(chain)-1].Then = nil
		chain = append(chain, next)
	}
	inTurn := c.Ack != nil
	for _, x := range chain {
		inTurn = inTurn || s.mirrors.villagesOf(x) != nil
	}
	if inTurn {
		return s.commitInTurn(ctx, chain)
	}
	pcs := make([]pendingCommit, len(chain))
	for i, x := range chain {
		pc, err := s.prepare(x)
		if err != nil {
			return Result{}, err
		}
		defer s.bodies.Put(pc.buf)
		pcs[i] = pc
	}
	cmds := make([]*redis.Cmd, len(chain))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, x := range chain {
			cmds[i] = s.commit.EvalSha(ctx, p, []string{s.base(x.Scope)}, pcs[i].args...)
		}
		return nil
	})
	if err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
		// none ran: the script is not loaded yet (Commit loads it)
		return s.commitInTurn(ctx, chain)
	}
	if err != nil {
		// they may have been made: what they kept is unknown
		for _, x := range chain {
			s.forgetKept(x.Scope, x.Keep)
		}
		return Result{}, commitFailed(c, err, chain[1:]...)
	}
	var r Result
	errs := make([]error, len(chain))
	for i, x := range chain {
		res, _ := cmds[i].Slice()
		if i > 0 && x.Ack != nil && len(res) == 1 && res[0] == "unbuilt" {
			// notices written before the live indexes existed: Commit
			// builds them and commits x again
			_, errs[i] = s.Commit(ctx, x)
			continue
		}
		ri, err := s.finish(pcs[i], res)
		if i == 0 {
			r = ri
		}
		errs[i] = err
	}
	return r, errors.Join(errs...)
}

// commitInTurn commits each change of chain once the one before is made
// (or found a duplicate); the result is the first's.
func (s *Store) commitInTurn(ctx context.Context, chain []Change) (Result, error) {
	var first Result
	for i, x := range chain {
		r, err := s.Commit(ctx, x)
		if i == 0 {
			first = r
		}
		if err != nil {
			return first, err
		}
	}
	return first, nil
}

// pendingCommit is a change laid out as commit.lua's arguments.
type pendingCommit struct {
	c      Change
	docs   []Doc
	args   []any
	bodies [][]byte
	buf    *bytes.Buffer // holds the bodies; back to s.bodies after
	now    time.Time     // before the commit, when it keeps values
}

// prepare lays c out for the commit script; its buf goes back to
// s.bodies once the reply is read.
func (s *Store) prepare(c Change) (pendingCommit, error) {
	docs, err := s.changeDocs(c)
	if err != nil {
		return pendingCommit{}, fmt.Errorf("storage: commit: %w", err)
	}
	buf := s.bodies.Get().(*bytes.Buffer)
	buf.Reset()
	late := ""
	if c.MsgID != "" && c.Sent.known() {
		// the real clock, not s.now: how long Redis took is no business time
		late = s.late.lateAfter(time.Now())
	}
	args, bodies, err := commitArgs(c, docs, s.seenTTL, late, buf)
	if err != nil {
		s.bodies.Put(buf)
		return pendingCommit{}, fmt.Errorf("storage: commit: %w", err)
	}
	pc := pendingCommit{c: c, docs: docs, args: args, bodies: bodies, buf: buf}
	if len(c.Keep) > 0 {
		// before the commit: a question kept in memory expires no later
		// than in Redis
		pc.now = s.now()
	}
	return pc, nil
}

// finish reads the reply res of pc's commit and brings this process's
// caches to what it did.
func (s *Store) finish(pc pendingCommit, res []any) (Result, error) {
	c := pc.c
	if len(res) == 0 {
		return Result{}, fmt.Errorf("storage: commit: an empty reply")
	}
	status, _ := res[0].(string)
	if status != "ok" {
		s.forgetRefused(c, status)
	}
	if status == "stale" {
		s.keepRefusedReads(c.Scope, res[1:])
	}
	if status == "dup" {
		return Result{Duplicate: true}, nil
	}
	if err := refusal(c, pc.docs, status, res); err != nil {
		return Result{}, err
	}
	reply, err := readCommitReply(c, res)
	if err != nil {
		return Result{}, err
	}
	s.followCommit(c, pc.docs, pc.bodies, reply, pc.now)
	return reply.Result, nil
}

// changeDocs are the documents c writes, in the order the script takes
// them: c.Report's, c.Also's, then c.Docs.
func (s *Store) changeDocs(c Change) ([]Doc, error) {
	docs := make([]Doc, 0, 1+len(c.Also)+len(c.Docs))
	for i := -1; i < len(c.Also); i++ {
		r, create := c.Report, c.Create
		if i >= 0 {
			r, create = c.Also[i], false
		}
		if r == nil {
			continue
		}
		d, err := reportDoc(*r, create, !create && s.cache.indexed(s.reportKey(c.Scope, r.ID), *r))
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return append(docs, c.Docs...), nil
}

// runCommit runs the commit script with args and returns its reply, the
// status first. A script that finds notices written before their live
// indexes existed ("unbuilt") is run again once they are built. When it
// fails, whether it was made is unknown, and so is what it kept: the ask
// cache forgets c.Keep.
func (s *Store) runCommit(ctx context.Context, c Change, args []any) ([]any, error) {
	res, err := s.commit.Run(ctx, s.rdb, []string{s.base(c.Scope)}, args...).Slice()
	if err == nil && c.Ack != nil && len(res) == 1 && res[0] == "unbuilt" {
		// notices written before the live indexes existed: build them, once
		if _, _, err := s.EnsureNoticeIndexes(ctx, c.Scope, c.Ack.At); err != nil {
			return nil, err
		}
		res, err = s.commit.Run(ctx, s.rdb, []string{s.base(c.Scope)}, args...).Slice()
	}
	if err != nil {
		// it may have been made: what it kept is unknown
		s.forgetKept(c.Scope, c.Keep)
		return nil, commitFailed(c, err)
	}
	return res, nil
}

// commitReply is the reply of a commit that was made, read.
type commitReply struct {
	Result
	// gens are the generations of the indexes the documents wrote
	// (openIndexes.follow).
	gens []any
	// left is what each kept record with After or Drop kept after or
	// dropped, two values each (askCache.follow).
	left []any
}

// readCommitReply reads the reply of a made commit of c: "ok", the number
// of references, the references, the generations, with c.Ack the numbers
// of the notices answered and how many, the number of held messages
// withdrawn, then what each kept record kept after or dropped from left.
func readCommitReply(c Change, res []any) (commitReply, error) {
	var out commitReply
	nleft := 0
	for _, k := range c.Keep {
		if k.After != "" || k.Drop {
			nleft += 2
		}
	}
	if len(res) < 3+nleft {
		return commitReply{}, fmt.Errorf("storage: commit: a reply of %d", len(res))
	}
	out.left = res[len(res)-nleft:]
	res = res[:len(res)-nleft]
	nrefs, _ := res[1].(int64)
	if nrefs < 0 || int(nrefs) > len(res)-3 {
		return commitReply{}, fmt.Errorf("storage: commit: %d references in a reply of %d", nrefs, len(res))
	}
	withdrawn, _ := res[len(res)-1].(int64)
	out.Withdrawn, res = int(withdrawn), res[:len(res)-1]
	if c.Ack != nil {
		// the numbers of the notices answered, then how many
		nacked, _ := res[len(res)-1].(int64)
		if nacked < 0 || int(nacked) > len(res)-3-int(nrefs) {
			return commitReply{}, fmt.Errorf("storage: commit: %d notices answered in a reply of %d", nacked, len(res))
		}
		for _, x := range res[len(res)-1-int(nacked) : len(res)-1] {
			n, _ := x.(string)
			out.Acked = append(out.Acked, strings.ToUpper(noticeKind)+n)
		}
		res = res[:len(res)-1-int(nacked)]
	}
	for _, x := range res[2 : 2+nrefs] {
		ref, _ := x.(string)
		out.Refs = append(out.Refs, ref)
	}
	if len(out.Refs) > 0 {
		out.Ref = out.Refs[0]
	}
	out.gens = res[2+nrefs:]
	return out, nil
}

// followCommit brings c's reports and this process's caches to what the
// made commit stored: the reports' ids and versions, the report cache,
// the documents, the open indexes and the questions kept (as of now,
// taken before the commit).
func (s *Store) followCommit(c Change, docs []Doc, bodies [][]byte, reply commitReply, now time.Time) {
	if c.Report != nil {
		c.Report.ID = reply.Ref
		if c.Create {
			c.Report.Version = 1
		} else {
			c.Report.Version++
		}
		s.cache.put(s.reportKey(c.Scope, reply.Ref), *c.Report)
	}
	for _, r := range c.Also {
		r.Version++
		if r.DuplicateOf == RefPlaceholder {
			r.DuplicateOf = reply.Ref // as the script wrote it (reportDoc)
		}
		if r.CameTrue == RefPlaceholder {
			r.CameTrue = reply.Ref
		}
		s.cache.put(s.reportKey(c.Scope, r.ID), *r)
	}
	for i, d := range c.Docs {
		if j := len(docs) - len(c.Docs) + i; d.Kind == "r" && d.Body != nil && j < len(reply.Refs) {
			// a report written as a document: what the cache holds of it
			// is behind now
			s.cache.drop(s.reportKey(c.Scope, reply.Refs[j]))
		}
	}
	s.followDocs(c.Scope, docs, bodies, reply.Refs)
	s.followAssumed(c.Scope, append([]IndexRead{c.Read}, c.Reads...))
	s.history.follow(c.Scope, docs)
	s.opens.follow(c.Scope, docs, reply.Refs, reply.gens)
	s.counters.follow(c.Scope, c.Incr, reply.gens)
	s.followNotices(c.Scope, docs, bodies, reply)
	s.asks.follow(s.base(c.Scope), c.Keep, reply.left, reply.Refs, now)
	s.evidence.follow(s.base(c.Scope), c.Keep, reply.left, reply.Refs, now)
	s.waiting.follow(s.base(c.Scope), c.Keep, reply.left, reply.Refs, now)
	s.mirrors.followKept(c.Scope, c.Keep)
	s.posted.followDocs(s.base(c.Scope), docs)
}

// forgetRefused drops from the caches what a commit that was not made
// (status) read or meant to write: whatever they hold may be behind what
// is stored.
func (s *Store) forgetRefused(c Change, status string) {
	if c.Report != nil && !c.Create {
		s.cache.drop(s.reportKey(c.Scope, c.Report.ID))
	}
	for _, r := range c.Also {
		s.cache.drop(s.reportKey(c.Scope, r.ID))
	}
	for _, d := range c.Docs {
		if d.Kind == "r" && d.ID != 0 {
			s.cache.drop(s.reportKey(c.Scope, "R"+strconv.Itoa(d.ID)))
		}
		s.dcache.drop(c.Scope, d.Kind, d.ID)
		for _, op := range d.Index {
			if followed(op.Set) {
				s.opens.drop(s.indexKey(c.Scope, op.Set))
			}
		}
	}
	for _, rd := range append([]IndexRead{c.Read}, c.Reads...) {
		if rd.index != "" {
			s.opens.drop(s.indexKey(c.Scope, rd.index))
			s.counters.drop(s.indexKey(c.Scope, rd.index))
		}
		if rd.index == NoticesAll && status != "dup" {
			// a duplicate was made before and checked nothing now: the
			// copies stand (a call's 收到 of a notice is one a day, its
			// later calls' are duplicates)
			s.notices.forget(c.Scope)
		}
	}
	if status == "was" {
		s.asks.forget(s.base(c.Scope), c.Keep, s.now())
		s.waiting.forget(s.base(c.Scope), c.Keep, s.now())
	}
	if status == "changed" && c.Unchanged != nil {
		// the value it was decided on (a copy, EvidenceCopy) is behind
		s.evidence.forget(s.base(c.Scope), []Kept{*c.Unchanged}, s.now())
		s.waiting.forget(s.base(c.Scope), []Kept{*c.Unchanged}, s.now())
	}
	s.mirrors.forgetKept(c.Scope, c.Keep)
}

// forgetKept drops this process's copies of the values keep names
// (questions, evidence, the notice mirror): a commit that named them may
// have been made, and what it kept is unknown.
func (s *Store) forgetKept(sc Scope, keep []Kept) {
	s.asks.forget(s.base(sc), keep, s.now())
	s.evidence.forget(s.base(sc), keep, s.now())
	s.waiting.forget(s.base(sc), keep, s.now())
	s.mirrors.forgetKept(sc, keep)
}

// keepRefusedReads follows again the followed indexes a commit refused as
// stale returned as they are now (commit.lua: index, kind, generation, how
// many, then number, version and JSON of each): the change is decided again
// on them with no read of its own, and its commit checks them as any copy.
func (s *Store) keepRefusedReads(sc Scope, res []any) {
	for len(res) >= 4 {
		index, _ := res[0].(string)
		kind, _ := res[1].(string)
		genText, _ := res[2].(string)
		n, _ := res[3].(int64)
		res = res[4:]
		if n < 0 || int(3*n) > len(res) {
			return // not a reply this store's script makes
		}
		flat := make([]string, 0, 1+3*n)
		flat = append(flat, genText)
		for _, x := range res[:3*n] {
			v, _ := x.(string)
			flat = append(flat, v)
		}
		res = res[3*n:]
		if raws, gen, err := loaded(index, flat, nil); err == nil {
			s.keepFollowed(sc, kind, index, raws, gen)
		}
	}
}

// refusal is the error of a commit commit.lua refused with status (res is
// its reply, docs what it was sent), nil for "ok" and a duplicate.
func refusal(c Change, docs []Doc, status string, res []any) error {
	switch status {
	case "stale":
		return fmt.Errorf("storage: commit: an index read changed: %w", ErrConflict)
	case "changed":
		return fmt.Errorf("storage: commit: %s: %w", c.Unchanged.Key, ErrKeptChanged)
	case "was":
		return fmt.Errorf("storage: commit: %w", ErrAskChanged)
	case "older":
		return fmt.Errorf("storage: commit: notices of %s: %w", c.Ack.Group, ErrNoticeOlder)
	case "unbuilt":
		return fmt.Errorf("storage: commit: notice indexes of %s not built", c.Scope)
	case "conflict", "missing":
		i, _ := res[1].(int64)
		what := "document"
		if i >= 1 && int(i) <= len(docs) {
			what = strings.ToUpper(docs[i-1].Kind) + strconv.Itoa(docs[i-1].ID)
		}
		if status == "missing" {
			return fmt.Errorf("storage: commit %s: %w", what, ErrNotFound)
		}
		return fmt.Errorf("storage: commit %s: %w", what, ErrConflict)
	}
	return nil
}

// followDocs keeps the documents of the kinds the docCache holds that a
// commit wrote, at their new versions: bodies are what it sent, refs
// their references. A body that holds the first document's reference
// (Doc.RefsFirst) is kept as the script wrote it, the reference put in
// (refInBody): a call that filed its elder's matter names it, and her
// calls are read no more for it (call54). Without a first reference the
// placeholder stays, as in the script.
func (s *Store) followDocs(sc Scope, docs []Doc, bodies [][]byte, refs []string) {
	if s.dcache == nil {
		return
	}
	for i, d := range docs {
		if !keptDoc(d) || i >= len(refs) || d.Body == nil {
			continue
		}
		id, _ := strconv.Atoi(strings.TrimPrefix(refs[i], strings.ToUpper(d.Kind)))
		body := bytes.Clone(bodies[i])
		if d.RefsFirst && i > 0 {
			body = refsInBody(body, refs[:i])
		}
		v := 1
		if d.ID != 0 {
			v = d.Version + 1
		}
		s.dcache.put(sc, d.Kind, RawDoc{ID: id, Version: v, Body: body})
	}
}

// followNotices brings this process's copies of the scope's notices
// (noticeCopies) to what the made commit stored: the latest generation of
// NoticesAll it knows, and the copies read just before it with the
// notices it wrote.
func (s *Store) followNotices(sc Scope, docs []Doc, bodies [][]byte, reply commitReply) {
	var first, last int64
	for i := 0; i+1 < len(reply.gens); i += 2 {
		if ix, _ := reply.gens[i].(string); ix == NoticesAll {
			gen, _ := reply.gens[i+1].(int64)
			if first == 0 {
				first = gen
			}
			last = gen
		}
	}
	if last == 0 {
		return
	}
	var writes []noticeWrite
	for i, d := range docs {
		if d.Kind != noticeKind || d.Body == nil || i >= len(reply.Refs) {
			continue
		}
		id, _ := strconv.Atoi(strings.TrimPrefix(reply.Refs[i], strings.ToUpper(d.Kind)))
		body := bytes.Clone(bodies[i])
		if d.RefsFirst && i > 0 {
			body = refsInBody(body, reply.Refs[:i])
		}
		v := 1
		if d.ID != 0 {
			v = d.Version + 1
		}
		writes = append(writes, noticeWrite{raw: RawDoc{ID: id, Version: v, Body: body}, ops: d.Index})
	}
	s.notices.follow(sc, first-1, last, writes)
	s.notices.raised(sc, last)
}

// refInBody is the first document's reference in a JSON body, as
// commit.lua finds it: the escaped placeholder not preceded by a
// backslash (which would make it text someone typed).
var refInBody = regexp.MustCompile(`([^\\])\\u0001REF\\u0001`)

// refNInBody is refInBody or an earlier n-th document's reference
// (RefN), as commit.lua finds it.
var refNInBody = regexp.MustCompile(`([^\\])\\u0001REF(\d*)\\u0001`)

// refsInBody is body with the references of refs (the documents before
// it, in order) put in as commit.lua puts them: the first's for
// RefPlaceholder, the n-th's for RefN(n).
func refsInBody(body []byte, refs []string) []byte {
	return refNInBody.ReplaceAllFunc(body, func(m []byte) []byte {
		sub := refNInBody.FindSubmatch(m)
		ref := refs[0]
		if n, err := strconv.Atoi(string(sub[2])); err == nil && n >= 1 && n <= len(refs) {
			ref = refs[n-1]
		}
		return append(slices.Clip(sub[1]), ref...)
	})
}

// RefsNth is d, whose body holds the first document's reference
// (RefsFirst), made to hold the n-th's instead (RefN): the same document
// written after n-1 others in a change that joins several (a claim filed
// after reports by one 「1」).
func (d Doc) RefsNth(n int) (Doc, error) {
	if !d.RefsFirst || n <= 1 || d.Body == nil {
		return d, nil
	}
	body, err := json.Marshal(d.Body)
	if err != nil {
		return d, fmt.Errorf("storage: doc body: %w", err)
	}
	d.Body = json.RawMessage(bytes.ReplaceAll(body, []byte(`\u0001REF\u0001`), []byte(`\u0001REF`+strconv.Itoa(n)+`\u0001`)))
	return d, nil
}

// commitArgs lays c out as commit.lua's arguments: counts, then flat
// fields, so that the script decodes no JSON (only the bodies are JSON,
// stored as they are). The bodies, also returned one per document, are
// encoded into buf, which must stay untouched until the arguments are sent.
func commitArgs(c Change, docs []Doc, seenTTL time.Duration, late string, buf *bytes.Buffer) ([]any, [][]byte, error) {
	audits := 0
	for i := -1; i < len(c.More); i++ {
		if auditAt(c, i).Action != "" {
			audits++
		}
	}
	var guard, want string
	if c.Unchanged != nil {
		guard, want = c.Unchanged.Key, string(c.Unchanged.Value)
	}
	args := make([]any, 0, 24+7*len(docs)+5*audits+6*len(c.Out)+3*len(c.Incr)+6*len(c.Keep))
	index, gen := c.Read.index, c.Read.genArg()
	for _, rd := range c.Reads {
		if rd.index != "" {
			// commit.lua's list: newline-separated
			index, gen = index+"\n"+rd.index, gen+"\n"+rd.genArg()
		}
	}
	args = append(args, c.MsgID, int(seenTTL/time.Second), len(docs), audits, len(c.Out), len(c.Incr), len(c.Keep),
		index, gen, guard, want, c.About, strings.Join(c.Withdraw, ","), flag(c.Ack != nil))
	args = resendArgs(args, c.Sent, late)
	if c.Ack != nil {
		args = c.Ack.appendArgs(args)
	}
	enc := json.NewEncoder(buf)
	bodies := make([][]byte, 0, len(docs))
	for _, d := range docs {
		// what json.Marshal makes, without a copy of its own
		start := buf.Len()
		if d.Body == nil {
			if d.ID == 0 || len(d.Index) > 0 {
				return nil, nil, fmt.Errorf("%s%d: a document only checked has a number and no index", d.Kind, d.ID)
			}
			// only checked: an empty body (commit.lua)
		} else if r, ok := d.Body.(village.Report); ok {
			// a report writes its own JSON, the same bytes, faster
			b, err := r.AppendJSON(buf.AvailableBuffer())
			if err != nil {
				return nil, nil, err
			}
			buf.Write(b)
		} else {
			// Encode escapes as Marshal does, and ends with a newline
			if err := enc.Encode(d.Body); err != nil {
				return nil, nil, err
			}
			buf.Truncate(buf.Len() - 1)
		}
		body := buf.Bytes()[start:]
		args = append(args, d.Kind, d.ID, d.Version, flag(d.RefsFirst), len(d.Index))
		for _, op := range d.Index {
			add := flag(op.Add)
			if op.Add && op.Score != 0 {
				add = "@" + strconv.FormatInt(op.Score, 10)
			}
			args = append(args, op.Set, add)
		}
		args = append(args, body)
		bodies = append(bodies, body)
	}
	for i := -1; i < len(c.More); i++ {
		if a := auditAt(c, i); a.Action != "" {
			args = append(args, a.At.Format(time.RFC3339), a.By, a.Action, a.Note, a.Ref)
		}
	}
	for _, o := range c.Out {
		hold := ""
		switch {
		case !o.NotBefore.IsZero():
			hold = strconv.FormatInt(o.NotBefore.Unix(), 10)
			if !o.Expires.IsZero() { // commit.lua keeps "<hold>/<expires>", held by the first
				hold += "/" + strconv.FormatInt(o.Expires.Unix(), 10)
			}
		case !o.Written.IsZero(): // commit.lua keeps it as the message's "at"
			hold = "@" + strconv.FormatInt(o.Written.Unix(), 10)
		}
		args = append(args, o.To, string(o.Kind), int(o.Priority), hold, o.About, o.Text, storedJoin(o))
	}
	for _, x := range c.Incr {
		args = append(args, x.Hash, x.Field, x.By)
	}
	for _, k := range c.Keep {
		mode := flag(k.RefsFirst)
		switch {
		case k.Drop:
			mode = "drop"
		case k.Followed && !k.RefsFirst:
			mode = "gen"
		}
		args = append(args, k.Key, k.TTL.Milliseconds(), mode, k.Value, k.After, k.Was)
	}
	return args, bodies, nil
}

// auditAt is c's i-th further audit entry (c.More[i]), or c.Audit for -1.
func auditAt(c Change, i int) Audit {
	if i < 0 {
		return c.Audit
	}
	return c.More[i]
}

// flag is a boolean as commit.lua reads it.
func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (s *Store) reportKey(sc Scope, id string) string { return string(sc) + "|" + id }

// get reads the value at key: ok is false when there is none; a failure
// to read is ErrUnavailable, said of what ("llm cache").
func (s *Store) get(ctx context.Context, key, what string) (b []byte, ok bool, err error) {
	b, err = s.rdb.Get(ctx, key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("storage: %s: %w: %w", what, ErrUnavailable, err)
	}
	return b, true, nil
}

// reportNumber is the number of a report's id ("R12").
func reportNumber(id string) (int, error) { return refNumber(id, strings.TrimPrefix(id, "R")) }

// Report reads one report by reference ("R12").
func (s *Store) Report(ctx context.Context, sc Scope, id string) (village.Report, error) {
	n, err := reportNumber(id)
	if err != nil {
		return village.Report{}, fmt.Errorf("storage: report: %w", ErrNotFound)
	}
	if r, ok := s.cache.get(s.reportKey(sc, "R"+strconv.Itoa(n))); ok {
		return r, nil
	}
	if _, ok := s.opens.get(s.indexKey(sc, "reports")); ok || s.opens == nil {
		return s.readReport(sc, id, n, s.rdb.HGet(ctx, s.reportHash(sc, n), "j"))
	}
	// a process that follows no copy of "reports" (a restart, or another
	// process wrote one) reads its newest member with the report, in the
	// same round trip: the next number above it is then known absent
	// (ReportAbsent) with no read (rep99; was one read each)
	var gen *redis.StringCmd
	var newest *redis.StringSliceCmd
	var rep *redis.StringCmd
	_, _ = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		// the generation first: a commit between the two leaves the copy
		// newer than its generation, which only refuses a commit decided
		// on it, never lets one through
		gen = p.Get(ctx, s.base(sc)+"gen:reports")
		newest = p.ZRange(ctx, s.base(sc)+"reports", -1, -1)
		rep = p.HGet(ctx, s.reportHash(sc, n), "j")
		return nil
	})
	s.keepNewestReport(sc, gen, newest)
	return s.readReport(sc, id, n, rep)
}

// keepNewestReport keeps, when this process follows no copy of the scope's
// "reports" index, an incomplete one holding its newest member as read
// (gen, newest): what a report this process files starts (openIndexes.follow).
// A failed read, or an index with no member, keeps nothing.
func (s *Store) keepNewestReport(sc Scope, gen *redis.StringCmd, newest *redis.StringSliceCmd) {
	g, err := gen.Int64()
	if err != nil && !errors.Is(err, redis.Nil) {
		return
	}
	ids, err := newest.Result()
	if err != nil || len(ids) != 1 {
		return
	}
	id, err := strconv.Atoi(ids[0])
	if err != nil {
		return
	}
	key := s.indexKey(sc, "reports")
	if _, ok := s.opens.get(key); !ok {
		s.opens.put(key, openIndex{gen: g, ids: []int{id}})
	}
}

// ReportAbsent reports whether this process's copy of the scope's
// "reports" index (every report, by number: see FollowedReports) shows
// that no report is numbered id, with no round trip: a number above the
// newest the copy lists (its latest members are the newest at its
// generation), or one a complete copy does not list. The read it
// returns guards the reply decided on it (Change.Reads): another
// process's report written since refuses that commit (ErrConflict), and
// the message is answered again on Redis. ok is false without such a
// copy, or when the report may exist.
func (s *Store) ReportAbsent(sc Scope, id string) (IndexRead, bool) {
	n, err := reportNumber(id)
	if err != nil {
		return IndexRead{}, false
	}
	e, ok := s.opens.get(s.indexKey(sc, "reports"))
	if !ok {
		return IndexRead{}, false
	}
	_, listed := slices.BinarySearch(e.ids, n)
	if listed || !e.complete && (len(e.ids) == 0 || n < e.ids[len(e.ids)-1]) {
		return IndexRead{}, false
	}
	return IndexRead{index: "reports", gen: e.gen, copied: true}, true
}

// reportHash is the key of report n's hash.
func (s *Store) reportHash(sc Scope, n int) string { return s.base(sc) + "r:" + strconv.Itoa(n) }

// readReport decodes report n (said as id) from the reply of its hash's
// "j" field, and keeps it in the report cache.
func (s *Store) readReport(sc Scope, id string, n int, cmd *redis.StringCmd) (village.Report, error) {
	b, err := cmd.Bytes()
	if errors.Is(err, redis.Nil) {
		return village.Report{}, fmt.Errorf("storage: report %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return village.Report{}, fmt.Errorf("storage: report %s: %w: %w", id, ErrUnavailable, err)
	}
	r, err := decodeReport(n, b)
	if err != nil {
		return village.Report{}, err
	}
	s.cache.put(s.reportKey(sc, r.ID), r)
	return r, nil
}

// ReportsOf reads the reports ids ("R12") of scope sc, as Report reads
// each, in at most one round trip: those the report cache holds cost
// none, the rest are read together. A report that does not exist (or an
// id that names none) is left out; the others keep the order of ids.
func (s *Store) ReportsOf(ctx context.Context, sc Scope, ids []string) ([]village.Report, error) {
	out := make([]village.Report, len(ids))
	have := make([]bool, len(ids))
	nums := make([]int, len(ids))
	cmds := make([]*redis.StringCmd, len(ids))
	var missing []int
	for i, id := range ids {
		n, err := reportNumber(id)
		if err != nil {
			continue
		}
		nums[i] = n
		if r, ok := s.cache.get(s.reportKey(sc, "R"+strconv.Itoa(n))); ok {
			out[i], have[i] = r, true
			continue
		}
		missing = append(missing, i)
	}
	if len(missing) > 0 {
		_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, i := range missing {
				cmds[i] = p.HGet(ctx, s.reportHash(sc, nums[i]), "j")
			}
			return nil
		})
		if err != nil && !errors.Is(err, redis.Nil) {
			return nil, fmt.Errorf("storage: reports: %w: %w", ErrUnavailable, err)
		}
		for _, i := range missing {
			r, err := s.readReport(sc, ids[i], nums[i], cmds[i])
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			out[i], have[i] = r, true
		}
	}
	reps := out[:0]
	for i, r := range out {
		if have[i] {
			reps = append(reps, r)
		}
	}
	return reps, nil
}

func decodeReport(n int, b []byte) (village.Report, error) {
	var r village.Report
	if err := json.Unmarshal(b, &r); err != nil {
		return village.Report{}, fmt.Errorf("storage: decode R%d: %w", n, err)
	}
	r.ID = "R" + strconv.Itoa(n)
	return r, nil
}

// OpenReports lists a grid's open reports, oldest first, in one round trip.
func (s *Store) OpenReports(ctx context.Context, sc Scope, grid string) ([]village.Report, error) {
	return s.loadIndex(ctx, sc, "open:"+grid, 0)
}

// LatestOpenReports lists at most n of a grid's newest open reports (all
// of them when n <= 0), oldest first, in one round trip: what a duplicate
// check needs, whatever the backlog.
//
// It is served from memory, with no round trip, when this process has
// followed the index since it last read it (its own commits keep the copy
// up to date) and holds every listed report. The IndexRead it returns,
// carried by the commit the read decides (Change.Read), makes that commit
// fail with ErrConflict if another process has changed the index since.
func (s *Store) LatestOpenReports(ctx context.Context, sc Scope, grid string, n int) ([]village.Report, IndexRead, error) {
	index := "open:" + grid
	key := s.indexKey(sc, index)
	if e, ok := s.opens.get(key); ok {
		// all of them (n <= 0) only from a copy that lists all
		if reps, ok := s.cachedReports(sc, e.latest(n)); ok && (e.complete || n > 0 && len(e.ids) >= n) {
			return reps, IndexRead{index: index, gen: e.gen, copied: true}, nil
		}
	}
	raws, gen, err := s.docs(ctx, sc, "r", index, n)
	if err != nil {
		return nil, IndexRead{}, err
	}
	reps, err := s.decodeReports(sc, raws)
	if err != nil {
		return nil, IndexRead{}, err
	}
	ids := make([]int, len(raws))
	for i, d := range raws {
		ids[i] = d.ID
	}
	s.opens.put(key, openIndex{gen: gen, ids: ids, complete: n <= 0 || len(raws) < n})
	return reps, IndexRead{index: index, gen: gen}, nil
}

// OpenReportsCopied is LatestOpenReports of all a grid's open reports as
// this process's copy holds them, with no round trip; ok is false when it
// holds no whole copy (a process that never read the grid since it
// started): for words that only mention them, never for a decision.
func (s *Store) OpenReportsCopied(sc Scope, grid string) ([]village.Report, bool) {
	e, ok := s.opens.get(s.indexKey(sc, "open:"+grid))
	if !ok || !e.complete {
		return nil, false
	}
	return s.cachedReports(sc, e.latest(0))
}

// cachedReports returns the reports numbered ids from the report cache,
// or false when it lacks one.
func (s *Store) cachedReports(sc Scope, ids []int) ([]village.Report, bool) {
	out := make([]village.Report, 0, len(ids))
	for _, id := range ids {
		r, ok := s.cache.get(s.reportKey(sc, "R"+strconv.Itoa(id)))
		if !ok {
			return nil, false
		}
		out = append(out, r)
	}
	return out, true
}

func (s *Store) indexKey(sc Scope, index string) string { return string(sc) + "|" + index }

// AllOpenReports lists every open report of the scope, oldest first, in
// one round trip: what the timed jobs walk, however many closed reports
// the years have piled up.
func (s *Store) AllOpenReports(ctx context.Context, sc Scope) ([]village.Report, error) {
	open := openIndexOf("")
	raws, gen, err := s.docs(ctx, sc, "r", open, 0)
	if err != nil {
		return nil, err
	}
	reps, err := s.decodeReports(sc, raws)
	if err != nil {
		return nil, err
	}
	// kept, now that the report cache holds them, as the copy OpenCopied
	// serves (rt81)
	s.opens.put(s.indexKey(sc, open), openIndex{gen: gen, ids: docIDs(raws), complete: true})
	return reps, nil
}

// RebuildOpen rebuilds the scope's "open" index from its reports in one
// round trip (reports written before the index existed are not in it) and
// returns how many open reports it holds. Safe to run at any time: the
// script is atomic.
func (s *Store) RebuildOpen(ctx context.Context, sc Scope) (int, error) {
	n, _, err := s.reindexOpen(ctx, sc, "")
	return n, err
}

// EnsureOpen is RebuildOpen for a start-up: only a scope whose index was
// never rebuilt is scanned (the commits have kept it since), so that a
// store of many years does not hold Redis up at every start. rebuilt says
// whether it scanned.
func (s *Store) EnsureOpen(ctx context.Context, sc Scope) (n int, rebuilt bool, err error) {
	return s.reindexOpen(ctx, sc, "once")
}

func (s *Store) reindexOpen(ctx context.Context, sc Scope, mode string) (int, bool, error) {
	var closed []any
	for _, st := range village.Statuses() {
		if !st.Open() {
			closed = append(closed, string(st))
		}
	}
	return s.rebuild(ctx, sc, mode, "open", closed...)
}

// rebuild runs reindex.lua for one index (see the script); rebuilt is
// false when mode "once" found it built before.
func (s *Store) rebuild(ctx context.Context, sc Scope, mode, index string, args ...any) (n int, rebuilt bool, err error) {
	n, err = s.reindex.Run(ctx, s.rdb, []string{s.base(sc)}, append([]any{mode, index}, args...)...).Int()
	if err != nil {
		return 0, false, fmt.Errorf("storage: rebuild %s index: %w: %w", index, ErrUnavailable, err)
	}
	if n < 0 {
		return 0, false, nil
	}
	return n, true, nil
}

// Reports lists every report of the scope, oldest first.
func (s *Store) Reports(ctx context.Context, sc Scope) ([]village.Report, error) {
	return s.loadIndex(ctx, sc, "reports", 0)
}

// RecentReports lists the scope's open reports (of one grid when grid
// is not "") and, when n > 0, its n newest reports, each once, oldest
// first, in one round trip: what a grid's 待办 or a summary of a day or a
// week needs (what came in, what was resolved, what is open), whatever
// the years of closed reports.
func (s *Store) RecentReports(ctx context.Context, sc Scope, grid string, n int) ([]village.Report, error) {
	return s.recentReports(ctx, sc, openIndexOf(grid), n)
}

// FollowedReports is RecentReports served from memory, with no round
// trip, when this process follows the indexes it reads ("open:<grid>" or
// "open", and "reports") and holds every report they list. The
// ReportsRead it returns guards the commit the read decides
// (ReportsRead.Guard): that commit fails with ErrConflict if another
// process has changed one of those reports, or the lists, since.
func (s *Store) FollowedReports(ctx context.Context, sc Scope, grid string, n int) ([]village.Report, ReportsRead, error) {
	open := openIndexOf(grid)
	if reps, read, ok := s.recentCopy(sc, open, n); ok {
		return reps, read, nil
	}
	reps, of, err := s.recentOpen(ctx, sc, open, n)
	return reps, ReportsRead{open: of}, err
}

// OpenCopied is the scope's open reports from this process's copy of its
// "open" index, with no round trip, and the read a commit decided on them
// carries (ReportsRead.Guard): ok is false when it holds no complete copy
// or lacks one of the reports (rt81).
func (s *Store) OpenCopied(sc Scope) ([]village.Report, ReportsRead, bool) {
	return s.recentCopy(sc, openIndexOf(""), 0)
}

// openIndexOf is the index of a grid's open reports, of the scope's when
// grid is "".
func openIndexOf(grid string) string {
	if grid == "" {
		return "open"
	}
	return "open:" + grid
}

// recentReports reads RecentReports's reports from Redis and keeps the
// indexes read, as FollowedReports serves them.
func (s *Store) recentReports(ctx context.Context, sc Scope, open string, n int) ([]village.Report, error) {
	reps, _, err := s.recentOpen(ctx, sc, open, n)
	return reps, err
}

// recentOpen is recentReports, also giving the open index's reports as
// read, with the read (what LatestOpenReports of them all would give).
func (s *Store) recentOpen(ctx context.Context, sc Scope, open string, n int) ([]village.Report, *openOf, error) {
	reads := recentReads(open, n)
	docs, gens, whole, err := s.docsOf(ctx, sc, reads)
	if err != nil {
		return nil, nil, err
	}
	return s.recentRead(sc, reads, docs, gens, whole)
}

// RecentReportsEach is RecentReports of each scope (the whole scope's
// open reports, and its n newest) in one round trip for them all: what a
// township of several villages asks of every village (town111: one read
// a village before).
func (s *Store) RecentReportsEach(ctx context.Context, scs []Scope, n int) ([][]village.Report, error) {
	reads := recentReads(openIndexOf(""), n)
	return s.reportsEach(ctx, scs, reads, func(sc Scope, got scopeLoaded) ([]village.Report, error) {
		reps, _, err := s.recentRead(sc, reads, got.Docs, got.gens, got.whole)
		return reps, err
	})
}

// ReportsEach is Reports of each scope in one round trip for them all:
// the 早报 and the monthly and yearly reports read every village's
// (town112: one round trip a village before).
func (s *Store) ReportsEach(ctx context.Context, scs []Scope) ([][]village.Report, error) {
	return s.reportsEach(ctx, scs, []DocsRead{{Kind: "r", Index: "reports"}}, func(sc Scope, got scopeLoaded) ([]village.Report, error) {
		return s.decodeReports(sc, got.Docs[0])
	})
}

// reportsEach reads the same index reads of each scope in one pipeline
// and makes each scope's reports of what it read (decode).
func (s *Store) reportsEach(ctx context.Context, scs []Scope, reads []DocsRead, decode func(Scope, scopeLoaded) ([]village.Report, error)) ([][]village.Report, error) {
	loads := make([]scopeLoad, len(scs))
	for i, sc := range scs {
		loads[i].ScopeRead = ScopeRead{Scope: sc, Docs: reads}
	}
	ls, err := s.loadScopes(ctx, loads)
	if err != nil {
		return nil, err
	}
	out := make([][]village.Report, len(scs))
	for i, sc := range scs {
		got, err := s.loadedScope(sc, reads, nil, ls[i])
		if err != nil {
			return nil, err
		}
		if out[i], err = decode(sc, got); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// recentReads are the index reads of RecentReports: the open index, after
// the n newest reports when n > 0.
func recentReads(open string, n int) []DocsRead {
	if n > 0 {
		// the newest first: the generation of "reports", read before the
		// open ones, then vouches for every report this read lists
		return []DocsRead{{Kind: "r", Index: "reports", Last: n}, {Kind: "r", Index: open}}
	}
	return []DocsRead{{Kind: "r", Index: open}}
}

// recentRead is what recentOpen makes of the reads of recentReads: the
// reports, each once, oldest first, and the open index's, as read.
func (s *Store) recentRead(sc Scope, reads []DocsRead, docs [][]RawDoc, gens []int64, whole []bool) ([]village.Report, *openOf, error) {
	all := slices.Concat(docs...)
	slices.SortStableFunc(all, func(a, b RawDoc) int { return cmp.Compare(a.ID, b.ID) })
	all = slices.CompactFunc(all, func(a, b RawDoc) bool { return a.ID == b.ID })
	reps, err := s.decodeReports(sc, all)
	if err != nil {
		return nil, nil, err
	}
	last := len(reads) - 1 // the open index
	of := &openOf{read: IndexRead{index: reads[last].Index, gen: gens[last]}}
	if of.reps, err = s.decodeReports(sc, docs[last]); err != nil || !whole[last] {
		of = nil
	}
	// kept only now that the report cache holds what they list
	for i, rd := range reads {
		s.opens.put(s.indexKey(sc, rd.Index), openIndex{gen: gens[i], ids: docIDs(docs[i]), complete: whole[i]})
	}
	return reps, of, nil
}

// openOf is an open index's reports as a read of Redis listed them all,
// and that read.
type openOf struct {
	reps []village.Report
	read IndexRead
}

// ReportsRead is what FollowedReports served from this process's copies:
// the indexes at their generations and, as Checked documents, the reports
// whose versions the generation of "reports" does not vouch for (open
// reports older than the newest it lists). The zero value, a read of
// Redis, guards nothing.
type ReportsRead struct {
	reads   []IndexRead
	checked []Doc
	// open is, for a read of Redis, the open index's reports it read
	open *openOf
}

// Open is, when the reports were read of Redis, the open reports of the
// grid (or scope) that read listed, all of them, oldest first, with the
// read that saw them: what LatestOpenReports of them all would have
// given, at the same moment. ok is false for a read served from copies.
func (r ReportsRead) Open() (open []village.Report, read IndexRead, ok bool) {
	if r.open == nil {
		return nil, IndexRead{}, false
	}
	return slices.Clone(r.open.reps), r.open.read, true
}

// Copied reports whether the reports were served from this process's
// copies (see IndexRead.Copied): a decision on them is to be committed
// guarded (Guard).
func (r ReportsRead) Copied() bool { return len(r.reads) > 0 }

// Guard makes c commit only while what r read is as read: it fails with
// ErrConflict otherwise, and the copies are forgotten.
func (r ReportsRead) Guard(c Change) Change {
	c.Reads = append(slices.Clip(c.Reads), r.reads...)
	c.Docs = append(slices.Clip(c.Docs), r.checked...)
	return c
}

// recentCopy is FollowedReports from memory: ok is false when this process
// does not follow an index it reads, or lacks one of the reports.
func (s *Store) recentCopy(sc Scope, open string, n int) ([]village.Report, ReportsRead, bool) {
	o, ok := s.opens.get(s.indexKey(sc, open))
	if !ok || !o.complete {
		return nil, ReportsRead{}, false
	}
	read := ReportsRead{reads: []IndexRead{{index: open, gen: o.gen, copied: true}}}
	ids, vouched := o.ids, []int(nil)
	if n > 0 {
		all, ok := s.opens.get(s.indexKey(sc, "reports"))
		if !ok || !all.complete && len(all.ids) < n {
			return nil, ReportsRead{}, false
		}
		// every report written raises the generation of "reports": the
		// newest were read with it or written since by this process
		vouched = all.latest(n)
		ids = union(vouched, o.ids)
		read.reads = append(read.reads, IndexRead{index: "reports", gen: all.gen, copied: true})
	}
	reps, ok := s.cachedReports(sc, ids)
	if !ok {
		return nil, ReportsRead{}, false
	}
	for i, id := range ids {
		if _, found := slices.BinarySearch(vouched, id); !found {
			read.checked = append(read.checked, Checked("r", id, reps[i].Version))
		}
	}
	return reps, read, true
}

// union is the members of the ascending lists a and b, ascending, once.
func union(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			out, a = append(out, a[0]), a[1:]
		case b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// docIDs are the numbers of docs, in order.
func docIDs(docs []RawDoc) []int {
	ids := make([]int, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}

func (s *Store) loadIndex(ctx context.Context, sc Scope, index string, last int) ([]village.Report, error) {
	raws, _, err := s.docs(ctx, sc, "r", index, last)
	if err != nil {
		return nil, err
	}
	return s.decodeReports(sc, raws)
}

// decodeReports decodes raws, reusing the cached reports of the same version.
func (s *Store) decodeReports(sc Scope, raws []RawDoc) ([]village.Report, error) {
	out := make([]village.Report, 0, len(raws))
	for _, d := range raws {
		// a version the cache holds need not be decoded again: a grid's
		// duplicate check reads the same open reports at every new one
		key := s.reportKey(sc, "R"+strconv.Itoa(d.ID))
		if r, ok := s.cache.get(key); ok && r.Version == d.Version {
			out = append(out, r)
			continue
		}
		r, err := decodeReport(d.ID, d.Body)
		if err != nil {
			return nil, err
		}
		s.cache.put(key, r)
		out = append(out, r)
	}
	return out, nil
}

// RawDoc is a stored document as read back.
type RawDoc struct {
	ID      int
	Version int
	Body    []byte
}

// Ref is the document's reference, such as "N3" for kind "n".
func (d RawDoc) Ref(kind string) string { return strings.ToUpper(kind) + strconv.Itoa(d.ID) }

// decode unmarshals the document's body, a document of kind, into v.
func (d RawDoc) decode(kind string, v any) error {
	if err := json.Unmarshal(d.Body, v); err != nil {
		return fmt.Errorf("storage: decode %s: %w", d.Ref(kind), err)
	}
	return nil
}

// Docs reads the documents of a kind listed in an index, in index order,
// in one round trip.
func (s *Store) Docs(ctx context.Context, sc Scope, kind, index string) ([]RawDoc, error) {
	docs, gen, err := s.docs(ctx, sc, kind, index, 0)
	if err == nil {
		s.keepFollowed(sc, kind, index, docs, gen)
	}
	return docs, err
}

// DocsRead names the documents of a kind an index lists, for DocsOf:
// all of them, or the Last (highest-numbered) when Last > 0.
type DocsRead struct {
	Kind, Index string
	Last        int
}

// DocsOf reads the documents of several indexes, each list in index
// order, in one round trip: what a change decided on more than one list
// needs, read together. A read of a person's calls (CallsOf) builds the
// scope's CallsOf indexes first, in the same round trip, when they were
// never built (a store written before they existed).
func (s *Store) DocsOf(ctx context.Context, sc Scope, reads ...DocsRead) ([][]RawDoc, error) {
	docs, _, err := s.DocsAndCounters(ctx, sc, reads)
	return docs, err
}

// DocsOfRead is DocsOf, and each read as the commit decided on it carries
// it (Change.Read, Change.Reads): that commit is refused (ErrConflict)
// when a followed index read has changed since. A read of the latest few
// (Last) guards the whole index all the same.
func (s *Store) DocsOfRead(ctx context.Context, sc Scope, reads ...DocsRead) ([][]RawDoc, []IndexRead, error) {
	docs, gens, _, err := s.docsOf(ctx, sc, reads)
	if err != nil {
		return nil, nil, err
	}
	rs := make([]IndexRead, len(reads))
	for i, rd := range reads {
		rs[i] = IndexRead{index: rd.Index, gen: gens[i]}
	}
	return docs, rs, nil
}

// DocsAndCounters is DocsOf, and the counter hashes named (as Counters
// reads them), in the same round trip.
func (s *Store) DocsAndCounters(ctx context.Context, sc Scope, reads []DocsRead, hashes ...string) ([][]RawDoc, []map[string]int64, error) {
	docs, _, _, hs, _, err := s.docsAndCounters(ctx, sc, reads, hashes, "")
	return docs, hs, err
}

// AskedAndDocs is Asked (nil when no question waits) and DocsOf, in one
// round trip: a message that may answer a question, or else be about the
// documents read, costs one read however it turns out.
func (s *Store) AskedAndDocs(ctx context.Context, sc Scope, key string, reads ...DocsRead) ([]byte, [][]RawDoc, error) {
	docs, _, _, _, asked, err := s.docsAndCounters(ctx, sc, reads, nil, key)
	return asked, docs, err
}

// docsOf is DocsOf, and each read index's generation and whether the read
// listed the whole index.
func (s *Store) docsOf(ctx context.Context, sc Scope, reads []DocsRead) (docs [][]RawDoc, gens []int64, whole []bool, err error) {
	docs, gens, whole, _, _, err = s.docsAndCounters(ctx, sc, reads, nil, "")
	return docs, gens, whole, err
}

// docsAndCounters is DocsAndCounters, and each read index's generation and
// whether the read listed the whole index; and, when ask names one, the
// questions waiting under that key (nil: none).
func (s *Store) docsAndCounters(ctx context.Context, sc Scope, reads []DocsRead, hashes []string, ask string) ([][]RawDoc, []int64, []bool, []map[string]int64, []byte, error) {
	ls, err := s.loadScopes(ctx, []scopeLoad{{ScopeRead: ScopeRead{Scope: sc, Docs: reads, Hashes: hashes}, ask: ask}})
	if err != nil {
		return nil, nil, nil, nil, nil, err
	}
	r, err := s.loadedScope(sc, reads, hashes, ls[0])
	return r.Docs, r.gens, r.whole, r.Counters, r.asked, err
}

// ScopeRead is what ScopesRead reads of one scope: the documents of
// indexes (as DocsOf) and counter hashes (as Counters).
type ScopeRead struct {
	Scope  Scope
	Docs   []DocsRead
	Hashes []string
}

// ScopeDocs is what ScopesRead read of one scope, in the order asked.
type ScopeDocs struct {
	Docs     [][]RawDoc
	Counters []map[string]int64
}

// ScopesRead reads documents and counter hashes of several scopes in one
// round trip: what compares villages reads of each. Scopes share no
// script (Redis Cluster): each read is its own command of the pipeline.
func (s *Store) ScopesRead(ctx context.Context, reads ...ScopeRead) ([]ScopeDocs, error) {
	loads := make([]scopeLoad, len(reads))
	for i, r := range reads {
		loads[i].ScopeRead = r
	}
	ls, err := s.loadScopes(ctx, loads)
	if err != nil {
		return nil, err
	}
	out := make([]ScopeDocs, len(reads))
	for i, r := range reads {
		got, err := s.loadedScope(r.Scope, r.Docs, r.Hashes, ls[i])
		if err != nil {
			return nil, err
		}
		out[i] = got.ScopeDocs
	}
	return out, nil
}

// scopeLoad is a ScopeRead, and the key of the questions to read with it
// ("": none).
type scopeLoad struct {
	ScopeRead
	ask string
}

// loadCmds are the commands loadScopes queued for one scope.
type loadCmds struct {
	built    []*redis.Cmd // reindex.lua's builds of the indexes the reads need (builtFirst)
	builtOf  []string     // which index each of built builds
	docs     []*redis.Cmd
	counters []*redis.MapStringStringCmd
	// hashGens are the generations of the followed counter hashes
	// (followedCounter), read before them; nil for the others
	hashGens []*redis.StringCmd
	asked    *redis.StringCmd
	askKey   string // the full key asked reads
}

// loadScopes queues the reads of each scope (queueLoads) in one pipeline,
// and again after loading the scripts when the server had not them (a
// restart).
func (s *Store) loadScopes(ctx context.Context, loads []scopeLoad) ([]loadCmds, error) {
	run := func() ([]loadCmds, error) {
		ls := make([]loadCmds, len(loads))
		_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for i, l := range loads {
				ls[i] = s.queueLoads(ctx, p, l.Scope, l.Docs, l.Hashes, l.ask)
			}
			return nil
		})
		return ls, err
	}
	ls, err := run()
	if redis.HasErrorPrefix(err, "NOSCRIPT") {
		// the server has not the scripts (a restart): load them, and the
		// commit's, which a change decided on this read runs next, in one
		// round trip (not one each, and the commit's EVALSHA refused
		// once more); read again. By source: redis.Script.Load would
		// keep a pipeline's empty reply as its hash.
		if _, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, src := range []string{loadSrc, reindexSrc, commitSrc} {
				p.ScriptLoad(ctx, src)
			}
			return nil
		}); err != nil {
			return nil, fmt.Errorf("storage: load: %w: %w", ErrUnavailable, err)
		}
		ls, _ = run() // each command's error is read by loadedScope
	}
	return ls, nil
}

// scopeLoaded is what loadedScope read of one scope.
type scopeLoaded struct {
	ScopeDocs
	gens []int64
	// hashReads are the reads of the followed counter hashes read (zero
	// for the others), which a commit decided on them carries
	hashReads []IndexRead
	whole     []bool
	asked     []byte
}

// loadedScope reads the answers of one scope's commands (queueLoads): each
// read's documents, its index's generation and whether it listed the whole
// index (kept, then, when followed), the counters, the questions.
func (s *Store) loadedScope(sc Scope, reads []DocsRead, hashes []string, l loadCmds) (scopeLoaded, error) {
	for i, b := range l.built {
		if b.Err() != nil {
			return scopeLoaded{}, fmt.Errorf("storage: build index: %w: %w", ErrUnavailable, b.Err())
		}
		if l.builtOf[i] == "claimsof" {
			n, _ := b.Int64()
			s.history.builtIn(sc, n)
		}
	}
	r := scopeLoaded{ScopeDocs: ScopeDocs{Docs: make([][]RawDoc, len(reads))}, gens: make([]int64, len(reads)), whole: make([]bool, len(reads))}
	for i, rd := range reads {
		res, err := l.docs[i].StringSlice()
		if r.Docs[i], r.gens[i], err = loaded(rd.Index, res, err); err != nil {
			return scopeLoaded{}, err
		}
		// load.lua's answer: the generation, then three fields a member
		r.whole[i] = rd.Last <= 0 || (len(res)-1)/3 < rd.Last
		if r.whole[i] {
			s.keepFollowed(sc, rd.Kind, rd.Index, r.Docs[i], r.gens[i])
		} else if rd.Index == ClaimsAll {
			s.keepLatest(sc, rd.Kind, rd.Index, r.Docs[i], r.gens[i])
		}
	}
	r.Counters, r.hashReads = make([]map[string]int64, len(hashes)), make([]IndexRead, len(hashes))
	for i, h := range hashes {
		m, err := l.counters[i].Result()
		if err != nil {
			return scopeLoaded{}, fmt.Errorf("storage: counters %s: %w: %w", h, ErrUnavailable, err)
		}
		r.Counters[i] = countersOf(m)
		if g := l.hashGens[i]; g != nil {
			gen, err := g.Int64()
			if err != nil && !errors.Is(err, redis.Nil) {
				return scopeLoaded{}, fmt.Errorf("storage: counters %s: %w: %w", h, ErrUnavailable, err)
			}
			r.hashReads[i] = IndexRead{index: h, gen: gen}
			s.counters.put(s.indexKey(sc, h), gen, r.Counters[i])
		}
	}
	if l.asked != nil {
		v, err := l.asked.Bytes()
		if err != nil && !errors.Is(err, redis.Nil) {
			return scopeLoaded{}, fmt.Errorf("storage: ask: %w: %w", ErrUnavailable, err)
		}
		r.asked = v
		s.asks.sawNone(l.askKey, v, s.now())
	}
	return r, nil
}

// builtFirst are the indexes a read builds first, once per scope
// (reindex.lua, "once"), when it reads one of them: older data lacks them.
// Each is kept by the commits since.
var builtFirst = [...]struct{ prefix, index string }{
	{callsOfPrefix, "callsof"},
	{claimsOfPrefix, "claimsof"},
	{redeemedPrefix, "redeemedby"},
}

// queueLoads queues on p load.lua for each of reads, after reindex.lua's
// build of an index of builtFirst one of them reads, HGETALL of each of
// hashes, and GET of the questions under ask when it names a key.
func (s *Store) queueLoads(ctx context.Context, p redis.Pipeliner, sc Scope, reads []DocsRead, hashes []string, ask string) loadCmds {
	keys := []string{s.base(sc)}
	l := loadCmds{docs: make([]*redis.Cmd, len(reads)), counters: make([]*redis.MapStringStringCmd, len(hashes)), hashGens: make([]*redis.StringCmd, len(hashes))}
	for _, b := range builtFirst {
		if slices.ContainsFunc(reads, func(rd DocsRead) bool { return strings.HasPrefix(rd.Index, b.prefix) }) {
			l.built, l.builtOf = append(l.built, s.reindex.EvalSha(ctx, p, keys, "once", b.index)), append(l.builtOf, b.index)
		}
	}
	for i, rd := range reads {
		l.docs[i] = s.load.EvalSha(ctx, p, keys, rd.Index, rd.Kind, rd.Last)
	}
	for i, h := range hashes {
		if followedCounter(h) {
			// the generation first: a commit between the two leaves
			// the copy newer than its generation, which only refuses a
			// commit decided on it, never lets one through
			l.hashGens[i] = p.Get(ctx, keys[0]+"gen:"+h)
		}
		l.counters[i] = p.HGetAll(ctx, keys[0]+h)
	}
	if ask != "" {
		l.askKey = keys[0] + askPrefix + ask
		l.asked = p.Get(ctx, l.askKey)
	}
	return l
}

// Followed reads the documents of a kind a followed index lists (a
// household's account or approved claims, see followed), in index order,
// and the read's IndexRead, to be carried by the commit it decides
// (Change.Read): that commit fails with ErrConflict if another process
// has changed the index since. It is served from memory, with no round
// trip, when this process has followed the index since it last read it
// and holds every listed document (its own commits keep both).
func (s *Store) Followed(ctx context.Context, sc Scope, kind, index string) ([]RawDoc, IndexRead, error) {
	if out, read, ok := s.followedCopy(sc, kind, index); ok {
		return out, read, nil
	}
	// read as DocsOf reads (which keeps what it read): an index of
	// builtFirst is built first
	docs, gens, _, err := s.docsOf(ctx, sc, []DocsRead{{Kind: kind, Index: index}})
	if err != nil {
		return nil, IndexRead{}, err
	}
	return docs[0], wholeRead(index, kind, gens[0], false), nil
}

// followedCopy is Followed from memory: ok is false when this process does
// not follow the index, or lacks one of its documents.
func (s *Store) followedCopy(sc Scope, kind, index string) ([]RawDoc, IndexRead, bool) {
	e, ok := s.opens.get(s.indexKey(sc, index))
	if !ok || !e.complete {
		return nil, IndexRead{}, false
	}
	out := make([]RawDoc, 0, len(e.ids))
	for _, id := range e.ids {
		d, ok := s.dcache.get(sc, kind, id)
		if !ok {
			return nil, IndexRead{}, false
		}
		out = append(out, d)
	}
	return out, wholeRead(index, kind, e.gen, true), true
}

// Follows reports whether Followed would serve index from memory, with no
// round trip: what a reader that may need a second index decides on, to
// read both together when the first costs a round trip anyway.
func (s *Store) Follows(sc Scope, kind, index string) bool {
	_, _, ok := s.followedCopy(sc, kind, index)
	return ok
}

// FollowedOf is Followed of several followed indexes (whole: Last is
// unused): those this process does not follow are read together, in one
// round trip (as DocsOf reads them); those it follows cost none. The
// reads go with the commit they decide (Change.Read, Change.Reads).
func (s *Store) FollowedOf(ctx context.Context, sc Scope, reads ...DocsRead) ([][]RawDoc, []IndexRead, error) {
	out, rs := make([][]RawDoc, len(reads)), make([]IndexRead, len(reads))
	var missing []DocsRead
	var at []int
	for i, rd := range reads {
		var ok bool
		if out[i], rs[i], ok = s.followedCopy(sc, rd.Kind, rd.Index); !ok {
			missing, at = append(missing, DocsRead{Kind: rd.Kind, Index: rd.Index}), append(at, i)
		}
	}
	if len(missing) == 0 {
		return out, rs, nil
	}
	docs, gens, _, err := s.docsOf(ctx, sc, missing)
	if err != nil {
		return nil, nil, err
	}
	for j, i := range at {
		out[i], rs[i] = docs[j], wholeRead(reads[i].Index, reads[i].Kind, gens[j], false)
	}
	return out, rs, nil
}

// keepFollowed keeps what a read of a whole followed index found: its
// members at generation gen, and the documents the docCache holds. The
// report indexes are kept by their readers (LatestOpenReports,
// RecentReports), once the report cache holds what they list.
func (s *Store) keepFollowed(sc Scope, kind, index string, raws []RawDoc, gen int64) {
	if !followed(index) || s.opens == nil || kind == "r" {
		return
	}
	if hh, ok := strings.CutPrefix(index, claimsOfPrefix); ok && gen > 0 {
		s.history.add(sc, hh)
	}
	ids := make([]int, len(raws))
	for i, d := range raws {
		ids[i] = d.ID
		s.dcache.put(sc, kind, d)
	}
	s.opens.put(s.indexKey(sc, index), openIndex{gen: gen, ids: ids, complete: true})
}

// keepLatest keeps what a read of the latest few members of a followed
// index found (a village's claims, ClaimsAll): an incomplete copy, its
// members at generation gen and the documents in the docCache, which
// this process's own commits then carry forward (openIndexes.follow). A
// complete copy at the same generation is kept as it is.
func (s *Store) keepLatest(sc Scope, kind, index string, raws []RawDoc, gen int64) {
	if !followed(index) || s.opens == nil || kind == "r" {
		return
	}
	key := s.indexKey(sc, index)
	if e, ok := s.opens.get(key); ok && e.complete && e.gen == gen {
		return
	}
	for _, d := range raws {
		s.dcache.put(sc, kind, d)
	}
	s.opens.put(key, openIndex{gen: gen, ids: docIDs(raws), complete: false})
}

// FollowedLatest is the latest n documents of kind a followed index lists
// (DocsRead.Last), from this process's copy, with no round trip: ok is
// false when it holds no copy listing n of them (or all, complete) or
// lacks one of their documents. The read guards the whole index (every
// write of one of its members raises its generation: a village's claims
// are all named by ClaimsAll), and a stale refusal returns nothing of it
// (an index this long is read again by its reader, Last).
func (s *Store) FollowedLatest(sc Scope, kind, index string, n int) ([]RawDoc, IndexRead, bool) {
	e, ok := s.opens.get(s.indexKey(sc, index))
	if !ok || !followed(index) || !e.complete && len(e.ids) < n {
		return nil, IndexRead{}, false
	}
	ids := e.latest(n)
	out := make([]RawDoc, 0, len(ids))
	for _, id := range ids {
		d, ok := s.dcache.get(sc, kind, id)
		if !ok {
			return nil, IndexRead{}, false
		}
		out = append(out, d)
	}
	return out, IndexRead{index: index, gen: e.gen, copied: true}, true
}

// docs reads the documents an index lists and the index's generation.
func (s *Store) docs(ctx context.Context, sc Scope, kind, index string, last int) ([]RawDoc, int64, error) {
	res, err := s.load.Run(ctx, s.rdb, []string{s.base(sc)}, index, kind, last).StringSlice()
	return loaded(index, res, err)
}

// loaded reads load.lua's answer res (err: the command's) about index.
func loaded(index string, res []string, err error) ([]RawDoc, int64, error) {
	if err != nil || len(res) == 0 {
		return nil, 0, fmt.Errorf("storage: load %s: %w: %w", index, ErrUnavailable, cmp.Or(err, errors.New("empty answer")))
	}
	gen, _ := strconv.ParseInt(res[0], 10, 64)
	res = res[1:]
	out := make([]RawDoc, 0, len(res)/3)
	for i := 0; i+2 < len(res); i += 3 {
		if res[i+2] == "" {
			continue // indexed but gone; never written by commit
		}
		n, _ := strconv.Atoi(res[i])
		v, _ := strconv.Atoi(res[i+1])
		out = append(out, RawDoc{ID: n, Version: v, Body: []byte(res[i+2])})
	}
	return out, gen, nil
}

// Doc reads one document; ErrNotFound when it does not exist. A claim or
// a household account this process wrote or read lately is served from
// memory, as a report is by Report: a commit carries the version read.
func (s *Store) Doc(ctx context.Context, sc Scope, kind string, id int) (RawDoc, error) {
	if d, ok := s.dcache.get(sc, kind, id); ok {
		return d, nil
	}
	f, err := s.rdb.HMGet(ctx, s.base(sc)+kind+":"+strconv.Itoa(id), "v", "j").Result()
	if err != nil {
		return RawDoc{}, fmt.Errorf("storage: %s%d: %w: %w", kind, id, ErrUnavailable, err)
	}
	vs, _ := f[0].(string)
	body, ok := f[1].(string)
	if !ok {
		return RawDoc{}, fmt.Errorf("storage: %s%d: %w", kind, id, ErrNotFound)
	}
	v, _ := strconv.Atoi(vs)
	d := RawDoc{ID: id, Version: v, Body: []byte(body)}
	s.dcache.put(sc, kind, d)
	return d, nil
}

// DocsByNumber reads documents of kind by number, as Doc reads each: those
// this process holds cost nothing, the others are read together in one
// round trip. Those that do not exist are left out.
func (s *Store) DocsByNumber(ctx context.Context, sc Scope, kind string, ids []int) ([]RawDoc, error) {
	out := make([]RawDoc, 0, len(ids))
	var missing []int
	for _, id := range ids {
		if d, ok := s.dcache.get(sc, kind, id); ok {
			out = append(out, d)
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	cmds := make([]*redis.SliceCmd, len(missing))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range missing {
			cmds[i] = p.HMGet(ctx, s.base(sc)+kind+":"+strconv.Itoa(id), "v", "j")
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("storage: %s docs: %w: %w", kind, ErrUnavailable, err)
	}
	for i, id := range missing {
		f := cmds[i].Val()
		if len(f) != 2 {
			continue
		}
		vs, _ := f[0].(string)
		body, ok := f[1].(string)
		if !ok {
			continue
		}
		v, _ := strconv.Atoi(vs)
		d := RawDoc{ID: id, Version: v, Body: []byte(body)}
		s.dcache.put(sc, kind, d)
		out = append(out, d)
	}
	return out, nil
}

// Counters reads a hash of counters written with Change.Incr.
func (s *Store) Counters(ctx context.Context, sc Scope, hash string) (map[string]int64, error) {
	m, err := s.rdb.HGetAll(ctx, s.base(sc)+hash).Result()
	if err != nil {
		return nil, fmt.Errorf("storage: counters %s: %w: %w", hash, ErrUnavailable, err)
	}
	return countersOf(m), nil
}

// CountersRead names a counter hash of a scope, for CountersOf.
type CountersRead struct {
	Scope Scope
	Hash  string
}

// CountersOf reads counter hashes of several scopes (as Counters reads
// one) in one round trip: what compares villages reads of each.
func (s *Store) CountersOf(ctx context.Context, reads ...CountersRead) ([]map[string]int64, error) {
	srs := make([]ScopeRead, len(reads))
	for i, rd := range reads {
		srs[i] = ScopeRead{Scope: rd.Scope, Hashes: []string{rd.Hash}}
	}
	got, err := s.ScopesRead(ctx, srs...)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]int64, len(reads))
	for i, g := range got {
		out[i] = g.Counters[0]
	}
	return out, nil
}

// countersOf is a hash of counters as read.
func countersOf(m map[string]string) map[string]int64 {
	out := make(map[string]int64, len(m))
	for k, v := range m {
		n, _ := strconv.ParseInt(v, 10, 64)
		out[k] = n
	}
	return out
}

// AuditEntry is one line of the audit stream.
type AuditEntry struct {
	ID     string `json:"id"`
	At     string `json:"at"`
	By     string `json:"by"`
	Action string `json:"action"`
	Ref    string `json:"ref"`
	Msg    string `json:"msg"`
	Note   string `json:"note"`
}

// AuditLog reads the whole audit stream of a scope.
func (s *Store) AuditLog(ctx context.Context, sc Scope) ([]AuditEntry, error) {
	xs, err := s.rdb.XRange(ctx, s.base(sc)+"audit", "-", "+").Result()
	if err != nil {
		return nil, fmt.Errorf("storage: audit: %w: %w", ErrUnavailable, err)
	}
	out := make([]AuditEntry, len(xs))
	for i, x := range xs {
		get := func(k string) string { v, _ := x.Values[k].(string); return v }
		out[i] = AuditEntry{ID: x.ID, At: get("at"), By: get("by"), Action: get("action"), Ref: get("ref"), Msg: get("msg"), Note: get("note")}
	}
	return out, nil
}

// Queued is an outbound message claimed from the outbox.
type Queued struct {
	Scope Scope
	Seq   string
	Src   string
	// Held, of a claimed message held in quiet hours, is the time it was
	// held until: the day its text was written for (its 昨天, 今天, 明天,
	// its night.held note). Zero: sent as written, or from
	// Outbound.Written when that is set.
	Held time.Time
	// Also are the sequence numbers of the messages joined into this one
	// (Joined): its outcome is theirs.
	Also []string
	bot.Outbound
}

// Seqs are the sequence numbers q stands for: its own, then Also's.
func (q Queued) Seqs() []string {
	return append([]string{q.Seq}, q.Also...)
}

// joinFirstMark begins a stored join (the message's "join" field) of a
// message with JoinFirst: one field keeps both, claim.lua joins by any.
const joinFirstMark = "!"

// storedJoin is o's Join as stored (joinFirstMark before it when
// JoinFirst; "" when none).
func storedJoin(o bot.Outbound) string {
	if o.Join != "" && o.JoinFirst {
		return joinFirstMark + o.Join
	}
	return o.Join
}

// Joined returns q with the messages with a Join (bot.Outbound.Join) to
// the same chat made one, at the place of the first: the JoinFirst ones
// lead it, then the others in q's order, the leader's seqs first and the
// others' in its Also (JoinTexts). A message without a Join, or the only
// one to its chat, is as it was.
func Joined(q []Queued) []Queued {
	type chat struct{ to, kind string }
	first := map[chat]int{} // → its index in out
	var groups map[int][]Queued
	out := make([]Queued, 0, len(q))
	for _, m := range q {
		if m.Join == "" {
			out = append(out, m)
			continue
		}
		k := chat{m.To, string(m.Kind)}
		i, ok := first[k]
		if !ok {
			first[k] = len(out)
			out = append(out, m)
			continue
		}
		if groups == nil {
			groups = map[int][]Queued{}
		}
		if groups[i] == nil {
			groups[i] = []Queued{out[i]}
		}
		groups[i] = append(groups[i], m)
	}
	for i, g := range groups {
		slices.SortStableFunc(g, func(a, b Queued) int {
			switch {
			case a.JoinFirst == b.JoinFirst:
				return 0
			case a.JoinFirst:
				return -1
			}
			return 1
		})
		head := g[0]
		texts := []string{head.Text}
		for _, m := range g[1:] {
			head.Also = append(head.Also, m.Seqs()...)
			texts = append(texts, m.Text)
		}
		head.Join = joinOf(g)
		head.Text = JoinTexts(head.Join, texts)
		out[i] = head
	}
	return out
}

// joinOf is the opening of g's joined message: their Join when all share
// it, else bot.JoinMixed.
func joinOf(g []Queued) string {
	for _, m := range g[1:] {
		if m.Join != g[0].Join {
			return bot.JoinMixed
		}
	}
	return g[0].Join
}

// JoinTexts is texts as one message: the opening join said once, on a
// line of its own, then each text without it (a text of another kind
// keeps its own), numbered, a blank line between two
// ("【夜里反映】\n1. 陈二在群里反映 #R1…\n\n2. …"); a last line all of them
// end with (the night.held note of one night's items written together)
// is said once, at the end, and so are notes that differ only in when
// they were written (timeNotes: 「（这些是昨天23:00–23:10的消息…）」).
func JoinTexts(join string, texts []string) string {
	tails := make([]string, len(texts))
	for i, t := range texts {
		tails[i] = lastLine(t)
	}
	tail, ok := timeNotes(tails)
	var b strings.Builder
	b.WriteString(join)
	for i, t := range texts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("\n" + strconv.Itoa(i+1) + ". ")
		t = strings.TrimPrefix(t, join)
		if ok {
			t = strings.TrimSuffix(t, "\n"+tails[i])
		}
		b.WriteString(t)
	}
	if ok {
		b.WriteString("\n\n" + tail)
	}
	return b.String()
}

// timeNotes is the one last line for texts ending with tails: their
// tail when all share it; when they are notes saying when each was
// written, alike but for that (「（这是昨天23:00的消息，为免夜里打扰，早上才发）」,
// handlers' night.held; lateNote's 「（这是…的消息，没能及时发出…）」),
// one note for the span: 「（这些是昨天23:00–23:10的消息，为免夜里打扰，早上才发）」.
// ok is false when they have no such line in common: each keeps its own.
func timeNotes(tails []string) (note string, ok bool) {
	if tails[0] == "" {
		return "", false
	}
	if !slices.ContainsFunc(tails, func(t string) bool { return t != tails[0] }) {
		return tails[0], true
	}
	var first, last writtenWhen
	var rest string
	for i, t := range tails {
		w, r, ok := noteWhen(t)
		if !ok || i > 0 && r != rest {
			return "", false
		}
		if i == 0 || w.before(first) {
			first = w
		}
		if i == 0 || last.before(w) {
			last = w
		}
		rest = r
	}
	span := first.day + first.clock
	if last != first {
		span += "–" + last.clock
		if last.day != first.day {
			span = first.day + first.clock + "–" + last.day + last.clock
		}
	}
	return timeNotePrefix + "些是" + span + timeNoteMid + rest, true
}

// The pieces of a note saying when its message was written:
// 「（这是」 when 「的消息，」 the rest.
const (
	timeNotePrefix = "（这"
	timeNoteMid    = "的消息，"
)

// writtenWhen is a note's when: its day (昨天, 今天, 12月7日, "" for
// today) and its clock ("23:00").
type writtenWhen struct{ day, clock string }

// noteWhen reads a note 「（这是昨天23:00的消息，…）」: its when and the
// rest after 「的消息，」; ok false for another line.
func noteWhen(line string) (w writtenWhen, rest string, ok bool) {
	after, found := strings.CutPrefix(line, timeNotePrefix+"是")
	if !found {
		return w, "", false
	}
	when, rest, found := strings.Cut(after, timeNoteMid)
	if !found || len(when) < 5 {
		return w, "", false
	}
	w = writtenWhen{day: when[:len(when)-5], clock: when[len(when)-5:]}
	if _, err := time.Parse("15:04", w.clock); err != nil {
		return w, "", false
	}
	if _, known := w.order(); !known {
		return w, "", false
	}
	return w, rest, true
}

// order is w's day as a number that grows with time: a date (「12月7日」,
// 「2025年12月7日」: days gone by, DaysOn's) before 前天, 昨天, 今天.
func (w writtenWhen) order() (int, bool) {
	switch w.day {
	case "前天":
		return -2, true
	case "昨天":
		return -1, true
	case "", "今天":
		return 0, true
	}
	for _, layout := range []string{"2006年1月2日", "1月2日"} {
		if d, err := time.Parse(layout, w.day); err == nil {
			y := d.Year()
			if y == 0 { // this year's: after every year written out
				y = 9999
			}
			return (y*13+int(d.Month()))*32 + d.Day() - 1<<30, true
		}
	}
	return 0, false
}

// before reports whether w was written before v.
func (w writtenWhen) before(v writtenWhen) bool {
	wd, _ := w.order()
	vd, _ := v.order()
	return wd < vd || wd == vd && w.clock < v.clock
}

// lastLine is t's last line when it has more than one, else "".
func lastLine(t string) string {
	if i := strings.LastIndexByte(t, '\n'); i >= 0 {
		return t[i+1:]
	}
	return ""
}

// timed sets q's times from its stored fields: hold (Held, and Expires
// after a "/") or, not held, at (Written); "" or no number: none.
func (q *Queued) timed(hold, at string) {
	hold, exp, _ := strings.Cut(hold, "/")
	if h, err := strconv.ParseInt(hold, 10, 64); err == nil {
		q.Held = time.Unix(h, 0)
		if e, err := strconv.ParseInt(exp, 10, 64); err == nil {
			q.Expires = time.Unix(e, 0)
		}
	} else if w, err := strconv.ParseInt(at, 10, 64); err == nil {
		q.Written = time.Unix(w, 0)
	}
}

// writtenKey is the context key of when the texts of the changes
// committed with the context were written (WrittenAt).
type writtenKey struct{}

// WrittenAt returns ctx saying that the messages of the changes committed
// with it were written at t (the message being handled, the job's run):
// Commit stamps it on those not held that carry no Written of their own,
// so that one sent late says its days from then (Outbox.reword).
func WrittenAt(ctx context.Context, t time.Time) context.Context {
	return context.WithValue(ctx, writtenKey{}, t)
}

// stamped is c with its messages, and c.Then's, stamped with ctx's
// WrittenAt where they are not held and carry none, and c.Then made for
// c's message (Sent) where it names none; c's slices are not written to.
func stamped(ctx context.Context, c Change) Change {
	at, ok := ctx.Value(writtenKey{}).(time.Time)
	ok = ok && !at.IsZero()
	if !ok && (c.Sent == nil || c.Then == nil) {
		return c
	}
	unstamped := func(o bot.Outbound) bool { return o.NotBefore.IsZero() && o.Written.IsZero() }
	if ok && slices.ContainsFunc(c.Out, unstamped) {
		c.Out = slices.Clone(c.Out)
		for i, o := range c.Out {
			if unstamped(o) {
				c.Out[i].Written = at
			}
		}
	}
	if c.Then != nil {
		then := *c.Then
		if then.Sent == nil {
			then.Sent = c.Sent
		}
		then = stamped(ctx, then)
		c.Then = &then
	}
	return c
}

// coalesceSummaries is how many more summaries for the same chat a claim of
// one summary takes along, so that they go out as one message, and how
// many more joined messages (a night's held notes) one takes. 50, above a
// night's notes for one chat (the walks: eight at most), so that they go
// out as one numbered message: a long one is split on line boundaries by
// the sender (bot.DispatcherOptions.MaxChars) and a split resumed where it
// stopped (Resume), so its length costs nothing; claim.lua scans 200
// queued messages at most for them.
const coalesceSummaries = 50

// Claim takes up to max queued messages of a scope, most urgent first, and
// marks them in flight. A claim that takes a single summary (bot.Bulk) also
// takes the other queued summaries for the same chat; one that takes a
// message with a Join (bot.Outbound.Join) also takes the other queued
// messages with a Join for the same chat, of any kind and priority
// (Joined makes them one). Each call has a
// token, so that go-redis retrying it after a lost answer takes nothing
// more.
func (s *Store) Claim(ctx context.Context, sc Scope, max int, now time.Time) ([]Queued, error) {
	res, err := s.claim.Run(ctx, s.rdb, []string{s.base(sc)}, max, now.Unix(), coalesceSummaries, rand.Text()).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("storage: claim: %w: %w", ErrUnavailable, err)
	}
	out := make([]Queued, 0, len(res)/9)
	for i := 0; i+8 < len(res); i += 9 {
		prio, _ := strconv.Atoi(res[i+3])
		q := Queued{Scope: sc, Seq: res[i], Src: res[i+5], Outbound: bot.Outbound{
			To: res[i+1], Kind: bot.Kind(res[i+2]), Priority: bot.Priority(prio), Text: res[i+4],
		}}
		q.Join, q.JoinFirst = strings.CutPrefix(res[i+8], joinFirstMark)
		q.timed(res[i+6], res[i+7])
		out = append(out, q)
	}
	return out, nil
}

// Head returns the priority score of the most urgent queued message of each
// scope, in one round trip; scopes with an empty queue are left out. A
// scope with a retry due at now, or a message held in quiet hours whose
// time has come, scores 0 (most urgent): its claim queues them.
func (s *Store) Head(ctx context.Context, scopes []Scope, now time.Time) (map[Scope]float64, error) {
	cmds := make([]*redis.ZSliceCmd, len(scopes))
	due := make([]*redis.StringSliceCmd, len(scopes))
	held := make([]*redis.StringSliceCmd, len(scopes))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, sc := range scopes {
			cmds[i] = p.ZRangeWithScores(ctx, s.base(sc)+"outq", 0, 0)
			due[i] = p.ZRangeByScore(ctx, s.base(sc)+"retry", &redis.ZRangeBy{Min: "-inf", Max: strconv.FormatInt(now.Unix(), 10), Count: 1})
			held[i] = p.ZRangeByScore(ctx, s.base(sc)+"held", &redis.ZRangeBy{Min: "-inf", Max: strconv.FormatInt(now.Unix(), 10), Count: 1})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: head: %w: %w", ErrUnavailable, err)
	}
	out := map[Scope]float64{}
	for i, c := range cmds {
		if z := c.Val(); len(z) > 0 {
			out[scopes[i]] = z[0].Score
		}
		if len(due[i].Val()) > 0 || len(held[i].Val()) > 0 { // a due retry or held message: claim there, it queues them
			out[scopes[i]] = 0
		}
	}
	return out, nil
}

// Ack records the final state of claimed messages: sent, or unknown when the
// transport could not say whether the message went out.
func (s *Store) Ack(ctx context.Context, sc Scope, sent bool, seqs ...string) error {
	state := "sent"
	if !sent {
		state = "unknown"
	}
	return s.setState(ctx, sc, state, seqs...)
}

// setState records the final state of claimed messages: sent, unknown,
// forwarded or expired.
func (s *Store) setState(ctx context.Context, sc Scope, state string, seqs ...string) error {
	if len(seqs) == 0 {
		return nil
	}
	args := withSeqs([]any{state, int(s.sentTTL / time.Second)}, seqs)
	if err := s.ack.Run(ctx, s.rdb, []string{s.base(sc)}, args...).Err(); err != nil {
		return fmt.Errorf("storage: ack: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// withSeqs is a queue script's arguments: args, then the seqs of the
// messages it works on.
func withSeqs(args []any, seqs []string) []any {
	for _, q := range seqs {
		args = append(args, q)
	}
	return args
}

// Forward queues m, claimed in its own scope, in the queue of scope to,
// once: a repeated forward of the same message queues nothing. m keeps
// its times: one held in quiet hours is held there until the same time
// (past, so the next claim queues it), one not held keeps when it was
// written, so that the claim there rewords it as the claim here would
// have (Outbox.reword: its days, its late note).
func (s *Store) Forward(ctx context.Context, m Queued, to Scope) error {
	out := m.Outbound
	if !m.Held.IsZero() {
		out.NotBefore, out.Written = m.Held, time.Time{}
	}
	_, err := s.Commit(ctx, Change{Scope: to, MsgID: "fwd:" + string(m.Scope) + "|" + m.Seq, Out: []bot.Outbound{out}})
	return err
}

// Requeue puts claimed messages that were certainly not sent back in the
// queue, most urgent first as before.
func (s *Store) Requeue(ctx context.Context, sc Scope, seqs ...string) error {
	if len(seqs) == 0 {
		return nil
	}
	return s.requeueWith(ctx, sc, "", nil, seqs)
}

// Resume puts a claimed message that was cut off between its parts back
// in the queue, its text now rest (the parts not sent), in one atomic
// step: it is never left in flight with its text cut. joined are the
// messages joined into it (Queued.Also), whose texts went out or are in
// rest: they leave the flight in the same step (state "joined").
func (s *Store) Resume(ctx context.Context, sc Scope, seq, rest string, joined ...string) error {
	if rest == "" {
		return fmt.Errorf("storage: resume %s: nothing left to send", seq)
	}
	return s.requeueWith(ctx, sc, rest, joined, []string{seq})
}

// requeueWith runs requeue.lua: seqs back in the queue, the first one's
// text replaced by text unless it is "", the joined ones out of flight.
func (s *Store) requeueWith(ctx context.Context, sc Scope, text string, joined, seqs []string) error {
	args := withSeqs([]any{text, strings.Join(joined, ","), int(s.sentTTL / time.Second)}, seqs)
	if err := s.requeue.Run(ctx, s.rdb, []string{s.base(sc)}, args...).Err(); err != nil {
		return fmt.Errorf("storage: requeue: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// Retry policy of messages not delivered by a cause of their own.
const (
	retryFirst    = time.Minute // then 2, 4, 8 minutes
	retryAttempts = 5
)

// Retry records a failed attempt of claimed messages that were certainly
// not delivered by a cause of their own (WeChat refused them, their chat
// is not known): each is queued again after a delay that doubles, and
// after the last attempt set aside as a dead letter. It returns the seqs
// set aside.
func (s *Store) Retry(ctx context.Context, sc Scope, now time.Time, seqs ...string) ([]string, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	args := withSeqs([]any{now.Unix(), int(retryFirst / time.Second), retryAttempts}, seqs)
	dead, err := s.retry.Run(ctx, s.rdb, []string{s.base(sc)}, args...).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("storage: retry: %w: %w", ErrUnavailable, err)
	}
	return dead, nil
}

// DeadLetters counts the messages of a scope given up after the last
// attempt.
func (s *Store) DeadLetters(ctx context.Context, sc Scope) (int64, error) {
	n, err := s.rdb.ZCard(ctx, s.base(sc)+"dead").Result()
	if err != nil {
		return 0, fmt.Errorf("storage: dead letters: %w: %w", ErrUnavailable, err)
	}
	return n, nil
}

// InFlight lists messages claimed but never acknowledged: a sender crashed
// while sending them, so whether they went out is unknown.
func (s *Store) InFlight(ctx context.Context, sc Scope) ([]Queued, error) {
	seqs, err := s.rdb.SMembers(ctx, s.base(sc)+"inflight").Result()
	if err != nil {
		return nil, fmt.Errorf("storage: inflight: %w: %w", ErrUnavailable, err)
	}
	out := make([]Queued, 0, len(seqs))
	for _, q := range seqs {
		f, err := s.rdb.HMGet(ctx, s.base(sc)+"out:"+q, "to", "kind", "text", "src", "prio", "hold", "at").Result()
		if err != nil {
			return nil, fmt.Errorf("storage: inflight %s: %w: %w", q, ErrUnavailable, err)
		}
		str := func(v any) string { x, _ := v.(string); return x }
		prio, _ := strconv.Atoi(str(f[4]))
		m := Queued{Scope: sc, Seq: q, Src: str(f[3]), Outbound: bot.Outbound{
			To: str(f[0]), Kind: bot.Kind(str(f[1])), Priority: bot.Priority(prio), Text: str(f[2]),
		}}
		m.timed(str(f[5]), str(f[6]))
		out = append(out, m)
	}
	return out, nil
}

// Held lists the outbound messages of a scope held in quiet hours
// (bot.Outbound.NotBefore) that no claim has queued yet, the soonest
// first: what a replay that ends at night has still to send.
func (s *Store) Held(ctx context.Context, sc Scope) ([]Queued, error) {
	zs, err := s.rdb.ZRangeWithScores(ctx, s.base(sc)+"held", 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("storage: held: %w: %w", ErrUnavailable, err)
	}
	if len(zs) == 0 {
		return nil, nil
	}
	cmds := make([]*redis.SliceCmd, len(zs))
	if _, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, z := range zs {
			cmds[i] = p.HMGet(ctx, s.base(sc)+"out:"+fmt.Sprint(z.Member), "to", "kind", "prio", "text", "src")
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("storage: held: %w: %w", ErrUnavailable, err)
	}
	out := make([]Queued, 0, len(zs))
	for i, z := range zs {
		f := make([]string, 5)
		for k, v := range cmds[i].Val() {
			f[k], _ = v.(string)
		}
		prio, _ := strconv.Atoi(f[2])
		out = append(out, Queued{Scope: sc, Seq: fmt.Sprint(z.Member), Src: f[4], Outbound: bot.Outbound{
			To: f[0], Kind: bot.Kind(f[1]), Priority: bot.Priority(prio), Text: f[3], NotBefore: time.Unix(int64(z.Score), 0),
		}})
	}
	return out, nil
}

// QueueLen is the number of queued outbound messages of a scope (retries
// too; not the messages held in quiet hours, which wait by design).
func (s *Store) QueueLen(ctx context.Context, sc Scope) (int64, error) {
	var q, r *redis.IntCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		q, r = p.ZCard(ctx, s.base(sc)+"outq"), p.ZCard(ctx, s.base(sc)+"retry")
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("storage: queue length: %w: %w", ErrUnavailable, err)
	}
	return q.Val() + r.Val(), nil
}

type tripCounter struct{ n atomic.Int64 }

func (t *tripCounter) DialHook(next redis.DialHook) redis.DialHook { return next }

func (t *tripCounter) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		t.n.Add(1)
		return next(ctx, cmd)
	}
}

func (t *tripCounter) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		t.n.Add(1)
		return next(ctx, cmds)
	}
}
