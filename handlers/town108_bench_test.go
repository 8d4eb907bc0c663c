package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkHousesAsked (town108): 「危房有哪些」 in the office chat right
// after a cracked wall was filed: as BenchmarkDangersAsked, the houses'
// dangers picked from the same read.
func BenchmarkHousesAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 老刘家第%d间土坯房墙裂了 雪再下怕是要塌", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "危房有哪些"}, nil
	})
}

// BenchmarkDangerComeTrue (town108): the house come down a day after its
// cracked wall was filed: the alarm's filing, the danger found among the
// grid's reports it reads for an earlier alarm.
func BenchmarkDangerComeTrue(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌"}},
			bot.Message{ID: fmt.Sprintf("%d-alarm", i), At: day.Add(24 * time.Hour), Chat: grid3, From: "王五", Text: "老刘家的房子塌了！老刘还在里面，快来人"}, nil
	})
}

// BenchmarkEmergencyTakenOnComing (town108): 「收到 我马上过去」 on a CO
// alarm: the accept, its reporter told who is coming.
func BenchmarkEmergencyTakenOnComing(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-alarm", i), At: day, Chat: grid3, From: "陈二", Text: "快来人！我家老头子烧煤炉子晕倒了，可能是煤气中毒"}},
			bot.Message{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "收到 我马上过去"}, nil
	})
}
