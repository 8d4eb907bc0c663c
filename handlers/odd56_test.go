package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestOfficerAsksSeveralWhen: 「#R1 #R2 什么时候能弄好？」 from an officer
// is a question to each item's grid (one 镇里问 apiece), not 查; a bare
// 「#R1 #R2 怎么样了」 and 「查 #R1」 stay 查.
func TestOfficerAsksSeveralWhen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "上报 垃圾站满了没人拉")
	got := c.office("#R1 #R2 什么时候能弄好？")
	has(t, "asked each", got, officeChat+": #R1 #R2 已私信问网格长李四：什么时候能弄好？", "李四: 【镇里问】2件：",
		"青山村三组 #R1（村口路灯坏了好几天了）\n青山村三组 #R2（垃圾站满了没人拉）\n孙七：什么时候能弄好？")
	h := c.reports()
	for _, rep := range h {
		if e := rep.History[len(rep.History)-1]; e.Action != village.ActAsk {
			t.Errorf("#%s's last step %+v: want the township's question", rep.ID, e)
		}
	}
	lacks(t, "asked each", got, "内容：")
	got = c.office("#R1 什么时候能弄好")
	has(t, "asked one", got, "李四: 【镇里问】青山村三组 #R1")
	got = c.office("#R1 #R2 怎么样了")
	has(t, "status", got, "内容：村口路灯坏了好几天了", "内容：垃圾站满了没人拉")
	lacks(t, "status", got, "【镇里问】")
	got = c.office("查 #R1")
	has(t, "query", got, "内容：村口路灯坏了好几天了")
	lacks(t, "query", got, "【镇里问】")
}

// TestDuplicateDroppedWithNeverMind: 「没事了」 (算了, 不用了) to 「已有人反映
// #R1…是同一件事吗」 lets the matter drop: nothing merged, nothing filed,
// and he is told how to follow #R1; 「不是」 still files it apart.
func TestDuplicateDroppedWithNeverMind(t *testing.T) {
	for _, word := range []string{"没事了", "算了", "不用了"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯坏了好几天了")
		got := c.say("陈二", "村口的路灯坏了")
		has(t, "asked", got, "已有人反映 #R1")
		got = c.say("陈二", word)
		has(t, word, got, "不另外登记，也没有合并。#R1 照常在办，要看进度请发「查 #R1」。")
		lacks(t, word, got, "#R2", "已合并")
		if n := len(c.reports()); n != 1 {
			t.Errorf("%s: %d items, want #R1 alone", word, n)
		}
		if rep := c.reports()[0]; rep.FollowedBy(village.Person{Name: "陈二"}) {
			t.Errorf("%s: 陈二 follows #R1: want nothing merged", word)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "村口的路灯坏了")
	has(t, "no", c.say("陈二", "不是"), "#R2")
}

// TestWitnessSeenWhileAsked: a witness named on a claim after the bot
// asked him something else answers 「是的 我看见了」 for the claim (his
// confirmation recorded), and his question still waits for 「1」; asked
// after he was named, the same words answer the question.
func TestWitnessSeenWhileAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	has(t, "asked", c.say("王五", "#R1已经联系电工"), "要把「已经联系电工」记到 #R1 上吗")
	has(t, "claim", c.say("陈二", "申请积分 参加村里大扫除"), "已登记积分申请 #C1")
	has(t, "witness", c.say("陈二", "证明人 王五"), "已把证明人王五记到 #C1")
	got := c.say("王五", "是的 我看见了")
	has(t, "vouched", got, "谢谢王五，已把您的确认记到 #C1")
	lacks(t, "vouched", got, "进展已记录")
	has(t, "question kept", c.say("王五", "1"), "#R1 进展已记录：已经联系电工")

	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "申请积分 参加村里大扫除 证明人 王五")
	has(t, "asked later", c.say("王五", "#R1已经联系电工"), "要把「已经联系电工」记到 #R1 上吗")
	got = c.say("王五", "是的 我看见了")
	has(t, "answered", got, "#R1 进展已记录：已经联系电工")
	lacks(t, "answered", got, "已把您的确认")
}

// TestOfficerWhenRepairStaysQuery: 「#R1 什么时候修」, a status question
// the item answers, stays 查 though it asks when.
func TestOfficerWhenRepairStaysQuery(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	got := c.office("#R1 什么时候修")
	has(t, "status", got, "内容：村口路灯坏了好几天了")
	lacks(t, "status", got, "【镇里问】")
}
