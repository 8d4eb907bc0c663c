package handlers_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// villagesChat is a chat of the example township with a second village,
// 石桥村, of three households: 石大山's (two people), 石二's and 石三's.
func villagesChat(t *testing.T) *chat {
	t.Helper()
	vill := []village.Role{village.RoleVillager}
	cfg, dir := exampleVillage(t,
		village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: village.RelHead, UsesWeChat: true, Roles: vill},
		village.Person{Name: "石小芳", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: "配偶", UsesWeChat: true, Roles: vill},
		village.Person{Name: "石二", Village: "石桥村", Grid: "一组", Household: "SQ-102", Relation: village.RelHead, UsesWeChat: true, Roles: vill},
		village.Person{Name: "石三", Village: "石桥村", Grid: "一组", Household: "SQ-103", Relation: village.RelHead, UsesWeChat: true, Roles: vill})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	st := storagetest.New(t)
	c := chatOn(t, cfg, dir, st, st)
	c.more = []storage.Scope{storage.VillageScope("石桥村")}
	return c
}

// TestVillagesCompared: "哪个村积分最高" and "我们村排第几" compare the
// villages by the average the household ranking uses, over the households
// that take part; a vetoed household's points and people are left out as
// the ranking leaves it out. Officers see totals and the vetoes' count,
// villagers the aggregate only.
func TestVillagesCompared(t *testing.T) {
	c := villagesChat(t)
	const sq = "石桥村一组网格群"
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	for _, s := range []string{"加分 石桥村 石大山 拾金不昧 10 捡到钱包", "加分 石桥村 石三 见义勇为 县综治办认定书", "扣分 石桥村 石三 拘留 判决书"} {
		has(t, s, c.private("孙七", s), "已记录")
	}
	// 石桥村: SQ-101 10 points over 2 people, SQ-102 nothing over 1, SQ-103
	// vetoed (its 30 not counted): 10 ÷ 3 = 3.3, 1 of 2 households scored.
	// 青山村: 10 points over all its people.
	c.say("张三", "我的积分") // what a first message reads once
	n, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "@网格小助手 我们村排第几"})
	if n > 2 {
		t.Errorf("the comparison took %d round trips, want 2: both villages' tallies in one, the reply", n)
	}
	has(t, "a villager", got, grid3+": 全镇2026年各村积分（按村户均分）：\n1. 石桥村 户均 3.3 分（参评 2 户，有得分的 1 户，占 50%）\n2. 青山村 户均 0.1 分（参评 31 户，有得分的 1 户，占 3%）",
		"青山村排第 2 名（共 2 个村）。", "有否决项的户不参加", "「积分排行」")
	lacks(t, "a villager", got, "否决项不参加）", "共 10 分", "石三")
	got = c.in(officeChat, "孙七", "@网格小助手 哪个村积分最高")
	has(t, "an officer", got, "1. 石桥村 户均 3.3 分（参评 2 户 3 人、共 10 分，有得分的 1 户，占 50%；另有 1 户因否决项不参加）")
	lacks(t, "an officer", got, "排第")
	has(t, "the households' ranking stays", c.in(officeChat, "孙七", "@网格小助手 哪家积分最高"), "全镇2026年积分排行（按户均分）")
	has(t, "asked in 石桥村", c.in(sq, "石大山", "各村积分排名"), "石桥村排第 1 名（共 2 个村）")
	has(t, "as a ranking's word", c.private("石二", "积分排行 各村"), "石桥村排第 1 名")
	has(t, "with points in words", c.say("陈二", "@网格小助手 俺村积分在全镇排第几"), "青山村排第 2 名")
	expect(t, "a year not archived", c.say("陈二", "各村积分 2025"), grid3+": 没有2025年的年终积分排行（那年还没有用积分制，或年终排行还没出）。发「积分排行」看今年的。")
}

// TestVillagesAsked: the words that ask how villages compare, and those
// that ask something else. Asked in a grid group without addressing the
// bot, the question is the villagers' talk (DESIGN.md: the bot speaks
// unaddressed only of an emergency, a report or a claim), as is which
// household leads; the ranking's plain words, privately or to the bot it
// is answered.
func TestVillagesAsked(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	for _, text := range []string{"我们村排第几", "各村积分排名", "哪个村积分最高啊", "咱们村积分在镇里排第几"} {
		has(t, text, c.say("陈二", "@网格小助手 "+text), "各村积分（按村户均分）")
		has(t, text+" privately", c.private("陈二", text), "各村积分（按村户均分）")
	}
	for _, text := range []string{"我们村排第几", "哪个村积分最高啊", "咱们村积分在镇里排第几", "哪家积分最高", "谁家分最多"} {
		expect(t, text+" unaddressed", c.say("陈二", text))
	}
	has(t, "the ranking's words", c.say("陈二", "各村积分排名"), "各村积分（按村户均分）")
	has(t, "which household, to the bot", c.say("陈二", "@网格小助手 哪家积分最高"), "青山村2026年积分排行")
	// pts110: one's own place unaddressed is one line, not the list
	has(t, "own rank", c.say("陈二", "我家积分排第几"), "陈二户今年", "发「积分排行」看青山村的排行")
	for _, text := range []string{"我们村的路灯坏了", "哪个村的桥修好了", "本村积分排名"} {
		lacks(t, text, c.say("陈二", text), "各村积分")
	}
}

// BenchmarkVillages100k answers 各村积分 in a township of 10 villages of
// 10,000 two-person households each, all with points: every village's
// tallies in one round trip, one reply commit.
func BenchmarkVillages100k(b *testing.B) {
	pb, ctx := townshipBench(b, 10, 10_000)
	warmUp(b, pb, "各村积分")
	if got := askEach(ctx, b, pb, g3, "V00H000042-0", "@网格小助手 我们村排第几"); !strings.Contains(got, "青山村排第") || !strings.Contains(got, "10. ") {
		b.Fatalf("comparison lacks the asker's village or a village: %.400s", got)
	}
}

// BenchmarkTownshipRanking100k answers 积分排行 全镇 (an officer's) on the
// township of BenchmarkVillages100k.
func BenchmarkTownshipRanking100k(b *testing.B) {
	pb, ctx := townshipBench(b, 10, 10_000)
	warmUp(b, pb, "各村积分")
	if got := askEach(ctx, b, pb, officeChat, "孙七", "积分排行"); !strings.Contains(got, "全镇2026年积分排行") {
		b.Fatalf("no township ranking: %.300s", got)
	}
}

// askEach has from say text in chat once an iteration, reports the round
// trips each took, and returns the replies, joined.
func askEach(ctx context.Context, b *testing.B, pb *pointsBot, chat, from, text string) string {
	b.Helper()
	trips0 := pb.st.RoundTrips()
	for i := range b.N {
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("q%d", i), At: at, Chat: chat, From: from, Text: text}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(pb.st.RoundTrips()-trips0)/float64(b.N), "roundtrips/msg")
	return strings.Join(pb.drain(), "")
}

// townshipBench is a points bot of the example configuration where 青山村
// and villages-1 more have n two-person households each, every one with
// points, plus the example's scorer and officer.
func townshipBench(b *testing.B, villages, n int) (*pointsBot, context.Context) {
	cfg, _ := bigVillage(b, 0)
	people := []village.Person{
		{Name: "赵六", Village: "青山村", Household: "QS-306", Relation: "户主", Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleVillager, village.RoleScorer}},
		{Name: "孙七", Village: "青山村", Grid: "", UsesWeChat: true, Roles: []village.Role{village.RoleOfficer}},
	}
	for v := range villages {
		name := "青山村"
		if v > 0 {
			name = fmt.Sprintf("第%d村", v)
			cfg.Villages = append(cfg.Villages, config.Village{Name: name, Grids: []config.Grid{{Name: "一组", Group: name + "一组网格群"}}})
		}
		grid := map[bool]string{true: "三组", false: "一组"}[v == 0]
		for i := range n {
			hh := fmt.Sprintf("V%02dH%06d", v, i)
			for j, rel := range []string{"户主", "配偶"} {
				people = append(people, village.Person{Name: fmt.Sprintf("%s-%d", hh, j), Village: name, Household: hh,
					Relation: rel, Grid: grid, UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
			}
		}
	}
	pb := newPointsBot(b, cfg, roster.NewDirectory(people))
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 6))
	for v, vc := range cfg.Villages[:villages] {
		for start := 0; start < n; start += 5000 {
			var incr []storage.Incr
			for i := start; i < min(start+5000, n); i++ {
				incr = append(incr, storage.Incr{Hash: storage.PointsHash("2026"), Field: fmt.Sprintf("V%02dH%06d", v, i), By: int64(rng.IntN(300))})
			}
			if _, err := pb.st.Commit(ctx, storage.Change{Scope: storage.VillageScope(vc.Name), Incr: incr}); err != nil {
				b.Fatal(err)
			}
		}
	}
	return pb, ctx
}

// TestVillagesAskedInOffice: an officer's plain "哪个村积分最高" in the
// township's chat, not said to the bot, is answered as his plain "超期的有
// 哪些" is, at the cost of the addressed question, and so is his "哪家积分
// 最高" with the township's households ranked; the office's talk of
// villages or households that asks nothing of points stays the officers'
// own.
func TestVillagesAskedInOffice(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	c.in(officeChat, "孙七", "@网格小助手 各村积分") // what a first message reads once
	addressed, _ := c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "@网格小助手 哪个村积分最高"})
	n, got := c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "哪个村积分最高"})
	has(t, "unaddressed", got, officeChat+": 全镇2026年各村积分（按村户均分）：", "1. 青山村 户均 0.1 分")
	if n > addressed {
		t.Errorf("unaddressed took %d round trips, addressed %d", n, addressed)
	}
	has(t, "in other words", c.in(officeChat, "孙七", "各个村积分排名咋样"), "各村积分（按村户均分）")
	has(t, "an admin", c.in(officeChat, "吴九", "哪个村积分最高"), "各村积分（按村户均分）")
	has(t, "which household", c.in(officeChat, "孙七", "哪家积分最高"), "全镇2026年积分排行（按户均分）")
	has(t, "which household, other words", c.in(officeChat, "孙七", "谁家分最多"), "全镇2026年积分排行（按户均分）")
	has(t, "the first, whose", c.in(officeChat, "孙七", "全镇积分第一是谁家"), "全镇2026年积分排行（按户均分）")
	for _, text := range []string{"明天去哪个村开会", "各村的材料周五前交齐", "哪个村的桥修好了", "各村积分排名发群里"} {
		lacks(t, text, c.in(officeChat, "孙七", text), "各村积分")
	}
	for _, text := range []string{"哪家的狗又跑出来了", "谁家门口的路灯坏了", "哪户还没交材料", "谁家第一个到的"} {
		lacks(t, text, c.in(officeChat, "孙七", text), "积分排行")
	}
}

// TestRankingScopedByPlace: a place named in a ranking question, in the
// command or in words, scopes it (testers, 2026-12-01: 孙七's 「三组哪家积
// 分最高」 got the township's list): a village, a grid of a village, or a
// grid name several villages have (each village's grid); a word that reads
// as a place the township has not is answered with the places it has.
// Another village's ranking is the township's view.
func TestRankingScopedByPlace(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	c.say("赵六", "加分 刘建国 见义勇为 县综治办认定书")
	has(t, "石桥村", c.private("孙七", "加分 石桥村 石大山 拾金不昧 10 捡到钱包"), "已记录")
	got := c.in(officeChat, "孙七", "三组哪家积分最高")
	has(t, "a grid in words", got, "青山村三组2026年积分排行（按户均分）：\n1. 张三户 户均 3.3 分")
	lacks(t, "a grid in words", got, "刘建国", "石大山", "全镇")
	got = c.in(officeChat, "孙七", "积分排行 青山村")
	has(t, "a village", got, "青山村2026年积分排行（按户均分）：\n1. 刘建国户 户均 66.7 分", "2. 张三户 户均 3.3 分")
	lacks(t, "a village", got, "石大山", "全镇")
	got = c.in(officeChat, "孙七", "积分排行 青山村一组")
	has(t, "a village's grid", got, "青山村一组2026年积分排行（按户均分）：\n1. 刘建国户")
	lacks(t, "a village's grid", got, "张三", "石大山")
	got = c.in(officeChat, "孙七", "@网格小助手 一组哪家积分最高")
	has(t, "a grid two villages have", got, "青山村一组、石桥村一组2026年积分排行", "1. 青山村一组刘建国户", "2. 石桥村石大山户")
	lacks(t, "a grid two villages have", got, "张三")
	has(t, "another village, privately", c.private("孙七", "积分排行 石桥村"), "石桥村2026年积分排行", "1. 石大山户")
	has(t, "an unknown grid", c.in(officeChat, "孙七", "四组哪家积分最高"), "没有找到「四组」", "青山村、石桥村", "青山村三组")
	has(t, "an unknown village", c.in(officeChat, "孙七", "积分排行 李家村"), "没有找到「李家村」")
	has(t, "a villager, another village", c.say("陈二", "积分排行 石桥村"), "需要镇干部")
	got = c.say("陈二", "积分排行 一组")
	has(t, "a villager, his village's grid", got, "青山村一组2026年积分排行", "刘建国户")
	lacks(t, "a villager, his village's grid", got, "石大山")
	has(t, "his village in words", c.say("陈二", "@网格小助手 我们村哪家积分最高"), "青山村2026年积分排行", "刘建国户", "张三户")
	has(t, "no place in words", c.say("陈二", "@网格小助手 我家在村里积分排第几"), "青山村2026年积分排行", "您家")
	has(t, "without 积分", c.say("陈二", "@网格小助手 我家在村里排第几"), "青山村2026年积分排行", "您家")
}

// TestOurGridRanked: 「我们组排第几」 said to the bot (testers, 2026-12-01:
// the help menu) is the asker's grid's households ranked, his household's
// place in the grid and in the village; privately the same, of his own
// grid. The plan ranks households, not grids. Unaddressed in the group
// it is villagers' talk, as 「我们村排第几」 is. It costs what 积分排行 costs.
func TestOurGridRanked(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	c.say("赵六", "加分 刘建国 见义勇为 县综治办认定书")
	c.say("张三", "我的积分") // what a first message reads once
	plain, _ := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "积分排行"})
	n, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "@网格小助手 我们组排第几"})
	if n > plain {
		t.Errorf("我们组排第几 took %d round trips, 积分排行 %d", n, plain)
	}
	has(t, "addressed", got, "青山村三组2026年积分排行（按户均分）：\n1. 张三户 户均 3.3 分",
		"您家（张三户）在青山村三组排第 1 名、在青山村排第 2 名，户均 3.3 分（含公示期未满的 10 分）。")
	lacks(t, "addressed", got, "刘建国", "帮助")
	has(t, "privately", c.private("张三", "咱组积分排第几"), "在青山村三组排第 1 名")
	has(t, "another way", c.say("陈二", "@网格小助手 我们组谁家积分最高"), "青山村三组2026年积分排行")
	expect(t, "unaddressed", c.say("陈二", "我们组排第几"))
}

// TestTownshipRankingSaysUnfinal: the township-wide ranking (several
// villages) says of each household's figure the points not final yet, as
// one village's does, from the approved claims read with the tallies in
// the same round trip; a 户号 another village also has does not lend its
// figure.
func TestTownshipRankingSaysUnfinal(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	has(t, "石桥村", c.private("孙七", "加分 石桥村 石大山 拾金不昧 10 捡到钱包"), "已记录")
	c.in(officeChat, "孙七", "积分排行") // what a first message reads once
	n, got := c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "积分排行"})
	if n > 2 {
		t.Errorf("the township ranking took %d round trips, want 2: every village's tallies and approved claims in one, the reply", n)
	}
	has(t, "township", got, "全镇2026年积分排行（按户均分）：\n1. 石桥村石大山户 户均 5.0 分（10分/2人，含公示期未满的 10 分）",
		"青山村三组张三户 户均 3.3 分（10分/3人，含公示期未满的 10 分）",
		"「公示期未满」的分已通过审核，公示期满没有异议才生效")
}

// TestUnfinalByVillage: points not final yet are told of the household of
// their own village, not of another village's household of the same 户号.
func TestUnfinalByVillage(t *testing.T) {
	vill := []village.Role{village.RoleVillager}
	cfg, dir := exampleVillage(t,
		village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "QS-301", Relation: village.RelHead, UsesWeChat: true, Roles: vill})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	st := storagetest.New(t)
	c := chatOn(t, cfg, dir, st, st)
	c.more = []storage.Scope{storage.VillageScope("石桥村")}
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	// 石大山户 (石桥村 QS-301) has final points only: none waits for 公示
	if _, err := st.Commit(context.Background(), storage.Change{Scope: storage.VillageScope("石桥村"), MsgID: "seed",
		Incr: []storage.Incr{{Hash: storage.PointsHash("2026"), Field: "QS-301", By: 40}}}); err != nil {
		t.Fatal(err)
	}
	got := c.in(officeChat, "孙七", "积分排行")
	has(t, "township", got, "1. 石桥村石大山户 户均 40.0 分（40分/1人）", "青山村三组张三户 户均 3.3 分（10分/3人，含公示期未满的 10 分）")
}
