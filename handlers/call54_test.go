package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// TestCallAfterFilingReadsNoCalls: a call note that filed her matter
// (the call names the new item by the commit's placeholder) is followed
// as the script wrote it: her next call note, an alarm of an emergency,
// costs its commit only (it cost a read of her calls besides).
func TestCallAfterFilingReadsNoCalls(t *testing.T) {
	c := warmCalls(t)
	has(t, "filed", c.private("王五", "回访 白凤兰 已通 她说屋顶漏雨了"), "已登记 #R1")
	text := "白凤兰打过了 她说后山着火了"
	has(t, text, c.costs(t, 1, text, bot.Message{Private: true, From: "王五", Text: text}), "【突发事件】", "#R2")
	text = "白凤兰打过了 她说村口河里有人落水了"
	has(t, text, c.costs(t, 1, text, bot.Message{Private: true, From: "王五", Text: text}), "【突发事件】", "#R3")
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, k := range calls {
		if k.Person == "白凤兰" {
			refs = append(refs, k.Report)
		}
	}
	if len(refs) != 3 || refs[0] != "R1" || refs[1] != "R2" || refs[2] != "R3" {
		t.Errorf("her calls name %q, want R1 R2 R3", refs)
	}
}

// TestCallNoteEmergencyOver: 王五's call note that 白凤兰 says the fire
// she reported (or follows) is out, or that the hurt went to hospital, is
// the item's 进展 by 王五: nothing taken on or closed; the duty chat and
// the leader hear it; an end marks it said over (the watchdog stops) and
// asks the leader to check and 办结, as her own 「没事了」 would.
func TestCallNoteEmergencyOver(t *testing.T) {
	for _, tc := range []struct {
		alarm, text, said string
		over              bool
	}{
		{"她说后山着火了", "回访 白凤兰 已通 她说火灭了", "火灭了", true},
		{"她说后山着火了", "白凤兰打过了 她说后山火已经灭了", "后山火已经灭了", true},
		{"她说家门口发大水了", "回访 白凤兰 已通 她说水退了", "水退了", true},
		{"她说后山着火了", "回访 白凤兰 已通 她说没事了", "没事了", true},
		{"她说她老伴摔倒了 头流血了", "回访 白凤兰 已通 她说人已经送医院了", "人已经送医院了", false},
	} {
		c := warmCalls(t)
		has(t, "alarm", c.private("王五", "回访 白凤兰 已通 "+tc.alarm), "【突发事件】", "#R1")
		got := c.private("王五", tc.text)
		has(t, tc.text, got, "已记录：白凤兰 已通", "「"+tc.said+"」已记为 #R1 突发事件的进展（待受理）",
			"青山镇应急值班群: 【突发补充·进展】青山村三组 #R1", "白凤兰（王五电话回访转述，王五 13900000005）说："+tc.said,
			"@李四", "王五电话回访白凤兰，白凤兰说：「"+tc.said+"」，已记入 #R1 的进展")
		lacks(t, tc.text, got, "#R2", "【突发事件】")
		reps := c.reports()
		if len(reps) != 1 {
			t.Fatalf("%s: reports %+v", tc.text, reps)
		}
		r := reps[0]
		last := r.History[len(r.History)-1]
		if r.Status != village.StatusNew || last.Action != village.ActProgress || last.By != "王五" || last.Note != "电话回访白凤兰："+tc.said ||
			r.OverSaid.IsZero() != !tc.over {
			t.Errorf("%s: report %+v", tc.text, r)
		}
		if tc.over {
			has(t, tc.text, got, "请网格长核实后回复「办结 #R1 情况」", "办结由网格长核实后发")
		}
		// told again: kept on the call only
		got = c.private("王五", tc.text)
		lacks(t, tc.text+" again", got, "青山镇应急值班群", "@李四")
		if n := len(c.reports()[0].History); n != len(r.History) {
			t.Errorf("%s again: %d entries, want %d", tc.text, n, len(r.History))
		}
	}
}

// TestCallNoteEmergencyOverTakenOn: the group's fire 张三 raised, taken on
// by 李四: 白凤兰's word on a call that it is out is 王五's 进展, its
// handler asked to 办结; her word of another hazard's end ends nothing.
func TestCallNoteEmergencyOverTakenOn(t *testing.T) {
	c := warmCalls(t)
	has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
	c.say("李四", "确认 #R1")
	got := c.private("王五", "回访 白凤兰 已通 她说后山火灭了")
	has(t, "over", got, "已记为 #R1 突发事件的进展", "【突发补充·进展】", "@李四", "核实后回复「办结 #R1 情况」")
	r := c.reports()[0]
	if r.Status == village.StatusResolved || r.History[len(r.History)-1].Action != village.ActProgress || r.OverSaid.IsZero() {
		t.Errorf("report %+v", r)
	}
	lacks(t, "flood", c.private("王五", "回访 白凤兰 已通 她说水退了"), "进展", "【突发补充")
	// her words of the hurt's hospital are of the fall 张三 raised, not of the fire
	has(t, "fall", c.say("张三", "王大爷摔倒了 头流血了"), "#R2")
	has(t, "hospital", c.private("王五", "回访 白凤兰 已通 她说王大爷已经送医院了"), "已记为 #R2 突发事件的进展")
}

// TestCallNoteEmergencyOverWhich: 「她说她家柴房着火了」 while 张三's
// 后山 burns is her home's fire, a new alarm (it joined #R1: 她家 named no
// home), told again it joins hers; two fires open, her 「火灭了」 on a call
// is of the one she raised; while neither is hers, nothing is put on a
// guess (the call alone is kept).
func TestCallNoteEmergencyOverWhich(t *testing.T) {
	c := warmCalls(t)
	has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
	has(t, "hers", c.private("王五", "回访 白凤兰 已通 她说她家柴房着火了"), "【突发事件】", "#R2")
	has(t, "hers again", c.private("王五", "白凤兰打过了 她说她家柴房着火了 火很大"), "是 #R2 那件突发事件")
	has(t, "over", c.private("王五", "回访 白凤兰 已通 她说火灭了"), "已记为 #R2 突发事件的进展")
	if r := c.reports(); !r[0].OverSaid.IsZero() || r[1].OverSaid.IsZero() {
		t.Errorf("over said: #R1 %v, #R2 %v", r[0].OverSaid, r[1].OverSaid)
	}

	c = warmCalls(t)
	has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
	has(t, "alarm 2", c.say("陈二", "村口仓库着火了"), "#R2")
	got := c.private("王五", "回访 白凤兰 已通 她说火灭了")
	has(t, "unsure", got, "已记录：白凤兰 已通")
	lacks(t, "unsure", got, "进展", "@李四")
}
