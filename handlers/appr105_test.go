package handlers_test

import (
	"testing"
)

// TestPayoutNewsAsked (appr105): 「取暖补贴今年还发不发」 and 「今年有没有取暖补
// 贴」 were silent (main: a query, news for people), and 「取暖补贴是不是不
// 发了」 was asked back as 一般事项. In December that is the villager's
// question: filed, the guide's who-gets-it, where (with the centre's
// phone) and 时限 lines told, whether it is paid this year the leader's.
func TestPayoutNewsAsked(t *testing.T) {
	for _, text := range []string{"取暖补贴今年还发不发", "今年有没有取暖补贴", "今年还有烤火费吗 冷死了", "取暖补贴是不是不发了"} {
		c := newChat(t, guideReader(t))
		got := c.say("张三", text)
		has(t, text, got, "已登记 #R1", "今年发不发，办事指南里没有写", "@李四", "【冬季取暖补贴】办理流程里写的：", "按名单发",
			"可申请临时救助", "去哪办：村委会、镇便民服务中心", "时限：一般每年入冬前后")
		lacks(t, text, got, "回复「1」", "身份证、户口簿", "先照指南办")
		c.wantReports(1, text)
	}
	// when it is paid asks the 时限 alone, as before; a cadre's talk and
	// other news stay as they were
	got := newChat(t, guideReader(t)).say("陈二", "取暖补贴今年啥时候发")
	lacks(t, "when", got, "今年发不发")
	if got := newChat(t, guideReader(t)).say("陈二", "今年还有雪吗"); len(got) != 0 {
		t.Errorf("no scheme: %q", got)
	}
}

// TestHomeVisitAskedOn (appr105): 「那村里能上门不」 after a 低保年审 answer
// was answered by its 去哪办 line alone (村委会可代办: someone going for
// him, nobody coming), and 「那村里能上门不 我腿脚不好」 was silent (its 不 in
// mid-message asked nothing). The grid's worker is asked to come and
// the villager hears who will; a guide whose line says 上门 (残疾证's
// 「行动不便可申请上门评定」) still answers alone (appr102).
// (appr109: 低保年审's guide now says 上门入户核查, so 低保 stands here for a
// guide that says no one comes.)
func TestHomeVisitAskedOn(t *testing.T) {
	for _, text := range []string{"那村里能上门不", "那村里能上门不 我腿脚不好", "俺走不动 村里能来人不"} {
		c := newChat(t, guideReader(t))
		c.say("张三", "低保要准备啥")
		got := c.say("张三", text)
		has(t, text, got, "@王五", "张三就 #R1", "村委会可代办", "请王五联系张三，约个时间上门", "王五会和您约上门的时间")
		lacks(t, text, got, "办事指南里没有写这一点")
		c.wantReports(1, text)
	}
	// privately: the worker hears it privately, the villager who comes
	c := newChat(t, guideReader(t))
	c.private("张三", "低保要准备啥")
	got := c.private("张三", "能上门办不")
	has(t, "private", got, "王五: 【私信反映·又问】", "约个时间上门帮着办", "张三: ", "已请王五")
	// asked by the worker himself, the leaders are asked to come
	c = newChat(t, guideReader(t))
	c.say("王五", "低保要准备啥")
	has(t, "worker", c.say("王五", "能上门不"), "请李四联系")
	// 残疾证's guide says 上门评定: the guide alone, as appr102 had it
	c = newChat(t, guideReader(t))
	c.say("陈二", "俺娘想办个残疾证咋弄")
	got = c.say("陈二", "她走不动 能上门不")
	has(t, "says so", got, "上门评定")
	lacks(t, "says so", got, "约个时间上门")
}

// TestHomeVisitAskedFirst (appr105): 「残疾证到期了 要换 能上门办不」 heard
// the 代办 lines alone (main): someone may go for him, nobody comes. The
// grid's worker is asked to come, in the group.
func TestHomeVisitAskedFirst(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("张三", "残疾证到期了 要换 能上门办不")
	has(t, "first", got, "【残疾证换领】", "镇、村可代办", "指南里没有写上门，已请@王五", "联系您，约时间上门帮着办")
	got = newChat(t, guideReader(t)).say("张三", "残疾证换证要本人去吗")
	lacks(t, "no visit asked", got, "上门帮着办")
}
