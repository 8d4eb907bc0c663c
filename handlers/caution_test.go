package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestGeneralReportSafetyHint: a general report of a danger left in the
// open (a washed-out road, a missing manhole cover, a broken railing, a
// branch on a power line, filed at once: alarm74) carries its safety
// hint, asked back or filed;
// any other general report none.
func TestGeneralReportSafetyHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const fence, power = "请先在旁边放个警示，提醒过往的人绕行。", "别靠近，打95598（供电）"
	expect(t, "a missing manhole cover, filed", c.say("张三", "上报 路边的井盖不见了 晚上容易掉进去"), "已登记 #R1（一般事项·道路交通）：路边的井盖不见了 晚上容易掉进去\n"+fence+"\n@李四")
	expect(t, "a washed-out road", c.say("陈二", "上报 后山那条路被雨冲坏了一大段"), "已登记 #R2（一般事项·道路交通）：后山那条路被雨冲坏了一大段\n"+fence)
	// a live line a branch hangs on is filed at once, not asked back (alarm74)
	expect(t, "a branch on a line, filed", c.say("陈二", "大树枝断了挂在电线上"), "已登记 #R3（一般事项·安全隐患）：大树枝断了挂在电线上\n"+power)
	expect(t, "a dog that chases people", c.say("张三", "上报 那条狗老追人 娃要被咬的"), "已登记 #R4（一般事项·安全隐患）：那条狗老追人 娃要被咬的\n请先看好孩子，绕开走，别去招惹；被咬伤或蜇伤请尽快去卫生院处理。\n@李四")
	got := c.say("张三", "上报 村口那个路灯坏了三天了")
	expect(t, "a street light", got, "已登记 #R5（一般事项·道路交通）：村口那个路灯坏了三天了\n@李四")
}

// TestExplicitTypeOverDamage: a type the villager names (上报 调解, 上报
// 一般) wins over the reader's collapse or flood alarm when no one is in
// it, and a general one keeps its safety hint; with someone hurt or under
// it, the emergency wins. A manhole a child may fall into is a general
// report with the hint, not an alarm.
func TestExplicitTypeOverDamage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const fence = "请先在旁边放个警示，提醒过往的人绕行。"
	expect(t, "a tree on a wall, mediate", c.say("陈二", "上报 调解 大风把他家的树刮倒了 把我家院墙砸倒了"), grid3+": 已登记 #R1（调解事项）")
	expect(t, "a field flooded, dispute", c.say("张三", "上报 纠纷 他家放水把我家秧田淹了"), grid3+": 已登记 #R2（调解事项）")
	expect(t, "a wall down, general", c.say("陈二", "上报 一般 村口那段路塌了 墙也倒了"), grid3+": 已登记 #R3（一般事项·安全隐患）：村口那段路塌了 墙也倒了\n"+fence)
	got := c.say("张三", "上报 调解 他家的墙倒了 压到我家孩子了")
	if len(got) != 2 || !strings.HasPrefix(got[0], dutyChat) || !strings.Contains(got[1], "紧急情况 #R4") {
		t.Errorf("a child under the wall: %q, want the duty chat alerted", got)
	}
	expect(t, "a manhole a child may fall into", c.say("陈二", "上报 井盖没了 娃娃要掉进去"), grid3+": 已登记 #R5（一般事项·道路交通）：井盖没了 娃娃要掉进去\n"+fence)
	// told privately, the dispute stays private: an emergency would be
	// posted to the whole group
	got = c.private("陈二", "上报 调解 周八家挖地基 把我家院子的围墙挖塌了")
	if len(got) == 0 || !strings.Contains(got[0], "已私下转给") || strings.Contains(strings.Join(got, "\n"), grid3) {
		t.Errorf("a private dispute over a wall: %q, want it kept private", got)
	}
}
