package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestAckNamingAnotherThingFilesNoConfirmBack: the leader's morning
// 「收到，今天上午去看看路灯」 while 陈二's ditch waits for her 「1」 names the
// lamp reported last night, not her ditch: the ditch is not filed with his
// lamp words as its 受理 (walk94); his words go to the lamp, and the
// ditch still waits for her. His plain 「收到 明天找人来掏」 still files it.
func TestAckNamingAnotherThingFilesNoConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.say("张三", "上报 村口那个路灯又不亮了，晚上走路怕摔着"), "已登记 #R1")
	c.now = c.now.Add(13 * time.Hour)
	has(t, "ditch", c.say("陈二", stink), "@陈二", "回复「1」登记")
	got := c.say("李四", "收到，今天上午去看看路灯")
	lacks(t, "his lamp words", got, "水沟", "#R2")
	for _, r := range c.reports() {
		if strings.Contains(r.Text, "水沟") {
			t.Fatalf("the ditch was filed on his lamp words: %+v", r)
		}
	}
	if r := c.reports()[0]; r.Status != village.StatusAccepted {
		t.Errorf("R1 %s, want taken on by his 收到 naming the lamp; replies %q", r.Status, got)
	}
	got = c.costs(t, 1, "his ditch words", bot.Message{Chat: grid3, From: "李四", Text: "收到 水沟明天找人来掏"})
	has(t, "his ditch words", got, "已登记 #R2", "李四已受理")
}

// TestAssignNameGluedToTask: 「R1派给王五去看下」 names 王五 with what he is
// to do glued on; it is 指派 of 王五, the rest his task (walk94), not
// 「名单里没有「王五去看下」」. A name no roster holds is still asked.
func TestAssignNameGluedToTask(t *testing.T) {
	for _, said := range []string{"R1派给王五去看下", "指派 #R1 王五去看下", "指派 #R1 给王五去看下"} {
		c := newChat(t, understand.Rules{})
		has(t, "lamp", c.say("张三", "上报 村口那个路灯又不亮了"), "已登记 #R1")
		got := c.say("李四", said)
		has(t, said, got, "#R1 已指派给王五", "@王五")
		lacks(t, said, got, "名单里没有")
		if r := c.reports()[0]; !slices.Contains(r.Handlers, "王五") {
			t.Errorf("%s: handlers %v, want 王五", said, r.Handlers)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又不亮了")
	has(t, "unknown", c.say("李四", "指派 #R1 刘大壮去看下"), "名单里没有「刘大壮去看下」")
}

// TestLeaderUpWordsOfferEscalation: the grid leader's 「R1 路灯灯杆也歪了，
// 村里修不了，报镇上吧」 is offered as 上报镇 (walk94): one 「1」 sends it up
// with his words, the office hears it; the reply does not echo his
// sentence twice. A worker's same words keep the hint for his leader.
func TestLeaderUpWordsOfferEscalation(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又不亮了")
	c.say("李四", "确认 #R1")
	said := "R1 路灯灯杆也歪了，村里修不了，报镇上吧"
	got := c.say("李四", said)
	expect(t, "offered", got, grid3+": 李四，#R1 要上报镇吗？回复「1」就上报，您这句话一并发到镇网格工作群；只是记一下进展，请发「进展 #R1 情况」。")
	c.wantStatuses(map[string]village.Status{}, village.StatusAccepted)
	got = c.costs(t, 1, "his 1", bot.Message{Chat: grid3, From: "李四", Text: "1"})
	has(t, "his 1", got, "灯杆也歪了")
	c.wantStatuses(map[string]village.Status{}, village.StatusEscalated)
	w := newChat(t, understand.Rules{})
	w.say("张三", "上报 村口那个路灯又不亮了")
	w.say("李四", "指派 #R1 王五")
	lacks(t, "worker", w.say("王五", said), "回复「1」就上报")
}

// TestWorkerSawItNewsIsProgress: 王五, sent to the lamp, says 「路灯看了，是
// 灯泡坏了，得找电工换」 without its number: what he found is the lamp's
// 进展, not a new matter offered to register (walk94).
func TestWorkerSawItNewsIsProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又不亮了")
	c.say("陈二", "上报 俺家门口那条水沟堵了")
	c.say("李四", "指派 #R1 王五")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(4 * time.Hour)
	got := c.say("王五", "路灯看了，是灯泡坏了，得找电工换")
	has(t, "his news", got, "#R1", "进展")
	lacks(t, "his news", got, "回复「1」登记")
	c.wantReports(2, "(nothing filed)")
}
