package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestStillNoisyStaleCopy: process a follows the grid's open reports;
// through process b one of them changed since. The reporter's "还是吵"
// through a is not decided on a's copy: R1 closed by his 满意 through b
// is not reopened; nor is R1 once his second quarrel was taken up through
// b (no item came or went: only its status changed), which his words may
// mean too: he is shown how to answer.
func TestStillNoisyStaleCopy(t *testing.T) {
	t.Run("closed elsewhere", func(t *testing.T) {
		a, b := twoProcesses(t)
		a.say("陈二", "上报 调解 3号院那户天天半夜放音乐 吵得睡不着")
		a.say("李四", "确认 #R1")
		a.say("李四", "办结 #R1 双方和解")
		has(t, "closed through b", b.say("陈二", "满意 #R1"), "#R1")
		a.say("陈二", "还是吵")
		if r := a.reports(); len(r) != 1 || r[0].Status != village.StatusClosed {
			t.Fatalf("reports %+v, want R1 still closed", r)
		}
	})
	t.Run("taken up elsewhere", func(t *testing.T) {
		a, b := twoProcesses(t)
		a.say("陈二", "上报 调解 3号院那户天天半夜放音乐 吵得睡不着")
		a.say("李四", "确认 #R1")
		a.say("李四", "办结 #R1 双方和解")
		a.say("陈二", "上报 调解 隔壁装修电钻天天响 吵得睡不着")
		// b reads R2 first: its 确认 then leaves the grid's index as it
		// is (no generation raised), only R2's status changes
		b.say("李四", "查 #R2")
		has(t, "taken up through b", b.say("李四", "确认 #R2"), "#R2 已受理")
		has(t, "shown the answers", a.say("陈二", "还是吵"), "#R1")
		if r := a.reports(); len(r) != 2 || r[0].Status != village.StatusResolved {
			t.Fatalf("reports %+v, want R1 still resolved", r)
		}
	})
}

// TestAnswerStaleQuestionCopy: process a asked 陈二 back (「回复「1」登记」)
// and keeps a copy of the question; meanwhile his questions changed in
// Redis behind a's back. His 「1」 through a is not decided on the stale
// copy: its commit checks the copy, is refused, and the 「1」 is answered
// again on the questions as stored, each reply sent once:
//   - answered 「2」 through b: nothing waits, the 「1」 files nothing;
//   - a second matter told through b, asked there too: the 「1」 files both
//     (the copy knew of the first alone: a check of the answered line
//     alone would file it and leave the second waiting, unsaid);
//   - the question expired in Redis before a's copy of it (the clocks of
//     two machines differ): nothing waits, nothing is filed;
//   - two matters asked through a, a third through b: the first filing
//     of a's 「1」 is refused, and the three are filed, each told once.
func TestAnswerStaleQuestionCopy(t *testing.T) {
	const rubbish = "3号院门口的垃圾没人清理"
	const tower = "5号塔的信号塔啥时候修 俺们这打个电话都要跑到坡上去"
	for _, tc := range []struct {
		name string
		// asked are the matters told through a (default: rubbish)
		asked []string
		// meanwhile changes the questions behind a's back
		meanwhile func(t *testing.T, b *chat, srv *storagetest.Server)
		// replied are a's replies to the 「1」
		replied []string
		filed   []string
	}{
		{name: "answered 2 elsewhere",
			meanwhile: func(t *testing.T, b *chat, _ *storagetest.Server) {
				has(t, "2 through b", b.say("陈二", "2"), "不登记")
			}},
		{name: "asked elsewhere meanwhile",
			meanwhile: func(t *testing.T, b *chat, _ *storagetest.Server) {
				has(t, "asked through b", b.say("陈二", tower), "回复「1」登记")
			},
			replied: []string{grid3 + ": 已登记 #R1"}, // and #R2, in one reply (rep74)
			filed:   []string{rubbish, tower}},
		{name: "asked elsewhere while two wait", asked: []string{rubbish, "后山水渠好像堵了"},
			meanwhile: func(t *testing.T, b *chat, _ *storagetest.Server) {
				has(t, "asked through b", b.say("陈二", tower), "回复「1」登记")
			},
			replied: []string{grid3 + ": 已登记 #R1"}, // and #R2, #R3, in one reply (rep75)
			filed:   []string{rubbish, "后山水渠好像堵了", tower}},
		{name: "expired",
			meanwhile: func(t *testing.T, _ *chat, srv *storagetest.Server) {
				expireAsked(t, srv)
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b, srv := twoProcessesOn(t)
			if tc.asked == nil {
				tc.asked = []string{rubbish}
			}
			for _, text := range tc.asked {
				has(t, "asked through a", a.say("陈二", text), "回复「1」")
			}
			tc.meanwhile(t, b, srv)
			expect(t, "1 through a", a.say("陈二", "1"), tc.replied...)
			var filed []string
			for _, r := range a.reports() {
				filed = append(filed, r.Text)
			}
			if diff := cmp.Diff(filed, tc.filed); diff != "" {
				t.Errorf("filed (-got +want):\n%s", diff)
			}
			a.wantWaiting("answered", "陈二")
			// a's next question is read from its copy again
			has(t, "asked again through a", a.say("陈二", "7号院门口的垃圾没人清理"), "回复「1」登记")
			got := a.costs(t, 1, "「1」 to a's own question", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
			has(t, "filed", got, fmt.Sprintf("已登记 #R%d", len(tc.filed)+1))
		})
	}
}

// expireAsked makes the one question key on srv expire in Redis now (a
// millisecond's expiry, waited for without a clock: Redis drops an expired
// key when it is read).
func expireAsked(t *testing.T, srv *storagetest.Server) {
	t.Helper()
	c := srv.Client(t)
	keys, err := c.Keys(t.Context(), "*ask:*").Result()
	if err != nil || len(keys) != 1 {
		t.Fatalf("question keys %q, %v; want one", keys, err)
	}
	if err := c.PExpire(t.Context(), keys[0], time.Millisecond).Err(); err != nil {
		t.Fatal(err)
	}
	for i := 0; c.Exists(t.Context(), keys[0]).Val() == 1; i++ {
		if i == 1_000_000 {
			t.Fatal("the question never expired")
		}
	}
}

// TestAskedBackOnStaleCopy: an answer a's copy of the questions cannot
// place (a confirm-back and a duplicate question wait) commits nothing
// that would check the copy: it is placed on the questions as stored,
// where the duplicate question was answered through b meanwhile, so 「好
// 的」 files the matter asked back instead of asking which.
func TestAskedBackOnStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "lamp", a.say("张三", "上报 村口的路灯坏了 晚上看不见"), "已登记 #R1")
	has(t, "asked back through a", a.say("陈二", "3号院门口的垃圾没人清理"), "回复「1」登记")
	has(t, "dup asked through a", a.say("陈二", "上报 村口路灯坏了 黑漆漆的"), "#R1")
	a.wantWaiting("both asked", "陈二", "confirm ", "dup R1")
	has(t, "是 through b", b.say("陈二", "是"), "#R1")
	has(t, "好的 through a", a.say("陈二", "好的"), "已登记 #R2")
	a.wantWaiting("answered", "陈二")
}
