package storage

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"gridbot/village"
)

// TestCommitArgsBodiesAreMarshal: the documents' bodies a commit sends are
// byte for byte what json.Marshal makes of them (HTML characters escaped,
// no newline), though they are encoded into one recycled buffer, and a
// later body does not overwrite an earlier one.
func TestCommitArgsBodiesAreMarshal(t *testing.T) {
	at := time.Date(2026, 3, 2, 8, 0, 0, 0, time.FixedZone("CST", 8*3600))
	first := village.Report{Village: "青山村", Grid: "三组", Text: "村口<路灯> & 水管\u2028坏了", Reporter: "张三",
		CreatedAt: at, History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	second := map[string]any{"note": "第二份", "n": 2}
	docs := []Doc{{Kind: "r", Body: first}, {Kind: "x", Body: second}}
	var buf bytes.Buffer
	args, _, err := commitArgs(Change{MsgID: "m1"}, docs, time.Hour, "", &buf)
	if err != nil {
		t.Fatal(err)
	}
	var bodies [][]byte
	for _, a := range args {
		if b, ok := a.([]byte); ok {
			bodies = append(bodies, b)
		}
	}
	if len(bodies) != len(docs) {
		t.Fatalf("%d bodies among the arguments, want %d", len(bodies), len(docs))
	}
	for i, d := range docs {
		want, err := json.Marshal(d.Body)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(bodies[i], want) {
			t.Errorf("body %d = %s, want %s", i, bodies[i], want)
		}
	}
}
