package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderSplitsTwoWaitingOneCommit: 李四's one sentence splitting 张三's
// rubbish and 陈二's frozen pipe, both waiting for their 「1」, files both in
// one commit (rep102; was 4 round trips in a fresh process): each reply
// names its own item, 张三's photo after it goes to his, 陈二's 「1」 is told
// her matter is filed already.
func TestLeaderSplitsTwoWaitingOneCommit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "rubbish", c.say("张三", "我们这边垃圾三天没人收了，都堆到路上了"), "回复「1」登记")
	has(t, "pipe", c.say("陈二", "我家门口水管冻住了，一滴水都没有"), "回复「1」登记")
	got := c.costs(t, 1, "split", bot.Message{Chat: grid3, From: "李四", Text: "收到，垃圾我联系环卫站，水管让王五去看看"})
	if len(got) != 2 {
		t.Fatalf("split: want two lines, got %q", got)
	}
	has(t, "rubbish line", got[:1], "李四已受理：垃圾我联系环卫站", "@张三", "#R1")
	has(t, "pipe line", got[1:], "#R2 已受理并指派给王五", "@陈二")
	for _, line := range got {
		if strings.Contains(line, "\x01") {
			t.Errorf("placeholder left in %q", line)
		}
	}
	c.send(bot.Message{Chat: grid3, From: "张三", Images: []string{"rubbish.jpg"}})
	for _, rep := range c.reports() {
		if want := rep.Reporter == "张三"; slices.Contains(rep.Images, "rubbish.jpg") != want {
			t.Errorf("%s (%s) images %q", rep.ID, rep.Reporter, rep.Images)
		}
	}
	has(t, "her 1", c.say("陈二", "1"), "#R2")
	c.wantReports(2, "")
}

// TestLeaderSplitsTwoWaitingOneAnsweredElsewhere: 张三's 「1」 filed his
// rubbish in another process after this one copied his question; the
// joined commit is refused as stale and nothing is filed twice: the pipe
// goes to 王五 one by one, as before (rep102).
func TestLeaderSplitsTwoWaitingOneAnsweredElsewhere(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "rubbish", b.say("张三", "我们这边垃圾三天没人收了，都堆到路上了"), "回复「1」登记")
	has(t, "pipe", b.say("陈二", "我家门口水管冻住了，一滴水都没有"), "回复「1」登记")
	has(t, "his 1", a.say("张三", "1"), "已登记 #R1")
	b.say("李四", "收到，垃圾我联系环卫站，水管让王五去看看")
	reps := b.reports()
	if len(reps) != 2 {
		t.Fatalf("want 2 reports, got %d", len(reps))
	}
	for _, rep := range reps {
		if rep.Reporter == "陈二" && (rep.Status != village.StatusAccepted || !slices.Contains(rep.Handlers, "王五")) {
			t.Errorf("pipe %s %v, want accepted by 王五", rep.Status, rep.Handlers)
		}
	}
}

// TestLeaderCallsForNewItemInWords: 张三's frozen pipe is new; 李四's
// 「水管的事我马上给自来水公司打电话」 was silent (rep101's call words
// took on alarms only). It is his 确认, his words the note told to 张三,
// one round trip (rep102).
func TestLeaderCallsForNewItemInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "pipe", c.say("张三", "上报 我家门口水管冻裂了，水喷了一地"), "#R1")
	got := c.costs(t, 1, "calls", bot.Message{Chat: grid3, From: "李四", Text: "水管的事我马上给自来水公司打电话"})
	has(t, "calls", got, "#R1 已受理", "张三，李四说「水管的事我马上给自来水公司打电话」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	// a call that did not get through takes nothing on
	c.say("陈二", "上报 我们这边路灯坏了好几天了")
	lacks(t, "not through", c.say("李四", "路灯的事给供电所打了电话，打不通"), "#R2 已受理")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
}

// TestLeaderCallWordsNamingNewItemBesideHis: 李四 handles 张三's frozen
// pipe; his 「路灯我已经报修了」 with 陈二's lamp new was kept as the
// pipe's 进展. His words name the lamp and not the pipe: the lamp's
// 确认 (rep102).
func TestLeaderCallWordsNamingNewItemBesideHis(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 我家门口水管冻裂了，水喷了一地")
	c.say("李四", "确认 #R1")
	c.say("陈二", "我们这边路灯坏了好几天了，晚上黑乎乎的")
	got := c.costs(t, 1, "lamp", bot.Message{Chat: grid3, From: "李四", Text: "路灯我已经报修了"})
	has(t, "lamp", got, "#R2 已受理", "陈二")
	lacks(t, "lamp", got, "#R1 进展")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	// words of his own item stay its 进展
	has(t, "pipe", c.say("李四", "水管我已经报修了，下午来人"), "#R1")
}

// TestRubbishPoolToldTwiceBeforeFestival: 张三 reported the full rubbish
// pool; 周八's 「垃圾池那边垃圾堆成山了，快过年了谁来管管」 named nothing
// besides the pool and was offered as a new item (filed #R2 at his
// 「1」). It is asked as the same matter, and his 「是」 merges it (rep102).
func TestRubbishPoolToldTwiceBeforeFestival(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "村东头垃圾池满了好几天没人拉，都堆到路上了，过年前得清一清"), "已登记 #R1")
	has(t, "again", c.say("周八", "垃圾池那边垃圾堆成山了，快过年了谁来管管"), "#R1", "是同一件事吗")
	has(t, "merged", c.say("周八", "是"), "已合并")
	c.wantReports(1, "")
}
