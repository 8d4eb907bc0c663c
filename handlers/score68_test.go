package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestUnsubmittedClaimNamed: 张三's claim waits for his 「1」 when 赵六
// says 「同意」: he hears that it is not submitted yet and whose 「1」 it
// waits for, not how to write a claim's number; 都同意 and 驳回 say the
// same. Once filed, his 「同意」 numbers it and his 「1」 approves it.
func TestUnsubmittedClaimNamed(t *testing.T) {
	c := claimsChat(t)
	has(t, "asked", c.say("张三", "我昨天帮王奶奶扫了院子 申请积分"), "回复「1」提交给评分小组")
	got := c.costs(t, 2, "bare 同意", bot.Message{Chat: grid3, From: "赵六", Text: "同意"})
	expect(t, "not submitted", got, grid3+": 现在没有等您审核的积分申请。张三的「我昨天帮王奶奶扫了院子 申请积分」还没有提交，在等张三回复「1」确认。"+
		"提交后会请评分小组审核，到时请回「同意 #编号」（编号在提交的回复里）。")
	has(t, "驳回", c.say("赵六", "驳回 没看见"), "张三的「我昨天帮王奶奶扫了院子 申请积分」还没有提交", "到时请回「驳回 #编号」")
	has(t, "都同意", c.say("赵六", "都同意"), "现在没有等您审核的积分申请。\n张三的「我昨天帮王奶奶扫了院子 申请积分」还没有提交")
	expect(t, "a villager's 同意 is talk", c.say("陈二", "同意"))
	has(t, "his 1", c.say("张三", "1"), "已登记积分申请 #C1")
	got = c.say("赵六", "同意")
	has(t, "asked yes or no", got, "是同意 #C1 张三户·张三「帮助困难群众、照料孤寡老人」10分吗？回「1」同意。")
	lacks(t, "numbered", got, "还没有提交", "几项都同意")
	has(t, "his number", c.say("赵六", "1"), "#C1 已通过：张三户·张三「帮助困难群众、照料孤寡老人」+10分")
}

// claimsChat is a chat whose reader knows the catalogue's items, so that a
// deed told in words is asked back as a claim of one.
func claimsChat(t *testing.T) *chat {
	cfg, _ := exampleVillage(t)
	return newChat(t, understand.Rules{Catalogue: cfg.Points.Indicators()})
}

// TestUnsubmittedBesideWaiting: a claim waiting for review and another
// still waiting for its claimant's 「1」: 「同意」 asks of the first (the
// one waiting, claim72) and names the second.
func TestUnsubmittedBesideWaiting(t *testing.T) {
	c := claimsChat(t)
	has(t, "filed", c.say("陈二", "申请积分 参加普法学习 证明人 王五"), "#C1")
	has(t, "asked", c.say("张三", "我昨天帮王奶奶扫了院子 申请积分"), "回复「1」提交给评分小组")
	has(t, "both", c.say("赵六", "同意"), "是同意 #C1 陈二户·陈二「参加普法学习、法治讲座」2分吗？回「1」同意。",
		"\n张三的「我昨天帮王奶奶扫了院子 申请积分」还没有提交，在等张三回复「1」确认。")
}

// TestBareEachScoreAfterAll: after 都同意's list a bare 「都给8分」 gives
// each listed claim 8 points as 「同意 #C… 都给8分」 would: the range item
// is approved, the fixed items whose points are not 8 are refused with
// their points; one message, the list's question taken (a second
// 「都给8分」 decides nothing). With no list waiting it is talk.
func TestBareEachScoreAfterAll(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	lacks(t, "no list", b.say("赵六", "都给8分"), "已通过", "没有处理")
	// a mixed list does not offer 「都给8分」 (it refuses the fixed
	// items, walk78); typed anyway it still answers the list
	listed := b.say("赵六", "都同意")
	has(t, "listed", listed, "要同意这 3 项吗")
	lacks(t, "listed", listed, "可以直接发「都给8分」")
	got := b.say("赵六", "都给8分")
	has(t, "each", got, "这条处理了 3 项：#C2 已通过；#C1、#C3 没有处理", "#C2 已通过：张三户·张三「参加义务劳动、集体劳动」+8分",
		"#C1：「参加治安巡防」只能给 10分，8 分不行", "#C3：「参加普法学习、法治讲座」只能给 2分，8 分不行")
	if len(got) != 1 {
		t.Errorf("one reply wanted, got %q", got)
	}
	b.wantStatus(t, "C2", village.ClaimApproved, "in range")
	b.wantStatus(t, "C1", village.ClaimPending, "fixed 10")
	b.wantStatus(t, "C4", village.ClaimPending, "his own, not listed")
	if c := b.claim("C2"); c.Points != 8 {
		t.Errorf("C2 %d points, want 8", c.Points)
	}
	lacks(t, "the list answered", b.say("赵六", "都给6分"), "已通过", "没有处理")
	has(t, "每项", b.say("赵六", "都同意"), "要同意这 2 项吗")
	has(t, "每项", b.say("赵六", "每项十分"), "#C1 已通过", "只能给 2分，10 分不行")
}

// TestSoundAlikeNameProposed: 「加分 张山 …」: 张三 sounds like it, 张明
// (one character off too) does not: 张三 alone is proposed, and 「是」
// records it. A name sounding like nobody, one character off two, still
// lists both.
func TestSoundAlikeNameProposed(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "加分 张山 拾金不昧 5")
	has(t, "proposed", got, "名单里没有「张山」，这条没有记录。是三组 张三户·张三（户号 QS-301）吗？是的话回「是」就加分（或发：加分 张三 拾金不昧 5）")
	lacks(t, "proposed", got, "张明")
	has(t, "yes", b.say("赵六", "是"), "已记录 #C1：张三户·张三「拾金不昧」+5分")
	has(t, "none alike", b.say("赵六", "加分 张亮 拾金不昧 5"), "是下面哪一位？", "加分 张三 拾金不昧 5", "加分 张明 拾金不昧 5")
}

// TestGridsRankEmptyApart: 网格排名 names the grids with nothing to count
// after the ranked ones (暂无事项), not at the head; grids alike share a
// place.
func TestGridsRankEmptyApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了三天了")
	c.in("青山村一组网格群", "谢明", "上报 水渠堵了，田里进不了水")
	got := c.in(officeChat, "孙七", "网格排名")
	has(t, "ranked", got, "最需要帮助的排在前面：\n1. 青山村一组：收到 1 件，", "\n1. 青山村三组：收到 1 件，",
		"\n暂无事项（这个月没有收到事项，也没有回访电话，不参加排名）：青山村二组\n按件计")
	if joined := strings.Join(got, "\n"); strings.Contains(joined, "2. ") || strings.Contains(joined, "3. ") {
		t.Errorf("two ranked grids alike share the first place, the empty one is not ranked: %q", got)
	}
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(4 * 24 * time.Hour) // 一组's item overdue
	has(t, "one ahead", c.in(officeChat, "孙七", "网格排名"), "\n1. 青山村一组：收到 1 件，按时受理 0%", "\n2. 青山村三组：收到 1 件，按时受理 100%")
}

// TestEachScoreQuotingTheList: 「都给8分」 quoting 都同意's list is its
// score too.
func TestEachScoreQuotingTheList(t *testing.T) {
	c := claimsChat(t)
	c.say("陈二", "申请积分 今天扫雪 证明人 王五")
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	list := c.say("赵六", "都同意")
	has(t, "listed", list, "要同意这 2 项吗")
	_, got := c.counted(bot.Message{Chat: grid3, From: "赵六", Text: "都给8分",
		Quote: &bot.Quote{Name: "网格小助手", Text: strings.TrimPrefix(list[0], grid3+": ")}})
	has(t, "quoting", got, "这条处理了 2 项：#C1、#C2 已通过")
}
