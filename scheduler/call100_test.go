package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestCall100ListCarriesOpenNotices (call100): the 08:00 list puts on each
// elder's call the ordinary notices of her group her household has not
// answered (王奶奶户 answered the 医保 one: hers carries the fire notice
// only), so the worker says them in the day's one call; the follow-up an
// hour later counts those households as on his list and asks for no call
// again (it named every elder with her phone, once per notice).
func TestCall100ListCarriesOpenNotices(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "冬季防火：不要在屋里烧炭取暖，电热毯用完拔插头。", By: "孙七", At: f.at("2026-03-02 09:00"), Groups: []string{"青山村三组网格群"}})
	f.storeNotice(village.Notice{Text: "医保缴费截止：2027年城乡居民医保缴费3月20日截止，每人400元。", By: "孙七", At: f.at("2026-03-02 09:01"), Groups: []string{"青山村三组网格群"}})
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "ack",
		Incr: []storage.Incr{{Hash: storage.AckHash("N2"), Field: "青山村/QS-305", By: 1}}}); err != nil {
		t.Fatal(err)
	}
	var list string
	for _, o := range f.run("calls", "2026-03-03 08:00") {
		if strings.HasPrefix(o, "王五: ") {
			list = o
		}
	}
	for _, want := range []string{
		"1. 王奶奶 13900000001（关爱等级：高，每周一次）——例行问候：身体怎么样，生活上有没有困难；转告3月2日的通知：冬季防火：不要在屋里烧炭取暖，电热毯用完拔插头\n",
		"2. 石德贵 13900000031（关爱等级：一般，每季度一次）——例行问候：身体怎么样，生活上有没有困难；转告3月2日的通知：冬季防火：不要在屋里烧炭取暖，电热毯用完拔插头；转告3月2日的通知：医保缴费截止：",
		"「回访 名字 已通 已转告」",
	} {
		if !strings.Contains(list, want) {
			t.Errorf("王五's list lacks %q:\n%s", want, list)
		}
	}
	var chase string
	for _, o := range f.run("notice_followup", "2026-03-03 09:15") {
		if strings.HasPrefix(o, "王五: ") {
			chase = o
		}
	}
	if strings.Contains(chase, "13900000031") || strings.Contains(chase, "回访电话还没打") || !strings.Contains(chase, "户的老人在您今天的电话回访清单上（清单已写了这条通知）") {
		t.Errorf("the follow-up asks again for calls on his list:\n%s", chase)
	}
}

// TestCall100SingleCallNoticesALineEach (call100): a single call passing
// two notices on says them a line each, numbered, under 「转告这 2 条」.
func TestCall100SingleCallNoticesALineEach(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "冬季防火：不要在屋里烧炭取暖。", By: "孙七", At: f.at("2026-03-02 09:00"), Groups: []string{"青山村一组网格群"}})
	f.storeNotice(village.Notice{Text: "医保缴费截止：每人400元，3月20日截止。", By: "孙七", At: f.at("2026-03-02 09:01"), Groups: []string{"青山村一组网格群"}})
	var got string
	for _, o := range f.run("calls", "2026-03-03 08:00") {
		if strings.HasPrefix(o, "马红梅: ") {
			got = o
		}
	}
	want := "事由：例行问候：身体怎么样，生活上有没有困难；转告这 2 条：\n（1）3月2日的通知：冬季防火：不要在屋里烧炭取暖\n（2）3月2日的通知：医保缴费截止：每人400元，3月20日截止\n打完回复「回访 高秀英 已通 已转告」"
	if !strings.Contains(got, want) {
		t.Errorf("马红梅's call:\n%s\nwant it to hold\n%s", got, want)
	}
}
