package village

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Two 张三 of one village, in different households.
var (
	zhangA = Person{Name: "张三", Village: "青山村", Household: "QS-301", Grid: "三组"}
	zhangB = Person{Name: "张三", Village: "青山村", Household: "QS-305", Grid: "三组"}
	chen   = Person{Name: "陈二", Village: "青山村", Household: "QS-302", Grid: "三组"}
)

// TestReportedBy: the reporter is known by key; his household is on his
// side of the item (ReporterSide), a namesake of another household is not.
func TestReportedBy(t *testing.T) {
	keyed := Report{Reporter: "张三", ReporterKey: zhangA.Key()}
	legacy := Report{Reporter: "张三"} // stored before reports kept keys
	son := Person{Name: "张明", Village: "青山村", Household: "QS-301", Grid: "三组"}
	elsewhere := Person{Name: "张明", Village: "绿水村", Household: "QS-301", Grid: "一组"}
	for _, tc := range []struct {
		name       string
		r          Report
		p          Person
		want, side bool
	}{
		{"the reporter", keyed, zhangA, true, true},
		{"a namesake", keyed, zhangB, false, false},
		{"someone else", keyed, chen, false, false},
		{"his son", keyed, son, false, true},
		{"the same household number in another village", keyed, elsewhere, false, false},
		{"old report: the name decides", legacy, zhangB, true, true},
		{"old report: another name", legacy, chen, false, false},
		{"old report: no household known", legacy, son, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.ReportedBy(tc.p); got != tc.want {
				t.Errorf("ReportedBy(%s) = %v, want %v", tc.p.Key(), got, tc.want)
			}
			if got := tc.r.ReporterSide(tc.p); got != tc.side {
				t.Errorf("ReporterSide(%s) = %v, want %v", tc.p.Key(), got, tc.side)
			}
		})
	}
}

func TestFollowers(t *testing.T) {
	var r Report
	r.SetReporter(chen, chen.Name)
	r.AddFollower(zhangA, zhangA.Name)
	if !r.FollowedBy(zhangA) || r.FollowedBy(zhangB) || r.FollowedBy(chen) {
		t.Errorf("followers %q %q: FollowedBy A, B, 陈二 = %v %v %v, want true false false",
			r.Followers, r.FollowerKeys, r.FollowedBy(zhangA), r.FollowedBy(zhangB), r.FollowedBy(chen))
	}

	// A follower stored by name only, then one with a key.
	old := Report{Reporter: "王五", Followers: []string{"陈二"}}
	shared := old.Followers
	old.AddFollower(zhangB, zhangB.Name)
	if diff := cmp.Diff(old.FollowerKeys, []string{"", zhangB.Key()}); diff != "" {
		t.Errorf("FollowerKeys (-got +want):\n%s", diff)
	}
	if !old.FollowedBy(chen) || !old.FollowedBy(zhangB) || old.FollowedBy(zhangA) {
		t.Errorf("FollowedBy 陈二, B, A = %v %v %v, want true true false",
			old.FollowedBy(chen), old.FollowedBy(zhangB), old.FollowedBy(zhangA))
	}
	if len(shared) != 1 {
		t.Errorf("AddFollower changed a shared slice: %q", shared)
	}
}

func TestHandlers(t *testing.T) {
	var r Report
	shown := func(p Person) string { return p.Name + "·" + p.Household }
	r.SetHandlers([]Person{zhangB, chen, zhangB}, shown)
	want := []string{"张三·QS-305", "陈二·QS-302"}
	if diff := cmp.Diff(r.Handlers, want); diff != "" {
		t.Errorf("Handlers, a person listed twice kept once (-got +want):\n%s", diff)
	}
	if !r.HandledBy(zhangB) || !r.HandledBy(chen) || r.HandledBy(zhangA) {
		t.Errorf("HandledBy B, 陈二, A = %v %v %v, want true true false",
			r.HandledBy(zhangB), r.HandledBy(chen), r.HandledBy(zhangA))
	}
	legacy := Report{Handlers: []string{"张三"}} // stored before handlers kept keys
	if !legacy.HandledBy(zhangA) || !legacy.HandledBy(zhangB) || legacy.HandledBy(chen) {
		t.Errorf("old report: HandledBy A, B, 陈二 = %v %v %v, want true true false",
			legacy.HandledBy(zhangA), legacy.HandledBy(zhangB), legacy.HandledBy(chen))
	}
	kept := r.Handlers
	r.RemoveHandler(zhangA) // the namesake is not a handler
	r.RemoveHandler(zhangB)
	if diff := cmp.Diff(r.Handlers, []string{"陈二·QS-302"}); diff != "" || r.HandledBy(zhangB) || len(r.HandlerKeys) != 1 {
		t.Errorf("RemoveHandler B (-got +want):\n%s keys %q", diff, r.HandlerKeys)
	}
	if len(kept) != 2 {
		t.Errorf("RemoveHandler changed a shared slice: %q", kept)
	}
}

// TestReporterKeyJSON: a report stored before keys decodes, and one without
// followers or key encodes as before.
func TestReporterKeyJSON(t *testing.T) {
	var r Report
	if err := json.Unmarshal([]byte(`{"id":"R1","reporter":"张三","followers":["陈二"]}`), &r); err != nil {
		t.Fatal(err)
	}
	if r.ReporterKey != "" || r.FollowerKeys != nil || !r.ReportedBy(zhangB) || !r.FollowedBy(chen) {
		t.Errorf("old report decoded as %+v", r)
	}
	b, err := json.Marshal(Report{ID: "R1", Reporter: "张三"})
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"reporter_key", "follower_keys"} {
		if _, ok := fields[k]; ok {
			t.Errorf("%s written for a report without it: %s", k, b)
		}
	}
}
