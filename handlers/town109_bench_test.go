package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// dangerRound is one round of 老刘家's danger come true, at house i+1,
// two items a round (#R(2i+1) the wall, #R(2i+2) the alarm): what comes
// before the alarm, the alarm, and the alarm taken on.
func dangerRound(i int) (day time.Time, danger, alarm string, before []bot.Message) {
	day = at.Add(time.Duration(i) * 49 * time.Hour)
	danger, alarm = fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
	house := fmt.Sprintf("%d号院", i+1)
	return day, danger, alarm, []bot.Message{
		{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: house + "的土坯房墙裂了好大一条缝，雪再下怕是要塌"},
		{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + danger},
		{ID: fmt.Sprintf("%d-alarm", i), At: day.Add(24 * time.Hour), Chat: grid3, From: "陈二", Text: house + "房子塌了 快来人"},
		{ID: fmt.Sprintf("%d-on", i), At: day.Add(24*time.Hour + time.Minute), Chat: grid3, From: "李四", Text: "确认 " + alarm + " 没人在里面"},
	}
}

// BenchmarkDangerAskedNamesAlarm (town109): 查 of a danger come true,
// naming its alarm from its own record.
func BenchmarkDangerAskedNamesAlarm(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day, danger, _, before := dangerRound(i)
		return before, bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(25 * time.Hour), Chat: grid3, From: "李四", Text: "查 " + danger}, nil
	})
}

// BenchmarkAlarmClosedRemindsDanger (town109): the 办结 of an alarm at a
// danger's place, telling its handlers the danger is still open.
func BenchmarkAlarmClosedRemindsDanger(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day, _, alarm, before := dangerRound(i)
		return before, bot.Message{ID: fmt.Sprintf("%d-done", i), At: day.Add(26 * time.Hour), Chat: grid3, From: "李四", Text: "办结 " + alarm + " 没伤人 已经拉了警戒线"}, nil
	})
}

// BenchmarkHousesAskedWithFallenRoof (town109): 「危房有哪些」 with a
// house's roof come down raised as an alarm.
func BenchmarkHousesAskedWithFallenRoof(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-roof", i), At: day, Chat: grid3, From: "王五", Text: fmt.Sprintf("%d号院那间老房子屋顶被雪压塌了一半 孩子们老在边上玩", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Hour), Chat: officeChat, From: "孙七", Text: "危房有哪些"}, nil
	})
}

// BenchmarkAlarmRejectedUnlinksDanger (town109): 驳回 of an alarm at a
// danger's place, the danger naming it no more in the same commit.
func BenchmarkAlarmRejectedUnlinksDanger(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day, _, alarm, before := dangerRound(i)
		return before[:3], bot.Message{ID: fmt.Sprintf("%d-reject", i), At: day.Add(25 * time.Hour), Chat: grid3, From: "李四", Text: "驳回 " + alarm + " 误报 是隔壁猪圈塌了"}, nil
	})
}
