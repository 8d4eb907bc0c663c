package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkCallLogDayNamed: 王五's call notes of 石德贵 that file a matter
// of his (call59), each rejected after it (not measured) so that the next
// is a matter of its own. "no day": 「他说屋顶漏雨了」; "day named":
// 「他说周六屋顶漏雨了」, whose day may answer a notice (the group's
// notices are read: callNotices); "notice day named": the same after
// 孙七's notice of Saturday's 体检. "said nothing": 「他说周六去镇上办」,
// which files nothing and reads no notice.
func BenchmarkCallLogDayNamed(b *testing.B) {
	for _, tc := range []struct {
		name, format string
		notice       bool
	}{
		{"no day", "回访 石德贵 已通 第%d回 他说屋顶漏雨了", false},
		{"day named", "回访 石德贵 已通 第%d回 他说周六屋顶漏雨了", false},
		{"notice day named", "回访 石德贵 已通 第%d回 他说周六屋顶漏雨了", true},
		{"said nothing", "回访 石德贵 已通 第%d回 他说周六去镇上办", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 白凤兰 已通 挺好"})
			if tc.notice {
				benchSetup(b, r, bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 本周六上午在镇卫生院免费体检 请带身份证"})
			}
			trips, n, filed := int64(0), 0, 0
			for i := 0; b.Loop(); i++ {
				m := bot.Message{ID: fmt.Sprintf("%d-a", i), At: at.Add(time.Duration(2*i+1) * time.Second), Private: true, From: "王五",
					Text: fmt.Sprintf(tc.format, i+1)}
				trips, n = trips+benchTrips(b, r, st, m), n+1
				if tc.name != "said nothing" {
					filed++
					benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-b", i), At: m.At.Add(time.Second), Chat: grid3, From: "李四",
						Text: fmt.Sprintf("驳回 #R%d 测试", filed)})
				}
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkCallLogConfirms: each round 王五's call files 王奶奶's frozen
// pipe and 李四 takes it on and resolves it (not measured); then 王五's
// next note closes it as her 满意 in the call's commit (call59): 「水管修
// 好了 她说没事了」, or reopens it as her 未解决 (call60): 「她说水管还是漏」.
func BenchmarkCallLogConfirms(b *testing.B) {
	for _, tc := range []struct{ name, note, want string }{
		{"fixed", "水管修好了 她说没事了", "confirm"},
		{"still leaking", "她说水管还是漏", "reopen"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 白凤兰 已通 挺好"})
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				day := at.Add(time.Duration(i) * 25 * time.Hour)
				ref := benchPipeResolved(b, r, i, day, false)
				m := bot.Message{ID: fmt.Sprintf("%d-said", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "王五", Text: "回访 王奶奶 已通 " + tc.note}
				trips, n = trips+benchTrips(b, r, st, m), n+1
				if tc.want == "reopen" {
					// out of the way of the next round's pipe (not measured)
					benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-close", i), At: m.At.Add(time.Minute), Chat: grid3, From: "王五", Text: "满意 " + ref})
				}
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
			wantLastEntry(b, st, n, tc.want, func(e village.Entry) bool { return string(e.Action) == tc.want })
		})
	}
}
