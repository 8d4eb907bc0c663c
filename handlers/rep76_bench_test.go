package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// rep76Round is word68RoundIn in grid3 shifted by shift (at night: 22:30).
func rep76Round(shift time.Duration, i, items, measured int, msgs ...string) ([]bot.Message, bot.Message, []bot.Message) {
	before, m, after := word68RoundIn(grid3, i, items, measured, msgs...)
	for _, ms := range [][]bot.Message{before, after} {
		for k := range ms {
			ms[k].At = ms[k].At.Add(shift)
		}
	}
	m.At = m.At.Add(shift)
	return before, m, after
}

// BenchmarkOneAnswerOffersAtNight: 陈二's 「1」 at 22:30 to three
// confirm-backs: filed in one commit, one reply, each item's note to the
// leader held (askedOnce at night, rep76).
func BenchmarkOneAnswerOffersAtNight(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		return rep76Round(13*time.Hour+30*time.Minute, i, 3, 3,
			"陈二", "村口的路灯坏了，晚上黑乎乎的", "陈二", "还有水渠堵了 水漫到路上了", "陈二", "还有垃圾桶满了没人收", "陈二", "1",
			"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试", "李四", "驳回 %R2 测试")
	})
	if reps, err := st.Reports(context.Background(), village3); err != nil || len(reps) != 3*n {
		b.Fatalf("%d reports (%v), want %d", len(reps), err, 3*n)
	}
}

// BenchmarkOneAnswerMixedOffers: 陈二's 「1」 to a general item, a quarrel
// and another general item: one commit, one reply (askedOnce with a
// mediation, rep76), as its 「1」 alone (BenchmarkOneAnswerQuarrelAlone).
func BenchmarkOneAnswerMixedOffers(b *testing.B) {
	benchMix(b, 3, "陈二", "东头那条路有个坑", "陈二", "隔壁家的狗天天半夜叫 说了也不听", "陈二", "后山水渠好像堵了", "陈二", "1",
		"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试", "李四", "驳回 %R2 测试")
}

// BenchmarkOneAnswerQuarrelAlone: 陈二's 「1」 to a quarrel asked back.
func BenchmarkOneAnswerQuarrelAlone(b *testing.B) {
	benchMix(b, 1, "陈二", "隔壁家的狗天天半夜叫 说了也不听", "陈二", "1", "李四", "驳回 %R0 测试")
}

// benchMix measures the message after items-1… confirm-backs read by
// mixReader (the items' messages, then the 「1」, then their 驳回).
func benchMix(b *testing.B, items int, msgs ...string) {
	cfg, dir := exampleVillage(&testing.T{})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: mixReader(),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	n := benchOneOfEachOn(b, r, st, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		return rep76Round(0, i, items, items, msgs...)
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != items*n || reps[len(reps)-1].Status != village.StatusRejected {
		b.Fatalf("%d reports (%v), want %d, the last rejected", len(reps), err, items*n)
	}
}

// BenchmarkQueryList: 陈二's 「查 #R1 #R2 #R3」, the list the joined reply
// offers: one read of the three (readAhead).
func BenchmarkQueryList(b *testing.B) {
	benchRep74(b, grid3, false, 3, 3, village.StatusRejected,
		"陈二", "上报 村口的路灯坏了，晚上黑乎乎的", "陈二", "上报 水渠堵了 水漫到路上了", "陈二", "上报 垃圾桶满了没人收",
		"陈二", "查 %R0 %R1 %R2", "李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试", "李四", "驳回 %R2 测试")
}
