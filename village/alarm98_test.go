package village_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestPickedMaybe: words said of a missing alarm naming one of those it
// may mean make her the one missing in every later post (alarm98).
func TestPickedMaybe(t *testing.T) {
	long, feng := village.Person{Village: "青山村", Name: "陈小龙"}, village.Person{Village: "青山村", Name: "陈小凤"}
	missing := []village.Missing{{Person: long, Maybe: true}, {Person: feng, Maybe: true}}
	rep := village.Report{Hazard: village.HazardMissing}
	if _, ok := village.PickedMaybe(missing, rep); ok {
		t.Fatal("no words yet: picked one")
	}
	at := time.Date(2026, 12, 8, 21, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		note string
		want int
	}{
		{"群里说：是小凤 穿红衣服", 1},
		{"群里说：陈小龙 戴个帽子", 0},
		{"群里说：小龙和小凤都不见了", -1},
		{"群里说：在村口", -1},
	} {
		r := rep
		r.Tell("陈二", at, c.note)
		i, ok := village.PickedMaybe(missing, r)
		if c.want < 0 && ok || c.want >= 0 && (!ok || i != c.want) {
			t.Errorf("%q: picked %d %v, want %d", c.note, i, ok, c.want)
		}
	}
	if got := village.GivenName("张明"); got != "" {
		t.Errorf("GivenName(张明) = %q, want none", got)
	}
}

// TestMissingOfPicked: once 陈二 said which child, MissingOf (the first
// post's and every re-post's) names her alone, with his words.
func TestMissingOfPicked(t *testing.T) {
	var people []village.Person
	for _, m := range []struct{ name, rel string }{{"陈二", "户主"}, {"陈小龙", "子女"}, {"陈小凤", "子女"}} {
		p := village.Person{Village: "青山村", Grid: "三组", Name: m.name, Household: "QS-302", UsesWeChat: true}
		p.SetRelation(m.rel)
		people = append(people, p)
	}
	rep := village.Report{Village: "青山村", Grid: "三组", Hazard: village.HazardMissing, Text: "小孩不见了 到处找了"}
	if got := village.MissingOf(people, rep, people[0]); len(got) != 2 || !got[0].Maybe || !got[1].Maybe {
		t.Fatalf("before: %+v, want both maybe", got)
	}
	rep.Tell("陈二", time.Date(2026, 12, 8, 21, 0, 0, 0, time.UTC), "群里说：是小凤 穿红衣服")
	got := village.MissingOf(people, rep, people[0])
	if len(got) != 1 || got[0].Name != "陈小凤" || got[0].Maybe || got[0].Said != "是小凤 穿红衣服" {
		t.Errorf("after: %+v, want 陈小凤 alone with his words", got)
	}
}

// FuzzPickedMaybe: any words noted pick at most a maybe they name.
func FuzzPickedMaybe(f *testing.F) {
	for _, s := range []string{"群里说：是小凤 穿红衣服", "陈小龙", "小龙和小凤", "", "凤", "：：", "群里说：陈"} {
		f.Add(s)
	}
	long, feng := village.Person{Village: "青山村", Name: "陈小龙"}, village.Person{Village: "青山村", Name: "陈小凤"}
	missing := []village.Missing{{Person: long, Maybe: true}, {Person: feng, Maybe: true}, {Person: village.Person{Name: "张明"}}}
	f.Fuzz(func(t *testing.T, note string) {
		rep := village.Report{Hazard: village.HazardMissing}
		rep.Tell("陈二", time.Time{}, note)
		i, ok := village.PickedMaybe(missing, rep)
		if !ok {
			return
		}
		if !missing[i].Maybe {
			t.Fatalf("%q picked %s, no maybe", note, missing[i].Name)
		}
		if !strings.Contains(note, missing[i].Name) && !strings.Contains(note, village.GivenName(missing[i].Name)) {
			t.Fatalf("%q picked %s, not named", note, missing[i].Name)
		}
	})
}
