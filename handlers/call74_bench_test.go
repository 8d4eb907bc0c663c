package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall74: "kin answered, in hospital" and "kin said, at the
// hospital": each round (a day) the list names 白凤兰 on a call passing
// notice N1 on, then 王五's note that her family was reached while she is
// away is measured: logged 已通, paused, the notice's away field riding on
// the commit. "in hospital with a matter": the same with the reason for
// her stay, filed on the away call. "grid's own 已转告 in private": each
// round the vaccination notice goes out, then 王五's private 「赵六家我告
// 诉他了」 is measured (its group form is BenchmarkNotice72's). "another
// absence": each round (a week) 李四's 「王五请假两天」 is measured, kept
// after the absences before it, then ended the next day. "收到 under a
// confirm-back": each round a notice goes out and 陈二 files a matter
// asked back; his 「收到」 is measured (the question's reminder, the
// notice's 收到 counted on the Then and said in the reminder, rep75), then
// his 「2」 (call74).
func BenchmarkCall74(b *testing.B) {
	b.Run("kin answered, in hospital", func(b *testing.B) {
		benchStayNotReached(b, "回访 白凤兰 她住院了 孙子接的电话 说下周出院")
	})
	b.Run("kin said, at the hospital", func(b *testing.B) { benchStayNotReached(b, "白凤兰在县医院 她孙子说挺好的") })
	b.Run("in hospital with a matter", func(b *testing.B) { benchStayNotReached(b, "白凤兰住院了 腿摔了") })
	b.Run("another absence", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 7 * 24 * time.Hour)
			after = []bot.Message{{ID: fmt.Sprintf("%d-b", i), At: day.Add(24 * time.Hour), Private: true, From: "李四", Text: "王五回来了"}}
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "李四", Text: "王五请假两天"}, after
		})
	})
	b.Run("收到 under a confirm-back", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{Chat: grid3, From: "陈二", Text: "村口的路灯坏了，晚上黑乎乎的"},
			bot.Message{Chat: grid3, From: "陈二", Text: "收到"}, bot.Message{Chat: grid3, From: "陈二", Text: "2"})
	})
	b.Run("grid's own 已转告 in private", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Private: true, From: "王五", Text: "赵六家我告诉他了"})
	})
}

// benchAfterNotice measures m, each round (a day) after the vaccination
// notice goes out and first (when it has a Text) is said, then says
// after: a minute apart each.
func benchAfterNotice(b *testing.B, first, m bot.Message, after ...bot.Message) {
	benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		day := at.Add(time.Duration(i) * 24 * time.Hour)
		stamp := func(n int, x bot.Message) bot.Message {
			x.ID, x.At = fmt.Sprintf("%d-%d", i, n), day.Add(time.Duration(n)*time.Minute)
			return x
		}
		before := []bot.Message{stamp(0, bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: notice70})}
		if first.Text != "" {
			before = append(before, stamp(1, first))
		}
		var then []bot.Message
		for k, x := range after {
			then = append(then, stamp(3+k, x))
		}
		return before, stamp(2, m), then
	})
}
