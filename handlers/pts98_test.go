package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// TestTotalSaysWhatWaits: 陈二's 「我家积分怎么才这么点」 parts his
// household's items into those in effect and those approved but not yet
// in effect, each of those saying when: 公示 in the group on the 1st, or
// in its 公示 window until a day (pts98). Before, all three were 已计入,
// the unpublished one 「公示期满生效」, which read as usable.
func TestTotalSaysWhatWaits(t *testing.T) {
	b := partedHousehold(t)
	got := b.privately("陈二", "我家积分怎么才这么点")
	has(t, "parted", got, "陈二: 陈二户2026年的积分：\n已计入 22 分，其中：\n已生效 8 分：\n· #C1 陈二「参加义务劳动、集体劳动」+8分（3月2日）\n"+
		"已通过、还没生效 14 分（公示期满没有异议才生效、才能兑换）：\n"+
		"· #C3 陈二「帮助困难群众、照料孤寡老人」+10分（3月2日通过，4月1日在群里公示）\n"+
		"· #C2 陈二「参加志愿服务活动」+4分（3月2日通过，公示中，3月9日", "期满）")
	lacks(t, "parted", got, "公示期满生效）")
}

// partedHousehold is a bot where 陈二户 has #C1 in effect, #C2 in its
// 公示 window and #C3 approved, waiting for the next 公示.
func partedHousehold(tb testing.TB) *pointsBot {
	b := examplePointsBot(tb)
	b.say("赵六", "加分 陈二 参加义务劳动 8")
	b.say("赵六", "加分 陈二 参加志愿服务 4")
	publishClaims(tb, b.st, b.now, 1, 2)
	finaliseClaims(tb, b.st, b.now.Add(7*24*time.Hour), 1)
	b.say("赵六", "加分 陈二 帮扶五保户 10")
	return b
}

// finaliseClaims does what the 公示 job does when the window of the
// claims numbered closes with no objection: they are final at at.
func finaliseClaims(tb testing.TB, st *storage.Store, at time.Time, ns ...int) {
	tb.Helper()
	applyClaims(tb, st, "final", ns, func(c *village.Claim) (village.ClaimStatus, error) {
		return c.Apply(village.ClaimFinalise, "积分公示", at, "")
	})
}

// TestPhotoDueReminder: 陈二's claim that needs a photo, sent without
// one, was told 「24小时内都行」: three hours before that ends he is
// reminded where he claimed, with the time and how to take it back
// (pts98). 张三's photo, sent meanwhile, withdraws his; 刘芳's claim,
// taken back, hers. Before, the 24 hours ended unsaid.
func TestPhotoDueReminder(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 7, 14, 0, 0, 0, b.now.Location())
	has(t, "claimed", b.say("陈二", "申请积分 打扫院子 房前屋后都干净了"), "#C1", "24小时内都行")
	b.say("张三", "申请积分 打扫院子 房前屋后都干净了")
	b.say("刘芳", "申请积分 垃圾分类投放")
	b.photo("p1", g3, "张三", "yard.jpg")
	b.say("刘芳", "撤回 #C3")
	silent(t, "within the wait", b.held())
	b.now = time.Date(2026, 12, 8, 11, 0, 0, 0, b.now.Location())
	silent(t, "before the reminder", b.drain())
	b.now = time.Date(2026, 12, 8, 11, 2, 0, 0, b.now.Location())
	got := b.drain()
	if len(got) != 1 {
		t.Fatalf("%d messages 3 hours before the wait ends, want 陈二's reminder: %q", len(got), got)
	}
	has(t, "the reminder", got, g3+": 陈二，您的积分申请 #C1（陈二户·陈二「庭院整洁、房前屋后干净」）的照片还没有发来：请在今天14:01前发在这里，会自动附上",
		"不申请了请发「撤回 #C1」")

	// a claim at 06:00 (quiet hours until 07:00) is reminded the evening before its wait ends
	b.now = time.Date(2026, 12, 9, 6, 0, 0, 0, b.now.Location())
	b.say("陈二", "申请积分 打扫院子 很干净")
	b.now = time.Date(2026, 12, 9, 20, 31, 0, 0, b.now.Location())
	has(t, "the evening before", b.drain(), "请在明天06:01前发在这里")
}

// TestClaimIndicatorAnyReader: 「申请积分 清理了村口水渠」 files as HJ02
// 参加村庄环境卫生整治 whether the reader matches the catalogue itself (the
// app's, the sandbox's) or has none (the tests' understand.Rules{}); so
// do the deeds the rules name in plain words (pts98). Before, the second
// asked for a code, 「是下面哪一项吗？HJ02…」.
func TestClaimIndicatorAnyReader(t *testing.T) {
	cfg, dir := exampleVillage(t)
	st := storagetest.New(t)
	withCat := &pointsBot{t: t, st: st, now: at, r: handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
		Reader: understand.Rules{Catalogue: cfg.Points.Indicators()}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})}
	bare := examplePointsBot(t)
	for i, deed := range []string{"清理了村口水渠", "去河边捞了好多垃圾", "帮隔壁王奶奶挑了一个月的水"} {
		ref := fmt.Sprintf("C%d", i+1)
		has(t, deed+" (catalogue)", withCat.say("张三", "申请积分 "+deed), "#"+ref)
		has(t, deed+" (none)", bare.say("张三", "申请积分 "+deed), "#"+ref)
		if a, b := withCat.claim(ref), bare.claim(ref); a.Indicator != b.Indicator || a.Indicator == "" {
			t.Errorf("%s: %q with the catalogue, %q without", deed, a.Indicator, b.Indicator)
		}
	}
	if c := bare.claim("C1"); c.Indicator != "HJ02" {
		t.Errorf("清理了村口水渠 filed as %s, want HJ02", c.Indicator)
	}
}

// TestUndoneBurstPromisesNothing: the 2026 ranking was archived with
// #C9 under objection. 赵六 approves a late December claim in January and
// takes it back within the correction's hold: nothing is posted, so
// nothing said #C9 「在核实，核实后再更正」 and the archive promises no
// follow-up of it (pts98). Before, the undone correction's promise stayed
// (YearRanking.Promised), and settling #C9 later told the groups of an
// item they had never been told was being checked. A correction that is
// posted still promises it.
func TestUndoneBurstPromisesNothing(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("陈二", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	archiveOpen2026(t, b, "C9")
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	b.say("赵六", "同意 #C1")
	b.say("赵六", "撤销 #C1 审错了")
	if fixes := correctionsIn(b.held()); len(fixes) != 0 {
		t.Fatalf("an undone burst posted: %q", fixes)
	}
	if y, _ := ranking2026(t, b); len(y.Promised) != 0 || len(y.TellPromised) != 0 {
		t.Fatalf("the undone burst still promises %q (burst's %q)", y.Promised, y.TellPromised)
	}

	// posted: promised
	b.say("赵六", "同意 #C2")
	got := b.held()
	has(t, "posted", correctionsIn(got)[g3], "#C9")
	if y, _ := ranking2026(t, b); !slices.Contains(y.Promised, "C9") {
		t.Fatalf("the posted correction promises %q, want C9", y.Promised)
	}
}

// TestPhotoDueOnlyWhenNeeded: a claim of an item that needs a witness,
// sent 「有照片」 without the photo, gets no photo reminder: the photo was
// never what it lacked (found on the walk: 「…的照片还没有发来…按没有照
// 片审核」 to a claim told it needs a witness).
func TestPhotoDueOnlyWhenNeeded(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 7, 14, 0, 0, 0, b.now.Location())
	has(t, "claimed", b.say("张三", "申请积分 帮五保户王奶奶挑水 有照片"), "#C1", "证明人")
	b.now = b.now.Add(23 * time.Hour)
	lacks(t, "no photo reminder", b.drain(), "照片还没有发来")
}

// TestShortWithNothingComing: 张三户's 17 points are all in effect and
// nothing is on its way; 周八's 「兑换 张三 洗衣液 1」 (20 分) is refused
// without 「公示期满生效的积分才能兑换」, which read as if his points were not
// in effect yet (found on the walk, pts98). With points in 公示 it is
// still said, and so with none left at all.
func TestShortWithNothingComing(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 17)
	got := b.say("周八", "兑换 张三 洗衣液 1")
	has(t, "short", got, g3+": 积分不够，没有兑换：洗衣液 1瓶要 20 分", "张三户的人发「我的积分」可查。", "17 分够换：")
	lacks(t, "short", got, "公示期满生效的积分才能兑换")
	b.say("赵六", "加分 张三 参加义务劳动 8")
	publishClaims(t, b.st, b.now, 1)
	has(t, "coming", b.say("周八", "兑换 张三 洗衣液 1"), "公示中的积分")
	has(t, "none left", b.say("周八", "兑换 陈二 洗衣液 1"), "公示期满生效的积分才能兑换")
}

// TestStatusSaysWhatIsMissing: 查 #C of a pending claim says the
// evidence written and what it still lacks; its claimant also hears how
// to give it (pts98, found on the walk: 「申请：陈二，1月8日」 and nothing
// more, while 待审 said 「缺证明人」). Given, it is said as given.
func TestStatusSaysWhatIsMissing(t *testing.T) {
	b := examplePointsBot(t)
	b.say("陈二", "申请积分 参加普法讲座")
	has(t, "the scorer", b.say("赵六", "查 #C1"), "申请：陈二，3月2日，还缺证明人")
	lacks(t, "the scorer", b.say("赵六", "查 #C1"), "请接着发证明人")
	has(t, "the claimant", b.say("陈二", "查 #C1"), "还缺证明人", "请接着发证明人的名字，如：证明人 ")
	b.say("陈二", "证明人 王五")
	got := b.say("陈二", "查 #C1")
	has(t, "given", got, "申请：陈二，3月2日，证明人 1 位") // named only privately (pts99)
	has(t, "given privately", b.privately("陈二", "查 #C1"), "申请：陈二，3月2日，证明人 王五")
	lacks(t, "given", got, "还缺")
}

// archiveOpen2026 is archive2026 with the claims open under objection at
// the year end.
func archiveOpen2026(tb testing.TB, b *pointsBot, open ...string) {
	tb.Helper()
	archive2026(tb, b)
	raws, err := b.st.Docs(context.Background(), qs, storage.RankKind, storage.RankIndex("2026"))
	if err != nil {
		tb.Fatal(err)
	}
	y, ok, err := storage.RankingIn(raws)
	if err != nil || !ok {
		tb.Fatal("no 2026 ranking", err)
	}
	y.Open = open
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "open2026", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		tb.Fatal(err)
	}
}
