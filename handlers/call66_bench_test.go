package handlers_test

import (
	"cmp"
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkCallHeard: 王五 tells how elders on his list are in his own
// words, no 回访 and no outcome word (call66). Each round is a day: the
// morning's list is committed (not measured), then his note is measured.
// "well": 「白凤兰挺好的」 privately; "need": 「白凤兰身体还行 就是有点咳嗽」,
// which files an item; "group": 「白凤兰挺好的」 in the grid group;
// "several": 「王奶奶好 石德贵没接 白凤兰挺好」, three logs, one commit (rt67);
// "several 回访": the same as a 回访. "others' list" (claim67): 马红梅's
// 「徐玉珍挺好的」, 徐玉珍 on 何志强's list, told whose; "other grid":
// 马红梅's 「白凤兰挺好的」, told whose she is.
func BenchmarkCallHeard(b *testing.B) {
	for _, tc := range []struct {
		name, chat, text string
		listed           []string
		from             string // 王五 unless said
	}{
		{"well", "", "白凤兰挺好的", []string{"白凤兰"}, ""},
		{"need", "", "白凤兰身体还行 就是有点咳嗽", []string{"白凤兰"}, ""},
		{"group", grid3, "白凤兰挺好的", []string{"白凤兰"}, ""},
		{"several", "", "王奶奶好 石德贵没接 白凤兰挺好", []string{"王奶奶", "石德贵", "白凤兰"}, ""},
		{"several 回访", "", "回访 王奶奶 已通 石德贵 未接通 白凤兰 已通", []string{"王奶奶", "石德贵", "白凤兰"}, ""},
		{"others' list", "", "徐玉珍挺好的", []string{"徐玉珍"}, "马红梅"},
		{"other grid", "", "白凤兰挺好的", []string{"白凤兰"}, "马红梅"},
		{"回访 of others' list", grid1, "回访 冯德才 已通 身体挺好", []string{"冯德才"}, "马红梅"}, // 何志强 told (cadre68)
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 挺好"})
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				day := at.Add(time.Duration(i+1) * 25 * time.Hour)
				for _, p := range tc.listed {
					if _, err := st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprintf("list-%d-%s", i, p),
						Docs: []storage.Doc{callDoc66(b, p, day)}}); err != nil {
						b.Fatal(err)
					}
				}
				m := bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Hour), Chat: tc.chat, Private: tc.chat == "", From: cmp.Or(tc.from, "王五"), Text: tc.text}
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
			if calls, err := st.Calls(context.Background(), village3, storage.CallsAll); err != nil || len(calls) < n {
				b.Fatalf("%d calls (%v), want one logged a round at least", len(calls), err)
			}
		})
	}
}
