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

// TestUnknownNumberNamesWaitingConfirm: 李四's 「确认 #R2」 while 陈二's
// matter still waits for her 「1」 (no number yet) says it is not filed
// and how to take it on, not only 「没有找到 #R2」 with another item
// (rep97). Its cost is the reply alone since rep98 (no #R2, the group's
// open items and the waiting one are this process's copies).
func TestUnknownNumberNamesWaitingConfirm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	has(t, "asked", c.say("陈二", "我家门口的水沟堵了，一下雨就漫到路上"), "回复「1」登记")
	// 1 since rep98 (was 3): no #R2 and the open items, from the copies
	got := c.costs(t, 1, "confirm R2", bot.Message{Chat: grid3, From: "李四", Text: "确认 #R2"})
	has(t, "confirm R2", got, "没有找到 #R2", "陈二说的「我家门口的水沟堵了", "还没登记", "引用", "回「收到」")
	got = c.say("李四", "R1 R3都收到了")
	has(t, "two numbers", got, "没有找到 #R3", "陈二说的「我家门口的水沟堵了")
	c.say("陈二", "1")
	lacks(t, "filed", c.say("李四", "确认 #R9"), "陈二说的")
}

// TestSeveralNumbersHandedOver: 「R1 R2都收到了 明天让王五去看」 gives both
// items to 王五 (rep97), as one number does; with R2 not filed yet, R1
// alone, R2 said not found.
func TestSeveralNumbersHandedOver(t *testing.T) {
	handlers := func(c *chat) map[string][]string {
		got := map[string][]string{}
		for _, r := range c.reports() {
			got[r.ID] = r.Handlers
		}
		return got
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.say("陈二", "上报 我家门口的水沟堵了")
	got := c.costs(t, 1, "both", bot.Message{Chat: grid3, From: "李四", Text: "R1 R2都收到了 明天让王五去看"})
	has(t, "both", got, "王五")
	if h := handlers(c); !slices.Contains(h["R1"], "王五") || !slices.Contains(h["R2"], "王五") {
		t.Errorf("both: handlers %v, want 王五 on R1 and R2", h)
	}
	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	// 1 since rep98: the process that filed #R1 knows no #R2 was made
	got = c.costs(t, 1, "one missing", bot.Message{Chat: grid3, From: "李四", Text: "R1 R2都收到了 明天让王五去看"})
	has(t, "one missing", got, "王五", "没有找到 #R2")
	if h := handlers(c); !slices.Contains(h["R1"], "王五") {
		t.Errorf("one missing: handlers %v, want 王五 on R1", h)
	}
}

// TestHandlerDoneWordsKeptAndOffered: 王五's 「已经换好了」 of the lamp he
// was given is kept as its 进展 and its 办结 offered: his 「1」 resolves
// it and asks 张三 (rep97). Before, he was shown two commands to retype
// and nothing was kept.
func TestHandlerDoneWordsKeptAndOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	c.say("李四", "指派 #R1 王五")
	got := c.costs(t, 1, "done words", bot.Message{Chat: grid3, From: "王五", Text: "已经换好了"})
	has(t, "done words", got, "#R1 进展已记录：已经换好了", "王五，确实办好了就回「1」，按「办结 #R1 已经换好了」记")
	lacks(t, "done words", got, "只是记一下进展")
	c.wantStatuses(nil, village.StatusInProgress)
	got = c.costs(t, 1, "yes", bot.Message{Chat: grid3, From: "王五", Text: "1"})
	has(t, "yes", got, "#R1 已办结")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestPrivateReaskOfGroupProcedure: 张三's private 「低保怎么办」 after his
// 低保 question in the group (#R1) is that item asked again: the guide,
// no second item, the leader not told a second 【私信反映】 (rep97). A
// private question of another procedure is still its own item.
func TestPrivateReaskOfGroupProcedure(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "group", c.say("张三", "我想给我妈申请低保，怎么弄"), "已登记 #R1（办事咨询）", "【低保】")
	got := c.costs(t, 1, "private again", bot.Message{Private: true, From: "张三", Text: "低保怎么办"})
	has(t, "private again", got, "#R1", "【低保】")
	lacks(t, "private again", got, "已登记 #R2", "【私信反映】")
	for _, l := range got {
		if strings.HasPrefix(l, grid3) {
			t.Fatalf("a private question answered in the group: %q", l)
		}
	}
	c.wantReports(1, "the group item asked again, no private one")
	has(t, "other procedure", c.private("张三", "残疾证怎么办"), "已登记 #R2")
}

// TestDredgedIsDone: 李四's 「水沟掏好了」 of the ditch he took on was
// silent (掏 was no done word): now its 进展 with the 办结 offered, as
// 「水沟疏通好了」 is; 「垃圾拉走了」 too (rep97).
func TestDredgedIsDone(t *testing.T) {
	for _, said := range []string{"水沟掏好了", "沟里掏干净了", "垃圾拉走了"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "上报 我家门口的水沟堵了，垃圾也堆着")
		c.say("李四", "确认 #R1")
		c.now = c.now.Add(20 * time.Hour)
		has(t, said, c.say("李四", said), "#R1 进展已记录："+said, "确实办好了就回「1」")
	}
	lacks(t, "not yet", newChat(t, understand.Rules{}).say("李四", "垃圾还没拉走"), "进展已记录")
}

// TestReopenOfferAfterOwnFixedWord: 张三 said 「灯亮了，谢谢王五」 before
// the 办结, which closed #R1 at once; his later 「村口路灯又不亮了」 was
// told 「您回过「满意」」, which he never did: now 「您说过已经好了」 (rep97).
func TestReopenOfferAfterOwnFixedWord(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	c.say("张三", "灯亮了，谢谢")
	has(t, "closed", c.say("李四", "办结 #R1 换了灯泡"), "已按满意结案")
	got := c.say("张三", "村口路灯又不亮了")
	has(t, "again", got, "已办结，您说过已经好了。是又坏了")
	lacks(t, "again", got, "您回过「满意」")
}
