package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// privatelyWith is privately with photos.
func (b *pointsBot) privatelyWith(from, text string, paths ...string) []string {
	b.t.Helper()
	b.n++
	b.now = b.now.Add(time.Minute)
	m := bot.Message{ID: fmt.Sprintf("p%d", b.n), At: b.now, Private: true, From: from, Text: text, Images: paths}
	if err := b.r.Handle(context.Background(), m); err != nil {
		b.t.Fatalf("%s: %s: %v", from, text, err)
	}
	return b.drain()
}

// nothingRecorded fails when a reply says a record was made or 陈二 was
// told of one.
func nothingRecorded(t *testing.T, what string, got []string) {
	t.Helper()
	for _, s := range got {
		if strings.HasPrefix(s, "陈二: ") || strings.Contains(s, "已记录") {
			t.Errorf("%s recorded or told: %q", what, s)
		}
	}
}

// TestVetoTwiceRefused: a second veto of the same item for the same
// household in the year is refused, naming the first; the household is
// not told again and the 公示 lists one.
func TestVetoTwiceRefused(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "扣分 陈二 违法占地建房 拒不拆除"), "已记录否决项 #C1")
	got := c.say("赵六", "扣分 陈二 违法占地建房 拒不拆除")
	has(t, "second", got, "这条没有记录：陈二户2026年已经记过这项否决项（#C1，", "不用重复记", "「查 #C1」")
	nothingRecorded(t, "second veto", got)
	has(t, "privately, named", c.private("赵六", "扣分 陈二 违法占地建房"), "陈二户2026年已经记过「违法占地建房、拒不拆除」否决项（#C1")
}

// TestDeductionTwiceAsked: the same deduction for the same person again
// the same day is recorded only when the scorer says it is one more.
func TestDeductionTwiceAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"), "已记录 #C1")
	got := c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里")
	has(t, "asked", got, "这条还没有记录：今天已经给陈二记过一次「焚烧秸秆、垃圾」-5分（#C1）", "回复「1」再记一次", "扣分 陈二 焚烧秸秆 村口田里 再记一次")
	nothingRecorded(t, "second deduction", got)
	has(t, "one deduction", c.private("陈二", "我的积分"), "-5")
	got = c.say("赵六", "1")
	has(t, "confirmed", got, "已记录 #C2", "陈二: 【积分通知】")
	has(t, "typed", c.say("赵六", "扣分 陈二 焚烧秸秆 5 再记一次"), "已记录 #C3", "今天已经给陈二记过 2 次")
}

// TestClaimAgainCapFullSaysWhen: a claim resent the day its approval
// filled the month's cap does not suggest a 加分 (nothing could be
// recorded); it says from when it may be claimed again.
func TestClaimAgainCapFullSaysWhen(t *testing.T) {
	b := examplePointsBot(t)
	approvedDaily(t, b, "申请积分 参加义务劳动 证明人 李四", 2)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 证明人 李四"), "#C3")
	has(t, "approve", b.say("赵六", "同意 #C3 10"), "#C3 已通过")
	got := b.say("张三", "申请积分 参加义务劳动 证明人 李四")
	has(t, "resent", got, "今天已经记过 #C3", "「参加义务劳动、集体劳动」本月已经到上限了（每月最多 30 分），再有也记不上，4月1日起可以再申请。")
	lacks(t, "resent", got, "用「加分」记录")
}

// TestLackingDocumentsPhotoSaid: a claim whose item needs documents, sent
// with a photo, is put to the scorer, and listed in 待审, with the photo
// named for him to judge, not as lacking everything.
func TestLackingDocumentsPhotoSaid(t *testing.T) {
	b := examplePointsBot(t)
	got := b.sayWith("张三", "申请积分 无偿献血 上周献了血", "blood.jpg")
	has(t, "scorers asked in the group", got, "请评分小组审核（缺证明材料；附了照片 1 张，请看是否够作证明）：")
	got = b.privatelyWith("刘芳", "申请积分 无偿献血 上个月去献了血", "b2.jpg")
	has(t, "scorer told privately", got, "此项要证明材料，申请里还没有；附了照片 1 张，请看是否够作证明")
	has(t, "待审", b.privately("赵六", "待审"), "缺证明材料；附了照片 1 张，请看是否够作证明")
}

// TestNoWeChatHouseholdAsksWorker: a household none of whose members uses
// WeChat is not told to send 「我的积分」: its worker is named instead.
func TestNoWeChatHouseholdAsksWorker(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("周八", "兑换 王奶奶 香皂 1")
	has(t, "short", got, "积分不够", "王奶奶户没有人用微信，可以请网格员王五帮忙查。")
	lacks(t, "short", got, "王奶奶户的人发「我的积分」")
	has(t, "another household", b.say("周八", "兑换 陈二 香皂 1"), "陈二户的人发「我的积分」可查。")
}

// TestStatusShowsYearLater: 查 #C asked in a later year dates the claim
// with its year; asked the same year, without.
func TestStatusShowsYearLater(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 证明人 李四"), "#C1")
	has(t, "approve", b.say("赵六", "同意 #C1 10"), "#C1 已通过")
	got := b.privately("张三", "查 #C1")
	has(t, "same year", got, "申请：张三，3月")
	lacks(t, "same year", got, "2026年3月")
	b.now = b.now.AddDate(1, 0, 0)
	has(t, "next year", b.privately("张三", "查 #C1"), "申请：张三，2026年3月", "评分：赵六，2026年3月")
}

// TestMinePendingBySign: approved points waiting for their 公示 that net
// to 0 (+5 and −5) are still told, each by its sign; a deduction alone too.
func TestMinePendingBySign(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "plus", c.say("赵六", "加分 陈二 志愿服务 5"), "已记录 #C1")
	has(t, "minus", c.say("赵六", "扣分 陈二 焚烧秸秆 5"), "已记录 #C2")
	has(t, "both told", c.private("陈二", "我的积分"), "待公示：加 5 分、扣 5 分（合计 0 分）（已通过），4月1日在群里公示")
}
