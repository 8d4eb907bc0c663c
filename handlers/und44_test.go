package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestProcedureItemKeepsItsQuestion: 「低保怎么申请 还有村口路灯坏了」
// answers the question on an item of the question's words only; the
// lamp, offered, is filed on 「1」 with its own words, so no item holds
// the other's.
func TestProcedureItemKeepsItsQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "低保怎么申请 还有村口路灯坏了")
	expect(t, "answered", got, grid3+": 已登记 #R1（办事咨询）：低保怎么申请\n【低保】怎么办")
	has(t, "the lamp offered", got, "您还说了「村口路灯坏了」")
	expect(t, "the lamp filed on 1", c.say("张三", "1"), grid3+": 已登记 #R2（一般事项·道路交通）：村口路灯坏了\n")
	reps := c.reports()
	if len(reps) != 2 || reps[0].Text != "低保怎么申请" || reps[1].Text != "村口路灯坏了" {
		t.Fatalf("items %+v, want the question's and the lamp's words apart", reps)
	}
}

// TestStoveFumesAlarm: a villager by a lit coal stove who does not answer
// the door is an alarm (gas) whose hint tells what to do for one overcome
// by the fumes, not only for a leak.
func TestStoveFumesAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "三组王婶家门窗关得死死的 屋里烧着煤炉 敲了半天门没反应")
	has(t, "the duty chat told", got, dutyChat+": 【突发事件】青山村三组 #R1")
	if all := strings.Join(got, "\n"); !strings.Contains(all, "煤炉、炭火的烟会让人一氧化碳中毒：马上开窗通风，屋里的人先出到屋外") {
		t.Errorf("no word for the fumes:\n%s", all)
	}
}
