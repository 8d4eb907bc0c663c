package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// nightHead is the start of night.leaders, the paragraph that tells why
// the grid's leaders are not @-ed at night.
const nightHead = "现在是夜里，先不打扰网格长"

// TestOneAnswerTwoMattersAtNightSaysNightOnce: one 「1」 that files two
// matters at night tells the night paragraph once for the message; the
// one reply (rep76) names who accepts both and how.
func TestOneAnswerTwoMattersAtNightSaysNightOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 30)
	has(t, "first asked", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	has(t, "second asked", c.say("陈二", "后山水渠好像堵了"), "回复「1」登记")
	got := c.say("陈二", "1")
	all := strings.Join(got, "\n")
	if n := strings.Count(all, nightHead); n != 1 {
		t.Errorf("night paragraph said %d times, want once:\n%s", n, all)
	}
	has(t, "the next step of both", got, "李四早上看到后回复「确认 #R1 #R2」受理")
	c.wantReports(2, "")
}

// TestLeaderSatisfiedToldNextStep: a grid leader's 满意 on a villager's
// report is refused with what he does instead: 办结 it, and its reporter
// is asked to confirm.
func TestLeaderSatisfiedToldNextStep(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "满意 from the leader", c.say("李四", "满意 #R1"),
		grid3+": 抱歉，「满意」需要报告人张三本人来操作。办好后发「办结 #R1 结果」，我会请张三确认。")
	// a villager who is not its reporter hears no such step
	if got := strings.Join(c.say("陈二", "满意 #R1"), "\n"); strings.Contains(got, "办结") {
		t.Errorf("a bystander is told to 办结:\n%s", got)
	}
}

// TestWrongRefSaysSo: 「查 #Rabc」, 「查 #R-1」 say the number is written
// wrong and show the right form, then list his items as a bare 查 does.
func TestWrongRefSaysSo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	for _, text := range []string{"查 #Rabc", "查 #R-1"} {
		got := c.private("张三", text)
		has(t, text, got, "编号「"+strings.TrimPrefix(text, "查 ")+"」写得不对，编号是 #R 加数字，例如：查 #R1")
		has(t, text+" lists", got, "#R1 待受理 村口路灯不亮了")
	}
	if got := strings.Join(c.private("张三", "查 #R1"), "\n"); strings.Contains(got, "写得不对") {
		t.Errorf("a right number told wrong:\n%s", got)
	}
}

// TestPointsAskedInPlainWords: "给李海加100分" said privately to the bot
// asks for points, no matter to file: a villager hears how to claim, a
// scorer how to write 加分.
func TestPointsAskedInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("张三", "给李海加100分")
	has(t, "villager: how to claim", got, "申请积分这样发")
	if strings.Contains(strings.Join(got, "\n"), "登记") {
		t.Errorf("offered as a report:\n%s", strings.Join(got, "\n"))
	}
	has(t, "scorer: how to write 加分", c.private("赵六", "给李海加100分"), "请这样写：加分 名字 项目")
}

// TestMissingWitnessNoteNotInGroup: 同意 in the villagers' group on a
// claim lacking its required witness: the group hears the approval, the
// note on the missing witness goes to the scorer alone.
func TestMissingWitnessNoteNotInGroup(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人张明")
	got := b.say("赵六", "同意 #C1 5")
	const note = "没有证明人（只有：家人作证 张明）也已通过，已记入审核记录"
	for _, s := range got {
		if strings.HasPrefix(s, g3+": ") && strings.Contains(s, note) {
			t.Errorf("the group hears the scorers' note:\n%s", s)
		}
	}
	has(t, "group told the approval", got, g3+": #C1 已通过")
	has(t, "scorer told privately", got, "赵六: #C1 已通过")
	has(t, "the note to him", got, note)
}
