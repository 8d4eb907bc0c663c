package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderSplitsTwoFreshInWords: with 张三's icy slope and 陈二's frozen
// pipe both new, 李四's 「收到，坡路我马上叫人去撒盐，水管让王五去看看」
// asked which one he took on, and his 「1」 took the pipe on for himself
// with the whole sentence as its note. Now the slope is his 确认 (his
// clause the note, told to 张三), the pipe 王五's 指派, in one reply and
// one round trip (rep100).
func TestLeaderSplitsTwoFreshInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个坡路结冰了，早上好几个人滑倒了")
	c.say("陈二", "上报 我家门口水管冻住了，一滴水都没有")
	got := c.costs(t, 1, "split", bot.Message{Chat: grid3, From: "李四", Text: "收到，坡路我马上叫人去撒盐，水管让王五去看看"})
	has(t, "split", got, "#R1", "#R2", "王五")
	lacks(t, "split", got, "哪一件", "请回复数字")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	reps := c.reports()
	for _, rep := range reps {
		switch rep.ID {
		case "R1":
			if !slices.Contains(rep.Handlers, "李四") || slices.Contains(rep.Handlers, "王五") {
				t.Errorf("R1 handlers %v, want 李四 only", rep.Handlers)
			}
		case "R2":
			if !slices.Contains(rep.Handlers, "王五") {
				t.Errorf("R2 handlers %v, want 王五", rep.Handlers)
			}
		}
	}
	has(t, "slope note", c.say("张三", "查 #R1"), "坡路我马上叫人去撒盐")
	lacks(t, "slope note", c.say("张三", "查 #R1"), "水管让王五")
}

// TestPlainTakeOnTellsReporterWhat: 李四's 「垃圾的事我联系环卫站了，下午来拉」
// took 张三's rubbish on and told him only 「张三，办好后会告诉您」: what
// was done and what comes (in his words) reached nobody but 查. Now the
// reporter hears 「李四说「…」」, as for a bare plan (rep100).
func TestPlainTakeOnTellsReporterWhat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村西垃圾池三四天没人拉了")
	got := c.say("李四", "垃圾的事我联系环卫站了，下午来拉")
	has(t, "told", got, "#R1 已受理", "张三，李四说「垃圾的事我联系环卫站了，下午来拉」，办好后会告诉您")
	c.say("陈二", "上报 我家门口的路灯坏了，晚上看不见")
	has(t, "typed too", c.say("李四", "确认 #R2 联系电工了，下午来修"), "陈二，李四说「联系电工了，下午来修」，办好后会告诉您")
	lacks(t, "bare", c.say("李四", "确认 #R2"), "李四说")
}

// TestAssignOfNewTellsReporter: 「收到 王五你去看看」 (and a typed 指派) of
// a new item took it on and @-named 王五, but its reporter heard nothing,
// where 确认 tells him 「办好后会告诉您」 (rep100).
func TestAssignOfNewTellsReporter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 我家门口水管冻住了，一滴水都没有")
	has(t, "typed", c.say("李四", "指派 #R1 王五"), "#R1 已指派给王五", "陈二，已请王五去办，办好后会告诉您。")
	c.say("张三", "上报 村口那个坡路结冰了，早上好几个人滑倒了")
	has(t, "words", c.say("李四", "收到 王五你去看看"), "#R2 已受理并指派给王五", "张三，已请王五去办，办好后会告诉您。")
	lacks(t, "taken on already", c.say("李四", "指派 #R2 赵六"), "张三，已请")
}

// TestLeaderWorkWordsFileConfirmBack: 张三's 「我们这边垃圾三天没人收了」
// waited for his 「1」, and 李四's 「垃圾的事我联系环卫站了，下午来拉」 was
// offered to 李四 as a new item of his own. Now it files 张三's matter
// and takes it on for 李四, as his 「收到 …」 does (rep100).
func TestLeaderWorkWordsFileConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("张三", "我们这边垃圾三天没人收了，都堆到路上了"), "回复「1」登记")
	got := c.costs(t, 1, "words", bot.Message{Chat: grid3, From: "李四", Text: "垃圾的事我联系环卫站了，下午来拉"})
	has(t, "words", got, "#R1", "李四已受理", "垃圾的事我联系环卫站了，下午来拉")
	lacks(t, "words", got, "@李四 我理解为")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Reporter != "张三" || reps[0].Status != village.StatusAccepted {
		t.Fatalf("want 张三's item taken on, got %+v", reps)
	}
	lacks(t, "her 1", c.say("张三", "1"), "已登记 #R2")
}

// TestLeaderDoneWordsNamingOneOfTwo: 李四 handles the icy slope and the
// frozen pipe he gave 王五; his 「坡上盐撒好了」 was shown two commands to
// retype (which item was less sure). His words name the slope's thing
// only: its 进展 is kept and the 办结 offered for a 「1」. 王五's plain
// done words on the pipe show one 办结 line, not two (rep100).
func TestLeaderDoneWordsNamingOneOfTwo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个坡路结冰了，早上好几个人滑倒了")
	c.say("陈二", "上报 我家门口水管冻住了，一滴水都没有")
	c.say("李四", "收到，坡路我马上叫人去撒盐，水管让王五去看看")
	got := c.say("王五", "陈二家水管用热水浇开了，现在有水了")
	has(t, "pipe", got, "#R2 进展已记录", "确实办好了就回「1」")
	lacks(t, "pipe", got, "办好后请回复「办结 #R2 处理情况」")
	got = c.say("李四", "坡上盐撒好了")
	has(t, "slope", got, "#R1 进展已记录：坡上盐撒好了", "李四，确实办好了就回「1」，按「办结 #R1 坡上盐撒好了」记")
	has(t, "1", c.say("李四", "1"), "#R1 已办结")
}

// TestLeaderSplitsFiledAndWaiting: 张三's icy slope filed, 陈二's frozen
// pipe waiting for her 「1」; 李四's 「收到，坡路我马上叫人去撒盐，水管让
// 王五去看看」 asked which he meant. Now 陈二's pipe is filed for her and
// given to 王五, the slope taken on by 李四, in one commit (rep100).
func TestLeaderSplitsFiledAndWaiting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个坡路结冰了，早上好几个人滑倒了")
	has(t, "asked", c.say("陈二", "我家门口水管冻住了，一滴水都没有"), "回复「1」登记")
	// one commit (the filing, the split's change its Then): the second
	// trip was go-redis's pipeline pool dialing its own connection (rep101)
	got := c.costs(t, 1, "split", bot.Message{Chat: grid3, From: "李四", Text: "收到，坡路我马上叫人去撒盐，水管让王五去看看"})
	has(t, "split", got, "#R1 已受理", "张三，李四说「坡路我马上叫人去撒盐」", "#R2", "王五")
	lacks(t, "split", got, "哪件", "请引用")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	for _, rep := range c.reports() {
		if rep.ID == "R2" && (rep.Reporter != "陈二" || !slices.Contains(rep.Handlers, "王五")) {
			t.Errorf("R2: reporter %s handlers %v, want 陈二's, 王五's", rep.Reporter, rep.Handlers)
		}
	}
	lacks(t, "her 1", c.say("陈二", "1"), "已登记 #R3")
}
