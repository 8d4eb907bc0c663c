package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestRefusalsOfSeveralJoined (town94): an officer's command on several
// items refused alike, the words differing only by the number, is one
// paragraph naming them all, each command it shows written for each
// (or once with all, 「查 #R1 #R2」): 「#R1 #R2 抓紧处理」 on items the
// township took over, 「指派 #R1 #R2 水利站」 (no such department),
// 「确认 #R1 #R2」 taken on already, 「办结 #R1 #R2」 resolved already. A
// refusal of other words stays its own.
func TestRefusalsOfSeveralJoined(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 三组水渠堵了，水漫到路上了", "#R1", "需要挖机")
	c.sentUp("陈二", "上报 三组桥边的护栏断了", "#R2", "需要焊工")
	c.sentUp("张三", "上报 三组路灯坏了三盏", "#R3", "需要供电所")
	c.office("确认 #R1 #R2")
	for _, s := range []struct{ text, want string }{
		{"确认 #R1 #R2", "#R1 #R2 您已经接手了"},
		{"#R1 #R2 抓紧处理", "#R1 #R2 是镇里接手的"},
		{"指派 #R1 #R2 水利站", "例如：指派 #R1 #R2 政法委"},
	} {
		got := strings.Join(c.office(s.text), "\n")
		if strings.Count(got, "#R1") > 4 || !strings.Contains(got, s.want) {
			t.Errorf("孙七's 「%s」: got\n%s\nwant one paragraph with %q", s.text, got, s.want)
		}
	}
	got := c.office("#R1 #R2 抓紧处理")
	has(t, "each command shown", got, "「进展 #R1 情况」「进展 #R2 情况」", "「问网格 #R1 问题」「问网格 #R2 问题」")
	c.office("办结 #R1 #R2 修好了")
	got = c.office("办结 #R1 #R2 修好了")
	has(t, "resolved already", got, "#R1 #R2 现在是「已办结待确认」", "可发「查 #R1 #R2」看进度")
	got = c.office("确认 #R1 #R3")
	has(t, "a step and a refusal", got, "#R3 镇里已接手", "#R1 现在是「已办结待确认」")
	lacks(t, "a step and a refusal", got, "#R1 #R3", "#R3 #R1")
}

// TestBareNumberNamingNoItemUnread (town94): a number written without #
// inside a cadre's words, read only by the midway rule (「今天R22加好
// 了」: a refrigerant), gets no reply when there is no such item; written
// with #, or leading his words, it is an item's number and is said not
// found; naming an item, it is read as before.
func TestBareNumberNamingNoItemUnread(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组水渠堵了，水漫到路上了")
	c.say("李四", "确认 #R1")
	for _, s := range []struct{ who, text string }{
		{"李四", "今天R22加好了"},
		{"王五", "刚才R9那边去看了 明天修"},
		{"李四", "王五说R5焊好了"},
	} {
		if got := c.say(s.who, s.text); len(got) > 0 {
			t.Errorf("%s's 「%s」 with no such item: got %q, want no reply", s.who, s.text, got)
		}
	}
	if got := c.office("今天R22加好了"); len(got) > 0 {
		t.Errorf("孙七's 「今天R22加好了」: got %q, want no reply", got)
	}
	has(t, "with #", c.say("李四", "今天#R22加好了"), "没有找到 #R22")
	has(t, "leading", c.say("李四", "R22 修好了"), "没有找到 #R22")
	has(t, "with # in the office", c.office("今天#R22加好了"), "没有找到 #R22")
	noteRecorded(t, c, "李四", "今天R1修好了", 0, village.StatusResolved, "今天修好了")
}

// TestRefusalsOfOneNumberTwoVillages (town94): two villages' items of one
// number refused alike stay two, each with its village, never 「#R2 #R2」.
func TestRefusalsOfOneNumberTwoVillages(t *testing.T) {
	c := twoVillagesUp(t)
	c.inSQ(officeChat, "孙七", "确认 青山村 #R2 石桥村 #R2")
	got := c.inSQ(officeChat, "孙七", "确认 青山村 #R2 石桥村 #R2")
	has(t, "taken on already", got, "青山村 #R2", "石桥村 #R2", "您已经接手了")
	lacks(t, "taken on already", got, "#R2 #R2", "石桥村 #R2 #R2", "青山村 #R2 #R2")
}
