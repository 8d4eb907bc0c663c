package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkLooseYield: in 陈二's open quarrel with 张三 (taken on by 李四),
// his 「算了 明天再去镇上买吧」 about something else (not kept, nobody
// told) and his 「张三家的事就算了」 naming it (kept, told to the
// mediators as conciliatory), each measured on its own (left71).
func BenchmarkLooseYield(b *testing.B) {
	for _, tc := range []struct {
		name, text string
		kept       bool
	}{
		{"unrelated", "算了 明天再去镇上买吧", false},
		{"named", "张三家的事就算了", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				msg, quarrel, before := benchQuarrel(i, false)
				return before, msg(4, "陈二", tc.text), []bot.Message{msg(60, "李四", "办结 "+quarrel+" 张三赔了200"), msg(61, "陈二", "满意 "+quarrel)}
			})
			reps, err := st.Reports(context.Background(), village3)
			if err != nil || len(reps) != n {
				b.Fatalf("%d reports (%v), want %d", len(reps), err, n)
			}
			for _, rep := range reps {
				if kept := slices.ContainsFunc(rep.History, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "陈二" }); kept != tc.kept {
					b.Fatalf("%s: his words kept %v, want %v: %+v", rep.ID, kept, tc.kept, rep.History)
				}
			}
		})
	}
}

// BenchmarkMeTooAsksWhen: 陈二's 「我家也堵了 啥时候能修好？」 right after
// the report follows it and is told how it stands (meToo, left71).
func BenchmarkMeTooAsksWhen(b *testing.B) {
	benchWord66(b, nil, "陈二", "我家也堵了 啥时候能修好？", func(rep village.Report) bool { return slices.Contains(rep.Followers, "陈二") })
}

// BenchmarkApproveAllYesThenScore: 「都同意」 lists two range claims and
// 「是」 keeps the list, asking for the score (rangeYes, not measured);
// the bare 「都给8分」 after it approves both (left71), as after the list
// alone (BenchmarkApproveAllEachScore).
func BenchmarkApproveAllYesThenScore(b *testing.B) {
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 今天扫雪 证明人 王五"}, {"张三", "申请积分 参加义务劳动 证明人 王五"}},
		func([]int) string { return "都给8分" }, "都同意", "是")
}
