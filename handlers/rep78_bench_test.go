package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// BenchmarkOneAnswerClaimAmongOffers: 陈二's 「1」 to a general item, a
// points claim and another general item: one commit, one reply (the
// claim joined, rep78); on main the claim was a commit and a reply of
// its own.
func BenchmarkOneAnswerClaimAmongOffers(b *testing.B) {
	benchClaimMix(b, 2, 3, "陈二", "东头那条路有个坑", "陈二", "今天出义务工修了一上午的路", "陈二", "后山水渠好像堵了", "陈二", "1",
		"赵六", "驳回 %C 测试", "李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试")
}

// BenchmarkOneAnswerClaimAlone: 陈二's 「1」 to a points claim asked back.
func BenchmarkOneAnswerClaimAlone(b *testing.B) {
	benchClaimMix(b, 0, 1, "陈二", "今天出义务工修了一上午的路", "陈二", "1", "赵六", "驳回 %C 测试")
}

// benchClaimMix measures the message after measured confirm-backs read
// by pendingReader, items of them reports, one a claim (%C: the round's
// claim number), each round's rejected after.
func benchClaimMix(b *testing.B, items, measured int, msgs ...string) {
	cfg, dir := exampleVillage(&testing.T{})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: pendingReader(),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	n := benchOneOfEachOn(b, r, st, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		before, m, after := rep76Round(time.Duration(0), i, items, measured, msgs...)
		for k := range after {
			after[k].Text = strings.ReplaceAll(after[k].Text, "%C", fmt.Sprintf("#C%d", i+1))
		}
		return before, m, after
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != items*n || items > 0 && reps[len(reps)-1].Status != village.StatusRejected {
		b.Fatalf("%d reports (%v), want %d, the last rejected", len(reps), err, items*n)
	}
}
