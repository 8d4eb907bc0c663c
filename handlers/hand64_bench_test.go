package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkReopenTakenBack: each round 谢明's item in 一组 is filed and
// resolved, and 刘建国 reopens it with 「未解决 #R 灯还是不亮」 (not
// measured); his 「刚才点错了」 takes the reopen back (hand64). The
// reporter's 满意 closes it after (not measured).
func BenchmarkReopenTakenBack(b *testing.B) {
	const g1 = "青山村一组网格群"
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 25 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		m = bot.Message{ID: fmt.Sprintf("%d-slip", i), At: day.Add(4 * time.Minute), Chat: g1, From: "刘建国", Text: "刚才点错了"}
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: g1, From: "谢明", Text: "上报 村口路灯不亮了"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: g1, From: "刘建国", Text: "确认 " + ref},
				{ID: fmt.Sprintf("%d-done", i), At: day.Add(2 * time.Minute), Chat: g1, From: "刘建国", Text: "办结 " + ref + " 换了灯泡"},
				{ID: fmt.Sprintf("%d-reopen", i), At: day.Add(3 * time.Minute), Chat: g1, From: "刘建国", Text: "未解决 " + ref + " 灯还是不亮"}},
			m, []bot.Message{{ID: fmt.Sprintf("%d-close", i), At: m.At.Add(time.Minute), Chat: g1, From: "谢明", Text: "满意 " + ref}}
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != n || reps[n-1].Status != village.StatusClosed {
		b.Fatalf("%d reports (%v), want each closed after its slip was taken back", len(reps), err)
	}
	if k, _ := reps[n-1].Reopened(); k != 0 {
		b.Fatalf("reopened %d times; want the slip not counted", k)
	}
}

// BenchmarkLeaderQuotesVillager: each round 陈二 files an item in 三组
// (not measured); 李四's 「收到 我去看看」 quoting 陈二's own words takes
// it on (hand64). It is resolved and closed after (not measured).
func BenchmarkLeaderQuotesVillager(b *testing.B) {
	const g3 = "青山村三组网格群"
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 25 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		said := "我家后面的排水沟堵了 一下雨就往屋里灌"
		m = bot.Message{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: g3, From: "李四", Text: "收到 我去看看",
			Quote: &bot.Quote{Name: "陈二", Text: said}}
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: g3, From: "陈二", Text: "上报 " + said}},
			m, []bot.Message{{ID: fmt.Sprintf("%d-done", i), At: m.At.Add(time.Minute), Chat: g3, From: "李四", Text: "办结 " + ref + " 掏通了"},
				{ID: fmt.Sprintf("%d-close", i), At: m.At.Add(2 * time.Minute), Chat: g3, From: "陈二", Text: "满意 " + ref}}
	})
	wantLastEntry(b, st, n, "taken on by 李四", func(e village.Entry) bool { return e.By == "李四" && e.Action == village.ActAccept })
}
