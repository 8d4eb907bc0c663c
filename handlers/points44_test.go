package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestAwardTwiceAsked: the same 加分 for the same person again the same
// day is asked first, as a 扣分 is (it was recorded at once with a
// reminder after): 「2」 records nothing, 「1」 records it once, and a
// 「1」 sent again counts nothing more.
func TestAwardTwiceAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "加分 张三 参加治安巡防"), "已记录 #C1")
	got := c.say("赵六", "加分 张三 参加治安巡防")
	has(t, "asked", got, "这条还没有记录：今天已经给张三记过一次「", "（#C1）", "回复「1」再记一次", "加分 张三 参加治安巡防 再记一次", "不会重复记")
	lacks(t, "asked", got, "已记录")
	has(t, "declined", c.say("赵六", "2"), "没有记")
	has(t, "one award", c.private("张三", "我的积分"), "您本人：10 分")
	c.say("赵六", "加分 张三 参加治安巡防")
	has(t, "confirmed", c.say("赵六", "1"), "已记录 #C2", "今天已经给张三记过一次「参加治安巡防」（#C1），这是第 2 次。")
	lacks(t, "a second 1", c.say("赵六", "1"), "已记录")
	has(t, "two awards", c.private("张三", "我的积分"), "您本人：20 分")
	has(t, "said to be meant", c.say("赵六", "加分 张三 巡防 夜里又去了 再记一次"), "已记录 #C3", "记过 2 次")
}

// TestNightWitnessAddedOneNotice: a claim filed at night without its
// witness, and the witness named next, give the scorer one notice in the
// morning, with the witness: the held 「申请里还没有」 is withdrawn, not
// sent before its correction.
func TestNightWitnessAddedOneNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 0)
	has(t, "claim", c.say("陈二", "申请积分 参加村里大扫除"), "已登记积分申请 #C1", "请接着发证明人的名字")
	has(t, "witness", c.say("陈二", "证明人 张三"), "已把证明人张三记到 #C1")
	toScorer := c.scorersMorning(t)
	has(t, "the notice", toScorer, "【积分申请】陈二户·陈二 #C1", "已写：证明人 张三", "补上了证明人张三", "请审核")
	lacks(t, "the notice", toScorer, "申请里还没有")
}

// TestWitnessVouches: the witness a claim names saying it is true, in
// the group or privately, is recorded on the claim and told to the
// scorer (not read as a new report); at night the scorer's morning notice
// says so once; said again, nothing more is recorded.
func TestWitnessVouches(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 0)
	has(t, "claim", c.say("陈二", "申请积分 参加村里大扫除 证明人张三"), "已登记积分申请 #C1")
	has(t, "vouched privately", c.private("张三", "我给陈二作证，他确实帮了"), "已把您的确认记到 #C1")
	has(t, "again", c.say("张三", "C1属实，我看见了"), "您的确认已经记在 #C1")
	toScorer := c.scorersMorning(t)
	has(t, "the notice", toScorer, "#C1", "证明人张三已确认")
	lacks(t, "no report", c.reports2(), "作证")
	c.now = clock(c.now, 0, 10, 0)
	has(t, "another claim by day", c.say("王五", "申请积分 参加普法学习 证明人 张三"), "#C2")
	has(t, "vouched by day", c.say("张三", "C2 是真的"), "已把您的确认记到 #C2", "@赵六", "证明人已确认，请审核：回复「同意 #C2」")
}

// reports2 are the texts of the chat's reports.
func (c *chat) reports2() []string {
	var out []string
	for _, r := range c.reports() {
		out = append(out, r.Text)
	}
	return out
}

// TestRedeemOtherUnitAsked: a 兑换 counted in another unit than the
// catalogue's (香皂 is sold by the 块) is asked about, not read as that
// many 块: 「1」 takes it as written in 块, 「2」 redeems nothing; the
// item's own unit and 个 need no question.
func TestRedeemOtherUnitAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("周八", "兑换 张三 香皂 2包")
	has(t, "asked", got, "香皂按块兑换（每块 5 分），「2包」是几块？还没有兑换。", "请回复「1」（或发：兑换 张三 香皂 2）")
	lacks(t, "asked", got, "积分不够", "已兑换")
	has(t, "1: two 块", c.say("周八", "1"), "香皂 2块要 10 分")
	c.say("周八", "兑换 张三 食用油 两瓶")
	lacks(t, "2: nothing", c.say("周八", "2"), "桶要", "已兑换")
	for _, text := range []string{"兑换 张三 香皂 2块", "兑换 张三 香皂 2个", "兑换 张三 大米 1袋"} {
		lacks(t, text, c.say("周八", text), "还没有兑换")
	}
}

// scorersMorning is what 赵六 gets at 07:00 the next day, which must be
// one message.
func (c *chat) scorersMorning(t *testing.T) []string {
	t.Helper()
	c.now = clock(c.now, 1, 7, 0)
	var toScorer []string
	for _, s := range c.flush() {
		if strings.HasPrefix(s, "赵六: ") {
			toScorer = append(toScorer, s)
		}
	}
	if len(toScorer) != 1 {
		t.Fatalf("the scorer's morning: %q, want one notice", toScorer)
	}
	return toScorer
}
