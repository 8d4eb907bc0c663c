package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestNoticeFollowupEachWorkerHisHouseholds: in 一组, which has two
// workers, each hears of the households that have not answered a notice
// of those he looks after (责任网格员: 高秀英 QS-104 is 马红梅's, 徐玉珍
// QS-105 and the 冯 household QS-107 何志强's) and of those nobody is
// assigned, which he is told the other worker heard of too. Before, both
// got the whole list with no word that it was shared.
func TestNoticeFollowupEachWorkerHisHouseholds(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "下周一体检", By: "孙七", At: f.at("2026-08-03 09:00"), Groups: []string{"青山村一组网格群"}})
	out := f.run("notice_followup", "2026-08-04 10:15")
	var ma, he string
	for _, o := range out {
		switch {
		case strings.HasPrefix(o, "马红梅: "):
			ma = o
		case strings.HasPrefix(o, "何志强: "):
			he = o
		}
	}
	if ma == "" || he == "" {
		t.Fatalf("want a follow-up to each worker, got:\n%s", strings.Join(out, "\n"))
	}
	// a household whose elder he phones is his call, not named again among
	// those to remind (call97): 高秀英户 马红梅's, 唐国平户 (许凤英) 何志强's
	for _, c := range []struct{ who, got, his, not string }{{"马红梅", ma, "高秀英（", "唐国平户"}, {"何志强", he, "许凤英（", "高秀英"}} {
		if !strings.Contains(c.got, c.his) || strings.Contains(c.got, c.not) {
			t.Errorf("%s's follow-up: want %s, not %s:\n%s", c.who, c.his, c.not, c.got)
		}
		if !strings.Contains(c.got, "户由下面的电话转告") || strings.Contains(c.got, "高秀英户") || strings.Contains(c.got, "唐国平户") {
			t.Errorf("%s's follow-up names a household phoned among those to remind:\n%s", c.who, c.got)
		}
		if !strings.Contains(c.got, "没有指定责任网格员，也发给了") || !strings.Contains(c.got, "谢永福户、蒋海涛户、沈建华户、曹玉兰户") {
			t.Errorf("%s's follow-up does not say the unassigned households were sent to the other worker too:\n%s", c.who, c.got)
		}
	}
	if !strings.Contains(ma, "也发给了何志强") || !strings.Contains(he, "也发给了马红梅") {
		t.Errorf("each names the other:\n%s\n%s", ma, he)
	}
}
