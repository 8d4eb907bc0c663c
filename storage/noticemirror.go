package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/village"
)

// Keys of the notice mirror (in addition to the package doc):
//
//	<p>:{v:<village>}:noticegen   STRING  what the village knows of the township's notices: "<G>" (gen:notices
//	                                      is G), "?<token>" (a notice write in flight, with an expiry), "done:<token>"
//	                                      (that write ended; the generation is not known here)
//
// A decision a village commit makes on the township's notices (a call
// that passes one on, or whose elder says she goes) cannot carry the
// township's generation: no script sees both scopes. The mirror is a
// village key such a commit can check (Kept.Was). A write of a notice
// (a township commit naming one) is sent in one pipeline between two
// writes of each village's mirror: "?<token>" before it, so that no
// village commit checks a mirror that says a generation while the
// township's may already be past it; "done:<token>" after it, only while
// the mirror still holds this write's token. A commit decided on this
// process's copy of the notices at generation G then carries a guard
// that the mirror holds what it last knew (its value, and G with it) and
// writes "<G>": it commits only while no notice write began since. A
// write that turns out a duplicate (a resend) puts back what each mirror
// held before its mark (the mark returns it), while the mirror still holds
// that mark or its "done:<token>": a resend changes nothing. A
// crash between the pipeline's writes leaves "?<token>", which expires
// (mirrorWriting); until then and after, calls read the notices from
// Redis as before.
const NoticeMirrorKey = "noticegen"

// mirrorWriting is how long a mirror says a notice write is in flight:
// its pipeline runs its three parts one after the other, in well under
// a second; a process that died between them leaves the mark to expire.
const mirrorWriting = time.Minute

// mirrorKept is how long a mirror's value is kept after its last write;
// gone, the next call reads the notices from Redis and sets it again.
const mirrorKept = 30 * 24 * time.Hour

// mirrorDoneSrc writes "done:<token>" (ARGV[2]) while the mirror still
// holds "?<token>" (ARGV[1]).
const mirrorDoneSrc = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`

var mirrorDoneScript = redis.NewScript(mirrorDoneSrc)

// mirrorMarkSrc writes "?<token>" (ARGV[1], for ARGV[2] ms) and returns
// what the mirror held, as {value, PTTL} ({false, -2}: nothing), so that a
// write that turns out a duplicate can put it back (mirrorUndoSrc).
const mirrorMarkSrc = `
local was = redis.call('GET', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return {was, ttl}`

// mirrorMarkScript is sent whole (EVAL, not EVALSHA): a mark that
// NOSCRIPT refused would leave the notice written unmarked.
var mirrorMarkScript = redis.NewScript(mirrorMarkSrc)

// mirrorUndoSrc puts back what the mirror held before "?<token>" (ARGV[1])
// while it still holds that mark or its end "done:<token>" (ARGV[5]; no
// other write marked it since): ARGV[2] the value ("" with ARGV[4] "0":
// none), ARGV[3] its expiry in ms (none when not positive).
const mirrorUndoSrc = `
local now = redis.call('GET', KEYS[1])
if now ~= ARGV[1] and now ~= ARGV[5] then
  return 0
end
if ARGV[4] == "0" then
  redis.call('DEL', KEYS[1])
elseif tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1`

var mirrorUndoScript = redis.NewScript(mirrorUndoSrc)

// noticeMirrors are the villages whose mirrors a township's notice
// writes mark, and what this process knows of each village's mirror:
// while it still holds was, the township's notices are at gen.
type noticeMirrors struct {
	mu    sync.Mutex
	of    map[Scope][]Scope
	known map[Scope]mirrorKnown
	// made are the sources (scope and message id) of the notice writes
	// this process saw made or found made before, the newest last
	// (resentKnown)
	made []string
}

// madeKept is how many notice writes' sources noticeMirrors keeps: a
// resend comes within minutes of its first delivery.
const madeKept = 64

type mirrorKnown struct {
	was string // the mirror's value; absentWas: none
	gen int64
}

func newNoticeMirrors() *noticeMirrors {
	return &noticeMirrors{of: map[Scope][]Scope{}, known: map[Scope]mirrorKnown{}}
}

// MirrorNotices makes every write of a notice in township's scope mark
// the notice mirror of each of villages (NoticeMirrorKey): every process
// that writes notices of the township must be told the same villages
// (handlers.New tells its store the configured ones).
func (s *Store) MirrorNotices(township Scope, villages ...Scope) {
	s.mirrors.mu.Lock()
	s.mirrors.of[township] = slices.Clone(villages)
	s.mirrors.mu.Unlock()
}

// villagesOf are the villages whose mirrors c marks: those of its scope
// when it writes a notice.
func (m *noticeMirrors) villagesOf(c Change) []Scope {
	m.mu.Lock()
	vs := m.of[c.Scope]
	m.mu.Unlock()
	if len(vs) == 0 {
		return nil
	}
	for _, d := range c.Docs {
		if d.Kind == noticeKind && d.Body != nil {
			return vs
		}
	}
	return nil
}

func (m *noticeMirrors) get(v Scope) (mirrorKnown, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k, ok := m.known[v]
	return k, ok
}

func (m *noticeMirrors) set(v Scope, k mirrorKnown) {
	m.mu.Lock()
	m.known[v] = k
	m.mu.Unlock()
}

// sawMade records that the notice write of sc with message id was made
// (or found made before).
func (m *noticeMirrors) sawMade(sc Scope, id string) {
	if id == "" {
		return
	}
	key := string(sc) + "\x00" + id
	m.mu.Lock()
	defer m.mu.Unlock()
	if slices.Contains(m.made, key) {
		return
	}
	if len(m.made) == madeKept {
		m.made = slices.Delete(m.made, 0, 1)
	}
	m.made = append(m.made, key)
}

// madeBefore reports whether sawMade recorded sc's write with message id.
func (m *noticeMirrors) madeBefore(sc Scope, id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return id != "" && slices.Contains(m.made, string(sc)+"\x00"+id)
}

func (m *noticeMirrors) forget(v Scope) {
	m.mu.Lock()
	delete(m.known, v)
	m.mu.Unlock()
}

// followKept records the mirror value a made commit of v wrote (its
// guard held): the notices are at that generation while it stays.
func (m *noticeMirrors) followKept(v Scope, keep []Kept) {
	for _, k := range keep {
		if k.Key != NoticeMirrorKey {
			continue
		}
		if gen, err := strconv.ParseInt(string(k.Value), 10, 64); err == nil {
			m.set(v, mirrorKnown{was: string(k.Value), gen: gen})
		}
	}
}

// forgetKept forgets v's mirror when a commit that guarded or wrote it
// was refused or its outcome is unknown.
func (m *noticeMirrors) forgetKept(v Scope, keep []Kept) {
	for _, k := range keep {
		if k.Key == NoticeMirrorKey {
			m.forget(v)
		}
	}
}

// commitMirrored commits c, which writes a notice, between the marks of
// the villages' mirrors (see NoticeMirrorKey), in one round trip.
func (s *Store) commitMirrored(ctx context.Context, c Change, vs []Scope) (Result, error) {
	if r, ok, err := s.resentKnown(ctx, c); ok || err != nil {
		return r, err
	}
	pc, err := s.prepare(c)
	if err != nil {
		return Result{}, err
	}
	defer s.bodies.Put(pc.buf)
	var b [8]byte
	_, _ = rand.Read(b[:])
	tok := hex.EncodeToString(b[:])
	writing, done := "?"+tok, "done:"+tok
	for _, v := range vs {
		s.mirrors.forget(v)
	}
	var cmd *redis.Cmd
	dones, marks := make([]*redis.Cmd, len(vs)), make([]*redis.Cmd, len(vs))
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, v := range vs {
			marks[i] = mirrorMarkScript.Eval(ctx, p, []string{s.base(v) + NoticeMirrorKey}, writing, mirrorWriting.Milliseconds())
		}
		cmd = s.commit.EvalSha(ctx, p, []string{s.base(c.Scope)}, pc.args...)
		for i, v := range vs {
			dones[i] = mirrorDoneScript.EvalSha(ctx, p, []string{s.base(v) + NoticeMirrorKey}, writing, done, mirrorKept.Milliseconds())
		}
		return nil
	})
	res, cerr := cmd.Slice()
	if cerr != nil && redis.HasErrorPrefix(cerr, "NOSCRIPT") {
		// the commit did not run (the script is not loaded yet): run it
		// now, its marks again around it
		for _, v := range vs {
			if err := s.rdb.Set(ctx, s.base(v)+NoticeMirrorKey, writing, mirrorWriting).Err(); err != nil {
				return Result{}, fmt.Errorf("storage: commit: %w: %w", ErrUnavailable, err)
			}
		}
		res, cerr = s.runCommit(ctx, c, pc.args)
		dones = nil // its marks' ends are written after it
	} else if cerr != nil {
		s.asks.forget(s.base(c.Scope), c.Keep, s.now())
		return Result{}, commitFailed(c, errors.Join(cerr, err))
	}
	if cerr != nil {
		return Result{}, cerr
	}
	if c.Ack != nil && len(res) == 1 && res[0] == "unbuilt" {
		// nothing made: the notice indexes are built, once, and the
		// change made again between new marks
		s.endMarks(ctx, vs, dones, writing, done, 0)
		if _, _, err := s.EnsureNoticeIndexes(ctx, c.Scope, c.Ack.At); err != nil {
			return Result{}, err
		}
		return s.commitMirrored(ctx, c, vs)
	}
	r, err := s.finish(pc, res)
	if err == nil {
		s.mirrors.sawMade(c.Scope, c.MsgID)
	}
	if err == nil && r.Duplicate && dones != nil {
		// made before (a resend): nothing was written, so the mirrors
		// get back what they held (a resend changes nothing)
		s.undoMarks(ctx, vs, marks, writing, done)
		return r, nil
	}
	if err != nil || r.Duplicate {
		s.endMarks(ctx, vs, dones, writing, done, 0)
		return r, err
	}
	gen, _ := s.notices.latest(c.Scope)
	s.endMarks(ctx, vs, dones, writing, done, gen)
	return r, nil
}

// resentKnown answers a notice write this process saw made before with
// the same message id (a resend): while its dedupe key stands, the commit
// would be a duplicate that writes nothing, so no mirror is marked, and
// one EXISTS of that key is the whole round trip. ok is false when the
// key is gone (expired: the write is made again, marked, as a first one)
// or the write is not known here (another process made it: marked, then
// put back, as before) (rt79).
func (s *Store) resentKnown(ctx context.Context, c Change) (r Result, ok bool, err error) {
	if !s.mirrors.madeBefore(c.Scope, c.MsgID) {
		return Result{}, false, nil
	}
	n, err := s.rdb.Exists(ctx, s.base(c.Scope)+"seen:"+c.MsgID).Result()
	if err != nil {
		return Result{}, false, fmt.Errorf("storage: commit: %w: %w", ErrUnavailable, err)
	}
	if n == 0 {
		return Result{}, false, nil
	}
	s.forgetRefused(c, "dup") // as the duplicate's commit would
	return Result{Duplicate: true}, true, nil
}

// undoMarks puts back into each village's mirror what its mark (marks,
// mirrorMarkSrc's answers) replaced, while it still holds the mark or its
// end (done), in one round trip (resends only); a mark whose answer is
// unknown ends as endMarks ends it. Not after a NOSCRIPT retry, whose
// second mark may have replaced another write's.
func (s *Store) undoMarks(ctx context.Context, vs []Scope, marks []*redis.Cmd, writing, done string) {
	_, _ = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, v := range vs {
			key := []string{s.base(v) + NoticeMirrorKey}
			was, err := marks[i].Slice()
			if err != nil || len(was) != 2 {
				mirrorDoneScript.Eval(ctx, p, key, writing, done, mirrorKept.Milliseconds())
				continue
			}
			val, held := was[0].(string)
			ttl, _ := was[1].(int64)
			heldArg := "1"
			if !held {
				heldArg = "0"
			}
			mirrorUndoScript.Eval(ctx, p, key, writing, val, ttl, heldArg, done)
		}
		return nil
	})
}

// endMarks ends the marks of a notice write: each village's "done:<token>"
// its pipeline wrote (or, its script not loaded yet, writes now), known
// with the generation the write left (0: not known).
func (s *Store) endMarks(ctx context.Context, vs []Scope, dones []*redis.Cmd, writing, done string, gen int64) {
	for i, v := range vs {
		var n int
		var err error
		if dones != nil {
			n, err = dones[i].Int()
		}
		if dones == nil || err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
			n, err = mirrorDoneScript.Run(ctx, s.rdb, []string{s.base(v) + NoticeMirrorKey}, writing, done, mirrorKept.Milliseconds()).Int()
		}
		if err == nil && n == 1 && gen > 0 {
			s.mirrors.set(v, mirrorKnown{was: done, gen: gen})
		}
	}
}

// MirrorGuard guards a decision made on a copy of the township's notices
// (MirroredNotices): the village's change keeps Keep (it commits only
// while the village's mirror is as this process knew it, and then says
// the copy's generation), and a township change made with it (its Then:
// the household's 收到) carries Read (it commits only while no notice
// was written since).
type MirrorGuard struct {
	Keep Kept
	Read IndexRead
}

// MirroredNotices is RecentNotices for a decision committed in village
// v's scope: from this process's copy of index (as FollowedNotices) when
// the copy holds every notice of ids and is at the generation v's mirror
// is known to stand for, with the guard its changes carry: no round trip.
// Otherwise from Redis, the mirror read first in the same round trip, and
// no guard (nil): the decision is made on what is stored.
func (s *Store) MirroredNotices(ctx context.Context, sc Scope, index string, since time.Time, v Scope, ids ...string) ([]village.Notice, *MirrorGuard, error) {
	if e, ok := s.notices.get(sc, index, since.Unix()); ok {
		if k, known := s.mirrors.get(v); known && k.gen == e.gen {
			if ns, ok, err := copiedWith(e.raws, since, ids); err != nil || ok {
				guard := &MirrorGuard{
					Keep: Kept{Key: NoticeMirrorKey, Value: []byte(strconv.FormatInt(e.gen, 10)), TTL: mirrorKept, Was: []byte(k.was)},
					Read: IndexRead{index: NoticesAll, gen: e.gen, copied: true},
				}
				return ns, guard, err
			}
		}
	}
	if s.notices == nil {
		ns, err := s.RecentNotices(ctx, sc, index, since, ids...)
		return ns, nil, err
	}
	// the mirror before the notices: a write that began after this read
	// of it marked it before its notice, so a guard on what was read here
	// refuses a decision on notices it changed
	args := []any{index, "n", since.Unix(), noticesBuilt, NoticesAll}
	var mirror *redis.StringCmd
	var all, named *redis.Cmd
	_, _ = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		mirror = p.Get(ctx, s.base(v)+NoticeMirrorKey)
		all = s.recent.EvalSha(ctx, p, []string{s.base(sc)}, args...)
		if len(ids) > 0 {
			more := slices.Clone(args)
			for _, id := range ids {
				if n, err := docNumber(id); err == nil {
					more = append(more, n)
				}
			}
			named = s.recent.EvalSha(ctx, p, []string{s.base(sc)}, more...)
		}
		return nil
	})
	res, err := all.StringSlice()
	if err != nil || len(res) == 1 && res[0] == "unbuilt" {
		// not loaded, not built, or not answered: as RecentNotices reads
		ns, err := s.RecentNotices(ctx, sc, index, since, ids...)
		return ns, nil, err
	}
	raws, gen, err := loaded(index, res, nil)
	if err != nil {
		return nil, nil, err
	}
	slices.SortFunc(raws, func(a, b RawDoc) int { return cmpID(a, b) })
	s.notices.keep(sc, index, since.Unix(), gen, raws)
	was, merr := mirror.Result()
	switch {
	case errors.Is(merr, redis.Nil):
		s.mirrors.set(v, mirrorKnown{was: absentWas, gen: gen})
	case merr == nil && !strings.HasPrefix(was, "?"):
		s.mirrors.set(v, mirrorKnown{was: was, gen: gen})
	default:
		s.mirrors.forget(v) // a notice write in flight
	}
	if named != nil {
		res, err := named.StringSlice()
		if raws, gen, err = loaded(index, res, err); err != nil {
			return nil, nil, err
		}
		slices.SortFunc(raws, func(a, b RawDoc) int { return cmpID(a, b) })
		if k, ok := s.mirrors.get(v); ok && k.gen != gen {
			s.mirrors.forget(v)
		}
	}
	ns, err := decodeRaws(raws, decodeNotice)
	s.posted.followRead(s.base(sc), ns)
	return ns, nil, err
}

func cmpID(a, b RawDoc) int { return a.ID - b.ID }

// copiedWith are the notices a read of a posted index from since, with
// the notices ids named, returns, taken from raws, a copy of the index
// read from no later than since; false when a notice of ids is not in it.
func copiedWith(raws []RawDoc, since time.Time, ids []string) ([]village.Notice, bool, error) {
	ns, err := decodeRaws(raws, decodeNotice)
	if err != nil {
		return nil, false, err
	}
	listed := postedSince(ns, since)
	var out []village.Notice
	for _, n := range ns {
		if slices.Contains(ids, n.ID) || slices.ContainsFunc(listed, func(l village.Notice) bool { return l.ID == n.ID }) {
			out = append(out, n)
		}
	}
	for _, id := range ids {
		if !slices.ContainsFunc(out, func(n village.Notice) bool { return n.ID == id }) {
			return nil, false, nil
		}
	}
	return out, true, nil
}
