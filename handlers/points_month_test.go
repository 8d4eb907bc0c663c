package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestMonthlyHouseholdItemClaimedOnce: an item a household earns once a
// month (庭院整洁) that one member has claimed this month, waiting or
// approved, is not filed again for another member: he is told who claimed
// it and the claim's number, on the claim's one read (its reply's commit
// the only other round trip). Rejected, the month is free again; a new
// month is free; the same member's second sweep is his own, left to the
// cap; an item of one's own (义务劳动) is not the household's.
func TestMonthlyHouseholdItemClaimedOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "申请积分 院子打扫干净了 有照片"), "已登记积分申请 #C1：张三户·张三「庭院整洁")
	// on this process's copies of the household's claims, the reply's
	// commit carrying their reads (rt79)
	got := c.costs(t, 1, "second member (the reply on the copies)", bot.Message{Chat: grid3, From: "刘芳", Text: "申请积分 庭院整洁 房前屋后都扫了"})
	has(t, "second member", got, "张三", "#C1", "按户每月评一次", "没有重复登记")
	lacks(t, "second member", got, "#C2")
	wantClaims(t, c, 1)
	has(t, "by its code", c.say("张明", "申请积分 HJ01"), "张三", "#C1", "没有重复登记")
	wantClaims(t, c, 1)

	has(t, "asked", c.say("赵六", "驳回 #C1 没有照片"), "照片还可以在24小时内补") // pts96
	has(t, "rejected", c.say("赵六", "1"), "#C1 没有通过")
	has(t, "free again", c.say("刘芳", "申请积分 庭院整洁 房前屋后都扫了"), "已登记积分申请 #C2：张三户·刘芳")
	has(t, "approved", c.say("赵六", "同意 #C2 6"), "#C2 已通过")
	has(t, "approved this month", c.say("张明", "申请积分 院子扫干净了"), "刘芳", "#C2", "已经通过", "没有重复登记")
	wantClaims(t, c, 2)
	// her own second sweep is another deed of hers, for the cap to decide
	c.now = c.now.Add(24 * time.Hour)
	has(t, "same member again", c.say("刘芳", "申请积分 又把院子打扫了一遍"), "已登记积分申请 #C3：张三户·刘芳")

	has(t, "own item", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C4")
	has(t, "own item, another member", c.say("刘芳", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C5")

	c.now = c.now.AddDate(0, 1, 0)
	has(t, "next month", c.say("张明", "申请积分 院子扫干净了"), "已登记积分申请 #C6：张三户·张明")
}

// wantClaims checks how many claims the village has.
func wantClaims(t *testing.T, c *chat, n int) {
	t.Helper()
	cs, err := storage.Claims(context.Background(), c.st, village3, storage.ClaimIndex(""))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != n {
		var ids []string
		for _, x := range cs {
			ids = append(ids, x.ID+" "+x.Person+" "+string(x.Status))
		}
		t.Errorf("claims %v, want %d", ids, n)
	}
}

// TestMistypedItemAnsweredYes: a claim whose item is mistyped ("义物劳动")
// asks whether the nearest item was meant; a villager answers that as it
// asks, "是的", and the claim is filed with that item, his words kept; "不是"
// files nothing.
func TestMistypedItemAnsweredYes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("张三", "申请积分 今天参加义物劳动修水渠 王五可以作证"), "是「义务劳动」吗", "回「是」")
	has(t, "yes", c.say("张三", "是的"), "已登记积分申请 #C1：张三户·张三「参加义务劳动、集体劳动」", "证明人 王五")
	has(t, "asked again", c.say("陈二", "申请积分 参加义物劳动"), "是「义务劳动」吗")
	has(t, "no", c.say("陈二", "不是"), "不登记")
	wantClaims(t, c, 1)
}

// TestVetoWithheldInTheGroup: what the 公示 withholds of a veto item (the
// item and the member, points.publicity.veto: withhold) the group does not
// hear from an objection's acknowledgement or a neighbour's 查 either; the
// household asking privately does.
func TestVetoWithheldInTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "vetoed privately", c.private("赵六", "扣分 石德贵 违建 拒不拆除"), "已记录否决项 #C1")
	publishClaims(t, c.st, c.now, 1)
	got := c.say("熊秀英", "异议 #C1 房子是批了的 有审批手续")
	has(t, "objection", got, "已收到对 #C1（石德贵户 否决项）的异议")
	lacks(t, "objection", got, "违法占地建房", "石德贵户·石德贵")
	got = c.say("陈二", "查 #C1")
	has(t, "neighbour's 查", got, "#C1 石德贵户 否决项")
	lacks(t, "neighbour's 查", got, "违法占地建房")
	has(t, "household, privately", c.private("熊秀英", "查 #C1"), "违法占地建房")
}

// firstCommitWaits is a store whose first commit waits until every store
// sharing ready has come to its first: replicas that each read before
// either commits.
type firstCommitWaits struct {
	*storage.Store
	once  sync.Once
	ready *sync.WaitGroup
}

func (s *firstCommitWaits) Commit(ctx context.Context, c storage.Change) (storage.Result, error) {
	s.once.Do(func() {
		s.ready.Done()
		s.ready.Wait()
	})
	return s.Store.Commit(ctx, c)
}

// TestMonthlyItemRacedOnTwoReplicas: two members of one household claim
// its once-a-month item (庭院整洁) at the same moment on two replicas of
// one Redis, each having read the household's claims before either
// files. One claim is filed; the other's commit is refused by the read it
// carries, and, read again, he is told who claimed it: the month is
// never filed twice.
func TestMonthlyItemRacedOnTwoReplicas(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	var ready sync.WaitGroup
	ready.Add(2)
	stores := []*storage.Store{storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)}
	msgs := []bot.Message{
		{ID: "a1", Chat: grid3, From: "张三", Text: "申请积分 院子打扫干净了 有照片"},
		{ID: "b1", Chat: grid3, From: "刘芳", Text: "申请积分 庭院整洁 房前屋后都扫了"},
	}
	var wg sync.WaitGroup
	for i, st := range stores {
		r := handlers.New(handlers.Options{Config: cfg, Store: &firstCommitWaits{Store: st, ready: &ready}, People: dir,
			Reader: understand.Rules{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		m := msgs[i]
		m.At = at.Add(time.Minute)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Handle(context.Background(), m); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	q, err := stores[0].Claim(context.Background(), village3, 100, at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range q {
		got = append(got, o.Text)
	}
	all := strings.Join(got, "\n")
	if strings.Count(all, "已登记积分申请") != 1 || strings.Count(all, "按户每月评一次") != 1 {
		t.Errorf("replies:\n%s\nwant one claim filed and one told the month is taken", all)
	}
	cs, err := storage.Claims(context.Background(), stores[1], village3, storage.ClaimIndex(""))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Errorf("%d claims filed, want 1", len(cs))
	}
}

// TestVetoWithheldInScorerReplies: the scoring group's own replies in a
// group (扣分 of a veto item, the claims a 维持 without a number may mean,
// 维持, 撤销, and the copy a decision made privately sends to the item's
// group) name a veto item as the 公示 does: the household and 否决项; the
// household hears the item privately, and so does the scorer deciding
// privately.
func TestVetoWithheldInScorerReplies(t *testing.T) {
	c := newChat(t, understand.Rules{})
	group := func(got []string) string {
		var in []string
		for _, s := range got {
			if strings.HasPrefix(s, grid3+": ") {
				in = append(in, s)
			}
		}
		return strings.Join(in, "\n")
	}
	got := c.say("赵六", "扣分 陈二 违法占地建房 拒不拆除")
	has(t, "recorded", got, grid3+": 已记录否决项 #C1：陈二户。\n该户今年不参加积分排名和评优，项目已私下告知本户；",
		"陈二: 【积分通知】陈二户·陈二：「违法占地建房、拒不拆除」")
	lacks(t, "recorded", []string{group(got)}, "违法", "陈二户·陈二")
	got = c.say("赵六", "扣分 陈二 违法占地建房 拒不拆除")
	has(t, "again refused (points43)", got, "这条没有记录：陈二户2026年已经记过这项否决项（#C1")
	lacks(t, "again", []string{group(got)}, "违法")
	publishClaims(t, c.st, c.now, 1)
	has(t, "objection", c.say("陈二", "异议 #C1 房子是批了的 有审批手续"), "陈二户 否决项")
	got = c.say("赵六", "维持")
	has(t, "which", got, "#C1 陈二户 否决项")
	lacks(t, "which", got, "违法")
	got = c.say("赵六", "维持 #C1 现场看过确实违建")
	has(t, "upheld", got, grid3+": #C1 经核实维持原评分：陈二户 否决项。")
	lacks(t, "upheld", []string{group(got)}, "违法", "违建")

	has(t, "second", c.say("赵六", "扣分 张三 治安拘留 因赌博被行政拘留"), "已记录否决项 #C2：张三户。")
	got = c.private("赵六", "撤销 #C2 核实是同名的外村人")
	has(t, "revoked privately", got, "赵六: #C2 已撤销：张三户·张三「家庭成员受到治安拘留」", "理由：核实是同名的外村人",
		grid3+": #C2 已撤销：张三户 否决项，张三户恢复参加2026年积分排名和评优。理由已私下告知本户。")
	lacks(t, "revoked privately", []string{group(got)}, "治安拘留", "同名")
}
