package scheduler

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// failList fails the 08:00 list commit of one worker (its MsgID ends in
// his name) with err: once (a run stopped there), or every time.
type failList struct {
	*storage.Store
	worker string
	err    error
	always bool
	failed atomic.Int32
}

func (s *failList) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if strings.HasPrefix(ch.MsgID, "job:calls:") && strings.HasSuffix(ch.MsgID, ":"+s.worker) &&
		(s.always || s.failed.Load() == 0) {
		s.failed.Add(1)
		return storage.Result{}, s.err
	}
	return s.Store.Commit(ctx, ch)
}

// townColdWave is 孙七's cold-wave warning to the whole township written
// at 22:30 on 12-07 and posted by the 07:15 release: its calls are the
// 08:00 list's to make (five workers, each with his own commit).
func (f *pointsFixture) townColdWave() {
	f.storeNotice(village.Notice{Text: "寒潮蓝色预警：明天起降温8到10度，请提醒独居老人注意保暖", By: "孙七", At: f.at("2026-12-07 22:30"),
		PostedAt: f.at("2026-12-08 07:15"), Groups: []string{"青山村一组网格群", "青山村二组网格群", "青山村三组网格群"},
		Warning: "寒潮"}.WithRelay())
}

// elders are the people of the example township the warning phones.
func elders(t *testing.T) []village.Person {
	_, people := exampleTownship(t)
	var out []village.Person
	for _, p := range people {
		if !p.UsesWeChat && p.Phone != "" {
			out = append(out, p)
		}
	}
	if len(out) < 6 {
		t.Fatalf("%d elders in the example township: the test proves little", len(out))
	}
	return out
}

// warnedOnce checks, after the 08:00 list and whatever completed it, that
// every elder was named once in all that was sent (her number) and has one open call
// carrying the warning N1, and that N1 is marked warned.
func (f *pointsFixture) warnedOnce(t *testing.T, sent []string) {
	t.Helper()
	all := strings.Join(sent, "\n")
	for _, p := range elders(t) {
		if n := strings.Count(all, p.Phone); n != 1 {
			t.Errorf("%s is named %d times, want once:\n%s", p.Name, n, all)
		}
	}
	open := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	for _, p := range elders(t) {
		mine := slices.DeleteFunc(slices.Clone(open), func(c village.Call) bool { return c.PersonKey != p.Key() })
		if len(mine) != 1 || !slices.Contains(mine[0].NoticeIDs(), "N1") {
			t.Errorf("%s has %d open calls, want one carrying N1: %+v", p.Name, len(mine), mine)
		}
	}
	if n := f.warning(t); n.WarnedAt.IsZero() {
		t.Errorf("the warning is not marked warned: %+v", n)
	}
}

// warning is the township's one notice, as stored.
func (f *pointsFixture) warning(t *testing.T) village.Notice {
	t.Helper()
	ns := storagetest.Must(f.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll))(t)
	if len(ns) != 1 {
		t.Fatalf("%d notices stored, want the warning", len(ns))
	}
	return ns[0]
}

// lists are the 08:00 lists among out, by who they went to.
func lists(out []string) map[string]int {
	got := map[string]int{}
	for _, o := range out {
		if to, text, _ := strings.Cut(o, ": "); strings.HasPrefix(text, "【电话回访") {
			got[to]++
		}
	}
	return got
}

// TestWarningListStoppedBetweenWorkers: the 08:00 list run that puts a
// night warning on the calls stops after two workers' commits; the
// warning is not marked, and the run again completes the other three
// workers: every elder on one list, once, with one call carrying it, no
// worker listed twice, nothing more at 08:15 (call93).
func TestWarningListStoppedBetweenWorkers(t *testing.T) {
	f := newPointsFixture(t)
	f.townColdWave()
	cfg, people := exampleTownship(t)
	stop := &failList{Store: f.st, worker: "杨春花", err: errors.New("process killed")}
	f.use(cfg, people, stop)
	if err := f.jobs["calls"].Run(context.Background(), f.at("2026-12-08 08:00"), f.at("2026-12-08 08:00")); err == nil {
		t.Fatal("the run did not stop: the test proves nothing")
	}
	first := f.drain(f.at("2026-12-08 08:00"))
	if got := lists(first); len(got) != 2 {
		t.Fatalf("before the stop %d lists went out, want 2 (马红梅, 何志强): %v", len(got), got)
	}
	if !f.warning(t).WarnedAt.IsZero() {
		t.Error("the warning is marked warned though three workers' calls were not stored")
	}
	f.use(cfg, people, f.st)
	again := f.run("calls", "2026-12-08 08:00")
	got := lists(append(slices.Clone(first), again...))
	for _, w := range []string{"马红梅", "何志强", "杨春花", "朱大勇", "王五"} {
		if got[w] != 1 {
			t.Errorf("%s got %d lists, want 1: %v", w, got[w], got)
		}
	}
	for _, o := range append(slices.Clone(first), again...) {
		if strings.HasPrefix(o, "王五: ") || strings.HasPrefix(o, "马红梅: ") {
			holdsEach(t, "a list", o, "【电话回访·寒潮预警】", "转告", "今天起降温8到10度")
		}
	}
	f.warnedOnce(t, append(first, again...))
	if later := f.run("notice_followup", "2026-12-08 08:15"); slices.ContainsFunc(later, func(o string) bool { return strings.Contains(o, "预警·请给老人打电话") }) {
		t.Errorf("the 08:15 run warns again:\n%s", strings.Join(later, "\n"))
	}
}

// TestWarningListConflictLeftToFollowup: 王五's list commit meets a change
// on both attempts and is dropped: the warning is not marked (his elders'
// calls do not carry it), the other workers' lists named it, and the
// 08:15 follow-up makes his elders' calls and tells him, nobody else
// (call93).
func TestWarningListConflictLeftToFollowup(t *testing.T) {
	f := newPointsFixture(t)
	f.townColdWave()
	cfg, people := exampleTownship(t)
	busy := &failList{Store: f.st, worker: "王五", err: storage.ErrConflict, always: true}
	f.use(cfg, people, busy)
	list := f.runOnce("calls", "2026-12-08 08:00")
	if busy.failed.Load() != 2 {
		t.Fatalf("王五's commit failed %d times, want 2 (the run and its retry)", busy.failed.Load())
	}
	if got := lists(list); got["王五"] != 0 || len(got) != 4 {
		t.Errorf("lists %v, want the four other workers'", got)
	}
	if !f.warning(t).WarnedAt.IsZero() {
		t.Fatal("the warning is marked warned though 王五's calls of it were not stored")
	}
	f.use(cfg, people, f.st)
	later := f.run("notice_followup", "2026-12-08 08:15")
	warned := slices.DeleteFunc(slices.Clone(later), func(o string) bool { return !strings.Contains(o, "预警·请给老人打电话") })
	if len(warned) != 1 {
		t.Fatalf("at 08:15 %d warning messages, want 王五's:\n%s", len(warned), strings.Join(later, "\n"))
	}
	holdsEach(t, "王五's 08:15 message", warned[0], "王五: 【寒潮预警·请给老人打电话】", "王奶奶 13900000001", "石德贵 13900000031")
	f.warnedOnce(t, append(list, warned...))
}

// TestCallTextsAskForwarded: a call that passes a notice or warning on is
// logged 「已通 已转告」 whatever its text: the visit still pending
// (call.visit.worker) names the warning and asks for it as the single
// call does, a list of such calls asks for it outright, a mixed list
// keeps 「已通 情况」 with the note (call93).
func TestCallTextsAskForwarded(t *testing.T) {
	cfg, people := exampleTownship(t)
	j := newJobs(Deps{Config: cfg, Store: storagetest.New(t), People: roster.NewDirectory(people)})
	at := time.Date(2026, 12, 8, 8, 0, 0, 0, cfg.Location())
	item := func(name, relays, warn string) callItem {
		return callItem{C: village.Call{Person: name, Phone: "13900000001", Status: village.CallOpen, Due: at},
			Topic: joinTopic("", relays), Relays: relays, Warn: warn, Care: "高"}
	}
	const cold = "转告12月8日的预警：寒潮蓝色预警：今天起降温8到10度"
	visit := item("王奶奶", cold, "寒潮")
	visit.Visit, visit.C.Status, visit.C.Misses = true, village.CallEscalated, 3
	holdsEach(t, "the visit pending", j.callList([]callItem{visit}), "【电话回访·寒潮预警】王奶奶（13900000001）已连续 3 次没打通",
		"事由：寒潮预警，问问取暖、吃的用的够不够；"+cold, "打完回复「回访 王奶奶 已通 已转告」")
	plain := item("王奶奶", "", "")
	plain.Visit, plain.C.Status, plain.C.Misses = true, village.CallEscalated, 3
	holdsEach(t, "a visit passing nothing on", j.callList([]callItem{plain}), "【电话回访】王奶奶", "「回访 王奶奶 已通 情况」")
	a, b := item("王奶奶", cold, "寒潮"), item("石德贵", cold, "寒潮")
	each := j.callList([]callItem{a, b})
	holdsEach(t, "a list passing the warning on", each, "打完一个回复一条「回访 名字 已通 已转告」，没打通", "例如：回访 王奶奶 已通 已转告 炭够烧")
	if strings.Contains(each, "已通 情况") {
		t.Errorf("a list of warning calls asks 「已通 情况」:\n%s", each)
	}
	n := item("王奶奶", "转告12月8日的通知：明天上午9点开会", "")
	holdsEach(t, "a list passing a notice on", j.callList([]callItem{n, n}), "「回访 名字 已通 已转告」", "例如：回访 王奶奶 已通 已转告 身体挺好")
	c := item("石德贵", "", "")
	c.Topic = routineTopic
	holdsEach(t, "a mixed list", j.callList([]callItem{a, c}), "「回访 名字 已通 情况」（转告了通知的写「已通 已转告」）")
}
