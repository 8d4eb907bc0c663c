package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// benchCounted reports the round trips of the message each iteration's
// setup (uncounted) leads to: said(i) is its sender and text.
func benchCounted(b *testing.B, pb *pointsBot, setup func(i int), said func(i int) (from, text string)) {
	benchCountedMsg(b, pb, setup, func(i int) bot.Message {
		from, text := said(i)
		return bot.Message{ID: fmt.Sprintf("s%d", i), Chat: g3, From: from, Text: text}
	})
}

// benchCountedMsg is benchCounted of any message in grid 3's group
// (one of photos, say), made a minute after the setup.
func benchCountedMsg(b *testing.B, pb *pointsBot, setup func(i int), msg func(i int) bot.Message) {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		setup(i)
		pb.now = pb.now.Add(time.Minute)
		m := msg(i)
		m.At = pb.now
		before := pb.st.RoundTrips()
		benchSetup(b, pb.r, m)
		trips, n = trips+pb.st.RoundTrips()-before, n+1
		pb.drain()
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkOldCappedStatus: 查 #C4 of a claim rejected for its full cap
// before the cap was kept on the claim reads the household's account
// (pts97). Reported: round trips per message.
func BenchmarkOldCappedStatus(b *testing.B) {
	pb := cappedRejection(b)
	c := pb.claim("C4")
	c.CapFull = ""
	cd := storagetest.Must(storage.ClaimDoc(c, c.Status))(b)
	if _, err := pb.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "old-C4", Docs: []storage.Doc{cd}}); err != nil {
		b.Fatal(err)
	}
	benchSaidOn(b, pb, "张三", "查 #C4")
}

// BenchmarkOfferedWitness: 王五, named on no claim, says he saw 刘芳's
// claim that still needs a witness (「刘芳清水渠我看见了，属实」): written
// on it, thanked, the scorers asked (pts97); each iteration a new claim,
// the one before approved. Reported: round trips per message.
func BenchmarkOfferedWitness(b *testing.B) {
	pb := examplePointsBot(b)
	benchCounted(b, pb, func(i int) {
		if i > 0 {
			pb.say("赵六", fmt.Sprintf("同意 #C%d", i))
		}
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("刘芳", "申请积分 HJ02 今天清理了村口水渠")
	}, func(int) (string, string) { return "王五", "刘芳清水渠我看见了，属实" })
}

// BenchmarkUndoneBurst: a December claim approved in January, then taken
// back (撤销) before its held ranking correction went: the 撤销 withdraws
// the post and posts nothing (pts97). Reported: round trips of the 撤销.
func BenchmarkUndoneBurst(b *testing.B) { benchUndone(b) }

// benchUndone is BenchmarkUndoneBurst with the claims open under
// objection at the year end.
func benchUndone(b *testing.B, open ...string) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 1, 10, 0, 0, 0, pb.now.Location())
	for d := 1; d <= 28; d++ {
		for _, who := range []string{"张三", "陈二"} {
			pb.say(who, fmt.Sprintf("申请积分 12月%d日帮五保户王奶奶打扫院子 证明人 王五", d))
		}
	}
	archiveOpen2026(b, pb, open...)
	pb.now = time.Date(2027, 1, 3, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) {
		pb.now = pb.now.Add(10 * time.Minute)
		pb.say("赵六", fmt.Sprintf("同意 #C%d", i+1))
	}, func(i int) (string, string) { return "赵六", fmt.Sprintf("撤销 #C%d 审错了", i+1) })
}
