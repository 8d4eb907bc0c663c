package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// twoItemsOfLeader is a chat where 李四 handles two items of his group,
// both taken on: R1 the lamp, R2 the ditch.
func twoItemsOfLeader(t *testing.T) *chat {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "上报 我家后面水沟堵了")
	has(t, "accept 2", c.say("李四", "确认 #R2"), "#R2 已受理")
	c.flush()
	return c
}

// TestLeaderPrivateWorkWords: the leader's words on his work told to the
// bot privately, with no question waiting, are read as in his group: the
// one item they fit gets its 进展, or for done-words the 办结 to send;
// fitting several, they are listed; handling none, the menu as before.
func TestLeaderPrivateWorkWords(t *testing.T) {
	c := twoItemsOfLeader(t)
	expect(t, "ditch done", c.private("李四", "沟挖通了"),
		"李四: 李四，办好了的话，请回复「办结 #R2 沟挖通了」，我会请报告人确认；只是记一下进展，请回复「进展 #R2 沟挖通了」。")
	expect(t, "lamp done", c.private("李四", "灯换好了"),
		"李四: 李四，办好了的话，请回复「办结 #R1 灯换好了」，我会请报告人确认；只是记一下进展，请回复「进展 #R1 灯换好了」。")
	got := c.private("李四", "事情都办好了")
	has(t, "both fit", got, "您负责的有：", "#R2 我家后面水沟堵了", "#R1 村口路灯坏了好几天了", "「办结 #R2 #R1 事情都办好了」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	got = c.private("李四", "已经联系电工了 说是明天来修")
	has(t, "progress", got, "李四: 按您说的，#R1 进展已记录：已经联系电工了 说是明天来修", grid3+": 按李四的话，#R1 进展已记录")
	lacks(t, "progress", got, "已登记")
	if r := c.reports()[0]; r.History[len(r.History)-1].Action != village.ActProgress {
		t.Errorf("R1 history %+v, want its 进展 last", r.History)
	}
	has(t, "handles none", c.private("王五", "沟挖通了"), "王五: 我是网格小助手")
}

// TestFrozenClaimPrivateReply: the notice of a frozen item asks its
// household to reply with its side; a private reply that is no question,
// in whatever words, is recorded and passed to the scorer. A question,
// and words of a household with nothing frozen, are not.
func TestFrozenClaimPrivateReply(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证")
	b.say("赵六", "同意 #C1")
	publishClaims(t, b.st, b.now, 1)
	has(t, "the notice", b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家"),
		"张三: 【积分通知】#C1 张三的「帮助困难群众、照料孤寡老人」+10分在公示期内有人提出异议，暂时冻结，评分小组核实后会私信告诉您结果。有证明人、照片或要说的，直接回复我说明情况，我转给评分人赵六。")
	for _, text := range []string{"那天我和王五一起去的", "王五知道", "我挑了两担水"} {
		has(t, text, b.privately("张三", text), "张三: 张三，您对 #C1「帮助困难群众、照料孤寡老人」的说明已记下，并转给了评分人赵六",
			"赵六: 【异议说明】#C1 张三说："+text)
	}
	lacks(t, "a question", b.privately("张三", "什么时候有结果？"), "异议说明", "说明已记下")
	lacks(t, "nothing frozen", b.privately("陈二", "那天我和王五一起去的"), "异议说明", "说明已记下")
	if c := b.claim("C1"); c.Status != village.ClaimObjected || len(c.Explained) != 3 {
		t.Errorf("C1 %s, explained %+v; want objected with 张三's three replies", c.Status, c.Explained)
	}
}

// privateTrips handles from's private text and returns the round trips.
func (b *pointsBot) privateTrips(tb testing.TB, id, from, text string) int64 {
	return b.trips(tb, bot.Message{ID: id, Private: true, From: from, Text: text})
}

// trips handles m a minute after the last and returns the round trips it
// cost.
func (b *pointsBot) trips(tb testing.TB, m bot.Message) int64 {
	before := b.st.RoundTrips()
	b.now = b.now.Add(time.Minute)
	m.At = b.now
	if err := b.r.Handle(context.Background(), m); err != nil {
		tb.Fatal(err)
	}
	n := b.st.RoundTrips() - before
	b.drain()
	return n
}

// TestFrozenClaimPrivateReplyCost: the reply costs a read of the frozen
// items and the one commit.
func TestFrozenClaimPrivateReplyCost(t *testing.T) {
	b := objectedC1(t)
	b.drain()
	if n := b.privateTrips(t, "p1", "张三", "那天我和王五一起去的"); n != 2 {
		t.Errorf("private reply: %d round trips, want 2 (a read, a commit)", n)
	}
	c := twoItemsOfLeader(t)
	if n, _ := c.counted(bot.Message{Private: true, From: "李四", Text: "已经联系电工了 说是明天来修"}); n != 1 {
		t.Errorf("private progress: %d round trips, want 1 (the commit; the grid read from memory)", n)
	}
}

// BenchmarkPrivateWorkWords: a claimant's private reply on his frozen
// item, and a leader's private words of his item's progress.
func BenchmarkPrivateWorkWords(b *testing.B) {
	b.Run("frozen reply", func(b *testing.B) {
		pb := objectedC1(b)
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			trips, n = trips+pb.privateTrips(b, fmt.Sprintf("p%d", i), "张三", fmt.Sprintf("那天我和王五一起去的 第%d次", i)), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
}
