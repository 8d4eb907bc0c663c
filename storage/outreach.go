package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/village"
)

// Keys of the outreach documents (in addition to the package doc):
//
//	<p>:{t:<township>}:n:<n>        notices (kind "n": N1, N2…), index "notices", "notices:open" (not yet followed up)
//	<p>:{t:<township>}:notices:posted:<group> ZSET the notices posted to a group, score = when (unix s; NoticesPostedTo);
//	<p>:{t:<township>}:notices:to:<address> ZSET the same of the notices sent to a cadre (NoticesSentTo);
//	                                noticesbuilt is set once they hold every notice (RecentNotices)
//	<p>:{t:<township>}:live:notices:posted:<group> ZSET the notices posted to a group, score = when they
//	                                stop being followed up (unix s; NoticesLive); noticeslivebuilt is set
//	                                once they hold every notice (EnsureNoticeIndexes)
//	<p>:{t:<township>}:ack:<n>      HASH household key → number of 收到 from that household
//	<p>:{v:<village>}:t:<n>         phone-call tasks (kind "t": T1…), index "calls", "calls:open",
//	                                "calls:of:<Person.Key>" (built once from "calls": callsofbuilt), "calls:asked"

// Indexes of notices and call tasks.
const (
	NoticesAll  = "notices"      // every notice
	NoticesOpen = "notices:open" // notices whose follow-up (or its summary) is still to come
	CallsAll    = "calls"        // every call task
	CallsOpen   = "calls:open"   // calls still to be made or visits asked for (Call.Pending)
	// CallsAsked are the calls holding an elder's question her grid's
	// leaders have not answered (Call.AskOpen, call107): what a leader's
	// unquoted answer may be to. Followed (call109: a leader's words of an
	// answer's shape with none waiting cost no read); calls asked before
	// it was kept are not in it (their 【老人问】 is answered by quoting it).
	CallsAsked = "calls:asked"
)

// NoticesPostedTo is the index of the notices posted to a group (not
// held), scored by when they were posted (village.Notice.Posted, unix
// seconds): what a 收到 there answers, however many notices the years
// have piled up (RecentNotices).
func NoticesPostedTo(group string) string { return "notices:posted:" + group }

// NoticesSentTo is NoticesPostedTo of a notice to the cadres
// (village.Notice.Cadres): those sent to one of them privately, at his
// private address.
func NoticesSentTo(address string) string { return "notices:to:" + address }

// NoticesLive is the index of the notices of a group's NoticesPostedTo
// index a bare 收到 there still answers besides the latest (see
// NoticeAck), scored by when that ends (village.Notice.AnsweredUntil,
// unix seconds; a notice may be passed on by phone longer). Entries that ended are
// dropped by the acknowledgements that come later (livePrune).
func NoticesLive(posted string) string { return "live:" + posted }

// livePrune is how long after its end a notice stays in NoticesLive: a
// message that arrives late is still read at its own time.
const livePrune = 24 * time.Hour

// postedIndexOps are the index entries of the notice n, added when it is
// posted and removed while held: its groups' (NoticesPostedTo, and
// NoticesLive) and its cadres' (NoticesSentTo).
func postedIndexOps(n village.Notice) []IndexOp {
	out := make([]IndexOp, 0, 2*len(n.Groups)+len(n.Cadres))
	posted, until := n.Posted().Unix(), n.AnsweredUntil().Unix()
	for _, g := range n.Groups {
		out = append(out, IndexOp{Set: NoticesPostedTo(g), Add: !n.Held, Score: posted},
			IndexOp{Set: NoticesLive(NoticesPostedTo(g)), Add: !n.Held, Score: until})
	}
	for _, c := range n.Cadres {
		out = append(out, IndexOp{Set: NoticesSentTo(c), Add: !n.Held, Score: posted})
	}
	return out
}

// Markers set once the NoticesPostedTo (and NoticesSentTo) indexes, and
// the NoticesLive ones, hold every notice.
const (
	noticesBuilt     = "noticesbuilt"
	noticesLiveBuilt = "noticeslivebuilt"
)

// noticeKind is the document kind of notices (N1, N2…).
const noticeKind = "n"

// CallsOf is the index of every call task to one person (Person.Key):
// what a 回访 of her needs of the history, however many calls the village
// has made. Stores written before it existed get it built from "calls" at
// its first read (see DocsOf).
func CallsOf(personKey string) string { return callsOfPrefix + personKey }

const callsOfPrefix = "calls:of:"

// docFor starts the document of a value whose reference is ref (""
// creates it), read at version; it returns the version the stored body
// carries from now on.
func docFor(kind, ref string, version int, index ...IndexOp) (Doc, int, error) {
	d := Doc{Kind: kind, Version: version, Index: index}
	if ref == "" {
		return d, 1, nil
	}
	n, err := docNumber(ref)
	if err != nil {
		return Doc{}, 0, err
	}
	d.ID = n
	return d, version + 1, nil
}

// NoticeDoc is the document of a notice; ID "" creates it.
func NoticeDoc(n village.Notice) (Doc, error) {
	d, v, err := docFor(noticeKind, n.ID, n.Version, IndexOp{Set: NoticesAll, Add: true}, IndexOp{Set: NoticesOpen, Add: !n.FollowedUp || n.SummaryDue})
	d.Index = append(d.Index, postedIndexOps(n)...)
	n.ID, n.Version = "", v
	d.Body = n
	return d, err
}

// CallDoc is the document of a call task; ID "" creates it.
func CallDoc(c village.Call) (Doc, error) {
	d, v, err := docFor(CallKind, c.ID, c.Version, IndexOp{Set: CallsAll, Add: true}, IndexOp{Set: CallsOpen, Add: c.Pending()},
		IndexOp{Set: CallsOf(c.PersonKey), Add: true}, IndexOp{Set: CallsAsked, Add: c.AskOpen()})
	c.ID, c.Version = "", v
	d.Body = c
	return d, err
}

// AckHash is the counter hash of a notice's acknowledgements.
func AckHash(noticeID string) string { return "ack:" + noticeID }

// NoticeAck is a household's 收到 of the notices posted to a group,
// recorded by the Change that carries it, in the same round trip: the
// commit chooses the notices it answers from the group's indexes, and
// nothing else does. A quote answers the notice quoted, when it was posted
// there; a bare 收到 answers the one posted there last, however old, and
// every other one it still answers (village.Notice.Answerable) at At. Each
// counts 1 in its AckHash under Field; a message retried (the change's
// MsgID) counts nothing again. Times are compared in whole seconds.
// Result.Acked names them; AckedPlaceholder in the change's Out texts
// becomes "#N3、#N4", and a message holding it is not queued when none is
// answered.
type NoticeAck struct {
	Group  string    // the group it was said to (or, in private, the sender's)
	Field  string    // who answered: a household key (village.Person.HouseholdKey)
	Quoted string    // the notice quoted ("N3", anything else names none); "" for a bare 收到
	At     time.Time // when it was said
	// Since, when set, is when a report waiting to be taken on was made:
	// unless a notice was posted to the group at or after it, the change
	// commits nothing and fails with ErrNoticeOlder (the 收到 answers the
	// report).
	Since time.Time
	// Also are other households the message says read the notices too
	// (the earlier lines of a 接龙 it copies): counted as Field is.
	Also []string
	// Before, when set, keeps a bare one (no Quoted) to the notices
	// posted at or before it: a word of having passed the notices on
	// cannot be of one posted after it was done (village.CallTakes,
	// call99). Since then guards the latest of those.
	Before time.Time
	// Told are the households the sender says he passed the notices on
	// to ("王奶奶那边我告诉她了"), each with who said so (ToldField): kept
	// in the same counters, under fields no household's answer has, so
	// they never count as its 收到 (ToldBy reads them).
	Told []string
}

// toldPrefix opens a notice's counter field that says someone passed it
// on to a household (NoticeAck.Told).
const toldPrefix = "told:"

// ToldField is the counter field that says by passed a notice on to
// household (a village.Person.HouseholdKey).
func ToldField(household, by string) string { return toldPrefix + household + "|" + by }

// ToldBy are who said they passed the notice on to household, in a
// notice's counters (its AckHash), sorted.
func ToldBy(acks map[string]int64, household string) []string {
	return saidBy(acks, toldPrefix, household)
}

// awayPrefix opens a notice's counter field that says someone told of
// the household's elder staying away (notice72): not passed on, and why.
const awayPrefix = "away:"

// AwayField is the counter field that says by told the elder of
// household (a village.Person.HouseholdKey) is away, the notice not
// passed on to her.
func AwayField(household, by string) string { return awayPrefix + household + "|" + by }

// AwayBy are who said the elder of household is away, in a notice's
// counters, sorted.
func AwayBy(acks map[string]int64, household string) []string {
	return saidBy(acks, awayPrefix, household)
}

// paidPrefix opens a notice's counter field that says someone of the
// household said it paid what the notice asks (「已交」, call101): its 收到
// is counted under the household's own field, this one tells who paid.
const paidPrefix = "paid:"

// PaidField is the counter field that says by, of household, said it
// paid.
func PaidField(household, by string) string { return paidPrefix + household + "|" + by }

// PaidBy are who of household said it paid, in a notice's counters,
// sorted.
func PaidBy(acks map[string]int64, household string) []string {
	return saidBy(acks, paidPrefix, household)
}

// saidBy are the names after prefix+household+"|" in acks' fields, sorted.
func saidBy(acks map[string]int64, prefix, household string) []string {
	var by []string
	for f, n := range acks {
		if name, ok := strings.CutPrefix(f, prefix+household+"|"); ok && n > 0 {
			by = append(by, name)
		}
	}
	slices.Sort(by)
	return by
}

// AckedPlaceholder marks where the notices a NoticeAck answered go in the
// change's Out texts.
const AckedPlaceholder = "\x01ACKED\x01"

// appendArgs lays a out as commit.lua's ack record.
func (a NoticeAck) appendArgs(args []any) []any {
	quoted := a.Quoted
	if n, err := docNumber(quoted); quoted != "" {
		quoted = "0" // names no notice
		if err == nil && strings.ToUpper(noticeKind)+strconv.Itoa(n) == a.Quoted {
			quoted = strconv.Itoa(n)
		}
	}
	since := ""
	if !a.Since.IsZero() {
		since = strconv.FormatInt(a.Since.Unix(), 10)
	}
	before := ""
	if !a.Before.IsZero() {
		before = strconv.FormatInt(a.Before.Unix(), 10)
	}
	posted := NoticesPostedTo(a.Group)
	fields := []string{a.Field}
	for _, f := range slices.Concat(a.Also, a.Told) {
		if f != "" && !slices.Contains(fields, f) {
			fields = append(fields, f)
		}
	}
	return append(args, posted, NoticesLive(posted), noticesLiveBuilt, "seq:"+noticeKind, AckHash(strings.ToUpper(noticeKind)),
		strings.Join(fields, "\n"), quoted, a.At.Unix(), a.At.Add(-livePrune).Unix(), since, before)
}

// docNumber is the number of a document's reference, after its letters
// ("N3", "C12").
func docNumber(ref string) (int, error) {
	return refNumber(ref, strings.TrimLeft(ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
}

// refNumber is the number digits, what follows the letters of reference
// ref, says: positive, or an error naming ref.
func refNumber(ref, digits string) (int, error) {
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad reference %q", ref)
	}
	return n, nil
}

// Notices reads notices from an index ("notices" or "notices:open").
func (s *Store) Notices(ctx context.Context, sc Scope, index string) ([]village.Notice, error) {
	ns, err := decodeAll(ctx, s, sc, "n", index, decodeNotice)
	s.posted.followRead(s.base(sc), ns)
	return ns, err
}

func decodeNotice(d RawDoc) (village.Notice, error) {
	var n village.Notice
	err := d.decode("n", &n)
	n.ID, n.Version = d.Ref("n"), d.Version
	return n, err
}

// RecentNotices reads, in one round trip, the notices an index of posted
// notices lists (NoticesPostedTo a group, NoticesSentTo a cadre) since a
// time, the one posted there last however old, and the notices named by
// ids ("N3"; a malformed one names none), in number order as Notices
// lists them: what a 收到 there can answer. A store written before these
// indexes existed answers every notice (as Notices(NoticesAll) does) and
// has them built, once.
func (s *Store) RecentNotices(ctx context.Context, sc Scope, index string, since time.Time, ids ...string) ([]village.Notice, error) {
	ns, _, err := s.recentNotices(ctx, sc, index, since, len(ids) == 0, ids...)
	return ns, err
}

// recentNotices is RecentNotices, and the generation of NoticesAll read
// with them; keep keeps what it read (noticeCopies).
func (s *Store) recentNotices(ctx context.Context, sc Scope, index string, since time.Time, keep bool, ids ...string) ([]village.Notice, int64, error) {
	args := []any{index, "n", since.Unix(), noticesBuilt, NoticesAll}
	for _, id := range ids {
		if n, err := docNumber(id); err == nil {
			args = append(args, n)
		}
	}
	res, err := s.recent.Run(ctx, s.rdb, []string{s.base(sc)}, args...).StringSlice()
	if err == nil && len(res) == 1 && res[0] == "unbuilt" {
		ns, err := s.buildNoticeIndexes(ctx, sc, time.Time{})
		return ns, 0, err
	}
	raws, gen, err := loaded(index, res, err)
	if err != nil {
		return nil, 0, err
	}
	slices.SortFunc(raws, func(a, b RawDoc) int { return cmp.Compare(a.ID, b.ID) })
	if keep {
		s.notices.keep(sc, index, since.Unix(), gen, raws)
	}
	ns, err := decodeRaws(raws, decodeNotice)
	s.posted.followRead(s.base(sc), ns)
	return ns, gen, err
}

// EnsureNoticeIndexes builds, once per scope, the notice indexes
// (NoticesPostedTo, NoticesSentTo, NoticesLive) of a scope whose notices
// were written before they existed; notices whose follow-up ended long
// before now (livePrune) are left out of NoticesLive. built says whether it scanned, n how many
// notices it read. A commit with a NoticeAck builds them too, when it
// finds them missing.
func (s *Store) EnsureNoticeIndexes(ctx context.Context, sc Scope, now time.Time) (n int, built bool, err error) {
	done, err := s.rdb.Exists(ctx, s.base(sc)+noticesLiveBuilt).Result()
	if err != nil {
		return 0, false, fmt.Errorf("storage: notice indexes: %w: %w", ErrUnavailable, err)
	}
	if done == 1 {
		return 0, false, nil
	}
	all, err := s.buildNoticeIndexes(ctx, sc, now)
	return len(all), err == nil, err
}

// buildNoticeIndexes builds the notice indexes of a scope whose notices
// were written before they existed (see postedIndexOps; NoticesLive only
// those whose follow-up ended less than livePrune before now, all for a
// zero now), and returns every
// notice. A notice posted since the read is indexed by its own commit, and
// one posted is posted for good: what the read saw is all the build must
// add.
func (s *Store) buildNoticeIndexes(ctx context.Context, sc Scope, now time.Time) ([]village.Notice, error) {
	all, err := s.Notices(ctx, sc, NoticesAll)
	if err != nil {
		return nil, err
	}
	base := s.base(sc)
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, n := range all {
			num, err := docNumber(n.ID)
			if n.Held || err != nil {
				continue
			}
			live := now.IsZero() || n.Answerable(now.Add(-livePrune))
			for _, op := range postedIndexOps(n) {
				if live || !strings.HasPrefix(op.Set, NoticesLive("")) {
					p.ZAdd(ctx, base+op.Set, redis.Z{Score: float64(op.Score), Member: num})
				}
			}
		}
		p.Set(ctx, base+noticesBuilt, "1", 0)
		p.Set(ctx, base+noticesLiveBuilt, "1", 0)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: build notice indexes: %w: %w", ErrUnavailable, err)
	}
	return all, nil
}

// CallKind is the document kind of call tasks (T1…).
const CallKind = "t"

// Calls reads call tasks from an index ("calls" or "calls:open").
func (s *Store) Calls(ctx context.Context, sc Scope, index string) ([]village.Call, error) {
	return decodeAll(ctx, s, sc, CallKind, index, decodeCall)
}

// CallsIn decodes the call tasks of an index read as raws (Store.DocsOf).
func CallsIn(raws []RawDoc) ([]village.Call, error) {
	return decodeRaws(raws, decodeCall)
}

func decodeCall(d RawDoc) (village.Call, error) {
	var c village.Call
	err := d.decode(CallKind, &c)
	c.ID, c.Version = d.Ref(CallKind), d.Version
	return c, err
}

// NoticeReader reads notices and their 收到 counters; *Store implements it.
type NoticeReader interface {
	Notices(ctx context.Context, sc Scope, index string) ([]village.Notice, error)
	Counters(ctx context.Context, sc Scope, hash string) (map[string]int64, error)
}

// NoticeReplies reads every notice of the township scope sc with the
// households that answered 收到 and those that have not (Notice.Replies:
// people are the roster, gridOf names the village and grid of a group).
func NoticeReplies(ctx context.Context, r NoticeReader, sc Scope, people []village.Person,
	gridOf func(group string) (v, grid string, ok bool)) ([]village.NoticeReplies, error) {
	notices, err := r.Notices(ctx, sc, NoticesAll)
	if err != nil {
		return nil, err
	}
	out := make([]village.NoticeReplies, 0, len(notices))
	for _, n := range notices {
		acks, err := r.Counters(ctx, sc, AckHash(n.ID))
		if err != nil {
			return nil, err
		}
		out = append(out, n.Replies(people, gridOf, acks))
	}
	return out, nil
}
