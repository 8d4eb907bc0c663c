package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// benchWhichRound is a round of messages day apart from the last: msg
// stamps the k-th of them in 三组's group.
func benchWhichRound(i int, day time.Duration) func(k int, from, text string) bot.Message {
	start := at.Add(time.Duration(i) * day)
	return func(k int, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: start.Add(time.Duration(k) * 20 * time.Minute), Chat: grid3, From: from, Text: text}
	}
}

var benchWhichPlaces = []string{"后山竹林", "村口仓库", "东头柴房", "西头草垛", "北边牛棚", "祠堂后面", "学校旁边", "晒谷场边", "水库边上", "桥头小卖部"}

// BenchmarkSceneWhichTen: each round ten fires open in 三组; 李四's
// 「大火基本灭了」 (measured) lists nine, says ten and the tenth's 进展
// (which74); they are confirmed and closed after.
func BenchmarkSceneWhichTen(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg := benchWhichRound(i, 5*24*time.Hour)
		for k, p := range benchWhichPlaces {
			before = append(before, msg(k, []string{"张三", "陈二", "周八"}[k%3], "快来人 "+p+"着火了"))
		}
		for k := range benchWhichPlaces {
			ref := fmt.Sprintf("#R%d", 10*i+k+1)
			after = append(after, msg(20+2*k, "李四", "确认 "+ref), msg(21+2*k, "李四", "办结 "+ref+" 火灭了"))
		}
		return before, msg(len(benchWhichPlaces), "李四", "大火基本灭了"), after
	})
	benchWantReports(b, st, 10*n)
}

// BenchmarkAssignWhichEleven: each round eleven reports wait in 三组;
// 李四's 「王五你去看看」 (measured) lists nine, says eleven and the
// tenth's 指派 (which74); they are turned down (驳回 重复) after.
func BenchmarkAssignWhichEleven(b *testing.B) {
	things := []string{"桥头下水道堵了", "后山机耕路塌了一段", "学校门口井盖丢了", "祠堂屋顶漏雨了", "水库边护栏断了",
		"晒谷场电线垂下来了", "村委会门口水管爆了", "东头垃圾站满了", "西头路灯杆歪了", "南坡水渠堵了", "村口路灯不亮了"}
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg := benchWhichRound(i, 24*time.Hour)
		for k, s := range things {
			before = append(before, msg(k, []string{"张三", "陈二", "周八"}[k%3], "上报 "+s))
		}
		for k := range things {
			after = append(after, msg(20+k, "李四", fmt.Sprintf("驳回 #R%d 重复", 11*i+k+1)))
		}
		return before, msg(len(things), "李四", "王五你去看看"), after
	})
	benchWantReports(b, st, 11*n)
}

// BenchmarkApprovePickEleven: eleven claims waiting in the village, 赵六's
// bare 「同意」 (measured) numbers nine and says two more (which74): the
// claims' read and the reply's commit, as with one claim.
func BenchmarkApprovePickEleven(b *testing.B) { benchElevenClaims(b, "同意") }

// benchWantReports fails b unless st holds want reports of 青山村: the
// rounds filed what they meant to.
func benchWantReports(b *testing.B, st *storage.Store, want int) {
	b.Helper()
	if reps, err := st.Reports(context.Background(), village3); err != nil || len(reps) != want {
		b.Fatalf("%d reports (%v), want %d", len(reps), err, want)
	}
}
