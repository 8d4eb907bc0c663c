package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestWatchdogRepostsMissingPerson: the re-alert of a missing person
// nobody confirmed tells the duty chat what the first post did: who is
// missing, household, number, WeChat or not, who looks after her and his
// number, alone and in a list of several; the grid group's re-post holds
// no villager's number.
func TestWatchdogRepostsMissingPerson(t *testing.T) {
	const who = "走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号），平时由王五照看（13900000005）"
	for _, several := range []bool{false, true} {
		f := newPointsFixture(t)
		at := f.at("2026-03-02 09:00")
		f.addAlarm(at, village.HazardMissing, "王奶奶不见了 找了一上午", "陈二")
		if several {
			f.addAlarm(at, village.HazardFire, "后山着火了", "张三")
		}
		out := f.run("watchdog", "2026-03-02 09:20")
		if len(out) != 2 || !strings.HasPrefix(out[0], "青山镇应急值班群: ") {
			t.Fatalf("several %v: %q, want the duty chat's post and the group's", several, out)
		}
		holdsEach(t, "the duty chat", out[0], "情况：王奶奶不见了 找了一上午\n报告人：陈二（13900000002），3月2日 09:00\n"+who+"\n网格长：李四")
		if strings.Contains(out[1], "13900000001") || strings.Contains(out[1], "13900000005") {
			t.Errorf("several %v: the group's re-post holds a villager's number:\n%s", several, out[1])
		}
		if strings.Contains(out[0], "走失的人：后山") || strings.Count(out[0], "走失的人") != 1 {
			t.Errorf("several %v: a fire names a missing person:\n%s", several, out[0])
		}
	}
}

// TestWatchdogSeveralVillagesOneDutyPost: items due in two villages are
// re-posted to the duty chat once a village, each post in the commit of
// the village's re-alerts (emg41: only what a made commit alerted): a
// read and a commit per village, no more. Each village's group hears its
// own; a repeated run of the occurrence posts nothing.
func TestWatchdogSeveralVillagesOneDutyPost(t *testing.T) {
	f := fixtureOfVillages(t, true)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, "", "后山着火了", "张三")
	sq := f.addShiqiaoAlarm(at)
	for range 2 {
		if err := f.jobs["watchdog"].Run(context.Background(), f.at("2026-03-02 09:20"), f.at("2026-03-02 09:20")); err != nil {
			t.Fatal(err)
		}
	}
	now := f.at("2026-03-02 09:20")
	if town := storagetest.Sent(t, f.st, now, storage.TownshipScope("青山镇")); len(town) != 0 {
		t.Errorf("the township's outbox: %q, want nothing (each village posts its own)", town)
	}
	qs, sqs := storagetest.Sent(t, f.st, now, f.sc), storagetest.Sent(t, f.st, now, sq)
	if len(qs) != 2 || len(sqs) != 2 {
		t.Fatalf("the villages' outboxes: %q and %q, want each the duty post and its group's, once", qs, sqs)
	}
	holdsEach(t, "青山村's duty post", qs[0], "青山镇应急值班群: 【紧急·无人确认】青山村三组 #R1 已过20分钟", "情况：后山着火了", "接手后回复「确认 青山村 #R1」")
	holdsEach(t, "石桥村's duty post", sqs[0], "青山镇应急值班群: 【紧急·无人确认】石桥村一组 #R1 已过20分钟", "情况：桥边有人落水了", "接手后回复「确认 石桥村 #R1」")
	if !strings.HasPrefix(qs[1], "青山村三组网格群: ") || !strings.HasPrefix(sqs[1], "石桥村一组网格群: ") {
		t.Errorf("the groups' re-posts: %q and %q", qs[1], sqs[1])
	}
	// both due again (the first run's first-time reads apart): a read
	// and a commit per village, the duty posts in them
	before := f.st.RoundTrips()
	if err := f.jobs["watchdog"].Run(context.Background(), f.at("2026-03-02 09:40"), f.at("2026-03-02 09:40")); err != nil {
		t.Fatal(err)
	}
	if trips := f.st.RoundTrips() - before; trips != 4 {
		t.Errorf("the run took %d round trips, want 4: a read and a commit per village", trips)
	}
}

// confirmingStore is a JobStore that, the first time a village's open
// reports are read, has the item confirm (accepted by 李四) right after
// the read: a cadre's 「确认」 between the watchdog's read and its commit.
// It keeps the MsgIDs of the commits made through it.
type confirmingStore struct {
	JobStore
	st      *storage.Store
	confirm string
	reads   int
	ids     []string
}

func (s *confirmingStore) AllOpenReports(ctx context.Context, sc storage.Scope) ([]village.Report, error) {
	reps, err := s.JobStore.AllOpenReports(ctx, sc)
	s.reads++
	if s.reads == 1 {
		for _, r := range reps {
			if r.ID == s.confirm {
				r.Status, r.Handlers = village.StatusAccepted, []string{"李四"}
				if _, err := s.st.Commit(ctx, storage.Change{Scope: sc, MsgID: "confirm-" + r.ID, Report: &r}); err != nil {
					return nil, err
				}
			}
		}
	}
	return reps, err
}

func (s *confirmingStore) Commit(ctx context.Context, c storage.Change) (storage.Result, error) {
	s.ids = append(s.ids, c.MsgID)
	return s.JobStore.Commit(ctx, c)
}

// TestWatchdogConflictRetry: an item confirmed between the watchdog's
// read and its commit makes the commit conflict: the village is read
// again, its re-alerts committed under the same run id, and only the item
// still unconfirmed is re-posted, once to each chat; a repeated run of
// the occurrence posts nothing.
func TestWatchdogConflictRetry(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, "", "后山着火了", "张三")
	f.addAlarm(at, "", "村口有人落水了", "陈二")
	cfg, people := exampleTownship(t)
	cs := &confirmingStore{JobStore: f.st, st: f.st, confirm: "R1"}
	f.use(cfg, people, cs)
	out := f.run("watchdog", "2026-03-02 09:20")
	if cs.reads != 3 {
		t.Errorf("%d reads, want 3: the village, again after the conflict, and once by the repeated run", cs.reads)
	}
	if len(cs.ids) < 2 || cs.ids[0] != cs.ids[1] || slices.ContainsFunc(cs.ids, func(id string) bool { return id != cs.ids[0] }) {
		t.Errorf("commits under %q, want one run id for all", cs.ids)
	}
	if len(out) != 2 {
		t.Fatalf("posted %q, want the duty chat's and the group's, once", out)
	}
	for _, o := range out {
		if strings.Contains(o, "#R1") || strings.Contains(o, "后山着火了") || !strings.Contains(o, "#R2") {
			t.Errorf("posted %q: the confirmed #R1 is re-alerted, or #R2 is not", o)
		}
	}
	reps, err := f.st.AllOpenReports(context.Background(), f.sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reps {
		if want := map[string]int{"R1": 0, "R2": 1}[r.ID]; r.Alerts != want {
			t.Errorf("#%s alerted %d times, want %d", r.ID, r.Alerts, want)
		}
	}
}
