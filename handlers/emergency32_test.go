package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// lastNote is the note of rep's last history entry.
func lastNote(rep village.Report) string { return rep.History[len(rep.History)-1].Note }

// TestBystanderSaysNoFire: a villager who did not raise the fire says it is
// none ("没着火 是王大爷在烧稻草"): no retraction, the watchdog goes on; the
// duty chat hears it as news to check, the leader is asked to check (and to
// see to the burning, a 人居环境 matter), the bystander is told it was passed
// on, and 查 shows it. The reporter's own 搞错了 then is a retraction.
func TestBystanderSaysNoFire(t *testing.T) {
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	c.now = c.now.Add(time.Minute)
	expectLike(t, "bystander", c.say("陈二", "没着火 是王大爷在烧稻草"),
		like{start: dutyChat + ": 【突发补充·核实】青山村三组 #R1（待受理）", has: "有人说：没着火 是王大爷在烧稻草（陈二，13900000002），请核实。"},
		like{start: grid3 + ": @李四\u2005陈二说：「没着火 是王大爷在烧稻草」。请核实 #R1：确是误报请回复「驳回 #R1 误报」", has: "人居环境"})
	rep := c.reports()[0]
	if !rep.OverSaid.IsZero() {
		t.Error("a bystander's word stopped the watchdog")
	}
	if got := lastNote(rep); !strings.HasPrefix(got, "有人说没有险情：没着火") {
		t.Errorf("last note %q, want the bystander's word", got)
	}
	has(t, "told", c.say("陈二", "查 #R1"), "没着火 是王大爷在烧稻草")
	lacks(t, "a question is no word of none", c.say("周八", "没着火吧？"), "核实")
	has(t, "the reporter retracts", c.say("张三", "搞错了 没着火 是烧稻草"), "驳回 #R1 误报")
	if c.reports()[0].OverSaid.IsZero() {
		t.Error("the reporter's retraction did not stop the watchdog")
	}
}

// TestBystanderSaysNoFireAmongTwo: of two fires, a word of none naming
// neither is noted on both (marked unsure) and he is asked which.
func TestBystanderSaysNoFireAmongTwo(t *testing.T) {
	c := twoFires(t, "后山林子也着火了")
	expectLike(t, "unsure", c.say("陈二", "没着火 是有人在烧垃圾"),
		like{start: dutyChat + ": 【突发补充·核实】青山村三组 #R1 或 #R2（哪一处待确认）"},
		like{start: grid3 + ": @李四\u2005陈二说", has: "您说的是哪一处？"})
	for _, rep := range c.reports() {
		if got := lastNote(rep); !strings.Contains(got, "（#R1 或 #R2，哪一处待确认）") || !rep.OverSaid.IsZero() {
			t.Errorf("%s: last note %q, over said %v; want the unsure word, the watchdog going on", rep.ID, got, rep.OverSaid)
		}
	}
}

// TestVillagerAsksDuringSearch: a villager's question about the open search
// is answered with what is known (status, who has it, the last 进展) and
// passed on to the handler and, once until news comes, to the duty chat.
// A question of something else is not taken for it.
func TestVillagerAsksDuringSearch(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "我家小龙放学没回来 找不到了 大家帮忙找找"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	has(t, "progress", c.say("李四", "进展 #R1 已报派出所 正在河边找"), "#R1")
	c.now = c.now.Add(20 * time.Minute)
	expectLike(t, "asked", c.say("陈二", "小龙还没找到 派出所来人了吗"),
		like{start: dutyChat + ": 【突发补充·询问】青山村三组 #R1", has: "陈二（13900000002）问：小龙还没找到 派出所来人了吗"},
		like{start: grid3 + ": 陈二，#R1 现在「处理中」，由李四负责；最新进展（", has: "已报派出所 正在河边找"})
	has(t, "passed on", c.say("周八", "派出所的人到了没"), "@李四\u2005周八问：「派出所的人到了没」")
	if got := lastNote(c.reports()[0]); got != "群里问：派出所的人到了没" {
		t.Errorf("last note %q, want the question", got)
	}
	lacks(t, "once until news", c.say("赵六", "小龙找到了吗"), dutyChat)
	lacks(t, "another matter", c.say("陈二", "低保怎么申请啊"), "【突发补充", "#R1 现在")
	lacks(t, "news is no question", c.say("周八", "小龙在河边找过了 没有呢"), "#R1 现在")
}
