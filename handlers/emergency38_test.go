package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// threeOpen is a chat whose grid has three emergencies open: a flood
// (#R1, 张三), a fire (#R2, 陈二) and 王奶奶 missing (#R3, 赵六).
func threeOpen(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "flood", c.say("张三", "河水漫上来了 我家院子进水了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "fire", c.say("陈二", "老王家后院着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	has(t, "missing", c.say("赵六", "王奶奶不见了 家里没人"), dutyChat+": 【突发事件】青山村三组 #R3")
	return c
}

// TestCallerNumberAsked: a cadre or the duty officer asking the number of
// whoever raised an alarm gets the numbers — every open one's when his
// words name none, the one they name else — never a list to choose from;
// a villager's number goes to a grid cadre privately, not to the group.
func TestCallerNumberAsked(t *testing.T) {
	c := threeOpen(t)
	all := []string{"#R1（河水漫上来了 我家院子进水了）：报告人 张三 13900000003",
		"#R2（老王家后院着火了）：报告人 陈二 13900000002",
		"#R3（王奶奶不见了 家里没人）：报告人 赵六 13900000006；提到 王奶奶 13900000001"}
	got := c.say("李四", "报警人电话多少")
	has(t, "the leader, privately", got, append([]string{"李四: 李四，3件突发事件的电话："}, all...)...)
	has(t, "the group told where", got, grid3+": 李四，已私信回复您。")
	lacks(t, "no number in the group", got, grid3+": 李四，3件")
	has(t, "the officer", c.in(dutyChat, "孙七", "他电话多少"), append([]string{dutyChat + ": 孙七，3件突发事件的电话："}, all...)...)
	expect(t, "a ref narrows", c.in(dutyChat, "孙七", "#R2 报警人电话多少"),
		dutyChat+": 孙七，电话：\n青山村三组 #R2（老王家后院着火了）：报告人 陈二 13900000002\n打通后有新情况，请回复「#R2 情况」记下来。")
	got = c.in(dutyChat, "孙七", "着火那家报警的电话多少")
	has(t, "the hazard narrows", got, "#R2（老王家后院着火了）：报告人 陈二 13900000002")
	lacks(t, "only the fire", got, "#R1", "#R3")
	got = c.in(dutyChat, "孙七", "王奶奶电话多少")
	has(t, "the one missing", got, "#R3（王奶奶不见了 家里没人）：报告人 赵六 13900000006；提到 王奶奶 13900000001")
	lacks(t, "only hers", got, "#R1", "#R2")
	has(t, "privately", c.private("李四", "报案人电话是多少"), "李四: 李四，3件突发事件的电话：")
	has(t, "the cadres' own numbers are another question", c.say("李四", "网格员电话多少"), "网格员 王五 13900000005")
	lacks(t, "a villager asks: no number", c.say("周八", "报警人电话多少"), "13900000003")
	lacks(t, "news of a number asks nothing", c.private("王五", "王奶奶电话号码换了"), "3件突发事件的电话", "13900000006")
}

// TestHomeHouseAndHamlet: a household ("张三家") and a house number
// ("3号院") may be one place or two: filed apart, the duty chat told they
// may be one, with the 重复 to send; a hamlet named by a family ("王家沟")
// is no household: not 老王家 burning again.
func TestHomeHouseAndHamlet(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "home", c.say("陈二", "张三家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "house", c.say("赵六", "3号院着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R2",
		"#R1（张三家着火了）可能是同一处（一个说门牌号，一个说哪家），是的话回复「重复 #R2 #R1」合并。")
	has(t, "merged by the officer", c.in(dutyChat, "孙七", "重复 #R2 #R1"), "#R2 与 #R1 是同一件事，已合并。")
	has(t, "a yard", c.say("周八", "老王家后院着火了"), dutyChat+": 【突发事件】青山村三组 #R3")
	got := c.say("王五", "王家沟那边也着火了")
	has(t, "a hamlet", got, dutyChat+": 【突发事件】青山村三组 #R4")
	lacks(t, "not the yard again", got, "同一处 #R3", "可能是同一处")
	got = c.say("陈二", "老王家后院火越来越大了")
	lacks(t, "the yard's news", got, "#R5")
	has(t, "joined to the yard", got, dutyChat+": 【突发补充】青山村三组 #R3")
}

// TestBareQuestionMineOrClosed: a bare 「怎么样了」 while a fire is open is
// of it — unless the asker has a matter of his own open and no part in
// the fire: then he hears both and nobody is asked on his account, and
// said to the bot it is his own. After the fire's 办结 a question of it
// hears how it ended (a bare one only within two hours), nobody asked.
func TestBareQuestionMineOrClosed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.say("陈二", "村口的路灯坏了好几天了"), "#R1")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "fire", c.say("张三", "后山着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	got := c.say("陈二", "怎么样了")
	has(t, "both told", got, grid3+": 陈二，#R2 现在「待受理」，还没有人确认接手（已通知李四、镇应急值班）；还没有进展记录。\n您反映的 #R1（村口的路灯坏了好几天了）现在「已受理」，发「查 #R1」看详情。")
	lacks(t, "nobody asked on his account", got, dutyChat, "@李四")
	got = c.say("陈二", "@网格小助手 怎么样了")
	has(t, "said to the bot: his own", got, "#R1 一般事项·已受理")
	lacks(t, "not the fire", got, "#R2")
	got = c.say("周八", "怎么样了")
	has(t, "no matter of his own: the fire's", got, dutyChat+": 【突发补充·询问】青山村三组 #R2", "@李四\u2005周八问：「怎么样了」")
	has(t, "closed", c.say("李四", "办结 #R2 火灭了"), "#R2 已办结")
	c.now = c.now.Add(30 * time.Minute)
	for _, q := range []string{"火灭了没", "怎么样了"} {
		got = c.say("周八", q)
		has(t, q, got, grid3+": 周八，#R2（后山着火了）已经办结")
		lacks(t, q+": nobody asked", got, dutyChat, "@李四")
	}
	c.now = c.now.Add(3 * time.Hour)
	silent(t, "a bare question hours later", c.say("周八", "怎么样了"))
	has(t, "of the fire hours later", c.say("周八", "火灭了吗"), "#R2（后山着火了）已经办结")
}

// TestFloodNightWhichOne: on a flood night with two floods and an elder
// missing, a villager's word goes to the one he raised (「水退了」 from
// the yard's reporter, 「怎么样了」 from the entrance's), an end in part
// is news that stops no watchdog, and a worker's "水库没事 是误报" is
// checked on the floods, never on the missing elder.
func TestFloodNightWhichOne(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "yard", c.say("张三", "河水漫上来了 我家院子进水了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "entrance", c.say("陈二", "村口那边也淹了 水到膝盖了"), dutyChat+": 【突发事件】青山村三组 #R2")
	has(t, "elder", c.say("赵六", "王奶奶不见了 家里没人 电话也打不通"), dutyChat+": 【突发事件】青山村三组 #R3")
	got := c.say("陈二", "怎么样了")
	has(t, "his own's status", got, dutyChat+": 【突发补充·询问】青山村三组 #R2（待受理）", grid3+": 陈二，#R2 现在「待受理」")
	lacks(t, "not the others", got, "#R1", "#R3")
	got = c.say("陈二", "我家门口水也退了一些")
	has(t, "in part: news", got, dutyChat+": 【突发补充·进展】青山村三组 #R2（待受理）\n陈二（13900000002）说：我家门口水也退了一些")
	lacks(t, "not said over", got, "不再重复报警")
	if rs := c.reports(); !rs[1].OverSaid.IsZero() {
		t.Errorf("R2 said over on 「水也退了一些」: its watchdog would stop")
	}
	got = c.say("王五", "我去看了 水库没事 是误报")
	has(t, "the floods checked", got, "【突发补充·核实】青山村三组 #R1 或 #R2（哪一处待确认）")
	lacks(t, "not the elder", got, "#R3")
	got = c.say("张三", "水退了")
	has(t, "his yard's", got, dutyChat+": 【突发补充】青山村三组 #R1\n张三（13900000003）补充：水退了", "#R1 如已解除")
	lacks(t, "not asked which", got, "是哪一件", "#R2")
}

// TestDutyOfficerAsksHowTheyStand: in the duty chat, an officer's
// question naming no #R about how the open emergencies stand gets each
// one it is of, with grid, status, who has it and its last 进展; other
// talk there stays the officers' own.
func TestDutyOfficerAsksHowTheyStand(t *testing.T) {
	c := threeOpen(t)
	has(t, "noted", c.in(dutyChat, "孙七", "#R3 派出所已经出警了"), "#R3 已受理，由李四负责，进展已记录：派出所已经出警了") // the township acting confirms it (rep64)
	got := c.in(dutyChat, "孙七", "人找到没")
	has(t, "the search", got, dutyChat+": 孙七，\n青山村三组 #R3（王奶奶不见了 家里没人）「处理中」，李四负责；最新（")
	has(t, "its 进展", got, "孙七）：派出所已经出警了。\n要问网格，发「问 #编号 问题」")
	lacks(t, "only the search", got, "#R1", "#R2")
	got = c.in(dutyChat, "孙七", "现在什么情况")
	has(t, "all", got, "#R1（河水漫上来了 我家院子进水了）「待受理」", "#R2（老王家后院着火了）「待受理」", "#R3")
	silent(t, "other talk", c.in(dutyChat, "孙七", "李主任到了没"))
}
