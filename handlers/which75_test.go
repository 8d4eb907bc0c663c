package handlers_test

import (
	"context"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// TestDutyPickTwoVillages: an alarm open in each of two villages, both
// #R1: 孙七's 「我马上过去」 lists each with its village, and his 「2」 is
// 「青山村 #R1 我马上过去」 as typed, the question taken with it in one
// round trip (which75: the number ran 「进展 #R1」, asked back which
// village's; kept in the township, the question took a commit of its own).
func TestDutyPickTwoVillages(t *testing.T) {
	c := twoVillagesChat(t)
	const sq = "石桥村一组网格群"
	has(t, "fire", c.in(grid3, "张三", "快来人 着火了 在村口老王家"), "#R1")
	has(t, "flood", c.in(sq, "石大山", "河水漫上来了 淹到路上了"), "#R1")
	expect(t, "asked which", c.in(dutyChat, "孙七", "我马上过去"), dutyChat+": 孙七，您说的「我马上过去」是哪一件？请回复数字：\n"+
		"「1」石桥村 #R1 一组 河水漫上来了 淹到路上了\n「2」青山村 #R1 三组 快来人 着火了 在村口老王家\n"+
		"回「1」就照「石桥村 #R1 我马上过去」记上，还没人确认的算作受理，仍由网格负责。")
	got := c.costs(t, 1, "「2」", bot.Message{Chat: dutyChat, From: "孙七", Text: "2"})
	has(t, "「2」", got, dutyChat+": 按孙七的话，青山村 #R1 已受理", "进展已记录：我马上过去", grid3+": 按孙七的话，#R1 已受理")
	lacks(t, "「2」", got, "都有", sq)
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
	// taken: a second 「2」 records nothing
	lacks(t, "again", c.in(dutyChat, "孙七", "2"), "进展已记录")
	has(t, "石桥村's untouched", c.in(dutyChat, "孙七", "查 石桥村 #R1"), "河水漫上来了", "待受理")
}

// TestOfficePickTwoVillages: an item sent up from each of two villages,
// both #R1: 孙七's 「我来跟」 lists each with its village, and his 「1」
// takes 石桥村's on in one round trip.
func TestOfficePickTwoVillages(t *testing.T) {
	c := twoVillagesChat(t)
	const sq = "石桥村一组网格群"
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	c.in(sq, "石大山", "上报 桥头路灯坏了好几天了")
	has(t, "sent up", c.in(sq, "石队长", "上报镇 #R1 村里没有电工"), "#R1")
	got := c.in(officeChat, "孙七", "我来跟")
	has(t, "asked which", got, "「1」石桥村 #R1 一组 桥头路灯坏了好几天了", "「2」青山村 #R1 三组", "回「1」就由镇里接手 石桥村 #R1")
	got = c.costs(t, 1, "「1」", bot.Message{Chat: officeChat, From: "孙七", Text: "1"})
	lacks(t, "「1」", got, "都有", grid3)
	has(t, "taken", c.in(officeChat, "孙七", "查 石桥村 #R1"), "孙七")
	lacks(t, "青山村's not", c.in(officeChat, "孙七", "查 青山村 #R1"), "孙七在办")
}

// elevenClaims: eleven claims wait in 青山村, nine of 三组's group.
func elevenClaims(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	for _, a := range []string{"清理河道", "参加普法学习", "参加义务劳动"} {
		for _, who := range []string{"张三", "陈二", "周八"} {
			c.say(who, "申请积分 "+a+" 证明人 王五")
		}
	}
	c.in(grid1, "刘洋", "申请积分 参加义务劳动 证明人 马红梅")
	c.in(grid1, "刘洋", "申请积分 参加普法学习 证明人 马红梅")
	return c
}

// TestRejectNoNumberSaysTheRest: a scorer's 「驳回 重复」 with eleven
// claims waiting lists nine (five before, the rest unsaid) and the one
// line of every which-list: how many more, the tenth's line as typed.
func TestRejectNoNumberSaysTheRest(t *testing.T) {
	c := elevenClaims(t)
	got := c.say("赵六", "驳回 重复")
	has(t, "nine listed", got, "请写上积分编号。本群最近的一项是 #C9", "驳回这一项请发「驳回 #C9 重复」",
		"#C1 张三户", "\n还有2项没列出，请直接写编号，如「驳回 #C11 重复」。")
	if n := strings.Count(strings.Join(got, "\n"), "\n#C"); n != 8 {
		t.Errorf("%d listed after the likeliest, want 8: %q", n, got)
	}
}

// TestApproveAllSaysTheRest: 「都同意」 with eleven waiting lists the nine
// newest by number (twenty before, and its own 「这批审完后再发」) and says
// the rest as every which-list does; 「是」 approves those listed only.
func TestApproveAllSaysTheRest(t *testing.T) {
	c := elevenClaims(t)
	got := c.say("赵六", "都同意")
	has(t, "nine listed", got, "要同意这 9 项吗：\n#C1 张三户", "#C9 周八户", "\n还有2项没列出，请直接写编号，如「同意 #C11」。")
	lacks(t, "nine listed", got, "#C10 ", "这批审完后")
}

// TestPickSeveralNumbersAskAgain: to the list of eleven, 「1 3」, 「1-3」
// and 「3和5」 run nothing (before: 「1 3」 and 「1-3」 took #R11 alone,
// 「3和5」 was silence): he is asked for one number, the others' lines
// written out; 「12」 is no number of the list; the question still waits,
// and 「1」 then takes #R11 on.
func TestPickSeveralNumbersAskAgain(t *testing.T) {
	c := elevenFresh(t)
	c.say("李四", "好的 我下午过去")
	expect(t, "1 3", c.say("李四", "1 3"), grid3+": @李四\u2005请一次回一个数字：回「1」就是「确认 #R11 下午过去」，其余的请直接发：\n「确认 #R9 下午过去」")
	expect(t, "1-3", c.say("李四", "1-3"), grid3+": @李四\u2005请一次回一个数字：回「1」就是「确认 #R11 下午过去」，其余的请直接发：\n「确认 #R10 下午过去」\n「确认 #R9 下午过去」")
	has(t, "3和5", c.say("李四", "3和5"), "回「3」就是「确认 #R9 下午过去」", "「确认 #R7 下午过去」")
	has(t, "2 and 12", c.say("李四", "2、12"), "回「2」就是「确认 #R10 下午过去」。\n列表只有 1 到 9，没有「12」。")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "1", c.say("李四", "1"), "#R11 已受理")
	c.wantStatuses(map[string]village.Status{"R11": village.StatusAccepted}, village.StatusNew)
}

// TestPickNumberNotListedAsksAgain: 「7」 to the duty chat's list of two
// is no number of it: he is told so, the question kept (before: silence),
// and his 「2」 then records the flood's.
func TestPickNumberNotListedAsksAgain(t *testing.T) {
	c := twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	expect(t, "7", c.in(dutyChat, "孙七", "7"), dutyChat+": @孙七\u2005列表只有 1 到 2，没有「7」，请回列表里的一个数字。")
	has(t, "1到2", c.in(dutyChat, "孙七", "1到2"), "请一次回一个数字：回「1」就是「#R1 我马上过去」，其余的请直接发：\n「#R2 我马上过去」")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "2", c.in(dutyChat, "孙七", "2"), "#R2 已受理", "进展已记录：我马上过去")
}

// TestBareCommandAndMineSayTheRest: with eleven reports open, a bare
// 「都确认」 lists nine (five before, 「都确认」 then took those five
// silently) and says the rest, as a bare 「确认」 does; 张三's 「我的事项」
// of four lists all with no such line.
func TestBareCommandAndMineSayTheRest(t *testing.T) {
	c := elevenFresh(t)
	got := c.say("李四", "都确认")
	has(t, "all", got, "这几件等您「确认」：\n#R11 ", "#R3 ", "\n还有2件没列出，请直接写编号，如「确认 #R2」。\n列出的都确认的话，回复「全部」或发「确认 #R11 #R10 #R9 #R8 #R7 #R6 #R5 #R4 #R3」")
	lacks(t, "all", got, "#R2 待")
	got = c.say("李四", "确认")
	has(t, "bare", got, "可能是这几件：\n#R11 ", "#R3 ", "\n还有2件没列出，请直接写编号，如「确认 #R2」。")
	got = c.say("张三", "我的事项")
	has(t, "mine", got, "您反映的还没办完的事项：\n#R10 ", "#R7 ", "#R4 ", "#R1 ")
	lacks(t, "mine", got, "没列出")
}

// onceMeddler is a meddler that changes its document before one commit
// only: the commit is refused once, and its retry meets no change.
type onceMeddler struct{ *meddler }

func (m onceMeddler) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	res, err := m.meddler.Commit(ctx, ch)
	if m.n > 0 {
		m.on = false
	}
	return res, err
}

// TestDutyPickTwoVillagesRetried: 孙七's 「2」 meets another change of
// 青山村's #R1: the question, taken with the refused commit (its Then is
// made either way), is not taken twice; the retry records his words
// once, and a second 「2」 records nothing.
func TestDutyPickTwoVillagesRetried(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101",
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	const sq = "石桥村一组网格群"
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: sq}}})
	m := onceMeddler{&meddler{Store: storagetest.New(t), kind: "r", id: 1}}
	c := chatOn(t, cfg, dir, m, m.Store)
	c.more = []storage.Scope{storage.VillageScope("石桥村")}
	c.in(grid3, "张三", "快来人 着火了 在村口老王家")
	c.in(sq, "石大山", "河水漫上来了 淹到路上了")
	c.in(dutyChat, "孙七", "我马上过去")
	m.on = true
	got := c.in(dutyChat, "孙七", "2")
	if m.n != 1 {
		t.Fatalf("%d changes meddled, want 1: the test proves nothing", m.n)
	}
	if n := strings.Count(strings.Join(got, "\n"), "进展已记录：我马上过去"); n != 2 {
		t.Errorf("recorded said %d times, want twice (the duty chat and 三组): %q", n, got)
	}
	if h := c.reports()[0].History; h[len(h)-1].Note != "我马上过去" || h[len(h)-2].Note == "我马上过去" {
		t.Errorf("R1's history %+v, want his words once", h)
	}
	lacks(t, "again", c.in(dutyChat, "孙七", "2"), "进展已记录")
}
