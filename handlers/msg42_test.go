package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestBareHashAsksForTheNumber: 「查 #」 (a # and no number) guesses no
// item, even the one open item of its reporter: it says how to write a
// number and where his numbers are (我的事项 for a villager, 待办 for a
// cadre). A 「办结 #」 from the leader is not taken for the item either.
func TestBareHashAsksForTheNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	for _, text := range []string{"查 #", "查#", "查 # 。"} {
		got := c.say("张三", text)
		expect(t, text, got, grid3+": 请写上事项编号，例如：查 #R3。发「我的事项」可看您反映的事项和编号。")
		lacks(t, text, got, "内容：", "#R1")
	}
	expect(t, "leader's 查 #", c.say("李四", "查 #"), grid3+": 请写上事项编号，例如：查 #R3。发「待办」可看本网格事项的编号。")
	got := c.say("李四", "确认 # 马上去看")
	lacks(t, "leader's 确认 #", got, "已受理")
	has(t, "leader's 确认 #", got, "请写上事项编号，例如：确认 #R3。")
	c.firstStatus("new")
	// a number written right still works
	has(t, "查 #R1", c.say("张三", "查 #R1"), "内容：村口路灯不亮了")
}

// TestListsReadDayWordsAtReadTime: an item told 「明天晚上」 on 3月2日 is
// listed two days later with the day it meant (3月3日), not 明天: in
// 我的事项, in a bare 查's candidates, and in the grid's 情况 (the
// evening digest's body).
func TestListsReadDayWordsAtReadTime(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了，明天晚上开会没法走路")
	c.say("张三", "上报 后山水渠堵了")
	c.now = c.now.Add(48 * time.Hour)
	for _, step := range []struct {
		name string
		got  []string
	}{
		{"我的事项", c.say("张三", "我的事项")},
		{"bare 查", c.say("张三", "查")},
		{"情况", c.say("李四", "情况")},
	} {
		has(t, step.name, step.got, "村口路灯坏了，3月3日晚上开会")
		lacks(t, step.name, step.got, "明天")
	}
	// on the day it was told, the words stand as written
	c2 := newChat(t, understand.Rules{})
	c2.say("张三", "上报 村口路灯坏了，明天晚上开会没法走路")
	has(t, "same day", c2.say("张三", "我的事项"), "村口路灯坏了，明天晚上开会")
}

// TestTwoItemsOneMessageAskOnce: a 代报 of two matters files two items in
// one reply; the leader is asked to 确认 both in one line, and the 查 line
// is said once, after the second item.
func TestTwoItemsOneMessageAskOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("王五", "代报 王奶奶 屋顶漏雨，还有院子里的电线老化了")
	c.wantReports(2, "(屋顶, 电线)")
	all := strings.Join(got, "\n")
	if n := strings.Count(all, "请网格长受理"); n != 1 {
		t.Errorf("the leader asked %d times, want once:\n%s", n, all)
	}
	if n := strings.Count(all, "可随时发"); n != 1 {
		t.Errorf("the 查 line said %d times, want once:\n%s", n, all)
	}
	has(t, "both asked", got, "请网格长受理：回复「确认 #R1 #R2」。", "王五，可随时发「查 #R1 #R2」看进度。")
	// the request comes after both items
	if i, j := strings.Index(all, "已登记 #R2"), strings.Index(all, "请网格长受理"); i < 0 || j < i {
		t.Errorf("the request comes before the second item:\n%s", all)
	}
	// at night: the night paragraph once, naming both
	n := newChat(t, understand.Rules{})
	n.now = clock(n.now, 0, 23, 30)
	all = strings.Join(n.say("王五", "代报 王奶奶 屋顶漏雨，还有院子里的电线老化了"), "\n")
	if k := strings.Count(all, nightHead); k != 1 || !strings.Contains(all, "早上看到后回复「确认 #R1 #R2」受理") {
		t.Errorf("night paragraph said %d times, or not of both:\n%s", k, all)
	}
}
