package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"
	"unicode"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// FuzzWrongRef: a command with an item number written wrong or left out
// (「查 #Rabc」, 「办结 #」, 「确认 #R-1」), whatever follows the #, from
// a villager or a cadre of the grid with one item open (#R1, 张三's):
// handling it never fails or panics; every reply is non-empty text (see
// checkReply); a number that is no number (no digit, no 一二三… after the
// #) is always answered, and never acts: #R1 stays as it was, and no item
// is made.
func FuzzWrongRef(f *testing.F) {
	srv := storagetest.NeedServer(f)
	srv.SetConfig(f, "appendonly", "no")
	cfg, dir := exampleVillage(f)
	rdb := srv.Client(f)
	verbs := []string{"查", "确认", "办结", "进展", "满意", "未解决", "驳回", "等待", "答复", "上报镇", "撤回", "重复"}
	senders := []string{"张三", "李四", "王五", "陈二"}
	for _, s := range []string{"", "Rabc", "R-1", "R", " ", "。", " 修好了", "R1", "1", "R99", "Ｒ１", "C1", "#", "R1abc",
		"\xff\xfe", "Rabc 换好了", "r", "R一", "R٣", "，", "R 好了", "Rabc #R", "\u2005R"} {
		f.Add(uint8(len(s)), uint8(len(s)*7), s)
	}
	for v := range verbs { // each verb once from each sender
		for w := range senders {
			f.Add(uint8(w), uint8(v), "Rabc")
		}
	}
	f.Fuzz(func(t *testing.T, who, verb uint8, tail string) {
		ctx := context.Background()
		if err := rdb.FlushAll(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		st := storagetest.Open(t, srv.URL)
		r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		now := at
		send := func(id, from, text string) []bot.Outbound {
			t.Helper()
			now = now.Add(time.Minute)
			if err := r.Handle(ctx, bot.Message{ID: id, At: now, From: from, Chat: grid3, Text: text}); err != nil {
				t.Fatalf("%s says %q: %v", from, text, err)
			}
			return fuzzClaim(t, st, now)
		}
		send("m1", "张三", "上报 村口路灯不亮了")
		before, err := st.Reports(ctx, village3)
		if err != nil || len(before) != 1 {
			t.Fatalf("the item to fuzz against: %d reports, %v", len(before), err)
		}
		text := verbs[int(verb)%len(verbs)] + " #" + tail
		from := senders[int(who)%len(senders)]
		out := send("m2", from, text)
		for _, o := range out {
			checkReply(t, o, []string{"上报 村口路灯不亮了", text})
		}
		if strings.ContainsFunc(tail, func(c rune) bool {
			return unicode.IsDigit(c) || strings.ContainsRune("〇零一二三四五六七八九十两", c)
		}) {
			return // a number, maybe #R1's: what it may do is FuzzRouter's to check
		}
		if len(out) == 0 {
			t.Errorf("%s's %q: no answer", from, text)
		}
		after, err := st.Reports(ctx, village3)
		if err != nil {
			t.Fatal(err)
		}
		if len(after) != 1 || after[0].Status != before[0].Status || len(after[0].History) != len(before[0].History) {
			var got []string
			for _, rep := range after {
				got = append(got, rep.ID+" "+string(rep.Status))
			}
			t.Errorf("%s's %q acted: reports now %q, #R1 was %s with %d steps, now %d", from, text, got, before[0].Status,
				len(before[0].History), len(after[len(after)-1].History))
		}
	})
}
