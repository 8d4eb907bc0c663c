package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
)

// said85 is one message of a bench round: who says what, privately or in
// the third grid's group.
type said85 struct {
	from, text string
	private    bool
}

// benchDitchSaid is the ditch quarrel filed by 张三 on round i's day, then
// earlier said five minutes apart, then m measured (a %d in its text is
// the item's number); the item is resolved
// after.
func benchDitchSaid(b *testing.B, m said85, earlier ...said85) {
	msg := func(id string, at time.Time, s said85) bot.Message {
		out := bot.Message{ID: id, At: at, From: s.from, Text: s.text, Private: s.private}
		if !s.private {
			out.Chat = grid3
		}
		return out
	}
	benchOneOfEach(b, func(i int) (before []bot.Message, measured bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
		before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: ditchOwnSide}}
		for j, s := range earlier {
			before = append(before, msg(fmt.Sprintf("%d-said%d", i, j), day.Add(time.Duration(j+1)*5*time.Minute), s))
		}
		mi := m
		if strings.Contains(mi.text, "%d") { // names round i's item
			mi.text = fmt.Sprintf(mi.text, i+1)
		}
		measured = msg(fmt.Sprintf("%d-m", i), day.Add(time.Duration(len(earlier)+1)*5*time.Minute), mi)
		after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 谈妥了", i+1)}}
		return before, measured, after
	})
}

// benchUndoReopen: a street lamp resolved at night and reopened by who,
// whose 「撤回」 (text) is measured.
func benchUndoReopen(b *testing.B, who, text string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		night := time.Date(at.Year(), at.Month(), at.Day()+2*i, 22, 30, 0, 0, at.Location())
		ref := fmt.Sprintf("#R%d", i+1)
		before = []bot.Message{
			{ID: fmt.Sprintf("%d-file", i), At: night, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 村口第%d根路灯坏了", i+1)},
			{ID: fmt.Sprintf("%d-accept", i), At: night.Add(150 * time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref},
			{ID: fmt.Sprintf("%d-resolve", i), At: night.Add(151 * time.Minute), Chat: grid3, From: "李四", Text: "办结 " + ref + " 换了新灯泡"},
			{ID: fmt.Sprintf("%d-reopen", i), At: night.Add(155 * time.Minute), Chat: grid3, From: who, Text: "未解决 " + ref + " 还是不亮"}}
		m = bot.Message{ID: fmt.Sprintf("%d-undo", i), At: night.Add(157 * time.Minute), Chat: grid3, From: who, Text: text}
		return before, m, nil
	})
}

// BenchmarkQuiet85: an insult kept unsent (quiet), one the reader took
// for noise, a party's 查 of his
// quarrel after a quiet word, the reporter's and a cadre's 撤回 of a night
// 未解决.
func BenchmarkQuiet85(b *testing.B) {
	b.Run("insult_kept_quiet", func(b *testing.B) {
		benchDitchSaid(b, said85{from: "张三", text: "陈二又骂我家 骂得很难听"},
			said85{from: "陈二", text: ditchHisSide}, said85{from: "张三", text: "陈二又在群里骂我家 满嘴脏话"})
	})
	b.Run("insult_read_as_noise", func(b *testing.B) {
		benchDitchSaid(b, said85{from: "张三", text: "陈二骂得太难听了 大家都看见了"}, said85{from: "陈二", text: ditchHisSide})
	})
	b.Run("party_status_after_quiet", func(b *testing.B) {
		benchDitchSaid(b, said85{from: "陈二", text: "查 #R%d", private: true},
			said85{from: "陈二", text: ditchHisSide}, said85{from: "陈二", text: ditchHisAgain})
	})
	b.Run("reporter_undo_reopen", func(b *testing.B) { benchUndoReopen(b, "张三", "撤回") })
	b.Run("cadre_undo_reopen_night", func(b *testing.B) { benchUndoReopen(b, "李四", "刚才点错了") })
}
