package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestTodoWitnessOnce: a claim whose witness vouched for it shows him once
// in the scorer's 待审, marked as confirmed, not as two witnesses.
func TestTodoWitnessOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	has(t, "vouched", c.say("陈二", "C1属实，我看见了"), "谢谢陈二")
	got := c.private("赵六", "待审")
	has(t, "todo", got, "#C1", "证明人 陈二（已确认）")
	lacks(t, "todo", got, "证明人陈二已确认")
}

// TestOnceMoreResentAsked: a 「又一次」 line sent again under a new id is
// asked about, as a 「第2次」 one is (nothing counted twice); 「1」 records
// it. A repeat said to be one more tells no 「如果这条是重复记录」: it
// says the count only when the scorer did not say that very 第N次.
func TestOnceMoreResentAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "加分 陈二 义务劳动 6"), "已记录 #C1")
	got := c.say("赵六", "加分 陈二 义务劳动 6 第2次")
	has(t, "second said", got, "已记录 #C2")
	lacks(t, "second said", got, "重复记录", "记过一次", "这是第")
	got = c.say("赵六", "加分 陈二 义务劳动 6 又一次")
	has(t, "third", got, "已记录 #C3", "今天已经给陈二记过 2 次「参加义务劳动、集体劳动」（#C1、#C2），这是第 3 次。")
	lacks(t, "third", got, "重复记录")
	got = c.say("赵六", "加分 陈二 义务劳动 6 又一次")
	has(t, "the 又一次 line resent", got, "这条还没有记录", "记过 3 次")
	has(t, "not counted", c.private("陈二", "我的积分"), "您本人：18 分")
	has(t, "meant", c.say("赵六", "1"), "已记录 #C4", "这是第 4 次")
	has(t, "counted once more", c.private("陈二", "我的积分"), "您本人：24 分")
}

// TestClaimResentNextDayAsked: a villager's claim sent again the next day
// in the very same words is asked about, not filed a second time (nothing
// counted twice); 「1」 files it as another time, and the same deed said
// in other words (「又一次」) is filed as it comes.
func TestClaimResentNextDayAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	c.say("赵六", "同意 #C1 8")
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("张三", "申请积分 义务劳动，打扫村口 证明人 陈二")
	has(t, "resent", got, "昨天", "已经用一样的话申请过 #C1", "已通过", "这条先没有登记", "回复「1」登记为新的一次", "申请积分 义务劳动，打扫村口 证明人 陈二 又一次")
	lacks(t, "resent", got, "已登记积分申请")
	has(t, "declined", c.say("张三", "2"), "这条没有登记")
	got = c.say("张三", "申请积分 义务劳动，打扫村口 证明人 陈二")
	has(t, "asked again", got, "这条先没有登记")
	has(t, "meant", c.say("张三", "1"), "已登记积分申请 #C2")
	has(t, "other words", c.say("陈二", "申请积分 义务劳动 打扫村口 证明人 王五"), "#C3")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "said another time", c.say("陈二", "申请积分 义务劳动 又一次 打扫村口 证明人 王五"), "已登记积分申请 #C4")
	c.now = c.now.Add(7 * 24 * time.Hour)
	has(t, "a week on", c.say("陈二", "申请积分 义务劳动 打扫村口 证明人 王五"), "已登记积分申请 #C5")
}

// TestWitnessOfSeveralDecidedAsked: a witness of several claims decided
// lately who says only 「是的 我看见了」 (or 「是真的，我作证」) is asked
// which, each with what it came to; naming one answers about that one.
func TestWitnessOfSeveralDecidedAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim 1", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "#C1")
	has(t, "claim 2", c.say("王五", "申请积分 拾金不昧 捡到钱包 证明人 陈二"), "#C2")
	c.say("赵六", "同意 #C1 8")
	c.say("赵六", "驳回 #C2 失主说不是他")
	for _, said := range []string{"是的 我看见了", "是真的，我作证"} {
		got := c.say("陈二", said)
		has(t, said, got, "您是好几条积分申请的证明人，是给哪一条作证", "#C2 王五「拾金不昧」（已驳回）", "#C1 张三「参加义务劳动、集体劳动」（已通过）")
		lacks(t, said, got, "不用再做什么")
	}
	has(t, "named", c.say("陈二", "C2 属实"), "#C2", "已经驳回了（理由：失主说不是他）")
	// a bare 「我看见了」 of one claim waiting is that one
	has(t, "claim 3", c.say("刘芳", "申请积分 义务劳动 打扫村口 证明人 王五"), "#C3")
	has(t, "bare word", c.say("王五", "是的 我看见了"), "谢谢王五，已把您的确认记到 #C3")
	lacks(t, "no report", c.reports2(), "看见")
}

// TestMineListsNamesApart: 我的积分 lists the household's claims waiting
// with each item's name in 「」 and apart by 「；」: names hold 、 themselves
// (「参加义务劳动、集体劳动」), so a 、 between them read as one list.
func TestMineListsNamesApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二")
	c.say("张三", "申请积分 拾金不昧 捡到钱包 证明人 陈二")
	got := c.private("张三", "我的积分")
	has(t, "mine", got, "待审核：#C1「参加义务劳动、集体劳动」；#C2「拾金不昧」")
}
