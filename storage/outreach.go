package storage

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"gridbot/village"
)

// Keys of the outreach documents (in addition to the package doc):
//
//	<p>:{t:<township>}:n:<n>        notices (kind "n": N1, N2…), index "notices", "notices:open" (not yet followed up)
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
	return decodeAll(ctx, s, sc, "n", index, func(d RawDoc) (village.Notice, error) {
		var n village.Notice
		err := d.decode("n", &n)
		n.ID, n.Version = d.Ref("n"), d.Version
		return n, err
	})
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
