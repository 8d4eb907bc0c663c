package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// twoQuarrels is a chat where the ditch quarrel (R1, 陈二's) and the cow
// quarrel of the same two households (R2, 张三's, Along R1) are both
// taken on by 李四, the last three hours ago.
func twoQuarrels(t *testing.T) *chat {
	t.Helper()
	c := ditchTaken(t, 26)
	c.say("张三", "上报 调解 陈二家的牛天天跑到我家菜地里 说了也不管")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(3 * time.Hour)
	return c
}

// noted reports whether rep's latest step is a 进展 whose note has want.
func noted(rep village.Report, want string) bool {
	last := rep.History[len(rep.History)-1]
	return last.Action == village.ActProgress && strings.Contains(last.Note, want)
}

// TestMeetingForLinkedQuarrels: a meeting arranged for two linked
// quarrels of the same two households is the 进展 of both when the note
// names both subjects or neither (one meeting for both), of the one it
// names otherwise; none of them asks which.
func TestMeetingForLinkedQuarrels(t *testing.T) {
	for _, c := range []struct {
		note   string
		r1, r2 bool
	}{
		{"两家我都约好了 明天上午9点在村委会调解", true, true},
		{"沟和牛的事两家我都约好了 明天上午9点在村委会调解", true, true},
		{"牛的事两家我都约好了 明天上午9点在村委会调解", false, true},
		{"排水沟的事两家我都约好了 明天上午9点在村委会调解", true, false},
	} {
		ch := twoQuarrels(t)
		got := ch.say("李四", c.note)
		lacks(t, c.note+": not asked which", got, "是哪一件", "回复序号")
		reps := ch.reports()
		if noted(reps[0], "约好了") != c.r1 || noted(reps[1], "约好了") != c.r2 {
			t.Errorf("%s: R1 noted %v, R2 noted %v, want %v %v\n%v", c.note, noted(reps[0], "约好了"), noted(reps[1], "约好了"), c.r1, c.r2, got)
		}
	}
}

// TestQuarrelRepeatNeutral: the reporter saying his quarrel again in its
// group hears, as the group does, that both sides are heard and what comes
// next; his account is not read out again there. His handlers hear it.
func TestQuarrelRepeatNeutral(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛天天跑到我家地里吃玉米，说了好几次也不管")
	c.now = c.now.Add(5 * time.Minute)
	got := c.say("张三", "陈二家的牛又跑来了，玉米都吃光了，说了好几次也不管")
	has(t, "neutral, the next step", got, "收到，#R1（调解事项）还在调解，现在「待受理」，刚才说的已转告负责人李四、郑十", "有进展会私信告诉您；调解员会听两边的说法，约双方当面谈，请等通知")
	lacks(t, "not 已登记 of his side", got, "您说的这件事已经登记了")
	for _, m := range got {
		if strings.HasPrefix(m, grid3+":") && strings.Contains(m, "吃玉米") {
			t.Errorf("his account read out in the group: %s", m)
		}
	}
	has(t, "the mediator hears", got, "李四: 【又来反映】#R1")
}

// TestTakeoverNamesBothSides: the township taking a quarrel over tells
// its group both sides, not only its reporter, and not the officer's note.
func TestTakeoverNamesBothSides(t *testing.T) {
	c := ditchTaken(t, 2)
	c.say("李四", "上报镇 #R1 双方谈不拢")
	c.now = c.now.Add(time.Hour)
	got := c.in("青山镇网格工作群", "孙七", "确认 #R1 司法所周三去")
	has(t, "both sides in the group", got, "镇里已接手：由孙七负责协调", "陈二、张三，孙七会听两边的说法，约双方当面谈")
	lacks(t, "not the reporter alone", got, "陈二，办好后会告诉您")
	for _, m := range got {
		if strings.HasPrefix(m, grid3+":") && strings.Contains(m, "司法所周三去") {
			t.Errorf("the officer's note in the group: %s", m) // a mediation's note is not the group's
		}
	}
}
