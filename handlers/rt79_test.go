package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// TestClaimAgainOnCopy: a claim sent again the same day is refused on
// this process's copies of the household's claims, the refusal's commit
// carrying their reads: one round trip. Another replica's rejection of
// the first since leaves the copy stale: the refusal is refused by the
// commit and the message handled again on the claims as stored, filed as
// a new claim (rt79).
func TestClaimAgainOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 帮五保户王奶奶打扫院子"), "#C1")
	has(t, "again, on the copies", saidOnCopy(t, a, false, "the same deed again", "张三", "申请积分 帮五保户王奶奶打扫院子", false), "#C1")
	has(t, "another replica's rejection", byReplica(a, b, "赵六", "驳回 #C1 没有照片"), "#C1 没有通过")
	got := saidOnCopy(t, a, true, "again after another replica's rejection", "张三", "申请积分 帮五保户王奶奶打扫院子", false)
	has(t, "filed anew", got, "#C2")
	lacks(t, "filed anew", got, "今天已经申请过")
}

// TestExplainedOnCopy: a household's side of its frozen item, said in the
// group, is recorded on this process's copy of the frozen claims, its
// commit carrying the copy's read: one round trip. Another replica's
// 维持 since leaves the copy stale: the note's commit is refused, and the
// words, handled again on the claims as stored, record nothing (rt79).
func TestExplainedOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 帮王奶奶挑水 王五可以作证"), "#C1")
	has(t, "approved", a.say("赵六", "同意 #C1"), "#C1 已通过")
	publishClaims(t, a.st, a.now, 1)
	has(t, "objected", a.say("陈二", "异议 #C1 张三那天根本没去王奶奶家"), "暂时冻结")
	has(t, "read once", a.say("张三", "冤枉 我那天真的去了"), "说明已记下")
	has(t, "on the copy", saidOnCopy(t, a, false, "his side on the copy", "张三", "冤枉 我那天真的去了 真的", false), "说明已记下")
	has(t, "another replica's 维持", byReplica(a, b, "赵六", "维持 #C1 王五说确实去了"), "#C1")
	_, trips := rt70Said(a, "张三", "冤枉 我那天真的去了 真的真的", false)
	if trips < 2 {
		t.Errorf("after another replica's 维持: %d round trips, want the refused commit and the reads after", trips)
	}
	c := a.claim("C1")
	if len(c.Explained) != 2 {
		t.Errorf("C1 explained %+v, want the two notes before the 维持 only", c.Explained)
	}
}

// BenchmarkRt79Started: the rows rt79 brought to one round trip, on a
// started store (LoadScripts, as `gridbot run` opens it): a witness's side
// of his own frozen item, and the claimant's side naming a witness.
func BenchmarkRt79Started(b *testing.B) {
	start := func(b *testing.B, pb *pointsBot) *pointsBot {
		if err := pb.st.LoadScripts(context.Background()); err != nil {
			b.Fatal(err)
		}
		return pb
	}
	b.Run("FrozenSideFromAWitness", func(b *testing.B) {
		benchSaidOn(b, start(b, witnessFrozen(b)), "陈二", "我去了的 王五可以作证")
	})
	b.Run("ObjectionExplained naming a witness", func(b *testing.B) {
		benchSaidOn(b, start(b, objectedC1(b)), "张三", "我去了的 王五可以作证")
	})
	b.Run("ObjectionExplained", func(b *testing.B) {
		benchSaidOn(b, start(b, objectedC1(b)), "张三", "冤枉 我那天真的去了")
	})
}

// TestNoticeResentKnown: the office's 通知 delivered again to the process
// that made it is a duplicate found by one EXISTS of its dedupe key, no
// mirror marked (rt79; another process's resend is marked and put back,
// TestNoticeResentLeavesMirror). One notice stands, sent once.
func TestNoticeResentKnown(t *testing.T) {
	pb := examplePointsBot(t)
	m := bot.Message{ID: "notice", Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证"}
	pb.trips(t, m)
	if n := pb.trips(t, m); n != 1 {
		t.Errorf("the resend cost %d round trips, want 1", n)
	}
	ns, err := pb.st.RecentNotices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesPostedTo("青山村三组网格群"), time.Time{})
	if err != nil || len(ns) != 1 {
		t.Errorf("notices %+v (%v), want the one", ns, err)
	}
}
