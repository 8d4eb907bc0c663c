package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestResendAfterRestartDuringStall: Redis stalls past the store's
// timeout while 张三's report waits (he is told it may be registered),
// and the process restarts before the stall ends: the memo it would have
// left once Redis answered is never left. Redis then runs the report
// (已登记 #R2), late, and leaves the memo itself; his resend three
// minutes later, on the restarted process, files and says nothing
// (before: in the group 「您已经反映过 #R2」, privately a second item #R3).
func TestResendAfterRestartDuringStall(t *testing.T) {
	for _, private := range []bool{false, true} {
		sink := &directSink{}
		srv, st, r := stalledRouter(t, unansweredTimeout, sink)
		ctx := context.Background()
		st.WaitMemos() // Redis's clock read, after the warming message
		m := bot.Message{ID: "m1", At: at.Add(time.Minute), Chat: grid3, Private: private, From: "张三", Text: "上报 村口路灯坏了"}
		if private {
			m.Chat = ""
		}
		ended := srv.Stall(t, 3*time.Second)
		if err := r.Handle(ctx, m); !errors.Is(err, storage.ErrUnavailable) {
			t.Fatalf("private %v: Handle during the stall = %v, want ErrUnavailable", private, err)
		}
		_ = st.Close() // restarted while Redis still stalls
		<-ended
		next := storagetest.Open(t, srv.URL+"?max_retries=-1")
		for try := 0; len(storagetest.Must(next.Reports(ctx, village3))(t)) < 2; try++ {
			if try == 3000 { // a guard against hanging: 30 s
				t.Fatalf("private %v: the stalled report was never made", private)
			}
			time.Sleep(10 * time.Millisecond)
		}
		has(t, "after the stall", storagetest.Sent(t, next, m.At, village3), "已登记 #R2")

		m.ID, m.At = "m2", m.At.Add(3*time.Minute)
		resentSilently(t, fmt.Sprintf("private %v, after the restart", private), routerOn(t, next, sink), next, sink, m)
	}
}
