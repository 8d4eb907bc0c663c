package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed96: the reporter's chatter joined on 他家 in the hour after
// he filed (his 补充, one commit; was dropped, no commit); a 进展 on a
// taken quarrel, whose reporter now reads the party's wording (one commit,
// as before); a quarrel told with a third household by where it lives
// and a 他家 after it (the filing, as before).
func BenchmarkMed96(b *testing.B) {
	const wall = "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听"
	b.Run("reporter_chatter_added", func(b *testing.B) {
		benchMed94(b, wall, "还有 他家的狗也老冲俺家孩子叫", 1)
	})
	b.Run("progress_parties_worded", func(b *testing.B) {
		n := 0
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
			n++
			before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: wall},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: fmt.Sprintf("确认 #R%d", n)}}
			m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(5 * time.Minute), Chat: grid3, From: "李四", Text: fmt.Sprintf("进展 #R%d 两家都找了 陈二答应下周一前把墙往回挪", n)}
			after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 谈妥了", n)}}
			return before, m, after
		})
	})
}
