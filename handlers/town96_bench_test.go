package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRefusalsNamedJoined (town96): the office's 「#Ra #Rb 抓紧处理」
// on two grids' items the township took over, refused alike but for the
// grid leader who helps (李四配合, 黄永红配合): one paragraph.
func BenchmarkRefusalsNamedJoined(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		a, c := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
		msg := func(id string, min int, chat, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(time.Duration(min) * time.Minute), Chat: chat, From: from, Text: text}
		}
		before = []bot.Message{msg("file1", 0, grid3, "张三", "上报 三组水渠堵了，水漫到路上了"),
			msg("file2", 1, grid2, "黄永红", "上报 二组桥边的护栏断了"),
			msg("up1", 2, grid3, "李四", "上报镇 "+a+" 需要挖机"),
			msg("up2", 3, grid2, "黄永红", "上报镇 "+c+" 需要焊工"),
			msg("take", 4, officeChat, "孙七", "确认 "+a+" "+c)}
		m = msg("press", 30, officeChat, "孙七", a+" "+c+" 抓紧处理")
		after = []bot.Message{msg("done", 60, officeChat, "孙七", "办结 "+a+" "+c+" 修好了"),
			msg("yes1", 61, grid3, "张三", "满意 "+a), msg("yes2", 62, grid2, "黄永红", "满意 "+c)}
		return before, m, after
	})
}

// BenchmarkDutyAckWithWhatHeDid (town96): the duty officer's 「收到，已打
// 119，我马上过去」 to a fire: its 进展, confirming it.
func BenchmarkDutyAckWithWhatHeDid(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		before = []bot.Message{{ID: fmt.Sprintf("%d-fire", i), At: day, Chat: grid3, From: "张三", Text: "着火了！我家后面柴草堆着火了，快来人"}}
		m = bot.Message{ID: fmt.Sprintf("%d-ack", i), At: day.Add(time.Minute), Chat: dutyChat, From: "孙七", Text: "收到，已打119，我马上过去"}
		after = []bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: dutyChat, From: "孙七", Text: "办结 " + ref + " 火灭了"},
			{ID: fmt.Sprintf("%d-yes", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "张三", Text: "满意 " + ref}}
		return before, m, after
	})
}
