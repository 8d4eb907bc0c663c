package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRep98 counts round trips of rep98's paths: the worker's
// plain plan on the leader's item (its 进展), the leader's plain words
// that it is for the township (the 上报镇 offered), his 「1」 to that
// offer, a number not filed yet (the not-found answer: was 3), and a
// villager's private re-ask of his group 低保 item.
func BenchmarkRep98(b *testing.B) {
	ditch := []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 我家门口的水沟堵了，下雨就漫到路上"}, {Chat: grid3, From: "李四", Text: "确认 #R1"}}
	up := bot.Message{Chat: grid3, From: "李四", Text: "这个沟得用挖机，村里没有，得报到镇上"}
	rows := map[string]benchRow{
		"worker_plan_words": {ditch, bot.Message{Chat: grid3, From: "王五", Text: "今天下午我去看看陈二家水沟"}},
		"leader_up_offered": {ditch, up},
		"leader_up_yes":     {append(ditch[:2:2], up), bot.Message{Chat: grid3, From: "李四", Text: "1"}},
		"number_not_found":  {ditch, bot.Message{Chat: grid3, From: "李四", Text: "确认 #R5"}},
		"query_not_found":   {ditch, bot.Message{Chat: grid3, From: "张三", Text: "查 #R5"}},
		"private_reask":     {[]bot.Message{{Chat: grid3, From: "张三", Text: "我想给我妈申请低保，怎么弄"}}, bot.Message{Private: true, From: "张三", Text: "低保那个事我还想问问，要不要户口本原件"}},
	}
	benchSteps(b, []string{"worker_plan_words", "leader_up_offered", "leader_up_yes", "number_not_found", "query_not_found", "private_reask"}, rows)
}

// benchRow is one step of benchSteps: messages sent first, then the one
// measured.
type benchRow struct {
	setup []bot.Message
	m     bot.Message
}

// benchSteps reports, for each of steps in order, the round trips of its
// row's message after its setup, on a fresh router each time (rep97,
// rep98).
func benchSteps(b *testing.B, steps []string, rows map[string]benchRow) {
	benchStepsOn(b, steps, rows, false, false)
}

// benchStepsOn is benchSteps, each fresh store started first when
// started (LoadScripts, as every process's: what waits copied), the
// measured message a minute after its setup when soon (an answer within
// llm.confirm_ttl), not an hour (rep111).
func benchStepsOn(b *testing.B, steps []string, rows map[string]benchRow, started, soon bool) {
	for _, step := range steps {
		b.Run(step, func(b *testing.B) {
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				r, st := benchRouter(b, true)
				if started {
					if err := st.LoadScripts(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				ms := append([]bot.Message(nil), rows[step].setup...)
				for k := range ms {
					ms[k].ID, ms[k].At = fmt.Sprintf("%d-%d", i, k), at.Add(time.Duration(k)*time.Minute)
				}
				benchSetup(b, r, ms...)
				m := rows[step].m
				m.ID, m.At = fmt.Sprintf("%d-m", i), at.Add(time.Hour)
				if soon {
					m.At = at.Add(time.Duration(len(ms)) * time.Minute)
				}
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
