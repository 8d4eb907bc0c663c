package handlers_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// saidOn reports how many notes (ActSaid) and steps of who rep holds.
func saidOn(rep village.Report, who string) (n int) {
	for _, e := range rep.History {
		if e.By == who && e.Action != village.ActCreate {
			n++
		}
	}
	return n
}

// TestFireDownAmongTwoFires: with two fires open, news of how "the" fire
// goes that names neither is put on neither by a guess: the leader is asked
// which, with the 进展 to send; a villager's word reaches the duty chat under
// both refs at once and he is asked which in the group. News naming a #R, a
// place or a home is that fire's, as is the one the cadre took on (and
// the one a villager raised: emergency38, TestFloodNightWhichOne).
func TestFireDownAmongTwoFires(t *testing.T) {
	c := twoFires(t, "后山林子也着火了")
	expectLike(t, "leader, unsure", c.say("李四", "大火基本灭了"),
		like{start: grid3 + ": 李四，本组有2件突发事件没办结，您说的「大火基本灭了」是哪一件？请回复数字：", has: "和发「进展 #R2 大火基本灭了」一样"})
	expectLike(t, "villager, unsure", c.say("陈二", "大火基本灭了"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1 或 #R2（哪一处待确认）", has: "陈二（13900000002）说：大火基本灭了"},
		like{start: grid3 + ": 陈二，现在有2处险情：#R1（", has: "「#R1 大火基本灭了」"})
	// the villager's unsure word is noted on both, marked so (one commit):
	// 查 of either shows it; the leader's, asked about, on neither
	for _, rep := range c.reports() {
		if n := saidOn(rep, "李四"); n != 0 {
			t.Errorf("%s: %d entries of the leader's unsure news, want none", rep.ID, n)
		}
		if n := saidOn(rep, "陈二"); n != 1 || !strings.Contains(rep.History[len(rep.History)-1].Note, "大火基本灭了（#R1 或 #R2，哪一处待确认）") {
			t.Errorf("%s: %d entries of the villager's unsure news (last %+v), want one marked unsure", rep.ID, n, rep.History[len(rep.History)-1])
		}
	}
	has(t, "查 shows it", c.say("周八", "查 #R2"), "大火基本灭了")
	c.wantReports(2, "(no third item)")

	expectLike(t, "villager names #R1", c.say("张三", "#R1 大火基本灭了"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1（待受理）"})
	expectLike(t, "villager names the hill", c.say("周八", "后山那边还有明火"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R2（待受理）"})
	// the one he took on: the leader's 确认 of #R2 makes his plain news #R2's
	has(t, "leader takes R2", c.say("李四", "确认 #R2"), grid3+": #R2")
	expectLike(t, "leader, his own", c.say("李四", "大火基本灭了"),
		like{start: grid3 + ": 按李四的话，#R2 进展已记录"},
		like{start: dutyChat + ": 【青山村三组】#R2（突发事件）李四 进展"})
	for _, rep := range c.reports() {
		want := map[string]int{"R1": 0, "R2": 2}[rep.ID] // 确认 and 进展
		if got := saidOn(rep, "李四"); got != want {
			t.Errorf("%s: %d entries by 李四, want %d", rep.ID, got, want)
		}
	}
	// the worker's news naming a home is that fire's
	expectLike(t, "cadre names the home", c.say("王五", "老王家火基本灭了 还在冒烟"),
		like{start: grid3 + ": 按王五的话，#R1 进展已记录"},
		like{start: dutyChat + ": 【青山村三组】#R1（突发事件）王五 进展"})

}

// TestStillBurningCryAmongTwoFires: "后山还在烧 快来人" with two fires open is
// the hill's news, no third item; with the hill's fire only, the same.
func TestStillBurningCryAmongTwoFires(t *testing.T) {
	c := twoFires(t, "后山林子也着火了")
	got := c.say("张三", "后山还在烧 快来人")
	expectLike(t, "the hill's", got, like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R2", has: "后山还在烧 快来人"})
	if strings.Contains(strings.Join(got, "\n"), "#R3") {
		t.Errorf("a third item: %q", got)
	}
	c.wantReports(2, "(news of #R2)")
}

// raised is the example grid where each sender in turn raised his alarm
// (who, text), #R1 on, two minutes ago.
func raised(t *testing.T, alarms ...[2]string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	for i, a := range alarms {
		has(t, a[1], c.say(a[0], a[1]), fmt.Sprintf("%s: 【突发事件】青山村三组 #R%d", dutyChat, i+1))
	}
	c.now = c.now.Add(2 * time.Minute)
	return c
}

// TestRetractionAmongHisEmergencies: a reporter with a fire, a gas leak and
// a crash open says "搞错了": none is said over (the watchdog of a bleeding
// elder must not stop on a guess), he is asked which; words naming one
// ("刚才是演练" of the alarm "演练着火了", "#R2 是误报", "没漏气") retract that
// one only.
func TestRetractionAmongHisEmergencies(t *testing.T) {
	c := raised(t, [2]string{"陈二", "演练着火了 快来人"}, [2]string{"陈二", "我家厨房煤气泄漏了 好大味道"},
		[2]string{"陈二", "王奶奶在路口被车撞了 流了好多血"})
	expectLike(t, "which", c.say("陈二", "搞错了"),
		like{start: grid3 + ": 陈二，现在有3件突发事件还开着：#R3（", has: "核实前都仍按险情处理"})
	overSaid := func() (ids []string) {
		for _, rep := range c.reports() {
			if !rep.OverSaid.IsZero() {
				ids = append(ids, rep.ID)
			}
		}
		return ids
	}
	if got := overSaid(); len(got) != 0 {
		t.Fatalf("said over: %v, want none", got)
	}
	expectLike(t, "the drill", c.say("陈二", "刚才是演练 大家别紧张"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1"}, like{start: grid3 + ": @李四\u2005陈二说", has: "驳回 #R1 误报"})
	expectLike(t, "the gas, by its name", c.say("陈二", "不好意思 是误报 没漏气"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R2"}, like{start: grid3 + ": @李四\u2005陈二说", has: "驳回 #R2 误报"})
	if got := overSaid(); !slices.Equal(got, []string{"R1", "R2"}) {
		t.Errorf("said over: %v, want R1 R2 (the crash goes on)", got)
	}
}

// TestAckHintLeavesOutTakenBack: a cadre's bare "到了" names the alarms still
// waiting for a 确认, not one its reporter took back (its watchdog stopped:
// the leader checks and rejects it), which he would otherwise confirm with
// the rest.
func TestAckHintLeavesOutTakenBack(t *testing.T) {
	c := raised(t, [2]string{"陈二", "演练着火了 快来人"}, [2]string{"张三", "河水漫上来了 老李家进水了"},
		[2]string{"周八", "王奶奶在路口被车撞了 流了好多血"})
	has(t, "taken back", c.say("陈二", "刚才是演练 大家别紧张"), "驳回 #R1 误报")
	expectLike(t, "arrived", c.say("王五", "到了"), like{start: grid3 + ": 王五，突发事件 #R2、#R3 还没人确认", lacks: "#R1"})
}

// TestVillagerNewsOfFloodAndHurt: "水还在涨 快来人 老人出不来" while the
// group's flood is open is its news, as "后山还在烧 快来人" is the fire's,
// not a second item with no hazard; "王奶奶已经送医院了" while her fall is
// open reaches the duty chat (it may still be sending for an ambulance);
// another child not home is another alarm.
func TestVillagerNewsOfFloodAndHurt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "flood", c.say("张三", "河边老李家进水了 水还在涨"), dutyChat+": 【突发事件】青山村三组 #R1")
	expectLike(t, "still rising", c.say("陈二", "水还在涨 快来人 老人出不来"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1", has: "老人出不来"})
	c.wantReports(1, "(news of the flood)")
	has(t, "fall", c.say("周八", "王奶奶摔倒了 头流血了 快来人"), dutyChat+": 【突发事件】青山村三组 #R2")
	expectLike(t, "to hospital", c.say("张三", "王奶奶已经送县医院了"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R2", has: "送县医院"})
	has(t, "a child", c.say("陈二", "我家小龙放学还没回来 找遍了"), dutyChat+": 【突发事件】青山村三组 #R3")
	has(t, "another child", c.say("赵六", "我家小芳放学也还没回来 到处找不到"), dutyChat+": 【突发事件】青山村三组 #R4")
}
