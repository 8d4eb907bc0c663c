package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestRelayedNewsIsProgress: the grid leader's unnumbered news passed on
// from whoever does the work, of his one taken item, is its 进展, as his
// plan in words is (ack55); each was silent before.
func TestRelayedNewsIsProgress(t *testing.T) {
	for _, text := range []string{"环卫说下午来", "电工说明天来换", "供电所说在排队"} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.accepted("张三", "上报 村口路灯坏了好几天了")
			c.now = c.now.Add(20 * time.Hour)
			expect(t, "its 进展", c.say("李四", text), grid3+": 按李四的话，#R1 进展已记录："+text)
			if last := c.lastStep(); last.Action != village.ActProgress || last.By != "李四" || !last.Implied || last.Note != text {
				t.Errorf("last step %+v, want 李四's implied 进展 %q", last, text)
			}
			c.firstStatus(village.StatusInProgress)
		})
	}
}

// TestRelayedNewsFromVillager: a villager's same words record nothing.
func TestRelayedNewsFromVillager(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	c.now = c.now.Add(20 * time.Hour)
	n := len(c.reports()[0].History)
	lacks(t, "villager", c.say("张三", "电工说明天来换"), "进展已记录")
	if m := len(c.reports()[0].History); m != n {
		t.Errorf("%d steps added: %+v", m-n, c.lastStep())
	}
	c.firstStatus(village.StatusAccepted)
}

// TestPromiseInTwoDays: 「过两天就修好」 from the leader is a result
// promised, so its 进展 (the date reader knows 过两天 now).
func TestPromiseInTwoDays(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	c.now = c.now.Add(20 * time.Hour)
	expect(t, "its 进展", c.say("李四", "过两天就修好"), grid3+": 按李四的话，#R1 进展已记录：过两天就修好")
	c.firstStatus(village.StatusInProgress)
}

// TestChaseStatedInGroup: a villager's complaint in the group that an
// application made has had no result for long, with no question word, is
// filed as the question form is: 办事咨询·催办, the leader asked to chase.
func TestChaseStatedInGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "chase", c.say("陈二", "高龄补贴交了材料两个月了还没批下来"), "已登记 #R1（办事咨询·催办）", "@李四\u2005请帮陈二向经办部门问问进度")
	has(t, "another", c.say("张三", "低保申请报上去一个多月了 一直没消息"), "已登记 #R2（办事咨询·催办）")
	lacks(t, "no how-to", c.say("刘大妈", "我家低保申请报上去一个多月了 一直没消息"), "怎么办：")
}
