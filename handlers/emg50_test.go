package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOwnHomeAlarmOfAnotherHousehold: 「家里煤气味好大」 from 陈二 while 张三's
// 「家里煤气味好大」 is open is a gas leak at another home: a new item with
// its own post in the duty chat, not 「也报告」 on 张三's. 张三's own repeat,
// and one of his household (刘芳), within the half hour are his item's.
func TestOwnHomeAlarmOfAnotherHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "家里煤气味好大")
	got := c.say("陈二", "家里煤气味好大")
	has(t, "another household", got, dutyChat+": 【突发事件】青山村三组 #R2\n情况：家里煤气味好大\n这一户（花名册）：陈二家，户号QS-302：陈二（户主）、胡秀芝、陈小龙、陈小凤；住址：青山村三组14号\n报告人：陈二")
	lacks(t, "another household", got, "也报告")
	c.wantReports(2, "(two homes smell gas)")
	lacks(t, "his own again", c.say("张三", "家里煤气味好大"), "【突发事件】")
	has(t, "his household", c.say("刘芳", "我家煤气味好大"), dutyChat+": 【突发补充】青山村三组 #R1\n刘芳")
	c.wantReports(2, "(his household's repeats are #R1's)")

	c = newChat(t, understand.Rules{})
	c.say("张三", "我家煤气味好大")
	has(t, "我家 of another", c.say("陈二", "我家也有煤气味 好大"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.wantReports(2, "(我家 of another household)")
}

// TestAllClearAfterClosedIsSatisfied: the reporter's 「没事了 人送到卫生院了」
// after 「办结 #R1」 of his emergency is his 满意, as 「好了 谢谢」 of any
// item: recorded, told how to take it back; no 【突发补充】, nobody asked
// to 办结 it again. A witness's all-clear then is no news.
func TestAllClearAfterClosedIsSatisfied(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "王奶奶摔倒了 起不来")
	c.say("张三", "王奶奶摔倒了 起不来 快来人")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 王奶奶已送卫生院")
	got := c.say("陈二", "没事了 人送到卫生院了")
	has(t, "his all-clear", got, grid3+": 已按您的回复记为满意，#R1 已完结", "未解决 #R1")
	lacks(t, "his all-clear", got, "【突发补充】", "办结 #R1", "核实安全后")
	lacks(t, "a witness then", c.say("张三", "没事了 人送到卫生院了"), "【突发补充】", "办结 #R1")
}
