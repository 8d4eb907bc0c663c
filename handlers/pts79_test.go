package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestShortAfterYearEndSaysUsable: in January, with last year's unspent
// points cleared and some points usable since, the group's 「积分不够」
// says the points effective after the clearing are what can be redeemed,
// not that only later ones can; with nothing usable it still says later.
func TestShortAfterYearEndSaysUsable(t *testing.T) {
	for _, tt := range []struct {
		name        string
		final       int
		want, wrong string
	}{
		{"some usable", 23, "现在能兑换的是年终结算后生效的积分", "以后生效的积分才能兑换"},
		{"none usable", 18, "以后生效的积分才能兑换", "现在能兑换的是"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := examplePointsBot(t)
			b.now = time.Date(2027, 1, 10, 9, 0, 0, 0, b.now.Location())
			a := village.NewAccount("青山村", "QS-301")
			a.Final, a.Cleared = tt.final, 18
			a.Years = map[string]*village.YearTally{"2026": {Cleared: 18}}
			if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: storage.AccountMsgID("青山村", "QS-301"),
				Docs: []storage.Doc{storage.AccountDoc(a)}}); err != nil {
				t.Fatal(err)
			}
			got := b.say("周八", "兑换 张三 食用油 1")
			var group []string
			for _, l := range got {
				if strings.HasPrefix(l, g3+": 积分不够") {
					group = append(group, l)
				}
			}
			has(t, "the group", group, "2026年没兑换的积分已在年终结算时清零", tt.want)
			lacks(t, "the group", group, tt.wrong)
		})
	}
}

// TestScorerSawPaper: 「同意 #C1 县综治办认定书已看」 on a claim that lacks
// the paper its item needs records what the scorer saw as its evidence:
// no note that the paper is missing, and 查 shows what he saw. A note
// that he has not seen it leaves the claim lacking, and says so.
func TestScorerSawPaper(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 见义勇为 帮派出所抓小偷")
	b.say("陈二", "申请积分 见义勇为 帮派出所抓小偷")
	if c := b.claim("C1"); !c.LacksEvidence() || c.Needs != village.EvidenceDocument {
		t.Fatalf("C1 %+v, want a claim lacking its paper", c)
	}
	got := b.say("赵六", "同意 #C1 县综治办认定书已看")
	has(t, "seen", got, "#C1 已通过")
	lacks(t, "seen", got, "申请里没有")
	if c := b.claim("C1"); c.LacksEvidence() || !strings.Contains(c.Evidence, "县综治办认定书（评分人赵六已看）") {
		t.Errorf("C1 evidence %q, want the paper the scorer saw", c.Evidence)
	}
	has(t, "not seen", b.say("赵六", "同意 #C2 认定书还没看到，先通过"), "#C2 已通过", "申请里没有")
	if c := b.claim("C2"); !c.LacksEvidence() {
		t.Errorf("C2 evidence %q, want it still lacking", c.Evidence)
	}
}

// TestSecondVolunteerDeedSameDay: a second 志愿服务 the same day that
// tells of another deed (another place, another work) is filed; the
// same deed told again in other words is still refused.
func TestSecondVolunteerDeedSameDay(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "first", b.say("张三", "申请积分 志愿服务 在村口帮忙指挥交通"), "已登记积分申请 #C1")
	got := b.say("张三", "申请积分 志愿服务 下午去敬老院打扫卫生")
	has(t, "another deed", got, "已登记积分申请 #C2")
	lacks(t, "another deed", got, "今天已经申请过")
	has(t, "the same told again", b.say("张三", "申请积分 志愿服务 今天在村口指挥交通"), "今天已经申请过 #C")
	has(t, "no deed said", b.say("张三", "申请积分 志愿服务"), "今天已经申请过 #C")
}
