package handlers_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// word66Round is a round of the word66 benchmarks: 张三 reports a drain
// blocked and 李四 takes it on, before (not measured) the extra messages
// of pre and the one measured; 李四 rejects it after (out of the way of
// the next round's).
func word66Round(i int, pre []string, from, text string) (before []bot.Message, m bot.Message, after []bot.Message) {
	day := at.Add(time.Duration(i) * 49 * time.Hour)
	ref := fmt.Sprintf("#R%d", i+1)
	before = []bot.Message{{ID: fmt.Sprintf("%d-rep", i), At: day, Chat: grid3, From: "张三", Text: "我家门口的下水道堵了，臭得很，好几天了"},
		{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref}}
	for k := 0; k+1 < len(pre); k += 2 {
		before = append(before, bot.Message{ID: fmt.Sprintf("%d-pre%d", i, k), At: day.Add(time.Duration(2+k) * time.Minute), Chat: grid3, From: pre[k], Text: pre[k+1]})
	}
	m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(time.Hour), Chat: grid3, From: from, Text: text}
	after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: "驳回 " + ref + " 测试"}}
	return before, m, after
}

// benchWord66 runs word66Round with the measured message from, text and
// checks the last report with check. The store is started as every
// process's is (LoadScripts: the questions waiting copied), so that a
// plain 「是啊」 of no question waiting reads none (AskedKnown).
func benchWord66(b *testing.B, pre []string, from, text string, check func(village.Report) bool) {
	r, st := benchRouter(b, true)
	if err := st.LoadScripts(context.Background()); err != nil {
		b.Fatal(err)
	}
	n := benchOneOfEachOn(b, r, st, func(i int) ([]bot.Message, bot.Message, []bot.Message) { return word66Round(i, pre, from, text) })
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != n || !check(reps[n-1]) {
		b.Fatalf("%d reports (%v), want the last one changed by %q", len(reps), err, text)
	}
}

// BenchmarkMeTooAfterAssent: 陈二's 「是啊 我家那边也是」 right after the
// report follows it (meToo).
func BenchmarkMeTooAfterAssent(b *testing.B) {
	benchWord66(b, nil, "陈二", "是啊 我家那边也是", func(rep village.Report) bool { return slices.Contains(rep.Followers, "陈二") })
}

// BenchmarkWorkerPlainDoneNotHis: 王五's 「下水道通好了」 of 李四's item asks
// 李四 for its 办结 (notHisInWords); nothing changes, a reply only.
func BenchmarkWorkerPlainDoneNotHis(b *testing.B) {
	benchWord66(b, nil, "王五", "下水道通好了", func(rep village.Report) bool { return rep.Status == village.StatusRejected })
}

// BenchmarkNeighbourNotDone: 陈二, who joined it, says 「我家门口的还没通呢」:
// told to 李四, kept on the item (neighbourUndone).
func BenchmarkNeighbourNotDone(b *testing.B) {
	benchWord66(b, []string{"陈二", "我家那边也是", "王五", "下水道通好了"}, "陈二", "我家门口的还没通呢", func(rep village.Report) bool {
		return slices.ContainsFunc(rep.History, func(e village.Entry) bool {
			return e.Action == village.ActSaid && e.Note == "我家门口的还没通呢"
		})
	})
}
