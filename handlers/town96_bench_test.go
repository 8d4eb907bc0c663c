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
func BenchmarkRefusalsNamedJoined(b *testing.B) { benchRefusals(b, grid2, "黄永红", "黄永红") }

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
