package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"gridbot/village"
)

// Keys of the outreach documents (in addition to the package doc):
//
//	<p>:{t:<township>}:n:<n>        notices (kind "n": N1, N2…), index "notices", "notices:open" (not yet followed up)
//	<p>:{t:<township>}:ack:<n>      HASH household key → number of 收到 from that household
//	<p>:{v:<village>}:t:<n>         phone-call tasks (kind "t": T1…), index "calls", "calls:open"

// NoticeDoc is the document of a notice; ID "" creates it.
func NoticeDoc(n village.Notice) (Doc, error) {
	d := Doc{Kind: "n", Version: n.Version, Index: []IndexOp{{Set: "notices", Add: true}, {Set: "notices:open", Add: !n.FollowedUp}}}
	if n.ID != "" {
		id, err := docNumber(n.ID)
		if err != nil {
			return Doc{}, err
		}
		d.ID = id
		n.Version++
	} else {
		n.Version = 1
	}
	n.ID = ""
	d.Body = n
	return d, nil
}

// CallDoc is the document of a call task; ID "" creates it.
func CallDoc(c village.Call) (Doc, error) {
	d := Doc{Kind: "t", Version: c.Version, Index: []IndexOp{{Set: "calls", Add: true}, {Set: "calls:open", Add: c.Open()}}}
	if c.ID != "" {
		id, err := docNumber(c.ID)
		if err != nil {
			return Doc{}, err
		}
		d.ID = id
		c.Version++
	} else {
		c.Version = 1
	}
	c.ID = ""
	d.Body = c
	return d, nil
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
	raws, err := s.Docs(ctx, sc, "n", index)
	if err != nil {
		return nil, err
	}
	out := make([]village.Notice, 0, len(raws))
	for _, d := range raws {
		var n village.Notice
		if err := json.Unmarshal(d.Body, &n); err != nil {
			return nil, fmt.Errorf("storage: decode N%d: %w", d.ID, err)
		}
		n.ID, n.Version = d.Ref("n"), d.Version
		out = append(out, n)
	}
	return out, nil
}

// Calls reads call tasks from an index ("calls" or "calls:open").
func (s *Store) Calls(ctx context.Context, sc Scope, index string) ([]village.Call, error) {
	raws, err := s.Docs(ctx, sc, "t", index)
	if err != nil {
		return nil, err
	}
	out := make([]village.Call, 0, len(raws))
	for _, d := range raws {
		var c village.Call
		if err := json.Unmarshal(d.Body, &c); err != nil {
			return nil, fmt.Errorf("storage: decode T%d: %w", d.ID, err)
		}
		c.ID, c.Version = d.Ref("t"), d.Version
		out = append(out, c)
	}
	return out, nil
}
