package handlers_test

import (
	"strings"
	"testing"
)

// TestDutyPickSaysTheRest: with eleven alarms open, 孙七's 「我马上过去」
// numbers nine of them; one more line says two are not listed and how
// to reach them (the tenth's number written), from what was already read.
func TestDutyPickSaysTheRest(t *testing.T) {
	c := twoAlarms(t)
	for _, x := range []struct{ chat, from, text string }{
		{grid2, "田卫东", "快来人 着火了 在东头柴房"}, {grid2, "田甜", "河水漫上来了 淹到晒谷场了"},
		{grid3, "陈二", "我爸突然晕倒了 叫不醒 快来人"}, {grid1d66, "刘洋", "河水漫上来了 淹到桥边了"},
		{grid1d66, "陈桂兰", "我家老头子晕倒了 叫不醒 快来人"}, {grid2, "杨春花", "我妈晕倒了 叫不醒 快来人"},
		{grid3, "周八", "超市后面煤气泄漏了 好大的味道"}, {grid1d66, "马红梅", "村口煤气泄漏了 好大的味道"},
		{grid2, "朱大勇", "后山煤气泄漏了 好大的味道"},
	} {
		c.in(x.chat, x.from, x.text)
	}
	c.wantReports(11, "eleven alarms")
	got := c.in(dutyChat, "孙七", "我马上过去")
	has(t, "nine listed", got, "「1」#R1", "「9」#R9", "还有2件没列出", "「#R10 我马上过去」")
	lacks(t, "nine listed", got, "「10」")
	if n := strings.Count(strings.Join(got, "\n"), "还有"); n != 1 {
		t.Errorf("the rest said %d times, want once: %q", n, got)
	}
}
