package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestPrivateChaseOfGroupItem: 「我上次交的材料怎么还没信儿」 said privately a
// day after his 低保 question in the group opened a second, private item;
// it chases the group one, told privately (【私信反映·催办】 to its leader),
// one round trip. A chase in the group never names a private item.
func TestPrivateChaseOfGroupItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	c.now = c.now.Add(26 * time.Hour)
	got := c.costs(t, 1, "private chase", bot.Message{Private: true, From: "张三", Text: "我上次交的材料怎么还没信儿"})
	has(t, "private chase", got, "【私信反映·催办】张三就 #R1（低保怎么申请）催办", "#R1 现在「已告知流程」。【低保】办到哪一步了要问经办部门。", "问进度：镇便民服务中心电话")
	lacks(t, "private chase: no new item", got, "已登记 #R2", "网格长会帮您问清楚")
	for _, l := range got {
		if strings.HasPrefix(l, grid3) {
			t.Fatalf("a private chase told in the group: %q", l)
		}
	}
	c.wantReports(1, "the group item chased, no private one")
	// a week on, his item still open is what he presses
	c.now = c.now.Add(7 * 24 * time.Hour)
	has(t, "a week on", c.say("张三", "低保材料交了一个星期了 怎么还没信儿"), "张三就 #R1（低保怎么申请）催办")
	c.wantReports(1, "the old item chased, no new one")

	// the other way: a private item is not chased in the group
	c.private("陈二", "残疾证怎么办")
	got = c.say("陈二", "我上次交的材料怎么还没信儿")
	lacks(t, "group chase of a private item", got, "残疾证怎么办")
}

// TestAmountAskedOfAGuideWithoutAmount: 「看病的钱能报多少」 of 医保报销,
// which writes no amount, quoted the steps that share 看病; it asks how
// much, which the guide's note on 报销比例 tells (words.PartTells), not
// its steps. 「要多久」 still gets the 时限 line.
func TestAmountAskedOfAGuideWithoutAmount(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "医保报销怎么办")
	got := c.say("陈二", "看病的钱能报多少")
	has(t, "how much", got, "陈二就 #R1（医保报销怎么办）又问：看病的钱能报多少", "报销比例和起付线各地不同")
	lacks(t, "how much: not the steps", got, "在医保定点医院看病住院", "到外地看病")
	has(t, "how long", c.say("陈二", "要多久"), "时限：没直接结算的")
}

// TestProcedureDeskTold: a procedure the guide does not hold but
// procedure_desks places (退役军人优待证, 农机购置补贴, 健康证, 林权证; 计划生育奖励扶助, which the guide holds, keeps its guide)
// is told honestly where it is usually asked, with no rule or amount,
// and its leader still sees the question; one no desk names keeps the
// list of what the guide holds.
func TestProcedureDeskTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, tc := range []struct{ text, desk string }{
		{"退役军人优待证怎么办", "一般找镇退役军人服务站问"},
		{"农机购置补贴怎么申请", "一般找镇农业服务中心（农机站）、县农业农村局问"},
		{"健康证在哪办理", "一般找镇卫生院或镇便民服务中心（卫健窗口）问（镇便民服务中心电话 0123-5550111）"},
		{"林权证怎么办", "一般找镇林业站、县林业局问"},
	} {
		got := c.say("周八", tc.text)
		has(t, tc.text, got, "办事指南里没有这一项，"+tc.desk, "以他们说的为准；网格长会帮您问清楚", "@李四", "请帮周八向")
		lacks(t, tc.text, got, "常见的如", "元")
	}
	has(t, "in the guide", c.say("赵六", "独生子女奖励金怎么领"), "【计划生育奖励扶助】怎么办：")
	got := c.private("陈二", "退伍证丢了怎么补")
	has(t, "asked plainly", got, "这个我答不了，已转问网格长李四", "这类事办事指南里没有，一般找镇退役军人服务站问，以他们说的为准。", "【村民提问】陈二私信问我")
	has(t, "no desk", c.say("赵六", "我们家那个厕所改造的补贴什么时候发啊"), "网格长会帮您问清楚、告诉您怎么办。常见的如")
}

// TestProcedureDeskAskedUnaddressed: the reader the app builds knows the
// desks' words as it knows the guide's (app.NewReader), so 「采伐证去哪办」
// said to the group without @ is a procedure question told where to ask,
// not left unread.
func TestProcedureDeskAskedUnaddressed(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	has(t, "unaddressed", c.say("周八", "采伐证去哪办"), "已登记 #R1（办事咨询）：采伐证去哪办", "一般找镇林业站、县林业局问")
}
