package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestScamCallWarned: a mother sent to the bank by a caller is the scam
// alarm (stop the transfer, 110/96110, the leader to reach her); a
// grandson's trouble told by a stranger's call is filed with the swindle's
// warning to call him first; a fee for a gas check asked whether real is
// asked back with it (und110).
func TestScamCallWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "我妈刚才接了个电话 说是医保卡要注销 让她去银行"), "紧急情况 #R1", "先别转账", "96110", "让他停止转账")
	has(t, "filed, warned", c.say("陈二", "有人打电话说我孙子在外面出事了 让赶紧打钱"), "已登记 #R2（一般事项·治安）", "先给家里人本人打个电话", "96110")
	has(t, "asked, warned", c.say("金大海", "天然气公司的人来查表 要收检查费 是真的吗"), "一般事项·治安", "回复「1」登记", "先别给钱", "公开的电话")
}

// TestCoalSmokeFumes: one out cold where coal smoke is smelt is the fumes'
// alarm: windows open, carried out, 120 (und110).
func TestCoalSmokeFumes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "fumes", c.say("张三", "俺爹晕过去了 叫也叫不醒 屋里一股煤烟味"), "紧急情况 #R1", "马上开窗通风", "抬到屋外", "120")
}
