package handlers_test

import (
	"testing"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestHomeWiringAndColdTips: a home's bared wiring and a home with no heat,
// said in the group, are asked about with their safety tips (the home's
// switch and an electrician, not 95598; a visit today and no charcoal in a
// shut room); told on 王五's call to 石德贵, his item carries the same tip
// for 王五 and 李四, as the chimney's does.
func TestHomeWiringAndColdTips(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "家里电线露在外面")
	has(t, "wiring tip", got, "一般事项·安全隐患", "先别用手碰，把家里的电闸拉下来，请电工来修；打火花、冒烟请拨打119")
	lacks(t, "not the power company", got, "95598")
	c.say("张三", "2")

	got = c.say("陈二", "家里没暖气 冻得不行")
	has(t, "cold asked and tipped", got, "我理解为", "今天上门看看", "别在门窗紧闭的屋里烧炭火取暖")
	c.say("陈二", "2")

	got = c.private("王五", "石德贵通了 他说屋里电线露在外面")
	has(t, "call note tipped", got, "石德贵反映的「屋里电线露在外面」已登记 #R1", "把家里的电闸拉下来",
		"请先提醒石德贵照这样做，今天最好上门看看")
	has(t, "leader tipped", got, "李四: 【私信反映】石德贵（王五代报）反映 #R1（一般事项·安全隐患）：屋里电线露在外面\n家里电线有隐患")
	if reps := c.reports(); len(reps) != 1 || reps[0].Hazard != village.HazardWiring {
		t.Fatalf("reports %+v; want #R1 with the wiring hazard", reps)
	}
	got = c.private("王五", "白凤兰通了 她说家里没暖气 冻得不行")
	has(t, "cold call note tipped", got, "白凤兰反映的「家里没暖气 冻得不行」已登记 #R2", "今天上门看看", "别在门窗紧闭的屋里烧炭火取暖")
}

// TestHomeWiringSparksAlarm: sparks from a home's socket stay an alarm,
// whose hint has the home's switch pulled, not 95598 called.
func TestHomeWiringSparksAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "屋里的电线老化了 插座冒火花")
	has(t, "alarm", got, "紧急情况 #R1", "先拉下家里的电闸断电")
	lacks(t, "no power company", got, "95598")
}

// TestHospitalCallNoteNoItem: 王五's "王奶奶没打通 她儿子说她住院了" and
// "石德贵通了 他说住院了 下周回来" open no item for 李四: each call is
// recorded (王奶奶's as not reached: her son told, back66), with her calls paused a week
// (Call.AwayUntil) and one line saying so; a need told beside it ("家里的
// 鸡没人喂") is still her item, and a return day named is kept.
func TestHospitalCallNoteNoItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "王奶奶没打通 她儿子说她住院了")
	has(t, "recorded", got, "已记录：王奶奶 未接通", "王奶奶住院的事已记在这次回访里（没和王奶奶本人通上话，不算打通），明天不用再打，不用登记事项；例行回访先停，3月9日起再提醒您打。")
	lacks(t, "no item, no retry", got, "已登记", "私信反映", "明天08:00会提醒您再打")

	got = c.private("王五", "石德贵通了 他说住院了 下周回来")
	has(t, "recorded", got, "石德贵住院的事已记在这次回访里", "3月9日起再提醒您打")
	lacks(t, "no item", got, "已登记", "私信反映")
	c.wantReports(0, "an elder in hospital is no item")

	got = c.private("王五", "白凤兰通了 她说住院了 3月5日出院 家里的鸡没人喂")
	has(t, "need kept", got, "白凤兰住院的事已记在这次回访里", "3月5日起再提醒您打", "白凤兰反映的「家里的鸡没人喂」已登记 #R1")
	lacks(t, "hospital not in the item", got, "「住院")

	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	paused := 0
	for _, x := range calls {
		if (x.Status == village.CallReached || x.Status == village.CallAway && x.Person == "王奶奶") && !x.AwayUntil.IsZero() {
			paused++
		}
	}
	if len(calls) != 3 || paused != 3 {
		t.Fatalf("calls %+v, want two reached and 王奶奶's away, each paused", calls)
	}
	lacks(t, "not in hospital", c.private("王五", "石德贵通了 他说没住院 就是腿疼"), "住院的事已记在")
}

// TestOthersHospitalStayIsNoPause: her husband's stay ("她说老伴住院了")
// pauses nothing of hers.
func TestOthersHospitalStayIsNoPause(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "his stay", c.private("王五", "白凤兰通了 她说老伴住院了"), "住院的事已记在")
}
