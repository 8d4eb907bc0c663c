package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// held81: every note held overnight for one chat goes out in the morning
// as one message, whatever its kind (bot.Outbound.Join) or priority, the
// ones about an emergency first (JoinFirst), each still withdrawn on its
// own.

// mixedNight are notes of several kinds held until morning, to 李四 (three
// kinds, one a summary, one about an emergency written last, one about R9,
// which is settled overnight) and one to 王五.
func mixedNight(morning time.Time) []storage.Change {
	held := func(to, about, text string, prio bot.Priority, first bool) storage.Change {
		return storage.Change{Scope: vs, MsgID: "mixed-" + about, About: about, Out: []bot.Outbound{{
			To: to, Kind: bot.Private, Priority: prio, NotBefore: morning, Text: text,
			Join: strings.SplitAfter(text, "】")[0], JoinFirst: first,
		}}}
	}
	return []storage.Change{
		held("李四", "R1", "【夜里反映】陈二反映 #R1：路灯坏了\n请回复「确认 #R1」", bot.Normal, false),
		held("李四", "C1", "【积分申请】#C1 张三 打扫卫生\n请回复「同意 #C1」", bot.Normal, false),
		held("李四", "R9", "【夜里反映】周八反映 #R9：水管漏了\n请回复「确认 #R9」", bot.Normal, false),
		held("王五", "R2", "【电话回访】王奶奶 明天回访", bot.Normal, false),
		held("李四", "N1", "【通知回复】三组 2户回复收到", bot.Bulk, false),
		held("李四", "R3", "【突发补充·进展】三组 #R3 火已扑灭\n请回复「确认 #R3」", bot.Normal, true),
	}
}

// TestNightNotesOfKindsJoined: at 07:00 李四's notes still held (R9's
// withdrawn when it was settled) are claimed as one message opened by
// 【夜里的消息】, the emergency's first, then in the order written, a
// summary among them; each keeps its opening and its action line. 王五's
// one note goes as written. Acked, nothing is left queued or in flight.
func TestNightNotesOfKindsJoined(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	morning := t0.Add(22 * time.Hour)
	for _, c := range mixedNight(morning) {
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "settle-R9", Withdraw: []string{"R9"}}); err != nil || res.Withdrawn != 1 {
		t.Fatalf("settling R9 withdrew %d (%v), want its note only", res.Withdrawn, err)
	}
	box := morningBox(st, morning)
	envs := storagetest.Must(box.Next(ctx, 1))(t)
	if len(envs) != 1 || envs[0].To != "李四" {
		t.Fatalf("first claim: %+v, want 李四's notes as one", envs)
	}
	want := "【夜里的消息】\n1. 【突发补充·进展】三组 #R3 火已扑灭\n请回复「确认 #R3」\n\n" +
		"2. 【夜里反映】陈二反映 #R1：路灯坏了\n请回复「确认 #R1」\n\n" +
		"3. 【积分申请】#C1 张三 打扫卫生\n请回复「同意 #C1」\n\n" +
		"4. 【通知回复】三组 2户回复收到"
	if envs[0].Text != want {
		t.Errorf("joined:\n%s\nwant:\n%s", envs[0].Text, want)
	}
	if err := box.Done(ctx, true, envs...); err != nil {
		t.Fatal(err)
	}
	other := storagetest.Must(box.Next(ctx, 10))(t)
	if len(other) != 1 || other[0].To != "王五" || other[0].Text != "【电话回访】王奶奶 明天回访" {
		t.Fatalf("then: %+v, want 王五's note alone, as written", other)
	}
	if err := box.Done(ctx, true, other...); err != nil {
		t.Fatal(err)
	}
	if left := storagetest.Must(box.Next(ctx, 10))(t); len(left) != 0 {
		t.Errorf("left queued: %+v", left)
	}
	if lost := storagetest.Must(box.Abandoned(ctx))(t); len(lost) != 0 {
		t.Errorf("left in flight: %+v", lost)
	}
}
