package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkCallAskedAgain: after 谢明's 「打了」 to 马红梅's 「打120了吗」,
// 刘建国's same question is answered with who called and when
// (callQuestioned, calledBefore): a reply, nothing noted (polish69).
func BenchmarkCallAskedAgain(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		msg := func(k int, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: grid1, From: from, Text: text}
		}
		return []bot.Message{msg(0, "谢明", "快来人 刘洋家着火了"), msg(1, "马红梅", "打120了吗"), msg(2, "谢明", "打了")},
			msg(3, "刘建国", "打120了吗"),
			[]bot.Message{msg(60, "刘建国", "办结 "+ref+" 火已扑灭"), msg(120, "谢明", "满意 "+ref)}
	})
	wantLastEntry(b, st, n, "the yes answer still last", func(e village.Entry) bool {
		return e.By == "谢明" && strings.HasPrefix(e.Note, "答「打120了吗」：打了")
	})
}

// BenchmarkBareNotYetPick: 张三's bare 「还没」 just after the 办结 of both
// his lamp and his pipe: asked which, numbered (notYetPick); 「2」 after
// is the lamp's 未解决 (polish69).
func BenchmarkBareNotYetPick(b *testing.B) {
	benchWord68(b, 2, 6, village.StatusRejected,
		"张三", "上报 村口的路灯坏了", "张三", "上报 我家门口水管漏水了", "李四", "确认 %R0", "李四", "确认 %R1",
		"李四", "办结 %R0 换了灯泡", "李四", "办结 %R1 换了接头",
		"张三", "还没", "张三", "2", "李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试")
}
