package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// noticePosted reports whether got holds a notice posted to a group.
func noticePosted(got []string) bool {
	for _, g := range got {
		if strings.Contains(g, "【通知】") {
			return true
		}
	}
	return false
}

// noticeHeld sends the officer's notice text and fails the test at once
// when it was posted: one naming a time past is asked about first.
func noticeHeld(t *testing.T, c *chat, text string) []string {
	t.Helper()
	got := c.in(officeChat, "孙七", text)
	if noticePosted(got) {
		t.Fatalf("a notice of a time past was posted: %q", got)
	}
	return got
}

// postedAsIs sends text again with 照发: it is posted as written (posted),
// and the reply holds none of lacking.
func postedAsIs(t *testing.T, c *chat, text, posted string, lacking ...string) {
	t.Helper()
	got := c.in(officeChat, "孙七", text+" 照发")
	has(t, "照发", got, posted)
	lacks(t, "照发", got, lacking...)
}

// TestNoticePastWeekdayAsked: 「本周六」 written on Sunday, and a bare
// 「周五」 written on Saturday, name a day already past: nothing is
// posted; the officer hears which day that was, the same weekday to come,
// and the line that posts it as written, which then goes out without the
// 照发.
func TestNoticePastWeekdayAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 3, 8, 10, 0, 0, 0, at.Location()) // a Sunday
	got := noticeHeld(t, c, "通知 青山村 本周六上午9点村委会开会")
	has(t, "本周六 on Sunday", got, "通知里说的“本周六”是3月7日，已经过去了，通知还没有发出。是下周六（3月14日）吗？",
		"确实要照原样发，请发：\n通知 青山村 本周六上午9点村委会开会 照发")
	postedAsIs(t, c, "通知 青山村 本周六上午9点村委会开会", "【通知】本周六上午9点村委会开会\n", "已经过去了", "开会 照发")

	c.now = time.Date(2026, 3, 7, 10, 0, 0, 0, at.Location()) // a Saturday
	got = noticeHeld(t, c, "通知 三组 周五下午领化肥")
	has(t, "周五 on Saturday", got, "“周五”是3月6日，已经过去了", "是下周五（3月13日）吗？")
}

// TestNoticePastDateAsked: 「3月1日」 written on 3月2日 is past and asked
// about (a date has no weekday to come to offer); a date that qualifies
// what follows (根据3月1日的会议) or begins something (3月1日起) is posted.
func TestNoticePastDateAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := noticeHeld(t, c, "通知 三组 3月1日上午停水，请提前储水")
	has(t, "3月1日 on 3月2日", got, "通知里说的“3月1日”已经过去了，通知还没有发出。请改好日期后重新发「通知 …」")
	lacks(t, "3月1日 on 3月2日", got, "吗？")
	for _, text := range []string{"通知 三组 根据3月1日的会议，下周起收医保", "通知 三组 3月1日起实行垃圾分类，请各户配合"} {
		if got := c.in(officeChat, "孙七", text); !noticePosted(got) {
			t.Errorf("%s: not posted: %q", text, got)
		}
	}
}

// TestNoticeDayNotPast: today's date, today's weekday, next week, a bare
// weekday of last week (the next one is meant) and no day at all are
// posted as before.
func TestNoticeDayNotPast(t *testing.T) {
	c := newChat(t, understand.Rules{}) // Monday 2 March, 9:00
	postedAsWritten(t, c,
		"通知 三组 3月2日下午村委会开会",
		"通知 三组 本周一下午村委会开会",
		"通知 三组 下周六上午打疫苗",
		"通知 三组 周日上午打疫苗",
		"通知 三组 请各户清理门前杂物")
}

// TestNoticeHeldPastAsked: a notice of Monday written at 23:30 on Monday
// waits for the morning, when Monday is over: the officer is asked now.
func TestNoticeHeldPastAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 3, 2, 23, 30, 0, 0, at.Location())
	got := c.in(officeChat, "孙七", "通知 三组 周一晚上停电检修")
	has(t, "held", got, "“周一”是3月2日，已经过去了", "是下周一（3月9日）吗？")
	lacks(t, "held", got, "先存着")
}

// BenchmarkNoticePast: an officer's 通知 naming a day still to come (it is
// posted) and one naming a day already past (3月1日 written on 3月2日: he
// is asked first, nothing is posted).
func BenchmarkNoticePast(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"ahead", "通知 三组 3月5日上午停水，请提前储水"},
		{"past", "通知 三组 3月1日上午停水，请提前储水"},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
				return nil, []bot.Message{benchMsg(fmt.Sprintf("n%d", i), officeChat, "孙七", c.text, "")}
			})
		})
	}
}
