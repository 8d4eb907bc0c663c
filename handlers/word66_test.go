package handlers_test

import (
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestMeTooAfterAssent: a neighbour's 「是啊 我家那边也是」 right after a
// report follows it, as 「我家那边也是」 would; the group's chit-chat
// (「是啊 天真冷」「我也是这么想的」「我家也冷」) follows nothing, and a bare
// word answers the group's newest item only.
func TestMeTooAfterAssent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "我家门口的下水道堵了，臭得很，好几天了"), grid3+": 已登记 #R1")
	for _, text := range []string{"是啊 天真冷", "我也是这么想的", "是啊 我也是这么想的", "我家也冷", "对 我家也冷"} {
		silent(t, text, c.say("孔丽", text))
	}
	// the stored-question check any 「是啊 …」 pays, and the commit
	got := c.costs(t, 2, "me too", bot.Message{Chat: grid3, From: "陈二", Text: "是啊 我家那边也是"})
	expect(t, "me too", got, grid3+": 陈二家也是这样，已记到 #R1（我家门口的下水道堵了，臭得很，好几天了），现在共 2 人反映")
	expect(t, "the trouble named", c.say("熊秀英", "对，我家也堵了"), grid3+": 熊秀英家也是这样，已记到 #R1")
	expect(t, "同样", c.say("雷婷", "我家同样"), grid3+": 雷婷家也是这样，已记到 #R1")
	if got, want := c.reports()[0].Followers, []string{"陈二", "熊秀英", "雷婷"}; !slices.Equal(got, want) {
		t.Errorf("R1 followers %q, want %q", got, want)
	}

	// a newer item in between: a bare 「我家也是」 is of it, not of the drain
	c = newChat(t, understand.Rules{})
	expect(t, "drain", c.say("张三", "我家门口的下水道堵了，臭得很，好几天了"), grid3+": 已登记 #R1")
	c.now = c.now.Add(10 * time.Minute)
	expect(t, "lamp", c.say("陈二", "上报 村口路灯不亮了"), grid3+": 已登记 #R2")
	expect(t, "me too of the lamp", c.say("孔丽", "是啊 我家那边也是"), grid3+": 孔丽家也是这样，已记到 #R2")
	if f := c.reports()[0].Followers; len(f) != 0 {
		t.Errorf("R1 followers %q, want none", f)
	}
}

// TestWorkerPlainDoneOfLeadersItem: a worker's 「下水道通好了」 of the item
// the leader handles is read as 「#R1 下水道通好了」: the leader is asked to
// send the 办结, nothing changes, one round trip. Words fitting no open
// item stay silent; fitting one nobody took on, they are its 进展 (done70);
// fitting several, he is asked which.
func TestWorkerPlainDoneOfLeadersItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口的下水道堵了，臭得很")
	silent(t, "no item fits", c.say("王五", "路灯修好了"))
	got := c.costs(t, 1, "worker done", bot.Message{Chat: grid3, From: "王五", Text: "下水道通好了"})
	expect(t, "worker done", got, grid3+": @李四\u2005王五说#R1「下水道通好了」。确实办好了的话，请回复「办结 #R1 下水道通好了」")
	c.firstStatus(village.StatusAccepted)

	c = newChat(t, understand.Rules{})
	c.accepted("张三", "上报 东头下水道堵了")
	expect(t, "second", c.say("陈二", "上报 西头下水道也堵了 臭得很"), grid3+": 已登记 #R2")
	// done70: the one nobody took on that his words fit is fixed all the
	// same: his 进展 takes it on, the leader is asked to 办结 it
	has(t, "one taken on, one not: the new one is his 进展", c.say("王五", "西头下水道通好了"),
		"按王五的话，#R2 进展已记录：西头下水道通好了", "@李四\u2005这件还没人受理，王五说已经办好了；确实办好了的话，请网格长回复「办结 #R2 西头下水道通好了」")
	has(t, "several: asked with numbers (word68)", c.say("王五", "下水道通好了"), grid3+": 王五，您说的「下水道通好了」是哪一件？请回复数字：", "#R1", "#R2", "和发「#R1 下水道通好了」一样")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusInProgress}, village.StatusAccepted)
}

// TestNeighbourSaysNotDone: after the worker said the drain is clear, the
// neighbour who joined it says it is not at his door: the leader hears it
// in the group and his words are kept (one round trip); said again,
// nothing. After the 办结, his 「还是堵着呢」 asks the leader to look
// instead of "wait for the reporter"; the item stays resolved. Chat of
// other things stays silent.
func TestNeighbourSaysNotDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口的下水道堵了，臭得很")
	expect(t, "me too", c.say("陈二", "我家那边也是"), grid3+": 陈二家也是这样，已记到 #R1")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "worker", c.say("王五", "下水道通好了"), "@李四\u2005王五说#R1「下水道通好了」")
	silent(t, "chat", c.say("陈二", "我还没吃饭呢"))
	// the commit alone: the grid's items his plain words may answer
	// (awaitedUnnamed) are this process's copy, none of them his (emrt68)
	got := c.costs(t, 1, "not done", bot.Message{Chat: grid3, From: "陈二", Text: "我家门口的还没通呢"})
	expect(t, "not done", got, grid3+": @李四\u2005陈二说#R1「我家门口的还没通呢」，请去看看；办好后回复「办结 #R1 处理情况」。\n陈二，已转告，办好后告诉您。")
	silent(t, "again", c.say("陈二", "我家门口的还没通呢"))
	has(t, "kept", c.private("李四", "查 #R1"), "我家门口的还没通呢")
	has(t, "a neighbour new to it", c.say("孔丽", "我家那边下水道也还没通"), "@李四\u2005孔丽说#R1", "孔丽，已转告，也把您家记到 #R1")
	lacks(t, "another thing: a report of its own, as before", c.say("熊秀英", "我家门口的路灯还没修"), "#R1")
	c.firstStatus(village.StatusAccepted)

	has(t, "resolved", c.say("李四", "办结 #R1 已经疏通"), "#R1 已办结")
	expect(t, "follower after 办结", c.say("陈二", "我家门口的还是堵着呢"),
		grid3+": 谢谢陈二告知。#R1（我家门口的下水道堵了，臭得很）")
	has(t, "asks the leader", c.say("陈二", "我家门口的还没通呢"), "@李四\u2005请去看看：确实没办好，请回「未解决 #R1 情况」")
	c.firstStatus(village.StatusResolved)
	has(t, "leader takes it back", c.say("李四", "未解决 #R1 陈二家门口还堵着"), "#R1")
	c.firstStatus(village.StatusReopened)
}
