package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkPlanInWords: the grid leader's unnumbered 「收到 今天联系电工」
// (or 「好的 …」) on the one item he handles, taken on (accepted) or sent
// up to the township (escalated; the office is told too): its 进展, one
// commit, the grid's open reports served from memory (rt58; with the cache
// off, read); numbered (「R1 今天联系电工」) for comparison. Each
// round files and takes on (and sends up) its item, and resolves the one
// before (not measured); with the report cache on and off.
func BenchmarkPlanInWords(b *testing.B) {
	for _, text := range []string{"收到 今天联系电工", "好的 今天联系电工", "R%d 今天联系电工"} {
		for _, up := range []bool{false, true} {
			for _, cache := range []bool{true, false} {
				b.Run(fmt.Sprintf("%s/escalated=%v/cache=%v", map[bool]string{true: "numbered", false: strings.Fields(text)[0]}[strings.Contains(text, "%d")], up, cache), func(b *testing.B) {
					benchPlanSaid(b, text, up, cache)
				})
			}
		}
	}
}

// benchPlanSaid measures the round trips of the grid leader's text (a
// "%d" in it the item's number) on the one item he just took on (and sent
// up, if up): each round files and takes on its item and resolves the one
// before (not measured); text must be that item's 进展.
func benchPlanSaid(b *testing.B, text string, up, cache bool) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	r, st := benchRouter(b, cache)
	ctx := context.Background()
	trips, n := int64(0), 0
	handle := func(ms ...bot.Message) {
		for _, m := range ms {
			if err := r.Handle(ctx, m); err != nil {
				b.Fatalf("%s: %v", m.Text, err)
			}
		}
	}
	for i := 0; b.Loop(); i++ {
		id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
		ref := fmt.Sprintf("#R%d", i+1)
		if i > 0 {
			prev, by := fmt.Sprintf("#R%d", i), benchMsg(id("p"), grid, "李四", "", "")
			if up {
				by = benchMsg(id("p"), office, "孙七", "", "")
			}
			by.Text = "办结 " + prev + " 已处理"
			handle(by)
		}
		handle(benchMsg(id("a"), grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1), ""),
			benchMsg(id("b"), grid, "李四", "确认 "+ref, ""))
		if up {
			handle(benchMsg(id("c"), grid, "李四", "上报镇 "+ref+" 村里没有电工", ""))
		}
		before := st.RoundTrips()
		said := text
		if strings.Contains(text, "%d") {
			said = fmt.Sprintf(text, i+1)
		}
		handle(benchMsg(id("d"), grid, "李四", said, ""))
		trips, n = trips+st.RoundTrips()-before, n+1
		rep, err := st.Report(ctx, village3, ref[1:])
		if err != nil {
			b.Fatal(err)
		}
		if last := rep.History[len(rep.History)-1]; last.Action != village.ActProgress {
			b.Fatalf("round %d: %s's last step %+v, want the plan's 进展", i, ref, last)
		}
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
