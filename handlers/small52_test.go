package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestBareRejectNamesTheNearestClaimHere: a scorer's 「驳回」 with no
// number (he rejects no reports) names the nearest earlier claim of this
// group and the line that rejects it, with the reason he wrote or 「理由」,
// as a bare 同意 does. Nothing is rejected; the claims' read and the
// reply's commit. A leader's bare 驳回 is still the reports'.
func TestBareRejectNamesTheNearestClaimHere(t *testing.T) {
	c := bareDecision(t, "驳回", "", "理由", "照片看不清", "照片看不清")
	has(t, "the leader's 驳回 is still the reports'", c.say("李四", "驳回"), "#R12")
}

// bareDecision checks a scorer's verb said with no claim's number, three
// claims pending (two in 三组's group, one in 一组's): it names the nearest
// earlier claim of this group (amount: its score range as shown) and the
// line deciding it, blank standing for what is missing, or kept for what
// he wrote (said); privately the newest. Nothing is decided; it costs the
// claims' read and the reply's commit.
func bareDecision(t *testing.T, verb, amount, blank, said, kept string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	c.say("陈二", "申请积分 打扫院子 有照片")
	c.in("青山村一组网格群", "刘洋", "申请积分 参加义务劳动 证明人 马红梅")
	got := c.costs(t, 2, "bare "+verb, bot.Message{Chat: grid3, From: "赵六", Text: verb})
	has(t, "the nearest here", got, "本群最近的一项是 #C2 陈二户·陈二「庭院整洁、房前屋后干净」"+amount+"，"+verb+"这一项请发「"+verb+" #C2 "+blank+"」",
		"也可能是：\n#C1 张三户·张三「参加义务劳动、集体劳动」\n#C3 ")
	has(t, "his words kept", c.say("赵六", verb+" "+said), verb+"这一项请发「"+verb+" #C2 "+kept+"」")
	has(t, "privately: the newest", c.private("赵六", verb), "最近的一项是 #C3 ", "「"+verb+" #C3 "+blank+"」")
	has(t, "nothing decided", c.say("张三", "查 #C2"), "待审核")
	return c
}

// TestCallLogProcedureNeedsNoConfirm: an approval item filed from a
// worker's call log, its procedure sent to him to pass on, tells the
// leader what the worker's own private approval message does: told,
// no 「确认」 to reply; privately and in the group alike. It is answered
// (已告知流程), so no acceptance deadline chases the grid.
func TestCallLogProcedureNeedsNoConfirm(t *testing.T) {
	for _, group := range []bool{false, true} {
		c := warmCalls(t)
		var got []string
		if group {
			got = c.say("王五", "回访 白凤兰 已通 她说要办高龄补贴")
		} else {
			got = c.private("王五", "白凤兰打过了 她说要办高龄补贴")
		}
		told := map[bool]string{false: "已私信告诉", true: "已告诉"}[group]
		has(t, "told", got, "已告知流程）", "【高龄补贴】", told+"代报的王五办理流程，不用回「确认」，白凤兰再问或说材料备齐了我再转告您")
		lacks(t, "no 确认 asked", got, "确认 #R1")
		reps, err := c.st.Reports(t.Context(), village3)
		if err != nil || len(reps) != 1 || !reps[0].ProcedureAnswered() {
			t.Fatalf("group %v: reports %+v (%v)", group, reps, err)
		}
	}
}
