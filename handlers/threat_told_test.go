package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestToldThreatFiled: a threat told by the one threatened ("陈二说要打断
// 我的腿"), with no quarrel open, is filed as a mediation item at once,
// and its handlers hear of it urgently, at night too; told privately it
// stays private. A joke, a denial, others' business reach nobody's
// mediators.
func TestToldThreatFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"陈二说要打断我的腿 开玩笑的", "他没说要打我", "说要打他一顿 开玩笑的"} {
		silent(t, fmt.Sprintf("%q", text), c.say("张三", text))
	}
	for _, got := range c.say("张三", "他说要烧秸秆") {
		if strings.Contains(got, "调解") {
			t.Errorf("burning straw: %q, want no mediation", got)
		}
	}
	c.now = clock(c.now, 1, 23, 30)
	steps := "请尽快分别联系双方、当面调解，防止动手；有人动手或拿刀棍，请立即拨打110。"
	expect(t, "a threat told at night", c.say("张三", "陈二说要打断我的腿"),
		"李四: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1：「陈二说要打断我的腿」\n"+steps+"受理请回复「确认 #R1」。",
		"郑十: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1",
		grid3+": 已登记 #R1（调解事项）：陈二说要打断我的腿\n已交李四、郑十调解，会尽快约双方当面谈；说到的狠话已马上告诉他们。")
	expect(t, "a threat told privately", c.private("周八", "隔壁老李扬言要把我家的墙推了"),
		"李四: 【调解提醒·注意】周八反映被人放了狠话，已登记 #R2",
		"郑十: 【调解提醒·注意】周八反映被人放了狠话，已登记 #R2：「隔壁老李扬言要把我家的墙推了」\n"+steps+"受理请回复「确认 #R2」。这是私下反映的，请不要在群里提。",
		"周八: 已登记 #R2（调解事项）：隔壁老李扬言要把我家的墙推了\n已私下转给网格长李四和调解员郑十，说到的狠话已马上告诉他们，会尽快联系您。有人动手或拿刀棍，请立即拨打110。")
}

// TestToldThreatInQuarrel: in a live quarrel, a threat told by a party
// reaches its mediators as urgently as one said, told as made to him.
func TestToldThreatInQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("陈二", "张三家砌墙占了我家的地，说了也不听"), "已登记 #R1（调解事项）")
	expect(t, "the threat told", c.say("陈二", "张三放话说要把我家房子烧了"),
		"李四: 【调解提醒·注意】#R1 的争执中陈二说被人放了狠话：「张三放话说要把我家房子烧了」\n请尽快分别联系双方、当面调解，防止动手",
		"郑十: 【调解提醒·注意】#R1")
	if n := len(c.reports()); n != 1 {
		t.Errorf("%d reports, want the one quarrel", n)
	}
}

// TestToldThreatToThings: a threat told against the sender's things or
// animals ("他说要放火烧我家的柴火垛", "他扬言要砸我家的车") is a told
// threat like one against him: filed for the mediators with an urgent
// notice, never an alarm to the duty chat; the fire once set is one.
func TestToldThreatToThings(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a fire threatened", c.say("张三", "他说要放火烧我家的柴火垛"),
		"李四: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1：「他说要放火烧我家的柴火垛」",
		"郑十: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1",
		grid3+": 已登记 #R1（调解事项）：他说要放火烧我家的柴火垛")
	expect(t, "a car threatened", c.say("陈二", "他扬言要砸我家的车"),
		"李四: 【调解提醒·注意】陈二反映被人放了狠话，已登记 #R2",
		"郑十: 【调解提醒·注意】陈二反映被人放了狠话，已登记 #R2",
		grid3+": 已登记 #R2（调解事项）：他扬言要砸我家的车")
	c.now = c.now.Add(10 * time.Minute)
	expect(t, "the fire set", c.say("张三", "他放火把我家柴火垛点着了"),
		dutyChat+": 【突发事件】青山村三组 #R3",
		grid3+": @李四\u2005@王五\u2005紧急情况 #R3 已登记，已报告镇应急值班。")
}

// TestToldThreatToRuin: a thing of the sender's told threatened with ruin
// rather than violence ("他说要把我家的鱼塘放干") is a told threat too: in
// a live quarrel its mediators hear of it urgently, as made to him.
func TestToldThreatToRuin(t *testing.T) {
	c := cowQuarrel(t)
	has(t, "the pond", c.say("张三", "陈二说要把我家的鱼塘放干"),
		"李四: 【调解提醒·注意】#R1 的争执中张三说被人放了狠话：「陈二说要把我家的鱼塘放干」", "郑十: 【调解提醒·注意】#R1")
	c = newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "他说要把我家的水渠堵死"),
		"李四: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1", grid3+": 已登记 #R1（调解事项）：他说要把我家的水渠堵死")
}
