package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestCallerNumberOfTheKinMissing: 「报警人电话多少」 after 「我妈走丢了」 gives
// the one the kin word names (刘芳, as the alarm's private message did),
// not only the reporter.
func TestCallerNumberOfTheKinMissing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张明", "我妈走丢了 大家帮忙找找"), dutyChat+": 【突发事件】青山村三组 #R1")
	got := c.say("李四", "报警人电话多少")
	has(t, "the missing mother too", got, "李四: 李四，电话：\n#R1（我妈走丢了 大家帮忙找找）：报告人 张明 ", "；走失 刘芳 13900000013")
	has(t, "the officer too", c.in(dutyChat, "孙七", "报警人电话多少"), "走失 刘芳 13900000013")
}

// TestCallLogKinWords: a call log's kin words resolve as a report's do
// (village.HouseholdKin, one fit or none): the one who answered her phone
// (「回访 她孙子 已通 …」) makes it her call; a relative's words in the
// note name him in the matter filed for her, and what he said is read as
// her matter (「她孙子说她腿摔了走不了路」 was filed as nothing).
func TestCallLogKinWords(t *testing.T) {
	for _, c := range []struct{ text, logged, filed string }{
		{"回访 白凤兰 已通 她孙子说她腿摔了走不了路", "已记录：白凤兰 已通", "白凤兰反映的「她孙子金小海说她腿摔了走不了路」已登记 #R1"},
		{"回访 她孙子 已通 说奶奶最近头晕", "已记录：白凤兰 已通", "白凤兰反映的「孙子金小海接的电话，说奶奶最近头晕」已登记 #R1"},
		{"回访 石德贵 已通 他老伴说他血压高 头晕", "已记录：石德贵 已通", "石德贵反映的「他老伴熊秀英说他血压高 头晕」已登记 #R1"},
		{"回访 白凤兰的孙子 已通 他说家里屋顶漏雨", "已记录：白凤兰 已通", "白凤兰反映的「孙子金小海接的电话，他说家里屋顶漏雨」已登记 #R1"},
		{"回访 他老伴 已通 挺好", "已记录：石德贵 已通", ""},
		// her household has no son on the roster: nobody named, still hers
		{"回访 王奶奶 已通 她儿子说屋顶漏雨", "已记录：王奶奶 已通", "王奶奶反映的「她儿子说屋顶漏雨」已登记 #R1"},
	} {
		got := newChat(t, understand.Rules{}).private("王五", c.text)
		has(t, c.text, got, c.logged)
		if c.filed != "" {
			has(t, c.text, got, c.filed)
		} else {
			lacks(t, c.text, got, "已登记")
		}
	}
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 她家孙子 没接")
	has(t, "a miss is hers", got, "已记录：白凤兰 未接通（第 1 次）")
	has(t, "the miss is hers, once", c.private("王五", "回访 白凤兰 未接通"), "一天打不通只算一次")
	// 她 is no man: 石德贵's 老伴 is not asked for by 她老伴
	has(t, "not a man's", newChat(t, understand.Rules{}).private("王五", "回访 她老伴 已通 挺好"), "没有登记「老伴」")
}

// TestCallLogOwnKin: 「回访 我妈 已通」 from a worker whose mother he phones
// is his mother's call.
func TestCallLogOwnKin(t *testing.T) {
	mother := village.Person{Name: "王老太", Village: "青山村", Household: "QS-304", Relation: village.RelParent, Grid: "三组",
		Phone: "13900000099", Care: village.CareHigh, Caretaker: "王五", Gender: village.Female, Roles: []village.Role{village.RoleVillager}}
	cfg, dir := exampleVillage(t, mother)
	c := chatOf(t, cfg, dir)
	has(t, "his mother", c.private("王五", "回访 我妈 已通 挺好"), "已记录：王老太 已通")
}

// TestCallTypedInHasteAnswered: 「回方 王奶奶 已同 身体挺好」 (both words
// mistyped) was dropped without a word; privately, a mistyped 回访 before
// the name of one he phones is his call log: 已同 is 已通, and what does not
// read is answered with how to write it. 「已同意」 is no 已通.
func TestCallTypedInHasteAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "both mistyped", c.private("王五", "回方 王奶奶 已同 身体挺好"), "王五: 已记录：王奶奶 已通")
	has(t, "unreadable", c.private("王五", "回方 石德贵 嗯嗯"), "王五: 请这样记：回访 名字 已通/未接通/上门 情况")
	expect(t, "not to him", c.say("张三", "回放 王奶奶 那段视频"))
	lacks(t, "consent", c.private("王五", "回访 白凤兰 她已同意"), "已记录：白凤兰 已通")
}

// TestCallLoggedAgainInOtherWords: 「回访 王奶奶 已通 身体挺好」 then, the
// same minute, 「王奶奶打通了 挺好的」 (the log retyped in other words) is one
// call, not two, its words added to it; a note with a matter is still a log of its own.
func TestCallLoggedAgainInOtherWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "logged", c.private("王五", "回访 王奶奶 已通 身体挺好"), "已记录：王奶奶 已通")
	has(t, "retyped", c.private("王五", "王奶奶打通了 挺好的"), "已补记到王奶奶 09:01 的回访（已通）：挺好的。同一次回访只算一次")
	has(t, "news", c.private("王五", "回访 王奶奶 已通 她说屋顶漏雨"), "已登记 #R1")
}

// TestReachedAfterUnreachedToldWorker: an elder reported to the township
// as unreachable, then visited by the leader: the worker who phoned her,
// last told the leader would go, hears she was reached (he was told
// nothing; only the office was).
func TestReachedAfterUnreachedToldWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	unreachedShi(t, c)
	has(t, "visited", c.private("李四", "回访 石德贵 上门 人没事 手机坏了"), "李四: 已记录：石德贵 上门",
		"王五: 石德贵已经联系上了（李四：上门），这个回访电话不用再打了。")
	c.now = c.now.Add(2 * time.Hour)
	lacks(t, "once", c.private("李四", "回访 石德贵 已通 挺好"), "王五: ")
}
