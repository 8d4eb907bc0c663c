package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestLateCommitLeavesMemoWhenItsProcessIsGone: Redis stalls (a busy
// script) past the store's timeout while 张三's report waits; the process
// is gone (closed, no Made asked, no memo left in the background) before
// the stall ends; Redis then runs the report late. His resend reaching the
// next process is made under the first message's id: a duplicate, nothing
// filed twice (before: made, its own message). An answered commit leaves
// no memo: the same words again are his own message.
func TestLateCommitLeavesMemoWhenItsProcessIsGone(t *testing.T) {
	srv, st := unansweredStore(t, unansweredTimeout)
	ctx := context.Background()
	admin := srv.Client(t)
	by := "g|青山村三组网格群|张三"
	change := func(id, text string) storage.Change {
		return storage.Change{Scope: vs, MsgID: id, Out: []bot.Outbound{toZhang("已登记 " + id)},
			Sent: &storage.Sent{By: by, Text: text, ID: id, Under: id}}
	}
	// answered in time: no memo, and Redis's clock read (in the background)
	if _, err := st.Commit(ctx, change("a1", "我的积分")); err != nil {
		t.Fatal(err)
	}
	st.WaitMemos()
	if n := admin.Exists(ctx, "gb:{"+string(vs)+"}:resend:"+by).Val(); n != 0 {
		t.Fatalf("an answered commit left a resend memo")
	}
	if res, err := st.Commit(ctx, change("a2", "我的积分")); err != nil || res.Duplicate {
		t.Fatalf("the same words again after an answered commit: %+v, %v; want made", res, err)
	}

	ended := srv.Stall(t, 2*time.Second)
	_, err := st.Commit(ctx, change("m1", "上报 村口路灯坏了"))
	unansweredOf(t, err)
	_ = st.Close() // restarted while Redis still stalls: nothing left in the background
	<-ended
	for try := 0; admin.Exists(ctx, "gb:{"+string(vs)+"}:seen:m1").Val() == 0; try++ {
		if try == 3000 { // a guard against hanging: 30 s
			t.Fatal("the stalled commit never ran")
		}
		time.Sleep(10 * time.Millisecond)
	}

	next := storagetest.Open(t, srv.URL)
	if res, err := next.Commit(ctx, change("m2", "上报 村口路灯坏了")); err != nil || !res.Duplicate {
		t.Fatalf("the resend on the next process: %+v, %v; want a duplicate of m1, which was made late", res, err)
	}
	if res, err := next.Commit(ctx, change("m3", "上报 村口路灯坏了")); err != nil || res.Duplicate {
		t.Errorf("the same words a third time: %+v, %v; want made, his own message", res, err)
	}
}
