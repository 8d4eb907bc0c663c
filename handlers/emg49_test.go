package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestAlarmAgainAnswered: the reporter's 「快来人 着火了」 said again while
// his fire is open is answered in the group that it is known and how it
// stands — honestly unconfirmed before anyone took it on, then who took
// it on and their latest words — at most once a minute per item; the duty
// chat hears nothing new.
func TestAlarmAgainAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 着火了 我家后面柴房")
	got := c.say("张三", "快来人 着火了")
	has(t, "again", got, grid3+": 张三，#R1（快来人 着火了 我家后面柴房）已经报告镇应急值班了，还没有人确认接手，已通知网格长李四。火情请立即拨打119")
	lacks(t, "again", got, dutyChat+":", "正在处理")
	c.now = c.now.Add(-30 * time.Second) // the next one half a minute later
	if got := c.say("陈二", "快来人 着火了"); len(got) != 1 || !strings.HasPrefix(got[0], dutyChat) {
		t.Errorf("a witness new to it within the minute: %q, want only the duty chat's line", got)
	}
	c.now = c.now.Add(-50 * time.Second)
	lacks(t, "within the minute", c.say("张三", "快来人 着火了"), grid3+":")
	c.say("李四", "确认 #R1 我和王五分头去现场")
	has(t, "taken on", c.say("张三", "快来人 着火了"), "已接手，正在处理（最新：我和王五分头去现场）")
	c.wantReports(1, "(a repeat is #R1's)")
}

// TestWitnessRepeatsOnlyNews: a witness saying the same again is not
// passed to the duty chat a second time; new words are.
func TestWitnessRepeatsOnlyNews(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 着火了 我家后面柴房")
	has(t, "first", c.say("陈二", "张三家后面柴房着火了 火很大"), dutyChat+": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告")
	lacks(t, "same again", c.say("陈二", "张三家后面柴房着火了 火很大"), dutyChat+":")
	lacks(t, "reporter says the witness's words", c.say("张三", "后面柴房着火了 火很大"), dutyChat+":")
	has(t, "news", c.say("陈二", "张三家柴房着火了 烧到房子了"), dutyChat+": 【突发补充】青山村三组 #R1\n陈二（13900000002）补充：张三家柴房着火了 烧到房子了")
}

// TestNumberAskedWhileUnconfirmed: 「该打什么电话」 while nobody took the
// alarm on says so, not 正在处理.
func TestNumberAskedWhileUnconfirmed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 着火了 我家后面柴房")
	got := c.say("陈二", "该打什么电话")
	has(t, "unconfirmed", got, "这件事已报告镇应急值班（#R1），还没有人确认接手，已通知网格长李四")
	lacks(t, "unconfirmed", got, "正在处理")
	c.say("李四", "确认 #R1")
	has(t, "confirmed", c.say("陈二", "该打什么电话"), "李四已接手，正在处理")
}

// TestFallSteps: a fall is told the first safe steps besides 120 (not
// lifted in haste, not moved with the neck or back hurt, bleeding
// pressed, kept warm); a road crash keeps its own.
func TestFallSteps(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "a fall", c.say("陈二", "王奶奶从楼梯上摔下来了 起不来"), "拨打120", "千万别挪动", "出血的用干净布按住")
	c = newChat(t, understand.Rules{})
	lacks(t, "a crash", c.say("陈二", "村口车祸 有人被车撞倒了 流了好多血"), "千万别挪动")
}
