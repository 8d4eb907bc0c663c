package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderMissingHimself: 陈桂兰's 「我家老头子…还没回来」 names her
// husband 刘建国, the grid leader: the group asks 马红梅 and 何志强 to
// organise the search (not him to 确认), he is not @-mentioned nor sent
// his own number, and the duty chat hears plainly that the leader himself
// is missing. It costs what her alarm of her son 刘洋 costs (no read more).
func TestLeaderMissingHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.costs(t, alarmTrips(t, grid1, "陈桂兰", "我家儿子早上出去放羊到现在还没回来 电话也打不通"), "alarm", bot.Message{Chat: grid1, From: "陈桂兰", Text: "我家老头子早上出去放羊到现在还没回来 电话也打不通"})
	has(t, "alarm", got,
		"走失的人：刘建国（户号QS-101，电话 13800001011，住青山村一组12号）\n走失的是网格长刘建国本人，请直接联系马红梅、何志强。\n网格长：刘建国",
		"刘建国电话和户号已私信发给马红梅、何志强。",
		"网格长刘建国本人走失，请马红梅、何志强立即组织人手分头寻找，开始找后回复「确认 #R1」。",
		"马红梅: 紧急情况 #R1", "何志强: 紧急情况 #R1")
	lacks(t, "alarm", got, "@刘建国", "刘建国: ", "请网格长立即组织")
	for _, line := range got {
		if strings.HasPrefix(line, grid1+": ") && (!strings.Contains(line, "@马红梅") || !strings.Contains(line, "@何志强")) {
			t.Errorf("the group's alarm does not @ the workers: %q", line)
		}
	}
	if rep := c.reports()[0]; rep.Type != village.Emergency || rep.Hazard != village.HazardMissing || rep.Status != village.StatusNew {
		t.Errorf("R1 %s %s %s, want a new missing-person emergency", rep.Type, rep.Hazard, rep.Status)
	}
	// a worker takes the search on
	has(t, "worker confirms", c.in(grid1, "马红梅", "确认 #R1"), "#R1 已受理")
}

// TestWorkerReportsEmergency: 杨春花, a worker of 二组, reports a house
// come down on someone: the group says she reported and asks 黄永红 and
// 朱大勇 to go (neither her @-mentioned as if she needed help nor the
// leader alone), and tells her she may 确认 herself; her 确认 is taken
// and not answered with 「办好后会告诉您」.
func TestWorkerReportsEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.costs(t, alarmTrips(t, grid2, "田甜", "田卫东家房子塌了一角 有人被压了"), "alarm", bot.Message{Chat: grid2, From: "杨春花", Text: "田卫东家房子塌了一角 有人被压了"})
	has(t, "alarm", got,
		"网格员杨春花已报告，请黄永红、朱大勇立即赶到现场、组织疏散，到场后回复「确认 #R1」。杨春花已在处置的，也可回复「确认 #R1」。",
		"报告人：杨春花（13800002021）")
	lacks(t, "alarm", got, "@杨春花", "请网格长立即赶到现场")
	got = c.in(grid2, "杨春花", "确认 #R1")
	has(t, "she confirms", got, "#R1 已受理", "办好后请回复「办结 #R1 结果」。")
	lacks(t, "she confirms", got, "杨春花，办好后会告诉您")
	if rep := c.reports()[0]; rep.Status != village.StatusAccepted || !slices.Contains(rep.Handlers, "杨春花") {
		t.Errorf("R1 %s handled by %v, want accepted by 杨春花", rep.Status, rep.Handlers)
	}
}

// TestVillagerAlarmUnchanged: a villager's alarm of a villager missing
// still asks the grid leader, @-mentions every cadre, and says nothing
// of a cadre missing.
func TestVillagerAlarmUnchanged(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "王奶奶早上出去到现在还没回来 电话打不通")
	has(t, "alarm", got, "请网格长立即组织人手分头寻找，开始找后回复「确认 #R1」。", "@李四", "@王五", "电话和户号已私信发给网格长、网格员。", "李四: 紧急情况 #R1")
	lacks(t, "alarm", got, "本人走失", "已报告，请")
}

// alarmTrips is what a villager's alarm, the first message of a fresh
// chat, costs: the one of a cadre costs no more.
func alarmTrips(t *testing.T, chat, from, text string) int64 {
	n, got := newChat(t, understand.Rules{}).counted(bot.Message{Chat: chat, From: from, Text: text})
	has(t, "villager's alarm", got, "紧急情况 #R1 已登记")
	return n
}
