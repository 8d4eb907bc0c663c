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

// BenchmarkMediationYields: in 陈二's quarrel with 张三 (taken on by 李四,
// beside his street lamp), 张三's 「我赔就是了」 told to the mediators as
// conciliatory, 陈二's agreement after it told as both sides', and 李四's
// 「他俩谈好了 张三赔200」 recorded on the quarrel with its 办结 offered,
// each measured on its own (med68).
func BenchmarkMediationYields(b *testing.B) {
	for _, tc := range []struct {
		name    string
		step    int // the measured message of steps, those before it run first
		quarrel func(village.Entry) bool
	}{
		{"one side", 0, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "张三" }},
		{"both sides", 1, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "陈二" }},
		{"settled news", 2, func(e village.Entry) bool {
			return e.Action == village.ActProgress && e.Note == "他俩谈好了 张三赔200"
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				lamp := fmt.Sprintf("#R%d", 2*i+1)
				msg, quarrel, before := benchQuarrel(i, true)
				steps := []bot.Message{msg(4, "张三", "羊是我家的 我赔就是了 多少钱"), msg(5, "陈二", "行 那就按市场价赔吧"), msg(6, "李四", "他俩谈好了 张三赔200")}
				before = append(before, steps[:tc.step]...)
				after = append(steps[tc.step+1:], msg(60, "李四", "办结 "+quarrel+" 张三赔了200"), msg(61, "陈二", "满意 "+quarrel),
					msg(62, "李四", "办结 "+lamp+" 换了灯泡"))
				return before, steps[tc.step], after
			})
			reps, err := st.Reports(context.Background(), village3)
			if err != nil || len(reps) != 2*n {
				b.Fatalf("%d reports (%v), want %d", len(reps), err, 2*n)
			}
			for _, rep := range reps {
				if rep.Type == village.Mediation && !slices.ContainsFunc(rep.History, tc.quarrel) {
					b.Fatalf("%s lacks the measured step: %+v", rep.ID, rep.History)
				}
			}
		})
	}
}

// benchQuarrel is round i's quarrel: 陈二's crop eaten by 张三's sheep,
// filed and taken on by 李四 (before), after 李四's street lamp when lamp
// (its item the round's first); msg is round i's message k minutes into
// its day, quarrel the quarrel's #R.
func benchQuarrel(i int, lamp bool) (msg func(k int, from, text string) bot.Message, quarrel string, before []bot.Message) {
	crops := []string{"苞米", "麦子", "白菜", "萝卜", "豆子", "花生", "土豆"}
	day := at.Add(time.Duration(i) * 49 * time.Hour)
	msg = func(k int, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: grid3, From: from, Text: text}
	}
	quarrel = fmt.Sprintf("#R%d", i+1)
	if lamp {
		quarrel = fmt.Sprintf("#R%d", 2*i+2)
		before = []bot.Message{msg(0, "李四", fmt.Sprintf("村口第%d根路灯坏了三天了", i+1))}
	}
	return msg, quarrel, append(before, msg(1, "陈二", fmt.Sprintf("俺家地里的%s被张三家的羊啃了", crops[i%len(crops)])), msg(2, "陈二", "1"), msg(3, "李四", "确认 "+quarrel))
}
