package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestPlanInHandlingWords: the grid leader's unnumbered words that he
// sees to his one taken item without going anywhere (does it, keeps an
// eye, asks, calls, tells the one it is for) after 收到/好的/知道了, or
// that it is under way or promised for later, are its 进展 as 「收到 今天
// 联系环卫」 is (ack55); each was silent before.
func TestPlanInHandlingWords(t *testing.T) {
	for text, note := range map[string]string{
		"收到 马上办":      "马上办",
		"好的 我盯着":      "盯着",
		"好的 下午打电话问问":  "下午打电话问问",
		"知道了 我问问":     "问问",
		"好的 我跟环卫站说一下": "跟环卫站说一下",
		"收到 我去协调一下":   "去协调一下",
		"正在联系":        "正在联系",
		"在跟进了":        "在跟进了",
		"明天就能修好":      "明天就能修好",
	} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.accepted("张三", "上报 村口路灯坏了好几天了")
			c.now = c.now.Add(20 * time.Hour)
			expect(t, "its 进展", c.say("李四", text), grid3+": 按李四的话，#R1 进展已记录："+note)
			if last := c.lastStep(); last.Action != village.ActProgress || last.By != "李四" || !last.Implied || last.Note != note {
				t.Errorf("last step %+v, want 李四's implied 进展 %q", last, note)
			}
			c.firstStatus(village.StatusInProgress)
		})
	}
}

// TestHandlingWordsThatRecordNothing: a bare 收到/好的/知道了/辛苦了, a
// "no need" (「好的 不用打电话了」), and a villager's 「好的 我问问」 or
// 「正在联系」 beside the same item record nothing on it.
func TestHandlingWordsThatRecordNothing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	c.now = c.now.Add(20 * time.Hour)
	n := len(c.reports()[0].History)
	for _, line := range [][2]string{{"李四", "收到"}, {"李四", "好的"}, {"李四", "知道了"}, {"李四", "辛苦了"}, {"李四", "好的 不用打电话了"},
		{"张三", "好的 我问问"}, {"张三", "正在联系"}, {"陈二", "收到 马上办"}} {
		lacks(t, line[0]+" "+line[1], c.say(line[0], line[1]), "进展已记录")
	}
	if m := len(c.reports()[0].History); m != n {
		t.Errorf("%d steps added: %+v", m-n, c.lastStep())
	}
	c.firstStatus(village.StatusAccepted)
}

// TestHandlingWordsBesideAnAlarm: with the grid's one alarm waiting for
// 确认, 「收到 明天去看」 keeps emg54's meaning (put off: the hint, the
// alarm untaken), and 「好的 我问问」 (no going) takes no alarm on either.
func TestHandlingWordsBesideAnAlarm(t *testing.T) {
	for _, text := range []string{"收到 明天去看", "好的 我问问"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", emg54Fire)
		got := c.say("李四", text)
		lacks(t, text, got, "已受理", "受理：")
		c.wantStatuses(nil, village.StatusNew)
	}
}
