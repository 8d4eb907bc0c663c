package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// benchTrips handles the measured message m as benchSetup does and
// returns the round trips it took.
func benchTrips(b *testing.B, r interface {
	Handle(context.Context, bot.Message) error
}, st *storage.Store, m bot.Message) int64 {
	before := st.RoundTrips()
	benchSetup(b, r, m)
	return st.RoundTrips() - before
}

// benchPipeResolved: on day 王五's call files 王奶奶's frozen pipe, item
// i+1, and 李四 takes it on and resolves it; closed, 王五 answers 满意 for
// her too. It returns the item's #R.
func benchPipeResolved(b *testing.B, r interface {
	Handle(context.Context, bot.Message) error
}, i int, day time.Time, closed bool) string {
	ref := fmt.Sprintf("#R%d", i+1)
	ms := []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "王五", Text: "回访 王奶奶 已通 她说家里水管冻裂了"},
		{ID: fmt.Sprintf("%d-accept", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref},
		{ID: fmt.Sprintf("%d-resolve", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 " + ref + " 已换水管"}}
	if closed {
		ms = append(ms, bot.Message{ID: fmt.Sprintf("%d-close", i), At: day.Add(3 * time.Minute), Chat: grid3, From: "王五", Text: "满意 " + ref})
	}
	benchSetup(b, r, ms...)
	return ref
}
