package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gridbot/bot"
)

// TestObjectorIsNoWitness: 陈二 objected to 张三's #C1 before its 公示;
// 张三's 「证明人 陈二」 then does not write him as its witness: 张三 is
// told why and asked for another (claim72). Named beside another, the
// other is written and 陈二 is not.
func TestObjectorIsNoWitness(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 昨天帮五保户王奶奶打扫院子"), "#C1", "请接着发证明人的名字")
	has(t, "objection", b.say("陈二", "异议 #C1 他根本没去打扫"), "转给评分小组赵六核实")
	got := b.say("张三", "证明人 陈二")
	has(t, "refused", got, "张三，陈二对 #C1 提过异议，评分小组正在核实，所以不能作这项的证明人，没有记上。请换一位当时看见的人，接着发：证明人 王五。")
	lacks(t, "refused", got, "已把证明人", "请审核")
	if c := b.claim("C1"); strings.Contains(c.Evidence, "陈二") {
		t.Errorf("C1 evidence %q, want no objector as witness", c.Evidence)
	}
	got = b.say("张三", "证明人 陈二 王五")
	has(t, "the other written", got, "已把证明人王五记到 #C1", "陈二对 #C1 提过异议，不能作这项的证明人，没有记上。")
	if c := b.claim("C1"); !strings.Contains(c.Evidence, "证明人 王五") || strings.Contains(c.Evidence, "陈二") {
		t.Errorf("C1 evidence %q, want 王五 and not 陈二", c.Evidence)
	}
}

// TestBareApproveOfOneAsksYesNo: a scorer's bare 「同意」 with one claim
// waiting is asked yes or no of it, not given a list of one; his 「1」
// approves it (claim72). A range item says its score is wanted.
func TestBareApproveOfOneAsksYesNo(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 证明人 王五"), "#C1")
	got := b.say("赵六", "同意")
	has(t, "asked", got, "是同意 #C1 张三户·张三「参加义务劳动、集体劳动」5–10分吗？回「1」同意；此项要给分，也可以直接发「同意 #C1 分数」。")
	lacks(t, "asked", got, "哪一项", "「1」#C1")
	has(t, "his 1 asks the score", b.say("赵六", "1"), "分")
	has(t, "scored", b.say("赵六", "同意 #C1 8"), "#C1 已通过")
}

// BenchmarkObjectorNamedWitness: the claimant names as witness the one
// who objected to the claim of each round (filed and objected to, not
// measured): refused, nothing written (claim72). Started (LoadScripts
// copied the questions waiting, as a running bot's store has), the
// claims are taken from the process's copies (rt74; the approved ones
// followed too, rt75); unstarted, the
// questions waiting are read with the claims.
func BenchmarkObjectorNamedWitness(b *testing.B) {
	for _, started := range []bool{true, false} {
		b.Run(map[bool]string{true: "started", false: "unstarted"}[started], func(b *testing.B) {
			pb := examplePointsBot(b)
			if started {
				if err := pb.st.LoadScripts(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				pb.say("张三", fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回", i))
				pb.say("陈二", fmt.Sprintf("异议 #C%d 他没去", i+1))
				trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("w%d", i), Chat: g3, From: "张三", Text: "证明人 陈二"}), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkBareApproveOne: a scorer's bare 「同意」 with the one claim of
// each round waiting (filed, and approved after, not measured): asked yes
// or no (claim72).
func BenchmarkBareApproveOne(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		pb.say("陈二", fmt.Sprintf("申请积分 帮王奶奶挑水 第%d回 张三可以作证", i))
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("a%d", i), Chat: g3, From: "赵六", Text: "同意"}), n+1
		pb.say("赵六", "1")
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// TestObjectingWorkerNotOffered: 王五, the grid's worker the hints give as
// the example witness, objected to #C1: the refusal of 「证明人 王五」 gives
// another name (claim72).
func TestObjectingWorkerNotOffered(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 昨天帮五保户王奶奶打扫院子"), "#C1")
	has(t, "objection", b.say("王五", "异议 #C1 他没去"), "#C1")
	got := b.say("张三", "证明人 王五")
	has(t, "refused", got, "王五对 #C1 提过异议")
	lacks(t, "refused", got, "证明人 王五。")
}
