package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

const g3 = "青山村三组网格群"

var qs = storage.VillageScope("青山村")

// pointsBot is a router on a private Redis with the example village.
type pointsBot struct {
	t   testing.TB
	r   *handlers.Router
	st  *storage.Store
	n   int
	now time.Time
}

// examplePointsBot is newPointsBot on the example village.
func examplePointsBot(t testing.TB) *pointsBot {
	t.Helper()
	cfg, dir := exampleVillage(t)
	return newPointsBot(t, cfg, dir)
}

func newPointsBot(tb testing.TB, cfg *config.Config, dir *roster.Directory) *pointsBot {
	tb.Helper()
	st := storagetest.New(tb)
	return pointsBotOn(tb, cfg, dir, st, st)
}

// pointsBotOn is a pointsBot whose router works on store, a view of st:
// with st opened on a Redis others share, one replica of several.
func pointsBotOn(tb testing.TB, cfg *config.Config, dir *roster.Directory, store handlers.Store, st *storage.Store) *pointsBot {
	r := handlers.New(handlers.Options{Config: cfg, Store: store, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &pointsBot{t: tb, r: r, st: st, now: at}
}

// say handles one group message with a fresh id and returns the replies.
func (b *pointsBot) say(from, text string) []string {
	b.t.Helper()
	b.n++
	return b.sayID(fmt.Sprintf("m%d", b.n), from, text)
}

func (b *pointsBot) sayID(id, from, text string) []string {
	b.t.Helper()
	b.now = b.now.Add(time.Minute)
	if err := b.r.Handle(context.Background(), bot.Message{ID: id, At: b.now, Chat: g3, From: from, Text: text}); err != nil {
		b.t.Fatalf("%s: %s: %v", from, text, err)
	}
	return b.drain()
}

// held is what went out once the held posts (a ranking correction,
// held correctionHold to take later ones of a burst) are due: the clock
// moved on 3 minutes.
func (b *pointsBot) held() []string {
	b.t.Helper()
	b.now = b.now.Add(3 * time.Minute)
	return b.drain()
}

func (b *pointsBot) drain() []string {
	b.t.Helper()
	return storagetest.Sent(b.t, b.st, b.now, qs, storage.TownshipScope("青山镇"))
}

func (b *pointsBot) account(household string) village.Account {
	b.t.Helper()
	a, _, err := storage.Account(context.Background(), b.st, qs, household)
	if err != nil {
		b.t.Fatal(err)
	}
	return a
}

// TestPointsFlow walks a claim through review with the refusals a real
// group produces, one message at a time.
func TestPointsFlow(t *testing.T) {
	b := examplePointsBot(t)
	steps := []struct {
		from, text string
		want       []string // substrings of the replies, in order
	}{
		{"张三", "申请积分 参加义务劳动 证明人 王五", []string{g3 + ": 已登记积分申请 #C1：张三户·张三「参加义务劳动、集体劳动」", "@赵六\u2005请评分小组审核"}},
		{"李四", "同意 #C1 8", []string{"「同意」需要评分小组成员"}},
		{"赵六", "同意 #C1", []string{"请写上给几分"}},
		{"赵六", "同意 #C1 30", []string{"只能给 5–10分，30 分不行"}},
		{"赵六", "同意 #C1 8 很积极", []string{"#C1 已通过：张三户·张三「参加义务劳动、集体劳动」+8分（计入2026年3月）"}},
		{"赵六", "同意 #C1 8", []string{"#C1 现在是「已通过待生效」，已经评过分了，不用再「同意」。公示期内有意见可以「异议 #C1 理由」；评分有误，评分小组可以「撤销 #C1 理由」。"}},
		{"赵六", "驳回 #C1 重复", []string{"#C1 现在是「已通过待生效」，已经评过分了，不用再「驳回」。"}},
		{"赵六", "维持 #C1", []string{"#C1 现在是「已通过待生效」，没有人提异议，不用「维持」，公示期满自动生效。"}},
		{"陈二", "异议 #C1 那天他在镇上", []string{"已把您对 #C1 的意见私信转给评分小组赵六核实", "赵六: 【积分反映】#C1"}},
		{"公示", "1", nil},
		{"陈二", "异议 #C1", []string{"异议要写理由"}},
		{"陈二", "异议 #C1 那天他在镇上", []string{"已收到对 #C1", "@赵六\u2005请评分小组核实"}},
		{"陈二", "维持 #C1", []string{"「维持」需要评分小组成员"}},
		{"赵六", "撤销 #C1", []string{"撤销要写理由"}},
		{"赵六", "同意 #C1 8", []string{"#C1 现在是「有异议·冻结」，有人提了异议，评分小组核实后请回「维持 #C1」或「撤销 #C1 理由」。"}},
		{"赵六", "撤销 #C1 核实确未参加", []string{"#C1 已撤销", "陈二: 您对 #C1 提的异议已处理：已撤销"}},
		{"赵六", "维持 #C1", []string{"#C1 现在是「已撤销」，这次没有计分，不用「维持」了。需要时请重新申请积分。"}},
		{"钱桂英", "申请积分 扫院子了", []string{"#C2", "已私信转给镇干部孙七审核", "孙七: 【积分申请】"}},
		{"赵六", "同意 #C2 5", []string{"评分小组成员不能审核自家的积分（回避）。请孙七来审核"}},
		{"陈二", "同意 好的", nil}, // group speech: silence
		// C2 is his own household's: not listed.
		{"赵六", "同意", []string{"请写上积分编号，例如：同意 #C12"}},
		{"张三", "申请积分 给 刘芳 清理河道", []string{"#C3：张三户·刘芳"}},
		{"张三", "申请积分 给 陈二 清理河道", []string{"只能给本户家里人申请积分"}},
		{"王五", "申请积分 给 陈二 清理河道", []string{"#C4：陈二户·陈二"}}, // a grid worker on behalf of a villager
		{"张三", "申请积分 给 张大宝 清理河道", []string{"名单上您家没有「张大宝」"}},
		{"张三", "查 #C3", []string{"#C3 张三户·刘芳「参加村庄环境卫生整治」+5分·待审核"}},
		{"赵六", "同意", []string{"请问同意哪一项？请回复数字：\n「1」#C4 陈二户·陈二「参加村庄环境卫生整治」 5分\n「2」#C3 张三户·刘芳「参加村庄环境卫生整治」 5分\n回「1」就和发「同意 #C4」一样"}},
		{"赵六", "同意 #4 5", []string{"#C4 已通过：陈二户·陈二「参加村庄环境卫生整治」+5分"}}, // "#4" is C4 for a claim verb
		{"张三", "驳回 #R1 理由", []string{"没有找到 #R1"}}, // a report reference stays with the reports
		{"孙七", "扣分 张三 乱扔垃圾 3 路口", []string{"#C5：张三户·张三「乱倒乱扔垃圾」-3分（路口）", "张三: 【积分通知】"}},
		{"赵六", "扣分 陈二 乱扔垃圾", []string{"是 扣2–5分，请写上分数"}},
		{"周八", "兑换 张三 洗衣液", []string{"可兑换积分 0 分，洗衣液 1瓶要 20 分"}},
		{"张三", "我的积分", []string{"张三户2026年积分：户总分 -3 分", "待审核：#C3「参加村庄环境卫生整治」"}},
		{"张三", "积分帮助", []string{"申请积分 做了什么", "积分分为遵纪守法"}},
		{"赵六", "积分帮助", []string{"评分小组：待审（看等您审的） ｜ 同意 #C"}},
		// a villager is sent to the shopkeeper, who is shown his command
		{"张三", "积分帮助 超市", []string{"洗衣液 20分/瓶\n", "要兑换请到积分超市找周八；发「我的积分」看您家可兑换多少分。"}},
		{"周八", "积分帮助 超市", []string{"洗衣液 20分/瓶\n", "兑换时请记录：兑换 名字 物品 数量。"}},
	}
	for i, s := range steps {
		if s.from == "公示" {
			n, _ := strconv.Atoi(s.text)
			publishClaims(t, b.st, b.now, n)
			continue
		}
		b.step(t, i, s.from, s.text, s.want)
	}
	b.wantScore(t, "QS-301", -3, "C1 revoked, C5 -3")
}

// TestPointsRetriedMessageCountsOnce delivers the same approval and the
// same 加分 twice (a transport retry, a replayed transcript): the points
// count once and the reply is sent once.
func TestPointsRetriedMessageCountsOnce(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动")
	for i := range 2 {
		got := b.sayID("approve", "赵六", "同意 #C1 10")
		// the group's reply, and the scorer's note on the missing
		// witness to him privately; nothing again
		if want := 2 - 2*i; len(got) != want {
			t.Errorf("delivery %d: %d replies, want %d", i+1, len(got), want)
		}
		got = b.sayID("award", "赵六", "加分 陈二 拾金不昧 10")
		if want := 1 - i; len(got) != want {
			t.Errorf("delivery %d of 加分: %d replies, want %d", i+1, len(got), want)
		}
	}
	b.wantScore(t, "QS-301", 10, "")
	b.wantScore(t, "QS-302", 10, "")
	pts := storagetest.Must(b.st.Counters(context.Background(), qs, storage.PointsHash("2026")))(t)
	if diff := cmp.Diff(pts, map[string]int64{"QS-301": 10, "QS-302": 10}); diff != "" {
		t.Errorf("ranking counters (-got +want):\n%s", diff)
	}
}

// TestConcurrentRedemptionsCannotOverspend runs two redemptions of the
// whole balance at once: one wins, the other is refused with the balance.
func TestConcurrentRedemptionsCannotOverspend(t *testing.T) {
	b := examplePointsBot(t)
	ctx := context.Background()
	a := village.NewAccount("青山村", "QS-301")
	a.Final = 20
	if _, err := b.st.Commit(ctx, storage.Change{Scope: qs, MsgID: storage.AccountMsgID("青山村", "QS-301"),
		Docs: []storage.Doc{storage.AccountDoc(a)}}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := bot.Message{ID: fmt.Sprintf("r%d", i), At: at, Chat: g3, From: "周八", Text: "兑换 张三 洗衣液 1"}
			if err := b.r.Handle(ctx, m); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got := strings.Join(b.drain(), "\n")
	// the group's refusal, after 「已经兑换过」 when it names the sale made (pts63)
	if strings.Count(got, "已兑换") != 1 || strings.Count(got, "积分不够，没有兑换：洗衣液") != 1 {
		t.Errorf("replies:\n%s\nwant one redemption and one refusal", got)
	}
	if acct := b.account("QS-301"); acct.Redeemed != 20 || acct.Redeemable() != 0 {
		t.Errorf("redeemed %d, redeemable %d; want 20 and 0", acct.Redeemed, acct.Redeemable())
	}
}

// bigVillage is the example configuration with one village of n
// two-person households in grid 三组, plus the example's scorer and
// shopkeeper.
func bigVillage(tb testing.TB, n int) (*config.Config, *roster.Directory) {
	tb.Helper()
	cfg := configtest.Load(tb, "../config.example.yaml")
	people := []village.Person{
		{Name: "赵六", Village: "青山村", Household: "QS-306", Relation: "户主", Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleVillager, village.RoleScorer}},
	}
	for i := range n {
		hh := fmt.Sprintf("H%06d", i)
		for j, rel := range []string{"户主", "配偶"} {
			people = append(people, village.Person{Name: fmt.Sprintf("%s-%d", hh, j), Village: "青山村", Household: hh,
				Relation: rel, Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
		}
	}
	return cfg, roster.NewDirectory(people)
}

// BenchmarkClaimApprove is the hot path of the points system: a claim
// (申请积分) and its approval (同意), each one atomic commit, through the
// router on a private redis-server. The claim's round trips (its read and
// its commit) and the approval's are reported apart.
func BenchmarkClaimApprove(b *testing.B) {
	benchClaimApprove(b, false, false)
}

// BenchmarkClaimApproveStarted is BenchmarkClaimApprove on a started
// store (LoadScripts listed the households with claims: none): a
// household's first claim is decided on none, no read (rt75).
func BenchmarkClaimApproveStarted(b *testing.B) {
	benchClaimApprove(b, false, true)
}

// BenchmarkClaimApproveKnown is BenchmarkClaimApprove of households this
// process follows: each filed a claim, approved, the day before.
func BenchmarkClaimApproveKnown(b *testing.B) {
	benchClaimApprove(b, true, false)
}

// benchClaimApprove runs BenchmarkClaimApprove, of known households when
// known, on a started store when started.
func benchClaimApprove(b *testing.B, known, started bool) {
	cfg, dir := bigVillage(b, 1000)
	pb := newPointsBot(b, cfg, dir)
	ctx := context.Background()
	if started {
		if err := pb.st.LoadScripts(ctx); err != nil {
			b.Fatal(err)
		}
	}
	first := 0 // the claims filed before the timed loop
	if known {
		first = min(b.N, 1000)
	}
	for i := range first {
		before := at.Add(-24 * time.Hour)
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("k%d", i), At: before, Chat: g3, From: fmt.Sprintf("H%06d-0", i), Text: "申请积分 参加了志愿服务"}); err != nil { // other words: the same words within two days are asked first
			b.Fatal(err)
		}
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("ka%d", i), At: before, Chat: g3, From: "赵六", Text: fmt.Sprintf("同意 #C%d 2", i+1)}); err != nil {
			b.Fatal(err)
		}
	}
	warmUp(b, pb, "积分排行")
	var claims, approvals int64
	for i := range b.N {
		who := fmt.Sprintf("H%06d-0", i%1000)
		at := at.Add(time.Duration(i) * time.Second)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("c%d", i), At: at, Chat: g3, From: who, Text: "申请积分 参加志愿服务"}); err != nil {
			b.Fatal(err)
		}
		mid := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("a%d", i), At: at, Chat: g3, From: "赵六", Text: fmt.Sprintf("同意 #C%d 2", first+i+1)}); err != nil {
			b.Fatal(err)
		}
		claims, approvals = claims+mid-before, approvals+pb.st.RoundTrips()-mid
	}
	b.ReportMetric(float64(claims)/float64(b.N), "roundtrips/claim")
	b.ReportMetric(float64(approvals)/float64(b.N), "roundtrips/approval")
	b.StopTimer()
	if got, want := pb.account("H000000").Year("2026").Score, 2+2*min(first, 1); got < want {
		b.Fatalf("H000000 scores %d, want at least %d: a claim was not filed or not approved", got, want)
	}
}

// BenchmarkPointsPosting100k records 加分 for random households of a
// 100,000-household village: each posting reads the household's account
// and commits the claim, ledger entry, account and counter at once.
func BenchmarkPointsPosting100k(b *testing.B) {
	cfg, dir := bigVillage(b, 100_000)
	pb := newPointsBot(b, cfg, dir)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	warmUp(b, pb, "加分 H000001-0 义务劳动 5")
	before := pb.st.RoundTrips()
	for i := range b.N {
		who := fmt.Sprintf("H%06d-0", rng.IntN(100_000))
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("p%d", i), At: at, Chat: g3, From: "赵六",
			Text: "加分 " + who + " 义务劳动 5"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pb.st.RoundTrips()-before)/float64(b.N), "roundtrips/msg")
}

// warmUp handles one message from the scorer before the timer starts,
// so that what the router builds once (the village's households, on
// first use) and the garbage of building the big roster are not
// counted in the first iterations.
func warmUp(b *testing.B, pb *pointsBot, text string) {
	b.Helper()
	if err := pb.r.Handle(context.Background(), bot.Message{ID: "warm", At: at, Chat: g3, From: "赵六", Text: text}); err != nil {
		b.Fatal(err)
	}
	pb.drain()
	runtime.GC()
	b.ResetTimer()
}

// BenchmarkRanking100k answers 积分排行 in a village of 100,000 households
// that all have points: two HGETALLs in one round trip, an exact sort by
// average and one reply commit.
func BenchmarkRanking100k(b *testing.B) {
	const n = 100_000
	cfg, dir := bigVillage(b, n)
	pb := newPointsBot(b, cfg, dir)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	for start := 0; start < n; start += 5000 {
		var incr []storage.Incr
		for i := start; i < start+5000; i++ {
			incr = append(incr, storage.Incr{Hash: storage.PointsHash("2026"), Field: fmt.Sprintf("H%06d", i), By: int64(rng.IntN(300))})
		}
		if _, err := pb.st.Commit(ctx, storage.Change{Scope: qs, Incr: incr}); err != nil {
			b.Fatal(err)
		}
	}
	warmUp(b, pb, "积分排行")
	if got := askEach(ctx, b, pb, g3, "H000042-0", "积分排行"); !strings.Contains(got, "您家（H000042-0户）排第") {
		b.Fatalf("ranking answer lacks the asker's rank: %.300s", got)
	}
}

// fund gives a household final (redeemable) points directly.
func (b *pointsBot) fund(household string, points int) {
	b.t.Helper()
	a := village.NewAccount("青山村", household)
	a.Final = points
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: storage.AccountMsgID("青山村", household),
		Docs: []storage.Doc{storage.AccountDoc(a)}}); err != nil {
		b.t.Fatal(err)
	}
}

// TestRedeemQuantities reads the counts shopkeepers write: sizes are no
// counts, Chinese numerals are, a negative number is refused, and a
// mistaken redemption is given back once by 撤销兑换.
func TestRedeemQuantities(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	steps := []struct {
		from, text string
		want       []string
		balance    int
	}{
		{"周八", "兑换 张三 5升食用油", []string{g3 + ": 已兑换 #D1：张三户·张三 食用油 1桶（5升），用 80 分。", "撤销兑换 #D1", "张三: 您家在积分超市兑换了食用油 1桶（5升），用 80 分，还可兑换 420 分"}, 420},
		{"周八", "兑换 张三 洗衣液 两瓶", []string{"洗衣液 2瓶，用 40 分"}, 380},
		{"周八", "兑换 张三 三条毛巾", []string{"毛巾 3条，用 24 分"}, 356},
		{"周八", "兑换 张三 牙膏 -1", []string{"没看懂牙膏的数量「-1」，没有兑换", "撤销兑换 #D编号"}, 356},
		{"周八", "兑换张三洗洁精1", []string{"洗洁精 1瓶，用 10 分"}, 346},
		{"周八", "兑换 孙七 牙膏 1", []string{"孙七在花名册上没有户号"}, 346},
		{"张三", "兑换券在哪里领", nil, 346},
		{"周八", "撤销兑换 #L2 拿错了", []string{g3 + ": 已撤销兑换 #D2：张三户·张三 洗衣液 2瓶，退回 40 分。已记入审核记录。\n现在可兑换多少已私信告诉张三；要重新兑换请发「兑换 张三 物品 数量」。", "张三: 您家在积分超市的兑换 #D2（洗衣液 2瓶，40 分）记错了，超市管理员已撤销，退回 40 分，现在可兑换 386 分"}, 386},
		{"周八", "撤销兑换 L2", []string{"#D2 已经撤销过了"}, 386},
		{"周八", "撤销兑换 #L5", []string{"#L5 是撤销记录（撤销的是 #D2），积分已退回，不用再撤销"}, 386},
		{"张三", "撤销兑换 #L1", []string{"「撤销兑换」需要积分超市管理员"}, 386},
		{"周八", "撤销兑换", []string{"您最近的兑换是 #D4：张三户·张三 洗洁精 1瓶", "请回复「是」"}, 386},
	}
	for i, s := range steps {
		b.step(t, i, s.from, s.text, s.want)
		b.wantRedeemable(t, fmt.Sprintf("step %d %q", i+1, s.text), "QS-301", s.balance)
	}
	// A retried 撤销兑换 (same message id) gives back nothing more.
	b.fund("QS-301", 0) // no-op: the account exists
	b.sayID("undo-1", "周八", "撤销兑换 #L3")
	b.sayID("undo-1", "周八", "撤销兑换 #L3")
	b.wantUndone(t, "after undoing L3 twice", "QS-301", 410, "L2", "L3")
}

// step says one message of a scripted exchange, the i-th: its replies
// hold each of want, or are none when want is empty.
func (b *pointsBot) step(t *testing.T, i int, from, text string, want []string) {
	t.Helper()
	got := b.say(from, text)
	step := fmt.Sprintf("step %d %s %q", i+1, from, text)
	if len(want) == 0 {
		silent(t, step, got)
	}
	has(t, step, got, want...)
}

// wantScore checks the household's 2026 score; why says where want comes from.
func (b *pointsBot) wantScore(t *testing.T, household string, want int, why string) {
	t.Helper()
	if got := b.account(household).Year("2026").Score; got != want {
		t.Errorf("%s score = %d, want %s %d", household, got, why, want)
	}
}

// wantRedeemable checks the household's redeemable balance.
func (b *pointsBot) wantRedeemable(t *testing.T, step, household string, want int) {
	t.Helper()
	if a := b.account(household); a.Redeemable() != want {
		t.Errorf("%s: %s redeemable %d, want %d", step, household, a.Redeemable(), want)
	}
}

// wantUndone checks the household's redeemable balance and the
// redemptions undone.
func (b *pointsBot) wantUndone(t *testing.T, step, household string, redeemable int, reversed ...string) {
	t.Helper()
	if a := b.account(household); a.Redeemable() != redeemable || !slices.Equal(a.Reversed, reversed) {
		t.Errorf("%s: redeemable %d, reversed %v; want %d and %v", step, a.Redeemable(), a.Reversed, redeemable, reversed)
	}
}

// wantStatus checks a claim's status.
func (b *pointsBot) wantStatus(t *testing.T, id string, want village.ClaimStatus, when string) {
	t.Helper()
	if c := b.claim(id); c.Status != want {
		t.Errorf("%s is %s %s, want %s", id, c.Status, when, want)
	}
}

// has checks that the replies, joined, contain each of want.
func has(t *testing.T, step string, got []string, want ...string) {
	t.Helper()
	joined := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("%s: replies\n%s\nlack %q", step, joined, w)
		}
	}
}

// lacks checks that the replies, joined with or without line breaks,
// contain none of unwanted.
func lacks(t *testing.T, step string, got []string, unwanted ...string) {
	t.Helper()
	joined, glued := strings.Join(got, "\n"), strings.Join(got, "")
	for _, u := range unwanted {
		if strings.Contains(joined, u) || strings.Contains(glued, u) {
			t.Errorf("%s: replies\n%s\nhold %q", step, joined, u)
		}
	}
}

// TestRangeClaimScoredByScorer: on a range item the villager's 「10分」 is
// only shown; the range stays visible and a bare 同意 asks for the score.
func TestRangeClaimScoredByScorer(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 10分 证明人王五"),
		"「参加义务劳动、集体劳动」（社会公德），5–10分（申请人写了 10 分，分数由评分小组定）", "回复「同意 #C1 分数」")
	has(t, "bare 同意", b.say("赵六", "同意 #C1"), "是 5–10分（申请人写了 10 分），请写上给几分")
	has(t, "scored", b.say("赵六", "同意 #C1 6"), "#C1 已通过：张三户·张三「参加义务劳动、集体劳动」+6分")
	b.wantScore(t, "QS-301", 6, "the scorer's")
	has(t, "another", b.say("陈二", "申请积分 参加义务劳动 证明人王五"), "#C2")
	has(t, "scored in Chinese numerals", b.say("赵六", "同意 #C2 给十分"), "#C2 已通过：陈二户·陈二「参加义务劳动、集体劳动」+10分")
}

// TestWitnessReachesScorers: the witness a claim names at the end of a
// long sentence ("…，李四可以作证") is on a line of its own in the
// scorers' notice and their 待审 list, not cut off with the text; the
// code the free-text confirmation put before the deed is not shown.
func TestWitnessReachesScorers(t *testing.T) {
	b := examplePointsBot(t)
	got := b.privately("张三", "申请积分 今天下午在村口看到有人把钱包掉在路边，我捡起来追了两里路交还失主孙大爷，李四可以作证")
	has(t, "notice", got, "张三: 已登记积分申请 #C1", "赵六: 【积分申请】张三户·张三 #C1「拾金不昧」5–10分：今天下午在村口", "…\n已写：证明人 李四\n请审核")
	got = b.privately("陈二", "申请积分 SG03 今天下午我把捡到的钱包交给了失主")
	has(t, "no code, lacks", got, "赵六: 【积分申请】陈二户·陈二 #C2「拾金不昧」5–10分：今天下午我把捡到的钱包交给了失主\n此项要证明人，申请里还没有\n")
	lacks(t, "no code", got, "：SG03")
	has(t, "todo", b.privately("赵六", "待审"), "#C1 张三户·张三「拾金不昧」，", "申请，证明人 李四\n", "#C2 陈二户·陈二「拾金不昧」，", "申请，缺证明人")
}

// TestClaimForFamilyMembers: a claim naming a household member, glued or
// not, is booked to him; several names or a mentioned member are asked
// back; nothing is silently booked to the sender.
func TestClaimForFamilyMembers(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "glued", b.say("张三", "申请积分 给张明参加义务劳动 证明人王五"), "#C1：张三户·张明「参加义务劳动、集体劳动」")
	has(t, "two names", b.say("张三", "申请积分 给张明、刘芳 参加普法讲座 证明人王五"),
		"一次申请只给一个人记分，请分开发", "申请积分 给 张明 参加普法讲座 证明人王五", "申请积分 给 刘芳 参加普法讲座 证明人王五")
	has(t, "my son", b.say("张三", "申请积分 帮我儿子张明 献血了 有证明材料"), "#C2：张三户·张明「")
	has(t, "other household", b.say("张三", "申请积分 给 陈二 打扫卫生"), "陈二不是您家的", "申请积分 帮陈二做了什么")
	has(t, "mentioned", b.say("张三", "申请积分 和张明一起打扫院子"), "申请里写了张明，是给张明申请吗", "还没有登记")
	has(t, "witness in the family", b.say("张三", "申请积分 打扫院子 证明人刘芳"), "#C3：张三户·张三「")
	b.now = b.now.Add(24 * time.Hour) // not a resend of #C2
	got := b.say("张三", "帮张明申请积分，他昨天去献血了")
	// the name before 申请积分: filed at once (pts103)
	has(t, "free text filed", got, "#C4：张三户·张明「")
	lacks(t, "free text filed", got, "回复「1」")
	has(t, "kin without 我", b.say("张三", "申请积分 给媳妇刘芳 参加普法讲座 证明人王五"), "#C5：张三户·刘芳「")
}

// TestClaimSentAgain: the same deed of the same person claimed again the
// same day while the first waits for review is a resend, not a second
// deed: it is not registered, so the scorers cannot approve it twice.
func TestClaimSentAgain(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 给张明参加义务劳动 证明人王五"), "#C1：张三户·张明「参加义务劳动、集体劳动」")
	got := b.say("张三", "申请积分 我儿子张明参加义务劳动 证明人王五")
	has(t, "resent", got, "今天已经申请过 #C1（张三户·张明「参加义务劳动、集体劳动」），正在等评分小组审核，这条没有重复登记")
	has(t, "for another member", b.say("张三", "申请积分 参加义务劳动 证明人王五"), "#C2：张三户·张三「")
	b.now = b.now.Add(24 * time.Hour)
	// the same words the next day: asked (points46), 「1」 files it
	has(t, "the next day", b.say("张三", "申请积分 给张明参加义务劳动 证明人王五"), "已经用一样的话申请过 #C1", "回复「1」")
	has(t, "another time", b.say("张三", "1"), "#C3：张三户·张明「")
}

// TestNamesTypedWithSpaces: "张 明" is the name 张明 wherever a command
// names a person; a claim for him is never booked to the sender.
func TestNamesTypedWithSpaces(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	has(t, "claim for a member", b.say("张三", "申请积分 给 张 明 参加义务劳动 证明人 王五"), "#C1：张三户·张明「")
	has(t, "full-width space", b.say("张三", "申请积分 给 张\u3000明 参加普法讲座 证明人 王五"), "#C2：张三户·张明「")
	has(t, "award", b.say("赵六", "加分 金 大海 义务劳动 10 清理水渠"), "金大海户·金大海「参加义务劳动、集体劳动」+10分（清理水渠）")
	has(t, "redeem", b.say("周八", "兑换 张 三 洗衣液 2"), "已兑换 #D", "张三户·张三 洗衣液 2瓶")
	has(t, "query", b.say("李四", "积分 张 明"), "张三户2026年积分")
	has(t, "proxy report", b.say("王五", "代报 王 奶奶 屋顶漏雨了"), "已登记 #R1", "屋顶漏雨了（王奶奶反映，王五代报）")
	has(t, "call log", b.say("王五", "回访 王 奶奶 已通 身体还好"), "已记录：王奶奶 已通")
}

// TestEvidenceKindMatters: a witness is no photo; the claimant is told what
// to send, and the approval is flagged.
func TestEvidenceKindMatters(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "witness for a photo item", b.say("张三", "申请积分 农药瓶回收 证明人王五"),
		"此项需要照片。您说有证明人 王五，但这还不够，还要照片。请接着把照片发在这里（24小时内都行），会自动附到这条申请上。")
	has(t, "approved without a photo", b.say("赵六", "同意 #C1"), "提醒：此项要求照片，申请里没有（只有：证明人 王五），已记入审核记录。")
	has(t, "有证明", b.say("张三", "申请积分 无偿献血 有证明"), "此项需要证明材料，已写：证明材料。")
	got := b.say("赵六", "同意 #C2")
	lacks(t, "approval of a claim with its paper is flagged", got, "提醒")
}

// TestPointsNettingToZero: a household whose points net to 0 is ranked,
// not told it has none; a past year without an archive says so.
func TestPointsNettingToZero(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	b.say("赵六", "扣分 张三 违反村规民约")
	got := b.say("张三", "我的积分")
	has(t, "mine", got, "户总分 0 分（含户积分 -10）", "全村第")
	lacks(t, "我的积分 with +10 and -10", got, "还没有积分")
	has(t, "ranking", b.say("张三", "积分排行"), "还没有哪一户得分。做了好事可以发「申请积分 做了什么」", "您家今年户总分 0 分")
	has(t, "old year", b.say("张三", "积分排行 2025"), "没有2025年的年终积分排行")
	has(t, "the village's ranking offered to a villager asking for the township's", b.say("张三", "积分排行 全镇"),
		"抱歉，「全镇积分排行」需要镇干部来操作。要看本村的排行，请发「积分排行」。")
	has(t, "积分查询 is 积分", b.say("张三", "积分查询"), "张三户2026年积分：户总分 0 分")
}

// TestSecondObjection: a further objection to a frozen item is recorded,
// sent to the scorers, and its author hears the outcome.
func TestSecondObjection(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	publishClaims(t, b.st, b.now, 1)
	has(t, "first", b.say("陈二", "异议 #C1 张三没去"), "已收到对 #C1")
	has(t, "second", b.say("王五", "异议 #C1 我也觉得没去"), "已有人提出异议，正在核实。您的意见已记下并转给评分小组",
		"赵六: 【积分异议】#C1 张三户·张三「参加志愿服务活动」又收到王五的异议：我也觉得没去")
	has(t, "again", b.say("王五", "异议 #C1 真没去"), "您已经对 #C1 提过异议")
	has(t, "settled", b.say("赵六", "撤销 #C1 核实没去"), "陈二: 您对 #C1 提的异议已处理", "王五: 您对 #C1 提的异议已处理")
}

// TestClaimCommandsAnswered: 「申请 积分」 with a space is a claim, a claim
// in the township chat is told where to go, and a claimant withdraws his
// own pending claim with 撤回 or 取消.
func TestClaimCommandsAnswered(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "spaced", b.say("张三", "申请 积分 参加义务劳动 证明人王五"), "已登记积分申请 #C1")
	b.now = b.now.Add(time.Minute)
	if err := b.r.Handle(context.Background(), bot.Message{ID: "office", At: b.now, Chat: "青山镇网格工作群", From: "张三",
		Text: "申请积分 参加义务劳动"}); err != nil {
		t.Fatal(err)
	}
	has(t, "office", b.drain(), "积分申请请在本村的网格群里发")
	has(t, "not his", b.say("陈二", "撤回 #C1"), "#C1 不是您提的申请")
	has(t, "withdrawn", b.say("张三", "撤回 #C1"), "#C1 已撤回：张三户·张三「参加义务劳动、集体劳动」")
	has(t, "status", b.say("张三", "查 #C1"), "已撤回")
	has(t, "approve after", b.say("赵六", "同意 #C1 5"), "现在是「已撤回」")
	b.say("张三", "申请积分 参加普法讲座")
	b.say("赵六", "同意 #C2")
	has(t, "too late", b.say("张三", "取消 #C2"), "已经审核过，不能撤回了", "撤销 #C2 理由")
	silent(t, "speech answered", b.say("张三", "取消了明天的会"))
}

// TestPointsWording covers the wording the QA report listed: a private
// claim's reply has no @scorer line, veto items are no 「0分」,
// deductions read 「扣 2–5 分」, a cap rejection does not ask for more
// papers, 查 keeps the approval date after 撤销, and several claims in
// one 同意 are each decided.
func TestPointsWording(t *testing.T) {
	b := examplePointsBot(t)
	b.now = b.now.Add(time.Minute)
	if err := b.r.Handle(context.Background(), bot.Message{ID: "private", At: b.now, Private: true, From: "张三", Text: "申请积分 参加普法学习 证明人王五"}); err != nil {
		t.Fatal(err)
	}
	got := b.drain()
	has(t, "private claim", got, "张三: 已登记积分申请 #C1", "已私信转给评分小组审核", "赵六: 【积分申请】")
	inChatLacks(t, "private reply to the claimant addresses the scorer", got, "张三", "@赵六")
	has(t, "deduction range", b.say("赵六", "扣分 陈二 乱扔垃圾"), "「乱倒乱扔垃圾」是 扣2–5分，请写上分数")
	has(t, "veto", b.say("赵六", "扣分 陈二 违法占地建房 拒不拆除"), "已记录否决项 #C2")
	publishClaims(t, b.st, b.now, 2)
	has(t, "veto objected", b.say("张三", "异议 #C2 已经拆了"), "已收到对 #C2（陈二户 否决项）的异议") // the group hears what the 公示 said
	got = b.say("赵六", "撤销 #C2 已拆除")
	has(t, "veto revoked", got, "#C2 已撤销：陈二户 否决项，陈二户恢复参加2026年积分排名和评优。理由已私下告知本户。",
		"张三: 您对 #C2 提的异议已处理：已撤销这项否决项", "陈二: 【积分通知】#C2 否决项「违法占地建房、拒不拆除」经核实已撤销")
	lacks(t, "veto described in points", got, "0分")
	// several in one 同意: each decided, the one not found said (score66)
	has(t, "several", b.say("赵六", "同意 #C1 和 #C3"), "这条处理了 2 项：#C1 已通过；#C3 没有处理", "#C1 已通过", "没有找到 #C3")
	b.now = b.now.Add(48 * time.Hour)
	has(t, "revoke approved", b.say("赵六", "撤销 #C1 记错人了"), "#C1 已撤销", "如果只是分数记错了")
	has(t, "status", b.say("张三", "查 #C1"), "评分：赵六，3月2日；撤销：赵六，3月4日")
	// 普法 is capped at 4 a month (2 per act): two approved, the third is full.
	for _, more := range []string{"", " 又去了", " 又一次"} {
		// one a day: the same deed twice a day is a resend, in the same
		// words the next day asked (points46)
		b.now = b.now.Add(24 * time.Hour)
		b.say("张三", "申请积分 参加普法学习 证明人王五"+more)
	}
	b.say("赵六", "同意 #C3")
	b.say("赵六", "同意 #C4")
	got = b.say("赵六", "驳回 #C5 已达上限")
	has(t, "cap rejection", got, "此项本月已到上限（每月最多 4 分），4月1日起可以再申请。")
	lacks(t, "cap rejection asks for papers", got, "补齐材料")
}

// TestRedeemAsksWhenUnclear (QA round 4, N2 and N6): a price, a weight for
// an item sold by the bag, a fraction, a pack size or two items in one
// 兑换 are asked back, and nothing is charged.
func TestRedeemAsksWhenUnclear(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	for _, s := range []struct{ text, want string }{
		{"兑换 张三 洗衣液 20分", "「20分」像是积分，不是数量，没有兑换。洗衣液每瓶 20 分，请写要几瓶"},
		{"兑换 张三 大米 20斤", "大米按袋兑换，「20斤」是几袋？没有兑换"},
		{"兑换 张三 洗衣液 一瓶半", "洗衣液只能整瓶兑换，「一瓶半」没有兑换"},
		{"兑换 张三 牙膏 5支装", "「5支装」是一包的大小还是要几支？没有兑换"},
		{"兑换 张三 洗衣液 毛巾", "一次只兑换一样，这条写了洗衣液和毛巾，都没有兑换。请分开发"},
		{"兑换 张三 牙膏一支香皂两块", "这条写了牙膏和香皂"},
		{"兑换 张三 洗衣液 一千瓶", "洗衣液「一千瓶」超过了一次能兑换的数量（最多 999瓶），没有兑换"},
		{"兑换 张三 毛巾 1万条", "毛巾「1万条」超过了一次能兑换的数量"},
		{"兑换 张三 茅台 1", "积分超市没有「茅台」，没有兑换。可兑换：香皂5分、牙膏5分、"},
		{"兑换 张三 两瓶茅台", "积分超市没有「茅台」，没有兑换。"},
		{"兑换 张三 2", "请这样记：兑换 名字 物品 数量"},
	} {
		has(t, s.text, b.say("周八", s.text), s.want)
		if a := b.account("QS-301"); a.Redeemable() != 500 {
			t.Fatalf("%q charged: redeemable %d, want 500", s.text, a.Redeemable())
		}
	}
	has(t, "clear", b.say("周八", "兑换 张三 大米 2袋"), "大米 2袋（5公斤），用 180 分")
}

// TestClaimDeedForNeighbour (QA round 4, N3 and N5): helping a neighbour is
// the sender's own deed; a grid worker writing 给 is asked; a kin word
// without a name, a name not on the roster, or two 给 are asked back, never
// booked to the sender.
func TestClaimDeedForNeighbour(t *testing.T) {
	b := examplePointsBot(t)
	// Cleaning an elder's yard is caring for her, not one's own 庭院整洁:
	// the helping item, without a question back (QA points3).
	has(t, "helped an elder", b.say("张三", "申请积分 帮王奶奶打扫院子 证明人王五"), "#C1：张三户·张三「帮助困难群众、照料孤寡老人」")
	b.now = b.now.Add(24 * time.Hour) // not a resend of #C1
	has(t, "helped, clearer", b.say("张三", "申请积分 帮王奶奶打扫院子照料孤寡老人 证明人王五"), "#C2：张三户·张三「帮助困难群众、照料孤寡老人」")
	// A neighbour not in need (陈二 uses WeChat, no care tier): neighbourly help.
	has(t, "helped a neighbour", b.say("张三", "申请积分 帮陈二家收玉米 证明人李四"), "张三户·张三「助人为乐、邻里互助」")
	has(t, "helped a sick neighbour", b.say("张三", "申请积分 陈二生病了，帮陈二家挑了一星期水"), "张三户·张三「帮助困难群众、照料孤寡老人」")
	has(t, "worker helped", b.say("王五", "申请积分 帮王奶奶打扫院子 照料老人 证明人李四"), "：王五户·王五「")
	b.now = b.now.Add(24 * time.Hour) // not a resend
	has(t, "villager 给 glued", b.say("张三", "申请积分 给王奶奶送饭照料孤寡老人 证明人王五"), "：张三户·张三「")
	has(t, "worker 给 glued", b.say("王五", "申请积分 给王奶奶送饭照料孤寡老人"), "是您自己给王奶奶做的好事，还是替王奶奶申请积分？还没有登记",
		"申请积分 替 王奶奶 送饭照料孤寡老人")
	has(t, "worker 替", b.say("王五", "申请积分 替 王奶奶 打扫院子"), "王奶奶户·王奶奶「")
	for _, s := range []struct{ text, want string }{
		{"申请积分 给我爸参加义务劳动 证明人王五", "申请里写了「爸」，是给家里哪一位申请？还没有登记"},
		{"申请积分 给张小明参加义务劳动 证明人王五", "名单里没有「张小明」，这条还没有登记。是您家的张明吗？是的话回「是」就登记（或发：申请积分 给 张明 参加义务劳动 证明人王五）"},
		{"申请积分 给 张明 给 刘芳 参加义务劳动", "一次申请只给一个人记分，请分开发"},
		{"申请积分 给陈小龙参加义务劳动", "陈小龙不是您家的"},
		{"申请积分 给陈大龙参加义务劳动", "名单上您家没有「陈大龙」"},
		{"申请积分 给明明参加义务劳动 证明人王五", "名单里没有「明明」，这条还没有登记。是您家的张明吗？是的话回「是」就登记（或发：申请积分 给 张明 参加义务劳动 证明人王五）"},
	} {
		got := b.say("张三", s.text)
		has(t, s.text, got, s.want)
		lacks(t, fmt.Sprintf("%q booked", s.text), got, "已登记")
	}
	b.now = b.now.Add(24 * time.Hour)
	has(t, "for a place, spaced", b.say("张三", "申请积分 为灾区捐款 有收据"), "张三户·张三「")
	has(t, "neighbour by title", b.say("张三", "申请积分 给张大爷送饭照料孤寡老人"), "张三户·张三「")
	b.now = b.now.Add(24 * time.Hour)
	has(t, "elders", b.say("张三", "申请积分 给高龄老人送饭照料孤寡老人"), "张三户·张三「")

}

// TestClaimForKin: a claim for a family member called by a kin word only
// ("我老婆", "帮我儿子") is for the member the roster's 与户主关系 names,
// as the sender is related to the head: a 户主's 老婆 is the 配偶, a 子女's
// 老婆 the 儿媳 of a household of one child's line, a 孙子女's 爸 the 子女
// (not the 儿媳), a 子女's 爸 the one of 户主 and 配偶 the 性别 says is a
// man. When several fit (two 子女) the claim is asked back with them listed, and when the roster
// tells nothing (no 父母 on it) with the whole household; never someone of
// another household.
func TestClaimForKin(t *testing.T) {
	b := examplePointsBot(t)
	claimsForKin(t, b, []kinClaim{
		{"a head's wife", "张三", "申请积分 我老婆 参加义务劳动", "张三户·刘芳「参加义务劳动、集体劳动」"},
		{"a head's son, kin before 申请积分", "张三", "申请积分 帮我儿子申请积分 献血了", "张三户·张明「无偿献血」"},
		{"a spouse's husband, with a code", "刘芳", "申请积分 SG02 我老公 出义务工修路", "张三户·张三「参加义务劳动、集体劳动」"},
		{"a son's wife is the daughter-in-law", "赵鹏", "申请积分 我媳妇 参加普法讲座", "赵六户·廖娟「参加普法学习、法治讲座」"},
		{"a grandchild's father is the son, not his wife", "赵欣怡", "申请积分 我爸 参加普法讲座", "赵六户·赵鹏「参加普法学习、法治讲座」"},
		{"a daughter-in-law's child", "廖娟", "申请积分 给我女儿 参加普法讲座", "赵六户·赵欣怡「参加普法学习、法治讲座」"},
		{"a child's father: head or spouse, told by 性别", "张明", "申请积分 我爸 参加普法讲座", "张三户·张三「参加普法学习、法治讲座」"},
		{"two children", "陈二", "申请积分 给我孩子 参加普法讲座", "可能是：陈小龙、陈小凤。"},
		{"no parent on the roster", "张三", "申请积分 我妈 参加义务劳动", "您家名单上有：张三、刘芳、张明。"},
		{"helping one's wife is one's own deed", "张三", "申请积分 帮我老婆挑水 照顾老人", "张三户·张三「"},
		{"helping one's son with a task of his own is the son's", "张三", "申请积分 帮我儿子 参加普法讲座", "张三户·张明「参加普法学习、法治讲座」"},
	})
	has(t, "in free text, asked first", b.say("张三", "帮我儿子申请积分 参加义务劳动"), "我理解为：申请积分——帮我儿子申请积分 参加义务劳动")
	has(t, "confirmed", b.say("张三", "1"), "张三户·张明「参加义务劳动、集体劳动」")
}

// privately handles one private message to the bot and returns the replies.
func (b *pointsBot) privately(from, text string) []string {
	b.t.Helper()
	b.n++
	b.now = b.now.Add(time.Minute)
	if err := b.r.Handle(context.Background(), bot.Message{ID: fmt.Sprintf("p%d", b.n), At: b.now, Private: true, From: from, Text: text}); err != nil {
		b.t.Fatalf("%s: %s: %v", from, text, err)
	}
	return b.drain()
}

// TestStatusKeepsPrivateThingsPrivate (QA round 4, N4): 查 #C in a group
// shows neither a privately sent claim nor objection reasons to other
// villagers; the scorer is answered privately.
func TestStatusKeepsPrivateThingsPrivate(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("陈二", "申请积分 无偿献血 有献血证")
	got := b.say("张三", "查 #C1")
	has(t, "private claim, neighbour", got, "#C1 是私信提交的积分申请，公示前只有本户和评分小组能查")
	lacks(t, "private claim shown to a neighbour", got, "陈二")
	has(t, "private claim, scorer", b.say("赵六", "查 #C1"), "赵六: #C1 陈二户·陈二「", g3+": 赵六，#C1 的详情已私信发给您")

	b.say("赵六", "加分 张三 志愿服务 10")
	publishClaims(t, b.st, b.now, 2)
	b.privately("陈二", "异议 #C2 我是他邻居陈二，那天他在我家打牌")
	b.say("王五", "异议 #C2 我也觉得没去")
	got = b.say("张三", "查 #C2")
	has(t, "objected, claimant", got, g3+": #C2 张三户·张三「", "有人提出异议，评分小组正在核实")
	lacks(t, "objection reasons shown in the group", got, "打牌", "没去")
	got = b.say("赵六", "查 #C2")
	has(t, "objected, scorer", got, "赵六: #C2 张三户·张三「", "异议（陈二）：我是他邻居陈二，那天他在我家打牌", "异议（王五）：我也觉得没去",
		g3+": 赵六，#C2 的详情已私信发给您")
	inChatLacks(t, "objection reason in the group", got, g3, "打牌")
	has(t, "objector, own", b.privately("陈二", "查 #C2"), "您的异议：我是他邻居陈二")
}

// TestRedeemKeepsBalanceOutOfGroup (QA round 4, N8): 兑换 and 撤销兑换
// replies in the group carry no household's balance; the shopkeeper (when
// refused) and the household (on WeChat) hear it privately.
func TestRedeemKeepsBalanceOutOfGroup(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 30)
	check := func(step string, got []string, want ...string) {
		t.Helper()
		has(t, step, got, want...)
		inChatLacks(t, step+": balance in the group", got, g3, "可兑换 ", "可兑换积分 ")
	}
	check("redeem", b.say("周八", "兑换 张三 洗衣液 1"), g3+": 已兑换 #D1：张三户·张三 洗衣液 1瓶，用 20 分。", "张三: 您家在积分超市兑换了洗衣液 1瓶，用 20 分，还可兑换 10 分")
	// the same sale again: said first to be made already (pts63), then short
	check("short", b.say("周八", "兑换 张三 洗衣液 1"), g3+": 张三户今天09:01已经兑换过洗衣液 1瓶", "如果是再换一次：积分不够，没有兑换",
		"周八: 张三户今天09:01已经兑换过洗衣液 1瓶", "如果是再换一次：积分不够，没有兑换：张三户可兑换积分 10 分")
	check("undo", b.say("周八", "撤销兑换 #L1"), g3+": 已撤销兑换 #D1", "张三: 您家在积分超市的兑换 #D1（洗衣液 1瓶，20 分）记错了，超市管理员已撤销，退回 20 分，现在可兑换 30 分")
	// A cadre asking after another household in the group hears its
	// points privately; the household asking after itself is answered
	// where it asked.
	check("a cadre asks after a household", b.say("李四", "积分 张三"),
		"李四: 张三户2026年积分", g3+": 李四，张三户的积分已私信发给您（各户的可兑换积分不在群里公开）。")
	has(t, "the household asks", b.say("刘芳", "积分 张三"), g3+": 张三户2026年还没有积分", "刘芳: 张三户2026年积分")
}

// TestFamilyWitnessIsNoWitness (QA round 4, N9): a member of the claim's
// own household named as 证明人 is no witness: the claimant is told, the
// approval is flagged (as the integrity export flags it).
func TestFamilyWitnessIsNoWitness(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "son as witness", b.say("张三", "申请积分 参加义务劳动 证明人张明"),
		"#C1：张三户·张三「参加义务劳动、集体劳动」", "张明是本户家里人，不能作证明人，请告诉评分小组一位外人证明人")
	has(t, "flagged", b.say("赵六", "同意 #C1 5"), "没有证明人（只有：家人作证 张明）也已通过，已记入审核记录；张三补上证明人时会私信告诉您，不用再审核。")
	has(t, "for the son, father as witness", b.say("张三", "申请积分 给 张明 参加义务劳动 证明人张三"), "张三是本户家里人，不能作证明人")
	b.now = b.now.Add(24 * time.Hour) // the same deed the same day is refused
	got := b.say("张三", "申请积分 参加义务劳动 证明人王五")
	has(t, "neighbour", got, "已写：证明人 王五。")
	c, err := storage.Claims(context.Background(), b.st, qs, storage.ClaimIndex(village.ClaimApproved))
	if err != nil || len(c) != 1 || !c[0].LacksEvidence() {
		t.Errorf("approved claims %+v, %v: want C1, lacking evidence", c, err)
	}
}

// TestRevokeRedemptionWords (QA round 4, N10): the shopkeeper's 「撤销 #L1」
// and 撤销 quoting a 兑换 reply are 撤销兑换.
func TestRevokeRedemptionWords(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 30)
	b.say("周八", "兑换 张三 牙膏 1")
	has(t, "撤销 #L1", b.say("周八", "撤销 #L1"), g3+": 已撤销兑换 #D1：张三户·张三 牙膏 1支，退回 5 分")
	reply := b.say("周八", "兑换 张三 牙膏 1")
	has(t, "redeemed again", reply, "已兑换 #D2")
	quoted := "「网格小助手：" + strings.TrimPrefix(reply[0], g3+": ") + "」\n- - - - - - - - - - - - - - -\n撤销"
	has(t, "quoted 撤销", b.say("周八", quoted), g3+": 已撤销兑换 #D2")
	has(t, "not the shopkeeper", b.say("张三", "撤销 #L1"), "「撤销兑换」需要积分超市管理员")
	b.wantUndone(t, "after undoing L1 and L3", "QS-301", 30, "L1", "L3")
}

// TestUnredeemRefFirst: the shopkeeper writes the reference before the
// words, as cadres do with R and C ("L2 撤销兑换"); it was silence.
func TestUnredeemRefFirst(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 30)
	for _, item := range []string{"牙膏", "香皂", "食用盐"} {
		b.say("周八", "兑换 张三 "+item+" 1")
	}
	has(t, "L1 撤销兑换", b.say("周八", "L1 撤销兑换"), g3+": 已撤销兑换 #D1：张三户·张三 牙膏 1支，退回 5 分", "张三: 您家在积分超市的兑换 #D1（牙膏 1支，5 分）记错了")
	has(t, "#L2撤销兑换 with a note", b.say("周八", "#L2撤销兑换 拿错了"), g3+": 已撤销兑换 #D2")
	has(t, "D3 撤销 (the sale's number)", b.say("周八", "D3 撤销"), g3+": 已撤销兑换 #D3")
	has(t, "again", b.say("周八", "L3 取消兑换"), "#D3 已经撤销过了")
	has(t, "villager", b.say("张三", "L1 撤销兑换"), "「撤销兑换」需要积分超市管理员")
	has(t, "typo", b.say("周八", "撤消兑换 #L1"), "兑换 #L1」吗？")
	silent(t, "L1 确认 (确认 takes no ledger reference)", b.say("周八", "L1 确认"))
	silent(t, "D1 确认", b.say("周八", "D1 确认"))
	b.wantUndone(t, "after undoing all three", "QS-301", 30, "L1", "L2", "L3")
}

// TestPointsWordingRound4 covers the wording items of QA round 4 (N11).
func TestPointsWordingRound4(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加普法学习 证明人王五")
	b.say("张三", "撤回 #C1")
	has(t, "取消 after 撤回", b.say("张三", "取消 #C1"), "#C1 已经撤回了，不用再发")
	has(t, "witness next step", b.say("张三", "申请积分 拾金不昧"), "此项需要证明人，请接着发证明人的名字，如：证明人 王五。")
	has(t, "range prompt uses the asked score", b.say("张三", "申请积分 参加义务劳动 8分 证明人王五"), "#C3")
	has(t, "asked 8", b.say("赵六", "同意 #C3"), "例如：同意 #C3 8。")
	has(t, "Chinese numeral score", b.say("赵六", "同意 #C3 十"), "#C3 已通过：张三户·张三「参加义务劳动、集体劳动」+10分")
	has(t, "deduction item under 加分", b.say("赵六", "加分 陈二 乱倒垃圾 3"), "「乱倒乱扔垃圾」是扣分项，请发：扣分 陈二 乱倒垃圾 3。没有记分。")
	b.now = b.now.Add(24 * time.Hour) // the same deed the same day is refused
	has(t, "可以作证", b.say("张三", "申请积分 参加义务劳动 王五可以作证"), "已写：证明人 王五。")
	has(t, "有收据", b.say("张三", "申请积分 无偿献血 有收据"), "已写：收据。")
}

// TestObjectionFromAnotherGroup: an objection said in another grid's group
// reaches the scorers privately; that group hears no @mention of them.
func TestObjectionFromAnotherGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "claim", c.say("张三", "申请积分 参加义务劳动 证明人 李四"), "已登记积分申请 #C1")
	expect(t, "approve", c.say("赵六", "同意 #C1 8"), "#C1 已通过")
	publishClaims(t, c.st, c.now, 1)
	got := c.in("青山村一组网格群", "刘建国", "异议 #C1 那天他没去")
	expect(t, "objection in group 1", got,
		"青山村一组网格群: 已收到对 #C1（张三户·张三「参加义务劳动、集体劳动」+8分）的异议，这项积分暂时冻结，核实前不生效。\n评分小组会尽快核实，结果私信告诉您。",
		"赵六: 【积分异议】#C1", "张三: 【积分通知】#C1 张三的「参加义务劳动、集体劳动」+8分在公示期内有人提出异议")
	if strings.Contains(got[0], "@") {
		t.Errorf("the objection's reply in another group @mentions: %q", got[0])
	}
}

// TestReviewerOutsideTheGroup: a scorer's own household's claim is
// reviewed by a township officer, who is not in the grid's group: he is
// told privately, never @mentioned there, and the group hears whom it went to.
func TestReviewerOutsideTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("赵六", "申请积分 参加义务劳动 打扫村道 证明人 李四")
	expect(t, "the scorer's own claim", got,
		grid3+": 已登记积分申请 #C1：赵六户·赵六「参加义务劳动、集体劳动」（社会公德），5–10分。\n此项需要证明人，已写：证明人 李四。\n已私信转给镇干部孙七审核，审核后发「查 #C1」可看结果；还没审核时写错了可以「撤回 #C1」。",
		"孙七: 【积分申请】赵六户·赵六 #C1「参加义务劳动、集体劳动」5–10分")
	expect(t, "the officer approves in private", c.private("孙七", "同意 #C1 8"), "孙七: #C1 已通过", grid3+": #C1 已通过")
	publishClaims(t, c.st, c.now, 1)
	got = c.say("陈二", "异议 #C1 那天他没去")
	expect(t, "an objection to it", got,
		grid3+": 已收到对 #C1（赵六户·赵六「参加义务劳动、集体劳动」+8分）的异议，这项积分暂时冻结，核实前不生效。\n评分小组会尽快核实，结果私信告诉您。",
		"孙七: 【积分异议】#C1", "赵六: 【积分通知】#C1 赵六的「参加义务劳动、集体劳动」+8分在公示期内有人提出异议，暂时冻结，评分小组核实后会私信告诉您结果。有证明人、照片或要说的，直接回复我说明情况，我转给镇干部孙七。")
	for _, o := range got {
		if strings.Contains(o, "@孙七") {
			t.Errorf("the township officer is @mentioned in the grid group: %q", o)
		}
	}
}

// TestObjectionToAnUnknownClaim: 异议 to a number that does not exist
// says where the numbers of the published claims are, not 「我的积分」
// (which lists one's own household, not the claims one objects to).
func TestObjectionToAnUnknownClaim(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("陈二", "异议 C99 他那天没去")
	has(t, "unknown", got, "没有找到 #C99", "【积分公示】", "异议 #C12 理由")
	lacks(t, "objection hint points to 我的积分", got, "我的积分")
	has(t, "another verb keeps its hint", b.say("张三", "查 C99"), "没有找到 #C99", "我的积分")
}

// publishClaims does what the monthly 公示 job does to the claims
// numbered: they are published at at, with the default 7-day window.
func publishClaims(tb testing.TB, st *storage.Store, at time.Time, ns ...int) {
	tb.Helper()
	applyClaims(tb, st, "publish", ns, func(c *village.Claim) (village.ClaimStatus, error) {
		from, err := c.Apply(village.ClaimPublish, "积分公示", at, "2026年3月")
		c.PublishedAt, c.WindowEnds, c.Publication = at, at.Add(7*24*time.Hour), "2026年3月"
		return from, err
	})
}

// applyClaims commits step (a job's, named) to each claim numbered.
func applyClaims(tb testing.TB, st *storage.Store, name string, ns []int, step func(*village.Claim) (village.ClaimStatus, error)) {
	tb.Helper()
	ctx := context.Background()
	for _, n := range ns {
		d := storagetest.Must(st.Doc(ctx, qs, storage.ClaimKind, n))(tb)
		c := storagetest.Must(storage.DecodeClaim(d))(tb)
		from := storagetest.Must(step(&c))(tb)
		cd := storagetest.Must(storage.ClaimDoc(c, from))(tb)
		if _, err := st.Commit(ctx, storage.Change{Scope: qs, MsgID: fmt.Sprintf("%s-C%d", name, n), Docs: []storage.Doc{cd}}); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestObjectionBeforePublicity: nobody objects to his own application
// (he withdraws it or talks to the scorer), and nothing is frozen before
// its 公示: the sender hears whom to ask and when to object.
func TestObjectionBeforePublicity(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	expect(t, "own, pending", b.say("张三", "异议 #C1 分数写错了"),
		g3+": #C1 是您自己的申请，还没有审核，不用提异议。不想申请了请发「撤回 #C1」；要补充或更正请直接告诉评分小组赵六。")
	// An early objection is heard: nothing frozen, the reason passed to
	// the scorer privately, the objector told the outcome (QA points3).
	expect(t, "other, pending", b.say("陈二", "异议 #C1 他没去"),
		g3+": 已把您对 #C1 的意见私信转给评分小组赵六核实，审核时一并考虑，审核结果会私信告诉您。#C1 还在审核、没有公示，现在不冻结；通过后会在积分公示里列出，公示后7天内如仍有意见，可以再回「异议 #C1 理由」，那时会冻结到核实为止。",
		"赵六: 【积分反映】#C1 张三户·张三「参加义务劳动、集体劳动」还在审核，陈二反映：他没去\n请核实：审核时一并考虑，不能通过请回复「驳回 #C1 理由」，可以通过照常「同意 #C1」。结果会私信告诉陈二。")
	expect(t, "other, pending, again", b.say("陈二", "异议 #C1 他真没去"), g3+": 您已经对 #C1 提过异议")
	expect(t, "no reason", b.say("李四", "异议 #C1"),
		g3+": #C1 还在审核，还没有公示，这项积分没有冻结。对这项有意见，请写上理由再发，例如：异议 #C1 那天没去参加，会私信转给评分小组赵六核实。")
	expect(t, "approved, objector told", b.say("赵六", "同意 #C1 6"), g3+": #C1 已通过",
		"陈二: 您公示前对 #C1「参加义务劳动、集体劳动」提的意见已核实：评分小组审核后通过了+6分；4月1日公示，公示后7天内如仍有意见，可以回「异议 #C1 理由」。谢谢您的监督！")
	expect(t, "own, approved", b.say("张三", "异议 #C1 应该给10分"),
		g3+": #C1 是您自己的申请，已由评分人赵六评为+6分，不用提异议。对分数有疑问请直接找赵六说明；这项积分不要了，也请赵六「撤销 #C1」。")
	expect(t, "other, not published", b.say("陈二", "异议 #C1 他没去，我问过村口的老李"),
		g3+": 已把您对 #C1 的意见私信转给评分小组赵六核实，确有问题会撤销这一项，结果会私信告诉您。#C1 已通过、还没有公示，现在不冻结；4月1日公示后7天内如仍有意见，可以再回「异议 #C1 理由」，那时会冻结到核实为止。",
		"赵六: 【积分反映】#C1 张三户·张三「参加义务劳动、集体劳动」+6分，已通过、还没有公示，陈二反映：他没去，我问过村口的老李\n请核实：确有问题回复「撤销 #C1 理由」；没问题不用回复，照常公示。")
	publishClaims(t, b.st, b.now, 1)
	has(t, "published", b.say("陈二", "异议 #C1 他没去"), "已收到对 #C1", "@赵六\u2005请评分小组核实")
	expect(t, "own, objected", b.say("张三", "异议 #C1 我去了"),
		g3+": #C1 是您自己的申请，已由评分人赵六评为+6分，不用提异议。对分数有疑问请直接找赵六说明；这项积分不要了，也请赵六「撤销 #C1」。")
	// The scorer's own household's claim is reviewed by a township
	// officer, who is no member of the 评分小组.
	has(t, "recused scorer's household", b.say("钱桂英", "申请积分 参加义务劳动修村道 证明人 李四"), "已私信转给镇干部孙七审核")
	has(t, "whom to ask is the officer", b.say("陈二", "异议 #C2 她没去"), "私信转给镇干部孙七核实", "孙七: 【积分反映】#C2")
	b.say("钱桂英", "撤回 #C2")
	// A deduction the scorer recorded is the household's to object to.
	b.say("赵六", "扣分 张三 乱扔垃圾 3")
	publishClaims(t, b.st, b.now, 3)
	has(t, "deducted household objects", b.say("张三", "异议 #C3 不是我扔的"), "已收到对 #C3")
	// ...and is not thanked for its 监督 when the deduction stands.
	got := b.say("赵六", "维持 #C3 有照片")
	has(t, "upheld", got, "张三: 您对 #C3 提的异议已处理：核实后维持原评分（有照片）。如仍有疑问，请找村委会当面反映。")
	lacks(t, "the deducted household thanked for its 监督", got, "谢谢您的监督")
}

// TestEarlyObjectionOutcome: whoever objected before the 公示 hears how
// the scorers decided, once, whether they rejected the claim or took an
// approval back (QA points3).
func TestEarlyObjectionOutcome(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("陈二", "异议 #C1 那天他在城里打工")
	expect(t, "rejected", b.say("赵六", "驳回 #C1 证明人说没见到"), g3+": #C1 没有通过",
		"陈二: 您公示前对 #C1「参加义务劳动、集体劳动」提的意见已核实：这项申请没有通过，不计分。谢谢您的监督！")
	b.say("张三", "申请积分 参加普法学习 证明人 王五")
	b.say("赵六", "同意 #C2")
	b.say("李四", "异议 #C2 他那天没来听课")
	expect(t, "revoked", b.say("赵六", "撤销 #C2 核实未参加"), g3+": #C2 已撤销",
		"李四: 您公示前对 #C2「参加普法学习、法治讲座」提的意见已核实：这项已撤销，不计分。谢谢您的监督！",
		"张三: 【积分通知】#C2")
}

// TestEarlyObjectionInStatus: 查 #C shows a villager who objected before
// the 公示 his own objection and what becomes of it, privately; the
// scorer sees who objected; the claimant and the group do not.
func TestEarlyObjectionInStatus(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("陈二", "异议 #C1 他没去")
	expect(t, "the objector, pending", b.say("陈二", "查 #C1"),
		"陈二: #C1 张三户·张三「参加义务劳动、集体劳动」·待审核\n申请：张三，3月2日，证明人 1 位\n您3月2日提过异议（公示前）：他没去\n评分小组审核时会一并核实，结果会私信告诉您。",
		g3+": 陈二，#C1 的详情已私信发给您。")
	got := b.say("张三", "查 #C1")
	expect(t, "the claimant", got, g3+": #C1 张三户·张三「参加义务劳动、集体劳动」·待审核")
	lacks(t, "the claimant", got, "陈二", "异议", "他没去")
	has(t, "the scorer", b.say("赵六", "查 #C1"), "赵六: #C1", "公示前异议（陈二，3月2日）：他没去")
	b.say("赵六", "同意 #C1 6")
	has(t, "the objector, approved", b.say("陈二", "查 #C1"),
		"您3月2日提过异议（公示前）：他没去\n评分小组核实后仍通过了；4月1日公示，公示后7天内如仍有意见，可以回「异议 #C1 理由」。")
	publishClaims(t, b.st, b.now, 1)
	has(t, "the objector, in 公示", b.say("陈二", "查 #C1"), "截止），如仍有意见，请回「异议 #C1 理由」，会冻结到核实为止。")
	got = b.say("周八", "查 #C1")
	lacks(t, "another villager, in 公示", got, "陈二", "异议（", "他没去")
}

// TestScorerRejectsByNumber: a scorer, who handles no reports, writes
// the claim's number plain ("驳回 4 没签到", "驳回4 没签到"): the claim is
// meant, not a report he has none of (QA points3). A deduction he
// recorded himself, objected to before its 公示, reads 已记录 to him.
func TestScorerRejectsByNumber(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("张三", "申请积分 给刘芳 参加普法讲座")
	expect(t, "spaced", b.say("赵六", "驳回 1 没签到"), g3+": #C1 没有通过：张三户·张三「参加义务劳动、集体劳动」。理由：没签到。")
	expect(t, "glued", b.say("赵六", "驳回2 没签到"), g3+": #C2 没有通过：张三户·刘芳「参加普法学习、法治讲座」。理由：没签到。")
	silent(t, "a count read as a reference", b.say("陈二", "驳回3次了 烦"))
	b.say("赵六", "扣分 陈二 烧秸秆 村口")
	has(t, "deduction objected early", b.say("陈二", "异议 #C3 不是我烧的"), "赵六: 【积分反映】#C3 陈二户·陈二「焚烧秸秆、垃圾」-5分，已记录、还没有公示，陈二反映：不是我烧的")
}

// TestShopOutsideTheVillage: the shopkeeper records redemptions in his
// village's grid group or privately; in the township chat nothing is
// redeemed (a household's spending is not the township group's business)
// and he is told where to record it.
func TestShopOutsideTheVillage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const office = "青山镇网格工作群"
	expect(t, "兑换 in the township chat", c.in(office, "周八", "兑换 张三 洗衣液 1"),
		office+": 积分超市的「兑换」请在青山村的网格群里记（或私信我），镇群里不记，这条没有记。请到那里再发一次。")
	expect(t, "撤销兑换 in the township chat", c.in(office, "周八", "撤销兑换 #L1"),
		office+": 积分超市的「撤销兑换」请在青山村的网格群里记（或私信我）")
	expect(t, "a villager there", c.in(office, "张三", "兑换 张三 洗衣液 1"),
		office+": 抱歉，「兑换」需要积分超市管理员来操作。请联系周八。")
	expect(t, "privately", c.private("周八", "兑换 张三 洗衣液 1"), "周八: 积分不够，没有兑换：张三户可兑换积分 0 分")
}

// TestRecordTypedTwice: a scorer recording the same item for the same
// person twice in a day is shown how to take the second back; a note that
// only repeats the item's name is not shown as evidence.
func TestRecordTypedTwice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "first", c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"), grid3+": 已记录 #C1：陈二户·陈二「焚烧秸秆、垃圾」-5分（村口田里），评分人赵六。\n4月1日公示，7天内可以提异议：回复「异议 #C1 理由」。", "陈二: 【积分通知】")
	has(t, "asked first (points43)", c.say("赵六", "扣分 陈二 焚烧秸秆 5 村口田里"), "这条还没有记录")
	got := c.say("赵六", "1")
	has(t, "again", got, grid3+": 已记录 #C2", "今天已经给陈二记过一次「焚烧秸秆、垃圾」（#C1），这是第 2 次。")
	has(t, "taken back", c.say("赵六", "撤销 #C2 重复记录"), grid3+": #C2 已撤销",
		"陈二: 【积分通知】#C2 陈二的扣分「焚烧秸秆、垃圾」-5分已撤销（重复记录），不再计入。")
	got = c.say("赵六", "扣分 陈二 违法占地建房 拒不拆除")
	expect(t, "veto, no echoed note", got,
		grid3+": 已记录否决项 #C3：陈二户。\n该户今年不参加积分排名和评优，项目已私下告知本户；4月1日公示，7天内可以提异议：回复「异议 #C3 理由」。",
		"陈二: 【积分通知】陈二户·陈二：「违法占地建房、拒不拆除」，属于否决项，您家2026年不参加积分排名和评优（#C3，评分人赵六）。\n4月1日在群里公示，如有异议，请在公示后 7 天内回复「异议 #C3 理由」（也可以私信我），评分小组会核实。")
	if strings.Contains(got[0], "提醒") {
		t.Errorf("another item taken for a repeat: %q", got[0])
	}
}

// TestOfficerRankingPrivately: a township officer asking privately gets
// the township's ranking, a villager his village's.
func TestOfficerRankingPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	has(t, "officer", c.private("孙七", "积分排行"), "孙七: 全镇2026年积分排行（按户均分）：\n1. 青山村三组张三户")
	has(t, "villager", c.private("张三", "积分排行"), "张三: 青山村2026年积分排行")
}

// TestRestock: the shopkeeper restocks a counted item; one the shop does
// not count is named as such, with the counted items listed.
func TestRestock(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "not counted", b.say("周八", "补货 毛巾 20"), g3+": 「毛巾」不清点库存，不用补货。清点库存、需要补货的是：大米、电压力锅。")
	expect(t, "no item", b.say("周八", "补货"), g3+": 请这样记：补货 物品 数量，例如：补货 大米 20。清点库存、需要补货的是：大米、电压力锅。")
	has(t, "counted", b.say("周八", "补货 大米 20"), "已补货：大米 +20袋（5公斤），现有 40袋（5公斤）。")
}

// TestObjectorToldOnce: the person deducted who objected himself hears
// the revocation once, by the household's notice, not also as an
// objector; another objector hears it as such.
func TestObjectorToldOnce(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "deducted", b.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"), "已记录 #C1")
	publishClaims(t, b.st, b.now, 1)
	has(t, "objects himself", b.say("陈二", "异议 #C1 那天烧的不是我"), "已收到对 #C1")
	has(t, "a neighbour objects too", b.say("张三", "异议 #C1 那天陈二在镇上"), "已有人提出异议")
	got := b.say("赵六", "撤销 #C1 核实不是他烧的")
	var toChen, toZhang int
	for _, o := range got {
		if strings.HasPrefix(o, "陈二: ") {
			toChen++
		}
		if strings.HasPrefix(o, "张三: ") {
			toZhang++
		}
	}
	if toChen != 1 || toZhang != 1 {
		t.Errorf("陈二 told %d times, 张三 %d times, want once each:\n%s", toChen, toZhang, strings.Join(got, "\n"))
	}
	has(t, "the household's notice", got, "陈二: 【积分通知】#C1 陈二的扣分「焚烧秸秆、垃圾」-5分已撤销（核实不是他烧的）")
}

// approvedDaily has 张三 file claim once a day n days running, each
// approved at 10 points by 赵六 (#C1…#Cn).
func approvedDaily(t *testing.T, b *pointsBot, claim string, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		// each day's in its own words: the same words the next day are
		// asked whether another time (points46)
		has(t, "claim", b.say("张三", fmt.Sprintf("%s %d号", claim, i)), fmt.Sprintf("#C%d", i))
		has(t, "approve", b.say("赵六", fmt.Sprintf("同意 #C%d 10", i)), fmt.Sprintf("#C%d 已通过", i))
		b.now = b.now.Add(24 * time.Hour)
	}
}

// TestCapNamed: a claim over an indicator's cap says what the cap is.
func TestCapNamed(t *testing.T) {
	b := examplePointsBot(t)
	approvedDaily(t, b, "申请积分 参加义务劳动 证明人 李四", 3)
	expect(t, "over the cap", b.say("张三", "申请积分 参加义务劳动 证明人 李四"),
		g3+": 「参加义务劳动、集体劳动」张三本月已经到上限了（每月最多 30 分），这条没有登记。4月1日起可以再申请。")
}

// TestCapFullSaysWhenAgain: a yearly cap full says the next year's first
// day, with its year (拾金不昧, 30 a year).
func TestCapFullSaysWhenAgain(t *testing.T) {
	b := examplePointsBot(t)
	approvedDaily(t, b, "申请积分 拾金不昧 还给失主 证明人 李四", 3)
	expect(t, "over the yearly cap", b.say("张三", "申请积分 拾金不昧 还给失主 证明人 李四"),
		g3+": 「拾金不昧」张三今年已经到上限了（每年最多 30 分），这条没有登记。2027年1月1日起可以再申请。")
}

// TestMyPointsOfCadreWithoutHousehold: a cadre from outside the village
// asking 我的积分 hears he takes no part, and what he can ask instead; a
// villager missing from the roster's households is still sent to a worker.
func TestMyPointsOfCadreWithoutHousehold(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "officer", b.privately("孙七", "我的积分"), "不参加本村的积分", "「积分 名字」", "「积分排行 全镇」")
	got := b.say("吴九", "我的积分")
	has(t, "admin in the group", got, "不参加本村的积分", "「积分排行」")
	lacks(t, "a cadre is sent to a grid worker to be registered", got, "找网格员")
}

// TestReviewTodo: a scorer's 待审 (or 待办) lists the claims waiting for
// his review and the objections waiting for him, oldest first, privately;
// a claim of his own household is the township officer's to list.
func TestReviewTodo(t *testing.T) {
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	has(t, "nothing yet", b.say("赵六", "待审"), g3+": 青山村现在没有等您审核的积分申请，也没有等您核实的异议。")
	b.say("张三", "申请积分 参加治安巡防 证明人 李四")
	b.privately("张三", "申请积分 院子打扫干净了 有照片")
	b.say("钱桂英", "申请积分 参加义务劳动修村道 证明人 李四")
	b.say("陈二", "申请积分 献血 有献血证")
	b.say("赵六", "同意 #C4")
	b.drain()
	want := []string{"赵六: 【待审积分】青山村\n待审核 2 项（先提的在前）：\n#C1 张三户·张三「参加治安巡防」，",
		"\n#C2 张三户·张三「庭院整洁、房前屋后干净」，", "请逐项回复，如「同意 #C1」或「驳回 #C1 理由」。"}
	has(t, "待办 of a scorer", b.say("赵六", "待办"), append(want, g3+": 赵六，待审的 2 项已私信发给您。")...)
	has(t, "the officer's", b.privately("孙七", "待审"), "孙七: 【待审积分】青山村\n待审核 1 项（先提的在前）：\n#C3 赵六户·钱桂英「参加义务劳动、集体劳动」")
	has(t, "villager", b.say("张三", "待审"), "「待审」需要评分小组成员（或镇干部）")
	publishClaims(t, b.st, b.now, 4)
	has(t, "objected", b.say("张三", "异议 #C4 他没献血"), "已收到对 #C4")
	has(t, "objection", b.privately("赵六", "待审"), "有异议待核实 1 项：\n#C4 陈二户·陈二「无偿献血」+10分，异议：他没献血\n核实后回复「维持 #编号」或「撤销 #编号 理由」。")

	// In the township's chat an officer's list spans the villages.
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	b = newPointsBot(t, cfg, dir)
	b.say("钱桂英", "申请积分 参加义务劳动修村道 证明人 李四")
	b.drain()
	c := &chat{t: t, st: b.st, now: b.now, r: b.r}
	expect(t, "officer in the township chat", c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "待审"}),
		"孙七: 【待审积分】全镇\n待审核 1 项（先提的在前）：\n#C1 青山村赵六户·钱桂英「参加义务劳动、集体劳动」",
		"青山镇网格工作群: 孙七，待审的 1 项已私信发给您。")
}

// TestClaimVerbTypo: a claim whose verb is mistyped ("申情积分 …") was
// silence; it is answered with the command meant, and nothing is claimed.
func TestClaimVerbTypo(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "typo", b.say("张三", "申情积分 帮邻居王奶奶挑水"), g3+": @张三\u2005「申情积分」不是口令，您是想发「申请积分 帮邻居王奶奶挑水」吗？")
	has(t, "nothing claimed", b.say("张三", "我的积分"), "今年还没有积分")
}

// TestCapNextStep: a cap that leaves room says how to approve what is
// left; one that leaves less than the item's least says to reject, not
// "最多还能给 1 分" for an item of 2–10.
func TestCapNextStep(t *testing.T) {
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	b.say("张三", "申请积分 院子打扫干净了 有照片")
	b.say("赵六", "同意 #C1 8")
	b.now = b.now.Add(24 * time.Hour) // the same deed the same day is refused
	b.say("张三", "申请积分 院子又扫了 有照片")
	has(t, "room left", b.say("赵六", "同意 #C2 5"), "张三户本月上限10分，最多还能给 2 分：可以「同意 #C2 2」，或「驳回 #C2 已达上限」。")
	b.say("赵六", "驳回 #C2 重复了")
	has(t, "recording", b.say("赵六", "加分 张三 HJ01 5 卫生检查"), "张三户本月上限10分，最多还能给 2 分：可以「加分 张三 HJ01 2」。")

	b = newPointsBot(t, cfg, dir)
	b.say("张三", "申请积分 院子打扫干净了 有照片")
	has(t, "recorded meanwhile", b.say("赵六", "加分 张三 HJ01 9 卫生检查"), "已记录 #C2")
	has(t, "below the least", b.say("赵六", "同意 #C1 5"), "张三户本月上限10分，只剩 1 分，不够这一项的 2 分，请「驳回 #C1 已达上限」。")
}

// TestClaimReadLikeFreeText: a claim's words that no indicator's keywords
// match are read as the same words said without 申请积分 are: "帮王奶奶挑水"
// was 照料孤寡老人 in free words but "没认出" after 申请积分.
func TestClaimReadLikeFreeText(t *testing.T) {
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	b.r = handlers.New(handlers.Options{Config: cfg, Store: b.st, People: dir, Reader: understand.Rules{Catalogue: cfg.Points.Indicators()},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	has(t, "command", b.say("张三", "申请积分 帮王奶奶挑水 证明人 王五"), "已登记积分申请 #C1：张三户·张三「帮助困难群众、照料孤寡老人」", "证明人 王五")
	has(t, "still nothing", b.say("张三", "申请积分 我家母猪下了十个崽"), "没认出是哪一项加分")
}

// TestClaimOffersCandidates: a claim no indicator's words match, but
// whose words some indicators share, lists them with their codes and the
// claim to resend; nothing is registered until the sender picks one.
// (A deed at a neighbour's keeps its hint at helping the needy:
// TestClaimDeedForNeighbour.)
func TestClaimOffersCandidates(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "offered", b.say("张三", "申请积分 今天帮村里打扫了文化广场"), "没认出是哪一项加分，还没有登记。是下面哪一项吗？",
		"HJ01 庭院整洁、房前屋后干净（2–10分）", "HJ02 参加村庄环境卫生整治（5分）",
		"请带上编号再发一次，例如：申请积分 HJ01 今天帮村里打扫了文化广场")
	has(t, "picked", b.say("张三", "申请积分 HJ02 今天帮村里打扫了文化广场"), "已登记积分申请 #C1：张三户·张三「参加村庄环境卫生整治」")
}

// TestUnredeemWho: the shopkeeper undoes a redemption within a week and
// not his own household's; later, or for his own, the township officer
// does, who may at any time of the year.
func TestUnredeemWho(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	b.fund("QS-307", 100)
	b.say("周八", "兑换 张三 牙膏 1")
	b.say("周八", "兑换 周八 牙膏 1")
	has(t, "own household", b.say("周八", "撤销兑换 #L2 拿错了"), "#D2 是您自家的兑换，按规定不能自己撤销（回避）。确是记错了，请镇干部孙七核实后发「撤销兑换 #D2 理由」。")
	b.now = b.now.Add(8 * 24 * time.Hour)
	has(t, "late", b.say("周八", "撤销兑换 #L1 拿错了"), "#D1 是3月", "的兑换，超过7天了，超市管理员不能再撤销。确是记错了，请镇干部孙七核实后发「撤销兑换 #D1 理由」。")
	has(t, "the officer", b.privately("孙七", "撤销兑换 #L1 核实拿错了"), "已撤销兑换 #D1：张三户·张三 牙膏 1支，退回 5 分，现在可兑换", "要重新兑换请发「兑换 张三 物品 数量」")
	has(t, "the officer, own household's", b.say("孙七", "撤销兑换 #L2 核实拿错了"), g3+": 已撤销兑换 #D2：周八户·周八 牙膏 1支，退回 5 分")
	has(t, "a villager still may not", b.say("张三", "撤销兑换 #L1"), "「撤销兑换」需要积分超市管理员")
	for hh, want := range map[string]int{"QS-301": 100, "QS-307": 100} {
		b.wantRedeemable(t, "after the undoing", hh, want)
	}
}

// TestPrivateClaimDecisionTold: a claim sent privately and decided
// privately reached only the scorer; its claimant now hears the outcome,
// as his acknowledgement says.
func TestPrivateClaimDecisionTold(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "ack", b.privately("张三", "申请积分 参加治安巡防 证明人 李四"), "张三: 已登记积分申请 #C1", "审核结果会私信告诉您")
	has(t, "rejected privately", b.privately("赵六", "驳回 #C1 李四说那天没见到你"),
		"张三: #C1 没有通过：张三户·张三「参加治安巡防」。理由：李四说那天没见到你。")
	b.privately("张三", "申请积分 院子打扫干净了 有照片")
	has(t, "approved privately", b.privately("赵六", "同意 #C2 6"), "张三: #C2 已通过：张三户·张三「庭院整洁、房前屋后干净」+6分")
	b.say("张三", "申请积分 参加义务劳动 证明人 李四")
	got := b.privately("赵六", "同意 #C3 6")
	has(t, "a group's claim: its group hears", got, g3+": #C3 已通过")
	for _, m := range got {
		if strings.HasPrefix(m, "张三:") {
			t.Errorf("claim made in the group: the claimant was also told privately: %q", m)
		}
	}
}

// TestClaimContentTypo: an item's keyword written with one character
// wrong is suggested, not guessed; two-character words are not guessed at.
// The message suggested names the item by its code before the sender's
// own words (mending the words in place can garble them), and sent as it
// is registers that item (as a 「是」 does: TestMistypedItemAnsweredYes).
func TestClaimContentTypo(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "申请积分 参加义物劳动 证明人 李四")
	has(t, "义物劳动", got, g3+": 没认出是哪一项，还没有登记。「义物劳动」是「义务劳动」吗？是的话回「是」就登记（或发：申请积分 SG02 参加义物劳动 证明人 李四），不是请回「不是」\n"+
		"（SG02 是「参加义务劳动、集体劳动」的编号）")
	has(t, "拾金不眛", b.say("张三", "申请积分 拾金不眛 证明人 李四"), "「拾金不眛」是「拾金不昧」吗？是的话回「是」就登记（或发：申请积分 SG03 拾金不眛 证明人 李四）")
	has(t, "three characters", b.say("张三", "申请积分 扫远子"), "「扫远子」是「扫院子」吗？是的话回「是」就登记（或发：申请积分 HJ01 扫远子）")
	_, meant, _ := strings.Cut(got[0], "（或发：")
	meant, _, _ = strings.Cut(meant, "），")
	has(t, "sent as suggested", b.say("张三", meant), "已登记积分申请 #C1：张三户·张三「参加义务劳动、集体劳动」", "已写：证明人 李四")
	has(t, "two are not guessed at", b.say("张三", "申请积分 远子干净"), "没认出是哪一项加分")
	// 义务修 is not 义务工 written wrong: the words it shares are offered
	if got := b.say("张三", "申请积分 参加义务修渠"); !slices.ContainsFunc(got, func(m string) bool {
		return strings.Contains(m, "是下面哪一项吗？") && strings.Contains(m, "SG02 参加义务劳动、集体劳动") && !strings.Contains(m, "义务工")
	}) {
		t.Errorf("three characters agreeing at one end: %q", got)
	}
	has(t, "nothing claimed", b.say("张三", "我的积分"), "今年还没有积分")
}

// TestApproveTwin: approving a claim of an item already approved for the
// same person a few days before asks whether it is one deed sent twice.
func TestApproveTwin(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加治安巡防 证明人 李四")
	b.now = b.now.Add(24 * time.Hour)
	b.say("张三", "申请积分 参加了治安巡防 证明人 李四")
	b.say("陈二", "申请积分 参加治安巡防 证明人 李四")
	b.say("赵六", "同意 #C1")
	if got := strings.Join(b.say("赵六", "同意 #C3"), "\n"); strings.Contains(got, "提醒") {
		t.Errorf("another person's claim flagged: %s", got)
	}
	has(t, "twin", b.say("赵六", "同意 #C2"), "提醒：张三3月", "申请的 #C1 也是「参加治安巡防」，已通过。如果是同一件事，请发「撤销 #C2 重复申请」。")
}

// TestReviewInPlainWords: scorers say 通过 and 不同意 as often as 同意 and
// 驳回 ("C7 通过", "#C8 不同意，证明人说没这回事"), or only the score
// ("C4 给8分"); with a claim named they review it. Without one the words are ordinary speech.
func TestReviewInPlainWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人王五")
	b.say("陈二", "申请积分 参加义务劳动 证明人王五")
	b.say("陈二", "申请积分 无偿献血 有献血证")
	has(t, "ref first", b.say("赵六", "C1 通过 8分"), "#C1 已通过：张三户·张三「参加义务劳动、集体劳动」+8分")
	has(t, "not agreed", b.say("赵六", "#C2 不同意，证明人说没这回事"), "#C2 没有通过", "理由：证明人说没这回事")
	has(t, "verb first", b.say("赵六", "不通过 #C3 献血证是去年的"), "#C3 没有通过", "理由：献血证是去年的")
	b.say("张三", "申请积分 打扫院子 有照片")
	has(t, "only the score", b.say("赵六", "C4 给8分"), "#C4 已通过：张三户·张三「庭院整洁、房前屋后干净」+8分")
	lacks(t, "ordinary 不同意 read as a command", b.say("陈二", "不同意，这样分不公平"), "编号")
	lacks(t, "ordinary 通过 read as a command", b.say("赵六", "通过，大家辛苦了"), "编号")
}

// TestObjectionInASentence: "对C9有异议：…" and "我对#C10有异议，…" are
// objections to the item named, as villagers write them, not silence or
// a new report.
func TestObjectionInASentence(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 陈二 志愿服务 10")
	b.say("赵六", "扣分 张三 乱扔垃圾 3")
	publishClaims(t, b.st, b.now, 1, 2)
	has(t, "对C1有异议", b.say("张三", "对C1有异议：那天陈二根本没去"), "已收到对 #C1")
	has(t, "我对#C2有异议", b.say("张三", "我对#C2有异议，垃圾不是我扔的"), "已收到对 #C2")
	has(t, "#C1我有异议", b.say("王五", "#C1我有异议：我也没看见他"), "已有人提出异议，正在核实")
	has(t, "reasons kept", append(b.privately("赵六", "查 #C1"), b.privately("赵六", "查 #C2")...), "那天陈二根本没去", "垃圾不是我扔的")
}

// TestRedeemSuggestsTheItem: an item written short or by another name
// ("盐" for 食用盐, "肥皂" for 香皂, "油") is not redeemed; the shopkeeper
// is asked whether he meant the shop's item, with the message to resend.
func TestRedeemSuggestsTheItem(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	has(t, "salt", b.say("周八", "兑换 张三 盐 1袋"), "积分超市没有「盐」，没有兑换。是「食用盐」（3分/袋）吗？是的话回「是」就兑换（或发：兑换 张三 食用盐 1袋），不是请回「不是」")
	has(t, "soap", b.say("周八", "兑换 张三 肥皂 2"), "是「香皂」（5分/块）吗？是的话回「是」就兑换（或发：兑换 张三 香皂 2）")
	has(t, "oil", b.say("周八", "兑换 张三 油 1"), "相近的有：酱油 8分/瓶、食用油 80分/桶（5升）。请写清是哪一样再发，例如：兑换 张三 酱油 1")
	has(t, "not sold", b.say("周八", "兑换 张三 茅台 1"), "积分超市没有「茅台」，没有兑换。可兑换：香皂5分")
	if a := b.account("QS-301"); a.Redeemable() != 500 {
		t.Fatalf("charged: redeemable %d, want 500", a.Redeemable())
	}
}

// TestRedeemSuggestedAnsweredYes: the shopkeeper answers 「是」 to
// 「是「香皂」吗？」 and the redemption is made as written right, once: the
// same 「是」 delivered again, or said again, redeems nothing more; a 「是」
// after he sent the redemption written out is told it was made; 「不是」
// redeems nothing.
func TestRedeemSuggestedAnsweredYes(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	has(t, "asked", b.say("周八", "兑换 张三 肥皂 2"), "是「香皂」（5分/块）吗？是的话回「是」就兑换")
	has(t, "yes", b.sayID("yes1", "周八", "是"), g3+": 已兑换 #D", "张三户·张三 香皂 2块，用 10 分")
	if got := b.sayID("yes1", "周八", "是"); len(got) != 0 {
		t.Errorf("the same 是 delivered again: %q", got)
	}
	lacks(t, "said again", b.say("周八", "是"), "已兑换")
	if a := b.account("QS-301"); a.Redeemed != 10 {
		t.Fatalf("redeemed %d, want 10", a.Redeemed)
	}
	has(t, "asked again", b.say("周八", "兑换 张三 肥皂 1"), "是「香皂」（5分/块）吗")
	has(t, "written out", b.say("周八", "兑换 张三 香皂 1"), "已兑换 #D")
	got := b.say("周八", "是")
	has(t, "yes after it", got, "张三户", "已经兑换过香皂 1块，这次没有再兑换")
	lacks(t, "yes after it", got, "已兑换 #D")
	has(t, "asked a third time", b.say("周八", "兑换 张三 肥皂 1"), "是「香皂」（5分/块）吗")
	has(t, "no", b.say("周八", "不是"), "好的，「兑换 张三 香皂 1」没有兑换。")
	if a := b.account("QS-301"); a.Redeemed != 15 {
		t.Errorf("redeemed %d, want 15", a.Redeemed)
	}
}

// TestEveryWitnessRecorded: a claim naming a witness and another who saw
// it ("证明人 王五 李四也看见了") records both for the scorers; a family
// member among them is marked as such, the others kept.
func TestEveryWitnessRecorded(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "two", b.say("张三", "申请积分 参加义务劳动 修水渠 证明人 王五 李四也看见了"), "已写：证明人 王五、证明人 李四")
	has(t, "one of them kin", b.say("张三", "申请积分 参加治安巡防 证明人 张明 王五"), "已写：家人作证 张明、证明人 王五")
	cs := storagetest.Must(storage.Claims(context.Background(), b.st, qs, storage.ClaimIndex("")))(t)
	if len(cs) != 2 || cs[0].Evidence != "证明人 王五、证明人 李四" || cs[1].Evidence != "家人作证 张明、证明人 王五" {
		t.Errorf("claims %+v, want both witnesses recorded", cs)
	}
}

// TestNeighbourHelpedMidSentence: "今天早上帮王奶奶把院子打扫干净了" is a
// deed at a neighbour's even with the time first: not the sender's own
// household's 庭院整洁.
func TestNeighbourHelpedMidSentence(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "申请积分 今天早上帮王奶奶把院子打扫干净了")
	has(t, "time first", got, "#C1：张三户·张三「帮助困难群众、照料孤寡老人」")
	lacks(t, "booked as the sender's own yard", got, "庭院整洁")
	has(t, "own yard", b.say("张三", "申请积分 今天早上把院子打扫干净了，有照片"), "「庭院整洁、房前屋后干净」")
	has(t, "helped, clear", b.say("陈二", "申请积分 昨天帮王奶奶挑水，照料孤寡老人 证明人王五"), "#C3：陈二户·陈二「帮助困难群众、照料孤寡老人」")
}

// TestCommonDeedsClaimable: deeds every published scheme lists and
// villagers claim in their own words are in the default catalogue: 门前三包
// (the frontage kept clean), 厕所改成水冲的 (户厕改造), helping a neighbour
// (邻里互助; "帮邻居…" is
// offered, not booked: "帮邻居王奶奶挑水" is care for an elder).
func TestCommonDeedsClaimable(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "门前三包", b.say("张三", "申请积分：我家门前三包做得好，有照片"), "#C1：张三户·张三「庭院整洁、房前屋后干净」")
	has(t, "帮助邻居", b.say("陈二", "申请积分 帮助邻居收玉米 证明人王五"), "#C2：陈二户·陈二「助人为乐、邻里互助」")
	has(t, "助人为乐", b.say("张三", "申请积分 助人为乐，帮隔壁修好了水管"), "「助人为乐、邻里互助」")
	has(t, "帮邻居: asked", b.say("陈二", "申请积分 帮邻居收玉米"), "SG08 助人为乐、邻里互助")
	has(t, "厕所改成水冲", b.say("张三", "申请积分 家里的厕所改成水冲的了，有照片"), "「完成户厕改造、改厨改圈」")
}

// TestCertificatesAreDocuments: the papers villagers name by what they are
// (结业证, 毕业证, 荣誉证, 营业执照) are the 证明材料 a claim asks for.
func TestCertificatesAreDocuments(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "结业证", b.say("张三", "申请积分 给我老婆 参加了镇里的技能培训，有结业证"), "此项需要证明材料，已写：结业证。")
	has(t, "营业执照", b.say("陈二", "申请积分 办了家庭农场，有营业执照"), "此项需要证明材料，已写：营业执照。")
	has(t, "荣誉证", b.say("陈二", "申请积分 无偿献血 有荣誉证"), "此项需要证明材料，已写：荣誉证。")
}

// TestRecordForAHousehold: "加分 张三家 美丽庭院 …" names the household by
// its member; the 家 is no part of the note.
func TestRecordForAHousehold(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "张三家", b.say("赵六", "加分 张三家 美丽庭院 有镇里的奖牌"), "#C1：张三户·张三「获评月度清洁户、美丽庭院」+10分（有镇里的奖牌）")
	has(t, "glued 家庭", b.say("赵六", "加分 陈二家庭和睦"), "陈二户·陈二「家庭和睦、邻里和睦」+5分")
}

// TestObjectionToOwnAward: a villager "objecting" to an award the scorers
// recorded for his own household would only freeze his own points: he is
// told to talk to the scorer, and nothing is frozen. His own deduction he
// may object to.
func TestObjectionToOwnAward(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 陈二 抢险 20 抗洪搬沙袋")
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	publishClaims(t, b.st, b.now, 1, 2)
	got := b.say("陈二", "有异议 C1 我那天去了，很多人看见")
	has(t, "own award", got, "#C1 是评分人赵六给您家记的+20分，不用提异议")
	lacks(t, "own award frozen", got, "冻结，核实前不生效")
	has(t, "own deduction", b.say("陈二", "异议 C2 那天不是我家烧的"), "已收到对 #C2")
}

// TestWithdrawInPlainWords: "撤回我的申请 C2" and "C1不要了" withdraw the
// claim; "不要了" alone is ordinary speech.
func TestWithdrawInPlainWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人王五")
	b.say("张三", "申请积分 参加治安巡防 证明人王五")
	has(t, "不要了", b.say("张三", "C1不要了"), "#C1 已撤回")
	has(t, "撤回我的申请", b.say("张三", "撤回我的申请 C2"), "#C2 已撤回")
	lacks(t, "ordinary 不要了 read as a command", b.say("陈二", "不要了，谢谢"), "编号")
}

// TestWitnessWhoSawIt: "李四和王五都看见了", "王五在场" name the witnesses
// as "证明人 王五" does.
func TestWitnessWhoSawIt(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "都看见了", b.say("张三", "申请积分 参加义务劳动，李四和王五都看见了"), "此项需要证明人，已写：证明人 李四、证明人 王五。")
	has(t, "在场", b.say("陈二", "申请积分 参加治安巡防 王五在场"), "此项需要证明人，已写：证明人 王五。")
	has(t, "nobody named", b.say("周八", "申请积分 参加义务劳动，大家都看见了"), "此项需要证明人，请接着发证明人的名字")
}

// TestScoreQuotingTheClaim: the scorer quotes the bot's claim message and
// answers only the score ("给8分", "8分"): the claim is approved with it.
// A villager quoting his claim with "10分" approves nothing.
func TestScoreQuotingTheClaim(t *testing.T) {
	b := examplePointsBot(t)
	claim := b.say("张三", "申请积分 参加义务劳动 证明人王五")
	quoting := func(from, text string) []string { return b.quoting("网格小助手", claim[0], from, text) }
	lacks(t, "the claimant's 10分 approved it", quoting("张三", "10分"), "已通过")
	has(t, "score only", quoting("赵六", "给8分"), "#C1 已通过：张三户·张三「参加义务劳动、集体劳动」+8分")
}

// TestRedeemNameFirst: the shopkeeper writes the name before 兑换 ("张三
// 兑换 洗衣液 1", "张三换了一桶油"): it is his 兑换, asked back when the
// item is unclear. A villager's "张三换了一桶油", the shopkeeper's "张三换了
// 新手机" are no redemption.
func TestRedeemNameFirst(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	has(t, "name first", b.say("周八", "张三 兑换 洗衣液 1"), "已兑换 #D1：张三户·张三 洗衣液 1瓶，用 20 分")
	has(t, "换了", b.say("周八", "张三换了一桶油"), "是「食用油」（80分/桶（5升））吗？")
	for _, m := range []struct{ from, text string }{{"陈二", "张三换了一桶油"}, {"周八", "张三换了新手机"}} {
		lacks(t, m.from+" "+m.text+" read as 兑换", b.say(m.from, m.text), "兑换")
	}
}

// TestRecordAsASentence: "给张三加10分，拾金不昧" and "给陈二扣5分 焚烧
// 秸秆" from a scorer are 加分 and 扣分.
func TestRecordAsASentence(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "加", b.say("赵六", "给张三加10分，拾金不昧"), "已记录 #C1：张三户·张三「拾金不昧」+10分")
	has(t, "扣", b.say("赵六", "给陈二扣5分 焚烧秸秆"), "已记录 #C2：陈二户·陈二「焚烧秸秆、垃圾」-5分")
	lacks(t, "a villager recorded points", b.say("陈二", "给张三加10分，拾金不昧"), "已记录")
}

// TestMyPointsSaysWhereToSpend: a household with points that buy something
// is told whom to see at the points supermarket; one whose points buy
// nothing is not.
func TestMyPointsSaysWhereToSpend(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 30)
	has(t, "to spend", b.say("张三", "我的积分"), "可兑换：30 分，到积分超市找周八兑换。")
	b.fund("QS-302", 2) // less than the cheapest item
	lacks(t, "nothing to buy, sent to the shop", b.say("陈二", "我的积分"), "找周八")
}

// TestVillagerWantsToRedeem: a villager who writes that he wants to spend
// points ("我想用积分换两瓶酱油") is told that the shopkeeper records it at
// the shop, the price of what he named, his redeemable balance (privately:
// a balance stays out of the group) and where the price list is; a
// question about what there is stays 积分帮助 超市.
func TestVillagerWantsToRedeem(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 30)
	got := b.say("张三", "我想用积分换两瓶酱油")
	has(t, "soy sauce", got, g3+": 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（酱油每瓶 8 分）。您家现在可兑换多少已私信发给您（各户的余额不在群里公开）。",
		"张三: 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（酱油每瓶 8 分）。您家现在可兑换 30 分。", "「积分帮助 超市」")
	for _, line := range got {
		if strings.HasPrefix(line, g3) && strings.Contains(line, "30 分") {
			t.Errorf("the balance in the group: %q", line)
		}
	}
	has(t, "privately, no item", b.privately("张三", "想拿积分兑换点东西"), "由超市管理员周八当面记录。您家现在可兑换 30 分。")
	has(t, "what there is", b.say("张三", "积分能换什么"), "积分超市：")
}

// TestClaimMentioned: free text naming a claim or award by its number is
// talk about it, never a new report: the sender is told how to look it up
// and, while it is in 公示, how to object; plain agreement in the group is
// left alone; a number that names no claim here is read as usual.
func TestClaimMentioned(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "award", b.say("赵六", "扣分 陈二 烧秸秆"), "#C1")
	publishClaims(t, b.st, b.now, 1)
	expect(t, "mixed", b.say("张三", "C1我有意见，陈二家烧秸秆我亲眼看见的，扣得对"),
		g3+": #C1 是积分记录，这条没有登记成新的反映。要看详情请发「查 #C1」；有异议请在公示期内发「异议 #C1 理由」。")
	silent(t, "plain agreement", b.say("张三", "#C1 扣得对，支持"))
	has(t, "agreement told to the bot", b.privately("张三", "C1 扣得对"), "要看详情请发「查 #C1」")
	for _, text := range []string{"C1没问题，我看见了", "C1没毛病", "C1属实", "C1没有问题"} {
		silent(t, fmt.Sprintf("agreement %q quoting the 公示", text), b.quoting("网格小助手", "【积分公示】青山村三组 2026年3月", "张三", text))
	}
	silent(t, "agreement in the group", b.say("张三", "#C1 没毛病"))
	has(t, "没问题 told to the bot", b.privately("张三", "#C1 没问题"), "要看详情请发「查 #C1」")
	has(t, "没问题 @ the bot", b.say("张三", "@网格小助手 #C1 没问题"), "要看详情请发「查 #C1」")
	lacks(t, "a question is no agreement", b.quoting("网格小助手", "【积分公示】青山村三组 2026年3月", "张三", "C1有没有问题"), "要对 #C1 提异议吗")
	has(t, "pending", b.say("张三", "申请积分 参加义务劳动 证明人王五"), "#C2")
	expect(t, "pending, named later", b.say("刘芳", "我觉得C2这个积分加得不对，他那天没去"),
		g3+": #C2 是评分小组正在审核的积分申请，这条没有登记成新的反映。要看详情请发「查 #C2」。")
	has(t, "no such claim", b.say("张三", "C9 路口的路灯坏了，晚上看不见"), "我理解为")
	// Without #, a number judged right after it is the claim's: the
	// scorer's "C2没问题" to the bot is shown 同意 (was the menu), a
	// villager's in the group is left alone; a verdict on what the number
	// only names ("C2驾照") is no reference.
	has(t, "scorer, no #", b.say("赵六", "@网格小助手 C2没问题"), "#C2 还在等审核", "「同意 #C2」")
	has(t, "scorer, no #, disagrees", b.say("赵六", "@网格小助手 c2 不属实"), "要驳回 #C2 吗？请回复「驳回 #C2 不属实」")
	silent(t, "agreement without # in the group", b.say("张三", "C2没问题"))
	for _, text := range []string{"@网格小助手 C2驾照没问题吧", "@网格小助手 C2驾照考试没问题", "维C2片吃了没问题"} {
		lacks(t, text, b.say("陈二", text), "#C2")
	}
}

// quoting sends a group message quoting reply (a "chat: text" line of the
// replies, or a text) by name.
func (b *pointsBot) quoting(name, reply, from, text string) []string {
	b.t.Helper()
	b.now = b.now.Add(time.Minute)
	b.n++
	m := bot.Message{ID: fmt.Sprintf("q%d", b.n), At: b.now, Chat: g3, From: from, Text: text,
		Quote: &bot.Quote{Name: name, Text: strings.TrimPrefix(reply, g3+": ")}}
	if err := b.r.Handle(context.Background(), m); err != nil {
		b.t.Fatal(err)
	}
	return b.drain()
}

// TestRefusalQuotingTheClaim: the scorer quotes the bot's claim message
// and turns it down in plain words ("不行，那天他没去"): he is asked to
// confirm with the 驳回 command, his words as its reason; nothing is
// decided. The same words from a villager, or quoting a villager, are
// left alone.
func TestRefusalQuotingTheClaim(t *testing.T) {
	b := examplePointsBot(t)
	claim := b.say("张三", "申请积分 参加义务劳动 证明人王五")
	expect(t, "plain refusal", b.quoting("网格小助手", claim[0], "赵六", "不行，那天他没去。"),
		g3+": 要驳回 #C1 吗？请回复「驳回 #C1 那天他没去」。")
	expect(t, "no reason", b.quoting("网格小助手", claim[0], "赵六", "不给"),
		g3+": 要驳回 #C1 吗？请回复「驳回 #C1 理由」，理由写不通过的原因。")
	has(t, "不符合", b.quoting("网格小助手", claim[0], "赵六", "不符合条件"), "要驳回 #C1 吗？请回复「驳回 #C1 不符合条件」")
	has(t, "不算", b.quoting("网格小助手", claim[0], "赵六", "不算，这是他自己家的活"), "请回复「驳回 #C1 这是他自己家的活」")
	b.wantStatus(t, "C1", village.ClaimPending, "after the asking back")
	silent(t, "a villager's refusal answered", b.quoting("网格小助手", claim[0], "陈二", "不行，那天他没去"))
	silent(t, "quoting a villager answered", b.quoting("张三", "申请积分 参加义务劳动 #C1", "赵六", "不行，那天他没去"))
	silent(t, "quoting a list answered", b.quoting("网格小助手", "待审 2 项：\n#C1 张三户\n#C2 陈二户", "赵六", "不行"))
	has(t, "then the command", b.say("赵六", "驳回 #C1 那天他没去"), "#C1 没有通过", "理由：那天他没去。")
}

// TestClaimTalkedAboutByNumber: a scorer's plain words on a claim he
// names first ("C1不行，那天他没去", "#C1 可以，给8分吧") are asked back
// with the command to send, and a villager's "C1有问题…" quoting the 公示
// (cut short, as WeChat quotes it) with 异议; nothing is decided.
func TestClaimTalkedAboutByNumber(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人王五")
	expect(t, "refusal by number", b.say("赵六", "C1不行，那天他没去"), g3+": 要驳回 #C1 吗？请回复「驳回 #C1 那天他没去」。")
	expect(t, "assent by number", b.say("赵六", "#C1 可以，给8分吧"), g3+": #C1 还在等审核。通过请回复「同意 #C1 8」，不通过请回复「驳回 #C1 理由」。")
	lacks(t, "a villager's assent", b.say("陈二", "#C1 可以，给8分吧"), "同意 #C1")
	b.wantStatus(t, "C1", village.ClaimPending, "after the asking back")
	has(t, "approved", b.say("赵六", "同意 #C1 8"), "#C1 已通过")
	publishClaims(t, b.st, b.now, 1)
	expect(t, "objection quoting the 公示", b.quoting("网格小助手", "【积分公示】青山村三组 2026年3月", "陈二", "C1有问题，那天他没去"),
		g3+": 要对 #C1 提异议吗？请回复「异议 #C1 有问题，那天他没去」，评分小组会核实；这条还没有记为异议。")
	b.wantStatus(t, "C1", village.ClaimApproved, "after the asking back")
	has(t, "then the command", b.say("陈二", "异议 #C1 有问题，那天他没去"), "已收到对 #C1")
}

// TestWitnessAfterTheClaim: the claimant told to name a witness does so in
// the next message ("证明人 王五", quoting the claim "李四看见了"); it is
// written on his claim and the reviewers told, privately when he claimed
// privately. A family member is refused; someone else's words, or a claim
// of another chat, are left alone.
func TestWitnessAfterTheClaim(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "private claim", b.privately("陈二", "申请积分 参加村庄环境卫生整治"), "请接着发证明人的名字")
	expect(t, "witness in private", b.privately("陈二", "证明人 王五"),
		"陈二: 已把证明人王五记到 #C1（陈二户·陈二「参加村庄环境卫生整治」），评分小组审核时能看到。",
		"赵六: 【积分申请】陈二户·陈二 #C1「参加村庄环境卫生整治」补上了证明人王五，请审核")
	if c := b.claim("C1"); c.Evidence != "证明人 王五" || c.LacksEvidence() {
		t.Errorf("C1 evidence = %q", c.Evidence)
	}
	expect(t, "again", b.privately("陈二", "王五可以作证"), "陈二: 证明人王五已经记在 #C1 上了，不用再发，评分小组审核时能看到。发「查 #C1」可看进度。")
	has(t, "another witness", b.privately("陈二", "证明人 李四"), "已把证明人李四记到 #C1")
	if c := b.claim("C1"); c.Evidence != "证明人 王五、证明人 李四" {
		t.Errorf("C1 evidence after a second witness = %q", c.Evidence)
	}
	claim := b.say("张三", "申请积分 参加村庄环境卫生整治")
	has(t, "group claim", claim, "#C2")
	lacks(t, "another chat's claim", b.say("陈二", "王五可以作证"), "记到")
	expect(t, "family", b.say("张三", "张明可以作证"), g3+": 已把张明记到 #C2，供评分小组参考；但张明是本户家里人，不能作证明人。"+
		"此项还需要一位外人证明人（如邻居、网格员），请告诉评分小组，例如：证明人 王五。")
	lacks(t, "not his claim", b.quoting("网格小助手", claim[0], "陈二", "李四看见了"), "记到")
	has(t, "quoting the claim", b.quoting("网格小助手", claim[0], "张三", "李四看见了"), "已把证明人李四记到 #C2", "请审核：回复「同意 #C2」")
	if c := b.claim("C2"); c.Evidence != "证明人 李四、家人作证 张明" {
		t.Errorf("C2 evidence = %q", c.Evidence)
	}
}

// TestRecordOffersCandidates: a 加分 whose words name no item ("打扫了文
// 化广场") lists the items they might be, with the command to resend, as
// a claim's does; nothing is recorded.
func TestRecordOffersCandidates(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "给张三加5分，他帮忙打扫了文化广场")
	has(t, "candidates", got, "没认出是哪一项加分，没有记分。是下面哪一项吗？", "HJ02 参加村庄环境卫生整治（5分）", "例如：加分 张三 HJ")
	lacks(t, "nothing recorded", got, "已记录")
	has(t, "resent with the code", b.say("赵六", "加分 张三 HJ02 他帮忙打扫了文化广场 5"), "已记录 #C1：张三户·张三「参加村庄环境卫生整治」+5分")
}

// TestPointsSaidInASentence: a scorer's sentence naming a villager first
// and ending with the points ("陈二家焚烧秸秆，扣5分") is asked back with
// the 扣分 or 加分 command; nothing is recorded, and a villager's like
// sentence is read as usual.
func TestPointsSaidInASentence(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "deduction", b.say("赵六", "陈二家焚烧秸秆，扣5分"), g3+": 要给陈二扣分吗？请回复「扣分 陈二 焚烧秸秆 5」（项目写名称或编号），这条还没有记分。")
	has(t, "award, name of three", b.say("赵六", "王奶奶家门口打扫得干净 加3分"), "请回复「加分 王奶奶 门口打扫得干净 3」")
	has(t, "no deed", b.say("赵六", "张三 加5分"), "请回复「加分 张三 项目 5」")
	lacks(t, "a villager's", b.say("陈二", "陈二家焚烧秸秆，扣5分"), "要给陈二扣分吗")
	silent(t, "no one named, yet answered", b.say("赵六", "今天大家表现不错，加5分"))
	has(t, "then the command", b.say("赵六", "扣分 陈二 焚烧秸秆 5"), "已记录 #C1：陈二户·陈二「焚烧秸秆、垃圾」-5分")
}

// TestMyPointsInTheGroup: 我的积分 asked in the group answers there only
// what the ranking shows anyway (average, total, place; pts75: no longer
// the asker's own points); the balance, the other members' pending claims and a
// veto's reason go to him privately, and the group is told so. With
// nothing of the kind, the whole answer is in the group.
func TestMyPointsInTheGroup(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "nothing yet", b.say("陈二", "我的积分"), g3+": 陈二户2026年积分：户总分 0 分，参评 4 人，户均 0.0 分，今年还没有积分。\n您本人：0 分。\n怎么得积分、积分能换什么，请发「积分帮助」。") // the balance, even 0, is private
	has(t, "a member claims privately", b.privately("刘芳", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C1")
	got := b.say("张三", "我的积分")
	expect(t, "a member's pending claim", got,
		"张三: 张三户2026年积分：户总分 0 分，参评 3 人，户均 0.0 分，今年还没有积分。\n您本人：0 分。\n可兑换：0 分。\n待审核：#C1",
		g3+": 张三户2026年还没有积分。\n张三，可兑换积分、待审核的申请已私信发给您；以后可以直接私信我「我的积分」。")
	lacks(t, "the group", got[1:], "#C1", "刘芳")
	expect(t, "asked privately", b.privately("张三", "我的积分"), "张三: 张三户2026年积分：")
}

// TestClaimReadsOnce: a villager's 申请积分 reads his household's account
// and the claims waiting for review together: one read and the commit.
func TestClaimReadsOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "申请积分 拾金不昧 捡到钱包交给失主") // what is made once (the village's households) is made
	got := c.costs(t, 2, "申请积分 (one read, the commit)", bot.Message{Chat: grid3, From: "陈二", Text: "申请积分 参加志愿服务 打扫村道"})
	has(t, "claimed", got, "已登记积分申请 #C2")
}

// TestVetoReasonKeptPrivate: a veto item recorded in the group does not
// repeat the scorer's reason there; the household hears it privately,
// and a scorer recording it privately sees it.
func TestVetoReasonKeptPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("赵六", "扣分 陈二 治安拘留 因赌博被行政拘留")
	has(t, "group", got, grid3+": 已记录否决项 #C1：陈二户。\n该户今年不参加积分排名和评优，项目和理由已私下告知本户；",
		"陈二: 【积分通知】陈二户·陈二：「家庭成员受到治安拘留」，属于否决项，您家2026年不参加积分排名和评优（#C1，评分人赵六，因赌博被行政拘留）。")
	if strings.Contains(got[0], "赌博") || strings.Contains(got[0], "拘留") {
		t.Errorf("the veto's reason repeated in the group: %q", got[0])
	}
	has(t, "private", c.private("赵六", "扣分 张三 治安拘留 因打架被拘留"), "赵六: 已记录否决项 #C2：张三户「家庭成员受到治安拘留」（因打架被拘留）。")
}

// TestRejectionAsked: a villager asking in his own words why his claim
// was rejected is told the claim, the scorer's reason and what he can do
// next; nothing is reopened nor claimed anew.
func TestRejectionAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("陈二", "申请积分 帮王奶奶修屋顶"), "已登记积分申请 #C1")
	has(t, "rejected", c.say("赵六", "驳回 #C1 没有照片证明"), "#C1 没有通过")
	for _, asked := range []string{"凭什么驳回我的", "为啥不给我加分"} {
		got := c.say("陈二", asked)
		has(t, asked, got, "陈二，您的积分申请 #C1「帮助困难群众、照料孤寡老人」没有通过，评分人赵六的理由是：没有照片证明。",
			"补齐后可以重新申请", "找赵六当面说明")
		lacks(t, asked+": no new claim", got, "我理解为", "已登记")
	}
	has(t, "still rejected", c.say("陈二", "查 #C1"), "驳回")
}
