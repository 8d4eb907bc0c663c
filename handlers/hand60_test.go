package handlers_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// waterPipe is a villager's matter the bot asks back about (王奶奶's pipe).
const waterPipe = "王奶奶家水管冻裂了 在漏水"

// TestLeaderSendsWorkerOnConfirmBack: while a villager's confirm-back
// waits (「回复「1」登记」), the grid leader's 「王五你去王奶奶家看看水管」
// (or 「这事王五你去看看」, or 「王五你去看看」 quoting the bot's question)
// files it as hers and gives it to 王五 in one commit, told as 指派 is
// (not 「李四已受理」, 王五 ignored); her later 「1」 files nothing twice
// and hears who handles it.
func TestLeaderSendsWorkerOnConfirmBack(t *testing.T) {
	wang := village.Person{Name: "王五", Village: "青山村", Household: "QS-304"}
	for _, tc := range []struct {
		from, said, send, task string
		quoted                 bool
	}{
		{"陈二", waterPipe, "王五你去王奶奶家看看水管", "去王奶奶家看看水管", false},
		{"张三", stink, "这事王五你去看看", "去看看", false},
		{"张三", stink, "王五你去看看", "去看看", true},
	} {
		c := newChat(t, understand.Rules{})
		asked := c.say(tc.from, tc.said)
		has(t, "asked back", asked, "@"+tc.from, "回复「1」登记")
		m := bot.Message{Chat: grid3, From: "李四", Text: tc.send}
		if tc.quoted {
			c.now = c.now.Add(2 * time.Hour) // quoted: past the unquoted window too
			m.Quote = &bot.Quote{Name: "网格小助手", Text: strings.TrimPrefix(asked[0], grid3+": ")}
		}
		got := c.costs(t, 1, tc.send, m)
		has(t, tc.send, got, "已登记 #R1（一般事项", "#R1 已受理并指派给王五，现由李四、王五负责，预计", "要办的："+tc.task,
			"@王五\u2005请跟进，办好后回复「办结 #R1 处理情况」", "@"+tc.from+"\u2005不用再回复「1」")
		lacks(t, tc.send, got, "李四已受理", "请网格长受理")
		c.wantReports(1, "(filed and given to 王五)")
		r := c.reports()[0]
		if r.Reporter != tc.from || r.Status != village.StatusAccepted || !r.HandledBy(wang) || !slices.Contains(r.Handlers, "李四") {
			t.Fatalf("%s: R1 reporter %s, status %s, handlers %v", tc.send, r.Reporter, r.Status, r.Handlers)
		}
		last := r.History[len(r.History)-1]
		if last.Action != village.ActAssign || last.By != "李四" || last.Note != "王五 "+tc.task || !last.Implied {
			t.Errorf("%s: R1's last step %+v, want 李四's 指派 of 王五, read from his words", tc.send, last)
		}
		expect(t, "her 1", c.say(tc.from, "1"), "#R1 已经登记了，王五在办，可发「查 #R1」看进度。")
		c.wantReports(1, "(her 1 files nothing twice)")
		has(t, "his answer", c.say("王五", "好的 我下午过去"), "#R1 进展已记录")
	}
}

// TestOnlyLeaderSendsOnConfirmBack: a grid worker's 「李四你去看看」
// sends nobody (the leader's to give: asked 指派 as before); the leader's
// words naming no cadre of the grid (「张三你去看看」, the reporter) take
// it on for himself, as before.
func TestOnlyLeaderSendsOnConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	got := c.say("王五", "李四你去看看")
	lacks(t, "worker's words", got, "已指派")
	c.firstStatus(village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("陈二", waterPipe)
	got = c.say("李四", "陈二你去看看")
	lacks(t, "the reporter named", got, "已指派")
	c.wantReports(1, "(filed)")
	if r := c.reports()[0]; slices.Contains(r.Handlers, "陈二") {
		t.Errorf("the reporter handles her own report: %v", r.Handlers)
	}
}

// BenchmarkSendsOnConfirmBack: a villager's words asked back, then the
// grid leader's 「王五你去看看」 files them and gives them to 王五: one
// commit (the measured message alone). Each round's item is checked to be
// filed and 王五's. Only with the cache: an uncached store holds no copy
// of her question, which the leader's words then do not see (cb52).
func BenchmarkSendsOnConfirmBack(b *testing.B) {
	const grid = "青山村三组网格群"
	wang := village.Person{Name: "王五", Village: "青山村", Household: "QS-304"}
	for _, cache := range []bool{true} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			r, st := benchRouter(b, cache)
			ctx := context.Background()
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				msg := officeRound(i)
				if err := r.Handle(ctx, msg("a", grid, "张三", fmt.Sprintf("我们家旁边第%d条水沟臭死了 夏天蚊子多 现在冬天也臭", i+1))); err != nil {
					b.Fatal(err)
				}
				before := st.RoundTrips()
				if err := r.Handle(ctx, msg("b", grid, "李四", "王五你去看看")); err != nil {
					b.Fatal(err)
				}
				trips, n = trips+st.RoundTrips()-before, n+1
			}
			b.StopTimer()
			reps, err := st.Reports(ctx, village3)
			if err != nil {
				b.Fatal(err)
			}
			if given := slices.DeleteFunc(reps, func(r village.Report) bool { return !r.HandledBy(wang) }); len(given) != n {
				b.Fatalf("%d of %d rounds' items given to 王五", len(given), n)
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
