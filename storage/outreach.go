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
//	<p>:{t:<township>}:ack:<n>      HASH household key → number of 收到 from that household
//	<p>:{v:<village>}:t:<n>         phone-call tasks (kind "t": T1…), index "calls", "calls:open",
//	                                "calls:of:<Person.Key>" (built once from "calls": callsofbuilt)

// Indexes of notices and call tasks.
const (
	NoticesAll  = "notices"      // every notice
	NoticesOpen = "notices:open" // notices whose follow-up (or its summary) is still to come
	CallsAll    = "calls"        // every call task
	CallsOpen   = "calls:open"   // calls still to be made or visits asked for (Call.Pending)
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

// postedIndexes are the indexes of the notice n when posted: its groups'
// (NoticesPostedTo) and its cadres' (NoticesSentTo).
func postedIndexes(n village.Notice) []string {
	out := make([]string, 0, len(n.Groups)+len(n.Cadres))
	for _, g := range n.Groups {
		out = append(out, NoticesPostedTo(g))
	}
	for _, c := range n.Cadres {
		out = append(out, NoticesSentTo(c))
	}
	return out
}

// noticesBuilt is set once the NoticesPostedTo indexes hold every notice.
const noticesBuilt = "noticesbuilt"

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
	d, v, err := docFor("n", n.ID, n.Version, IndexOp{Set: NoticesAll, Add: true}, IndexOp{Set: NoticesOpen, Add: !n.FollowedUp || n.SummaryDue})
	for _, ix := range postedIndexes(n) {
		d.Index = append(d.Index, IndexOp{Set: ix, Add: !n.Held, Score: n.Posted().Unix()})
	}
	n.ID, n.Version = "", v
	d.Body = n
	return d, err
}

// CallDoc is the document of a call task; ID "" creates it.
func CallDoc(c village.Call) (Doc, error) {
	d, v, err := docFor(CallKind, c.ID, c.Version, IndexOp{Set: CallsAll, Add: true}, IndexOp{Set: CallsOpen, Add: c.Pending()},
		IndexOp{Set: CallsOf(c.PersonKey), Add: true})
	c.ID, c.Version = "", v
	d.Body = c
	return d, err
}

// AckHash is the counter hash of a notice's acknowledgements.
func AckHash(noticeID string) string { return "ack:" + noticeID }

func docNumber(ref string) (int, error) {
	n, err := strconv.Atoi(strings.TrimLeft(ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad reference %q", ref)
	}
	return n, nil
}

// Notices reads notices from an index ("notices" or "notices:open").
func (s *Store) Notices(ctx context.Context, sc Scope, index string) ([]village.Notice, error) {
	return decodeAll(ctx, s, sc, "n", index, decodeNotice)
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
	args := []any{index, "n", since.Unix(), noticesBuilt}
	for _, id := range ids {
		if n, err := docNumber(id); err == nil {
			args = append(args, n)
		}
	}
	res, err := s.recent.Run(ctx, s.rdb, []string{s.base(sc)}, args...).StringSlice()
	if err == nil && len(res) == 1 && res[0] == "unbuilt" {
		return s.buildNoticeIndexes(ctx, sc)
	}
	raws, _, err := loaded(index, res, err)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(raws, func(a, b RawDoc) int { return cmp.Compare(a.ID, b.ID) })
	return decodeRaws(raws, decodeNotice)
}

// buildNoticeIndexes builds the NoticesPostedTo indexes of a scope whose
// notices were written before they existed, and returns every notice.
// A notice posted since the read is indexed by its own commit, and one
// posted is posted for good: what the read saw is all the build must add.
func (s *Store) buildNoticeIndexes(ctx context.Context, sc Scope) ([]village.Notice, error) {
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
			for _, ix := range postedIndexes(n) {
				p.ZAdd(ctx, base+ix, redis.Z{Score: float64(n.Posted().Unix()), Member: num})
			}
		}
		p.Set(ctx, base+noticesBuilt, "1", 0)
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
