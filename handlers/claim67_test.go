package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBatchEachScore: a score said to be each one's (都/每项/各) is every
// range item's of the message; a plain score after several numbers stays
// the last one's (a score is never shared unless said).
func TestBatchEachScore(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	has(t, "C5", b.say("陈二", "申请积分 今天扫雪 证明人 王五"), "#C5")
	has(t, "C6", b.say("李四", "申请积分 今天参加义务劳动 证明人 王五"), "#C6")
	has(t, "C7", b.say("王五", "申请积分 今天参加义务劳动 证明人 李四"), "#C7")
	has(t, "plain", b.say("赵六", "同意 #C2 #C5 8分"), "#C5 已通过", "#C2 没有处理", "同意 #C2 ")
	b.wantStatus(t, "C2", village.ClaimPending, "a plain score, the last one's")
	has(t, "each", b.say("赵六", "同意 #C2 #C6 都给7分"), "#C2、#C6 已通过", "+7分")
	has(t, "C8", b.say("周八", "申请积分 今天扫雪 证明人 王五"), "#C8")
	got := b.say("赵六", "同意 #C3 #C7 每项6分")
	has(t, "each, checked each", got, "#C7 已通过", "+6分", "只能给 2分，6 分不行")
	b.wantStatus(t, "C3", village.ClaimPending, "a fixed item given another score")
	has(t, "each, no 同意", b.say("赵六", "#C8 #C3 各给2分"), "#C3 已通过", "只能给 5–10分，2 分不行")
	for id, want := range map[string]int{"C2": 7, "C5": 8, "C6": 7, "C7": 6, "C3": 2} {
		if c := b.claim(id); c.Points != want || c.Status != village.ClaimApproved {
			t.Errorf("%s: %d points %s, want %d approved", id, c.Points, c.Status, want)
		}
	}
	lacks(t, "a note, no score", b.say("赵六", "同意 #C1 #C3 都是好人"), "都是好人」")
}

// TestBatchBareNumbers: 「同意 #1 #3」 names claims #C1 and #C3 (同意 is
// the claims' verb): the second number is no score.
func TestBatchBareNumbers(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	got := b.say("赵六", "同意 #1 #3")
	has(t, "bare numbers", got, "这条处理了 2 项：#C1、#C3 已通过")
	lacks(t, "bare numbers", got, "3 分不行")
	b.wantStatus(t, "C3", village.ClaimApproved, "#3")
	has(t, "one with its score", b.say("赵六", "同意 #2 8分"), "#C2 已通过", "+8分")
}

// TestBatchTwin: two claims of one item for one person approved in one
// message: the second's private note names the first, as it would a
// day later.
func TestBatchTwin(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	has(t, "C5", b.say("陈二", "申请积分 今晚参加治安巡防 证明人 王五"), "#C5")
	got := b.say("赵六", "同意 #C1 #C5")
	has(t, "twin", got, "#C1、#C5 已通过", "申请的 #C1 也是「参加治安巡防」，已通过。如果是同一件事，请发「撤销 #C5 重复申请」")
	lacks(t, "twin", got, "申请的 #C5 也是")
}

// TestApproveAllNewClaimBetween: a claim filed between 都同意's list and
// the 「是」 is not approved by it: 「是」 runs the listed ones only.
func TestApproveAllNewClaimBetween(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "C1", b.say("陈二", "申请积分 参加普法学习 证明人 王五"), "#C1")
	has(t, "listed", b.say("赵六", "都同意"), "要同意这 1 项吗", "回复「是」同意有固定分的 1 项（#C1）")
	has(t, "C2", b.say("张三", "申请积分 昨晚参加治安巡防 证明人 王五"), "#C2")
	got := b.say("赵六", "是")
	has(t, "yes", got, "#C1 已通过")
	lacks(t, "yes", got, "#C2")
	b.wantStatus(t, "C2", village.ClaimPending, "filed after the list")
}

// TestCallHeardOthersElder: 马红梅's 「徐玉珍挺好的」, 徐玉珍 on 何志强's
// list, tells whose list and the 回访 that logs it (closing his call);
// 白凤兰 of 三组 is 王五's (call.notmine); nothing logged, no menu. With
// no list sent, the menu as before.
func TestCallHeardOthersElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("徐玉珍")
	got := c.private("马红梅", "徐玉珍挺好的")
	has(t, "others' list", got, "徐玉珍在何志强的回访名单上。您替何志强打了的话，请发「回访 徐玉珍 已通 挺好的」，会记在您名下，也会告诉何志强这个电话不用再打了。")
	lacks(t, "others' list", got, "我是网格小助手", "已记录")
	has(t, "other grid", c.private("马红梅", "白凤兰挺好的"), "白凤兰是三组的，由王五负责打电话")
	lacks(t, "asked", c.private("马红梅", "徐玉珍最近身体怎么样"), "回访名单")
	if calls := c.callsOf("徐玉珍"); len(calls) != 1 || calls[0].Outcome != "" {
		t.Errorf("徐玉珍's calls %+v, want one open", calls)
	}
	// what the reply says the 回访 does
	has(t, "回访", c.private("马红梅", "回访 徐玉珍 已通 挺好的"), "已记录：徐玉珍 已通（马红梅")
	if calls := c.callsOf("徐玉珍"); len(calls) != 1 || calls[0].LoggedBy != "马红梅" || calls[0].Status == village.CallOpen {
		t.Errorf("徐玉珍's calls %+v, want one closed by 马红梅", calls)
	}
	lacks(t, "his list", c.private("何志强", "回访"), "徐玉珍")
	fresh := newChat(t, understand.Rules{})
	has(t, "no list", fresh.private("马红梅", "徐玉珍挺好的"), "我是网格小助手")
}
