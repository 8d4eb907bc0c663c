package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCadreForbidsFoulingNotAsked: a cadre's 「不要往河里倒垃圾」 in the
// grid group is a cadre warning everyone, doing his job: nobody asks him
// whether to register it, nothing is filed. A villager's same words are
// still asked (und46), and so is a cadre's report of the mess itself.
func TestCadreForbidsFoulingNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for who, warning := range map[string]string{"李四": "不要往河里倒垃圾", "王五": "大家千万别在路边烧秸秆", "孙七": "不要往河里倒垃圾 抓到要罚款"} {
		silent(t, who+" warns all", c.say(who, warning))
	}
	c.wantReports(0, "(warnings to all)")
	has(t, "a villager's same words", c.say("陈二", "不要往河里倒垃圾"), "环境卫生", "回复「1」登记")
	has(t, "the scorer is a villager here", c.say("赵六", "不要往河里倒垃圾"), "回复「1」登记")
	has(t, "the leader tells the mess", c.say("李四", "河里有人倒了一堆垃圾 臭得很"), "回复「1」登记")
}

// TestAnothersItemAskedOnce: another villager's plain words of an open
// item are asked once, whether they are that item (not first 「回复1登记」
// and, after 「1」, that): 「是」 follows it, 「不是」 files his words as
// 「1」 would have, and the question costs no round trip more than the
// confirm-back did.
func TestAnothersItemAskedOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the river", c.say("张三", "上报 河里有垃圾 好几天了"), "已登记 #R1")
	// the whole reply: no 「回复1登记」 beside it
	expect(t, "asked once", c.say("陈二", "河边又有人倒垃圾"), "@陈二\u2005已有人反映 #R1（河里有垃圾 好几天了），是同一件事吗？回复「是」合并，「不是」另外登记。")
	expect(t, "the same", c.say("陈二", "是"), "陈二反映的和 #R1 是同一件事，已合并")
	c.wantReports(1, "(R1, followed)")
	if r := c.reports()[0]; !slices.Contains(r.Followers, "陈二") {
		t.Errorf("R1's followers are %q, want 陈二", r.Followers)
	}

	// as a confirm-back was: one round trip to ask, one to answer
	got := c.costs(t, 1, "asked once again", bot.Message{Chat: grid3, From: "郑十", Text: "河边又有人倒垃圾了"})
	has(t, "asked once again", got, "已有人反映 #R1", "是同一件事吗？")
	has(t, "not the same: filed", c.costs(t, 1, "not the same", bot.Message{Chat: grid3, From: "郑十", Text: "不是"}),
		"已登记 #R2（一般事项·环境卫生）：河边又有人倒垃圾了")
	c.wantReports(2, "(R1 and R2)")

	// the plain words of nothing open are asked as ever
	has(t, "nothing like it", c.say("陈二", "村口那个下水道好像堵了"), "回复「1」登记")
}
