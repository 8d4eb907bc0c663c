package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkNoteNumberMidway (town92): a cadre's note with the item's
// number inside it (words.RefsMidway), read as the same words after the
// number: the handler's own 办结 recorded, a worker.s words its 进展 as after a leading number.
// Filed and taken on before, ended after, unmeasured. The unbroken rows
// (town93) write it with no break before it, bare after a word of when
// or with # after any words; town96's bare after a place or a name.
func BenchmarkNoteNumberMidway(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		bare             bool // the number written without #
	}{
		{"own done", "李四", "水利站挖机来了，%s 水渠疏通好了", false},
		{"worker progress", "王五", "李四说 %s 那边明天去看", false},
		{"unbroken own done", "李四", "今天%s修好了", true},
		{"unbroken worker progress", "王五", "刚才%s那边去看了 明天修", false},
		{"after place own done", "李四", "三组%s修好了", true},          // town96
		{"after name worker progress", "王五", "张三%s那个明天去看", true}, // town96
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: "上报 三组水渠堵了，水漫到路上了"},
					{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref}}
				written := ref
				if c.bare {
					written = ref[1:]
				}
				m = bot.Message{ID: fmt.Sprintf("%d-note", i), At: day.Add(time.Hour), Chat: grid3, From: c.from, Text: fmt.Sprintf(c.text, written)}
				after = []bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: "办结 " + ref + " 疏通好了"},
					{ID: fmt.Sprintf("%d-yes", i), At: day.Add(3 * time.Hour), Chat: grid3, From: "张三", Text: "满意 " + ref}}
				return before, m, after
			})
		})
	}
}
