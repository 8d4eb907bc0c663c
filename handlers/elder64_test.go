package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallNoteHazardCarriesHint: 王五's private call note that 王奶奶's
// stove chimney leaks smoke files her item without his "跟她说了 她说"
// (her problem only), with the carbon-monoxide hint for him and for 李四,
// and asks him to remind her and go today; a fall she cannot get up from,
// told after the same filler, is an emergency of her words alone.
func TestCallNoteHazardCarriesHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "王奶奶打通了 跟她说了 她说家里炉子是烧煤的 烟囱有点漏烟")
	has(t, "worker told", got, "王奶奶反映的「家里炉子是烧煤的，烟囱有点漏烟」已登记 #R1",
		"一氧化碳", "请先提醒王奶奶照这样做，今天最好上门看看")
	has(t, "leader told", got, "李四: 【私信反映】王奶奶（王五代报）反映 #R1（一般事项·安全隐患）：家里炉子是烧煤的，烟囱有点漏烟\n炉子漏烟容易煤气（一氧化碳）中毒")
	lacks(t, "no filler", got, "跟她说了")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Hazard != village.HazardFumes || reps[0].Text != "家里炉子是烧煤的，烟囱有点漏烟" {
		t.Fatalf("reports %+v; want #R1 of her chimney, its fumes hazard kept", reps)
	}

	got = c.say("王五", "白凤兰打通了 跟她说了 她说摔了一跤起不来了")
	has(t, "alarm", got, "紧急情况 #R2：白凤兰摔了一跤起不来了（王五电话回访代报）")
	lacks(t, "no filler in alarm", got, "跟她说了")
	lacks(t, "no fumes hint for a fall", got, "一氧化碳", "今天最好上门看看")

	got = c.say("王五", "石德贵打通了 身体还行 就是屋顶漏雨")
	has(t, "plain need", got, "石德贵反映的「屋顶漏雨」已登记 #R3")
	lacks(t, "no hint for a roof", got, "今天最好上门看看")
}

// TestNoticeQuestionCountsAsSeen: 陈二's question about the notice open in
// his group (「烧炭取暖也不行吗 那用啥取暖」) is passed to 王五 as before,
// and his household is counted as having seen the notice, in the same
// round trip as the question's commit: 查 #N1 no longer lists 陈二户.
// Asked again (or redelivered), it counts once; 赵六's talk of another
// thing counts nothing.
func TestNoticeQuestionCountsAsSeen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.office("通知 三组 近期降温，严禁在密闭房间烧炭取暖，防止一氧化碳中毒")
	c.say("张三", "收到") // the notices' live indexes built by the first 收到, once
	has(t, "陈二 not yet", c.office("查 #N1"), "已收到 1/9 户", "陈二户")
	q := bot.Message{Chat: grid3, From: "陈二", Text: "烧炭取暖也不行吗 那用啥取暖", ID: "q1"}
	// 3 round trips, as the question took before its 收到 was counted:
	// the 收到 rides on the question's commit (notice55's costs 2 each)
	got := c.costs(t, 3, "the question, its 收到 on its commit", q)
	has(t, "passed on", got, "@陈二\u2005您问的「烧炭取暖也不行吗 那用啥取暖」是通知 #N1 的事，已转给网格员王五",
		"王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事")
	lacks(t, "no 收到 talk for a question", got, "已记下您家收到")
	seen := c.office("查 #N1")
	has(t, "counted as seen", seen, "已收到 2/9 户")
	lacks(t, "陈二 not listed", seen, "陈二户")

	c.send(q) // redelivered
	c.say("陈二", "那用电热毯可以吗 烧炭取暖不行的话")
	lacks(t, "talk of another thing", c.say("赵六", "今天天气怎么样"), "通知提问")
	has(t, "counted once", c.office("查 #N1"), "已收到 2/9 户", "赵六户")
}

// TestWorkerAwayTellsLeader: 王五, ill, says privately he cannot phone for
// some days: it is no report offered to register; 李四 hears it with the
// call still open (王奶奶, missed once) and the other elders 王五 phones,
// with their phones, in one commit, and 王五 hears whom it
// went to. The tasks stay as they were. An elder's own illness named
// ("石德贵住院了 电话打不了") and a villager's illness are no such news.
func TestWorkerAwayTellsLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	before := openCalls(t, c)
	got := c.costs(t, 1, "away (his open calls as this process follows them, one commit)",
		bot.Message{Private: true, From: "王五", Text: "我这几天生病了 在县里住院 电话打不了"})
	has(t, "leader told", got, "李四: 【网格员打不了电话】王五私信说：「我这几天生病了 在县里住院 电话打不了」。\n还没打的回访电话：\n1. 王奶奶 13900000001（上次没打通 1 次；例行问候：身体怎么样，生活上有没有困难）",
		"王五负责打电话的其他老人：石德贵 13900000031、白凤兰 13900000053。", "请这几天安排人代打或上门")
	has(t, "worker told", got, "王五: 好的，您先养好身体。已告诉网格长李四，请李四这几天安排人给您负责的老人打电话（还没打的：王奶奶）。")
	lacks(t, "no report offered", got, "我理解为", "已登记")
	if after := openCalls(t, c); len(after) != len(before) || after[0] != before[0] {
		t.Fatalf("open calls %v, want them as before %v", after, before)
	}
	lacks(t, "an elder's illness", c.private("王五", "石德贵住院了 电话打不了"), "网格员打不了电话")
	lacks(t, "a villager", c.private("陈二", "我这几天生病了 电话打不了"), "网格员打不了电话")
}

// TestTwoEldersTwoAlarms: 王奶奶's smoking stove, told on a call, is #R1;
// 白凤兰's "她说家里煤气味好大" on another call is her own home, a second
// alarm (#R2) to the duty chat, not her news of 王奶奶's #R1.
func TestTwoEldersTwoAlarms(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "her alarm", c.say("王五", "王奶奶打通了 跟她讲了 她说屋里炉子倒烟"), "紧急情况 #R1：王奶奶屋里炉子倒烟")
	got := c.private("王五", "白凤兰打通了 她说家里煤气味好大")
	has(t, "another alarm", got, "【突发事件】青山村三组 #R2\n情况：家里煤气味好大", "白凤兰反映的「家里煤气味好大」已登记 #R2")
	lacks(t, "not joined", got, "突发补充", "是 #R1 那件突发事件")
	c.wantReports(2, "one emergency per elder's home")
}
