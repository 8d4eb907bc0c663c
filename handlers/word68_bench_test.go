package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// word68Round is a round of the word68 benchmarks on day i: msgs are
// (from, text) pairs sent a minute apart, "%R" in a text the round's
// first new item (its number: ref(i)), the one at measured the one
// measured.
func word68Round(i, items, measured int, msgs ...string) (before []bot.Message, m bot.Message, after []bot.Message) {
	day := at.Add(time.Duration(i) * 49 * time.Hour)
	for k := 0; k+1 < len(msgs); k += 2 {
		text := msgs[k+1]
		for j := range items {
			text = strings.ReplaceAll(text, fmt.Sprintf("%%R%d", j), fmt.Sprintf("#R%d", i*items+j+1))
		}
		msg := bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: grid3, From: msgs[k], Text: text}
		switch {
		case k/2 < measured:
			before = append(before, msg)
		case k/2 == measured:
			m = msg
		default:
			after = append(after, msg)
		}
	}
	return before, m, after
}

// word68RoundIn is word68Round with every message said in chat.
func word68RoundIn(chat string, i, items, measured int, msgs ...string) (before []bot.Message, m bot.Message, after []bot.Message) {
	before, m, after = word68Round(i, items, measured, msgs...)
	for _, ms := range [][]bot.Message{before, after} {
		for k := range ms {
			ms[k].Chat = chat
		}
	}
	m.Chat = chat
	return before, m, after
}

// benchWord68 runs word68Round and checks the store holds items*n
// reports, the last one in status want.
func benchWord68(b *testing.B, items, measured int, want village.Status, msgs ...string) {
	benchWord68In(b, grid3, items, measured, want, msgs...)
}

// benchWord68In is benchWord68 with every message said in chat.
func benchWord68In(b *testing.B, chat string, items, measured int, want village.Status, msgs ...string) {
	st, n := benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		return word68RoundIn(chat, i, items, measured, msgs...)
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != items*n || items > 0 && reps[len(reps)-1].Status != want {
		b.Fatalf("%d reports (%v), want %d, the last %s", len(reps), err, items*n, want)
	}
}

// BenchmarkWorkerDoneOfAnothers: 王五 handles the lamp; his 「张三家门口通好
// 了」 asks 李四 for the 办结 of 张三's drain (doneOfOthers, notHisInWords).
func BenchmarkWorkerDoneOfAnothers(b *testing.B) {
	benchWord68(b, 2, 4, village.StatusRejected,
		"张三", "上报 我家门口的下水道堵了", "李四", "确认 %R0",
		"陈二", "上报 村口的路灯坏了", "李四", "确认 %R1 王五去看看",
		"王五", "张三家门口通好了",
		"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试")
}

// BenchmarkAckWhileConfirmBack: 陈二's 「收到」 while his confirm-back
// waits: told once what answers it, the notices' 收到 riding along
// (ackWhileAsked); his 「2」 after.
func BenchmarkAckWhileConfirmBack(b *testing.B) {
	benchWord68(b, 0, 1, village.StatusNew,
		"陈二", "村口的路灯坏了，晚上黑乎乎的", "陈二", "收到", "陈二", "2")
}

// BenchmarkBareNotYetAsked: 张三's bare 「还没」 just after the 办结 of his
// lamp asked him: its 未解决 (notYetAsked).
func BenchmarkBareNotYetAsked(b *testing.B) {
	benchWord68(b, 1, 3, village.StatusRejected,
		"张三", "上报 村口的路灯坏了", "李四", "确认 %R0", "李四", "办结 %R0 换了灯泡",
		"张三", "还没", "李四", "驳回 %R0 测试")
}
