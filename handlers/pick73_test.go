package handlers_test

import (
	"fmt"
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

// TestOfficerTakesSaysTheRest: with eleven items sent up untaken, 「我来跟」
// numbers nine; one line says two more and the tenth's 确认 as typed.
func TestOfficerTakesSaysTheRest(t *testing.T) {
	c := lampWithTownship(t)
	things := []string{"桥头下水道堵了", "后山机耕路塌了一段", "学校门口井盖丢了", "祠堂屋顶漏雨了", "水库边护栏断了",
		"晒谷场电线垂下来了", "村委会门口水管爆了", "东头垃圾站满了", "西头路灯杆歪了", "南坡水渠堵了"}
	for i, s := range things {
		c.upToTownship("王五", "上报 三组"+s, fmt.Sprintf("#R%d", i+2), "镇里协调")
	}
	got := c.in(officeChat, "孙七", "我来跟")
	has(t, "nine listed", got, "「9」#R9", "还有2件没列出，请直接写编号，如「确认 #R10 我来跟」")
	lacks(t, "nine listed", got, "「10」")
}
