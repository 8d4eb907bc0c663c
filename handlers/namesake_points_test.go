package handlers_test

import (
	"context"
	"testing"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// namesakeTownship is the example township with a second village, 石桥村,
// whose 张三 (household SQ-101) shares his name with 青山村's (QS-301),
// and a second 张三 in 青山村's 一组 (QS-199).
func namesakeTownship(t *testing.T) *pointsBot {
	t.Helper()
	cfg, dir := exampleVillage(t,
		village.Person{Name: "张三", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: "户主", UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager}},
		village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-102", Relation: "户主", UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	return newPointsBot(t, cfg, dir)
}

// drainSQ is what the bot sent from 石桥村's scope.
func (b *pointsBot) drainSQ() []string {
	b.t.Helper()
	return storagetest.Sent(b.t, b.st, b.now, storage.VillageScope("石桥村"))
}

// TestNamesakesInTwoVillages: a township officer writing privately names
// someone of any village; a name two villages share is not guessed (it was
// the officer's roster village's 张三, silently): he is asked which one,
// by village, and told how to write it; the precise forms work.
func TestNamesakesInTwoVillages(t *testing.T) {
	b := namesakeTownship(t)
	expect(t, "积分 of a shared name", b.privately("孙七", "积分 张三"),
		"孙七: 「张三」有 2 位，这条还没有办。请写明是哪一位：\n青山村三组 张三（户号 QS-301）：写「青山村 张三」\n石桥村一组 张三（户号 SQ-101）：写「石桥村 张三」\n例如：积分 青山村 张三")
	has(t, "by village", b.privately("孙七", "积分 石桥村 张三"), "张三户2026年积分")
	has(t, "by household", append(b.privately("孙七", "积分 张三 SQ-101"), b.drainSQ()...), "孙七: 张三户2026年积分")
	has(t, "the unique name still works", b.privately("孙七", "积分 石大山"), "石大山户2026年积分")

	expect(t, "加分 of a shared name", b.privately("孙七", "加分 张三 SG03 10 捡到钱包交还失主"),
		"孙七: 「张三」有 2 位，这条还没有办。请写明是哪一位：\n青山村三组 张三（户号 QS-301）：写「青山村 张三」\n石桥村一组 张三（户号 SQ-101）：写「石桥村 张三」\n例如：加分 青山村 张三 SG03 10 捡到钱包交还失主")
	if got := b.account("QS-301"); got.Year("2026").Score != 0 {
		t.Errorf("青山村's 张三 was awarded before anyone said which: %+v", got)
	}
	has(t, "加分 by village", append(b.privately("孙七", "加分 石桥村 张三 SG03 10 捡到钱包交还失主"), b.drainSQ()...), "已记录 #C1", "石桥村")
	a, _, err := storage.Account(context.Background(), b.st, storage.VillageScope("石桥村"), "SQ-101")
	if err != nil || a.Year("2026").Score == 0 {
		t.Errorf("石桥村's 张三 has %+v (%v), want the award", a, err)
	}
}

// TestNamesakesInTwoGrids: in one village two 张三 of two grids; the grid
// leader is asked which, by grid, and 「积分 一组 张三」 answers; a
// villager asking after the name hears his own household's, never his
// namesake's, nor where the namesake lives.
func TestNamesakesInTwoGrids(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "张三", Village: "青山村", Grid: "一组", Household: "QS-199",
		Relation: "户主", UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	b := newPointsBot(t, cfg, dir)
	expect(t, "the leader", b.privately("李四", "积分 张三"),
		"李四: 「张三」有 2 位，这条还没有办。请写明是哪一位：\n三组 张三（户号 QS-301）：写「三组 张三」\n一组 张三（户号 QS-199）：写「一组 张三」\n例如：积分 三组 张三")
	has(t, "by grid", b.privately("李四", "积分 一组 张三"), "李四: 张三户（QS-199）2026年积分")
	// two households whose heads share the name: each is shown with its 户号
	has(t, "by household", b.privately("李四", "积分 张三·QS-301"), "李四: 张三户（QS-301）2026年积分")
	has(t, "a villager of the household", b.privately("刘芳", "积分 张三"), "刘芳: 张三户（QS-301）2026年积分")
	expect(t, "a villager of neither", b.privately("陈二", "积分 张三"), "陈二: 村民只能查本户的积分")

	// the shopkeeper: the same question, the same precise forms
	has(t, "兑换 of a shared name", b.say("周八", "兑换 张三 牙膏 1"), "「张三」有 2 位，这条还没有办", "例如：兑换 三组 张三 牙膏 1")
	has(t, "兑换 by household", b.say("周八", "兑换 张三 QS-199 牙膏 1"), "张三户（QS-199）的可兑换积分不够")
}

// TestNamesakeWritesPrivately: a villager whose name two villages share
// writes to the bot privately; the transport cannot tell which he is
// ("张三(未核实)"). Whatever he writes (我是, a report, 我的积分), he hears
// that he is not told apart and how to be, not "名单里没有找到您家" nor a
// report offered for "我是 石桥村 张三".
func TestNamesakeWritesPrivately(t *testing.T) {
	b := namesakeTownship(t)
	want := "张三(未核实): 名单里有 2 位叫「张三」（青山村三组、石桥村一组），我分不清您是哪一位，这条消息还没有办。\n" +
		"请管理员在机器人的微信里把您的备注设成「张三·户号」"
	for _, text := range []string{"我是 张三", "我是 石桥村 张三", "上报 路灯坏了", "我的积分"} {
		expect(t, text, b.privately("张三(未核实)", text), want)
	}
	expect(t, "a guest kept apart", b.privately("张三(未核实)?", "我的积分"), "张三(未核实)?: 名单里有 2 位叫「张三」")
	has(t, "a stranger of no namesake", b.privately("路人甲", "我的积分"), "我还认不出您是花名册上的哪一位")
	has(t, "the precise name", append(b.privately("张三·SQ-101", "我的积分"), b.drainSQ()...), "张三户2026年积分")
}

// TestResendLinesNameNamesakesPrecisely: a 加分/扣分 the bot asks to be sent
// again writes the person as precisely as needed (石桥村 张三), so the line
// resent is not asked about again; a unique name stays bare.
func TestResendLinesNameNamesakesPrecisely(t *testing.T) {
	b := namesakeTownship(t)
	for _, s := range []struct{ text, want string }{
		{"加分 石桥村 张三 志愿服务", "例如：加分 石桥村 张三 SG01 20。"},
		{"加分 石桥村 张三 志愿服务 50", "例如：加分 石桥村 张三 SG01 20"},
		{"加分 石桥村 张三 打扫了文化广场", "例如：加分 石桥村 张三 HJ01 打扫了文化广场"},
		{"加分 石桥村 张三 乱倒垃圾 3", "请发：扣分 石桥村 张三 乱倒垃圾 3。"},
		{"扣分 石桥村 张三 焚烧秸秆 否决项", "要扣分请发：扣分 石桥村 张三 焚烧秸秆"},
		{"加分 青山村 张三 志愿服务", "例如：加分 青山村 张三 SG01 20。"},
		{"加分 石大山 志愿服务", "例如：加分 石大山 SG01 20。"},
	} {
		has(t, s.text, append(b.privately("孙七", s.text), b.drainSQ()...), s.want)
	}
}
