package handlers_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestIAmConfirmedTakesHisReports: a member whose group name the roster
// does not know ("山里人") files a report, then says 我是 张三. The grid
// leader sees the claim in his 待办 with the commands that answer it,
// confirms it in one round trip, and the report filed under the group
// name becomes 张三's: its reporter, his 我的事项, his later reports.
func TestIAmConfirmedTakesHisReports(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "report", c.say("山里人", "上报 我家门口的水沟堵了"), "#R1")
	has(t, "我是", c.say("山里人", "我是 张三"),
		"@李四\u2005群里「山里人」说自己是张三（QS-301户）", "确认身份 山里人", "拒绝身份 山里人", "7 天内没有回复就作废")
	has(t, "待办", c.say("李四", "待办"), "待确认身份 1 位", "「山里人」说自己是张三（还剩 7 天）", "回复「确认身份 群昵称」或「拒绝身份 群昵称」")
	has(t, "not a leader", c.say("王五", "确认身份 山里人"), "只有本网格的网格长能确认身份")
	// the first confirmation reads the village's newest reports (closed
	// ones filed under the group name are his too), which the process
	// follows from then on
	has(t, "确认身份", c.say("李四", "确认身份山里人"), "已确认：「山里人」就是张三", "#R1 也记到张三名下了") // glued, as typed in haste
	if rep := c.reports()[0]; rep.Reporter != "张三" || rep.ReporterKey != "青山村/QS-301/张三" {
		t.Errorf("R1 reporter %q (%s), want 张三 of QS-301", rep.Reporter, rep.ReporterKey)
	}
	has(t, "mine", c.say("山里人", "我的事项"), "#R1")
	has(t, "mine as 张三", c.say("张三", "我的事项"), "#R1")
	has(t, "again", c.say("山里人", "上报 村口路灯不亮了"), "#R2")
	if rep := c.reports()[1]; rep.Reporter != "张三" {
		t.Errorf("R2 reporter %q, want 张三", rep.Reporter)
	}
	lacks(t, "待办 after", c.say("李四", "待办"), "待确认身份")
	c.say("老陈家的", "我是 陈二")
	out := c.costs(t, 1, "确认身份", bot.Message{Chat: grid3, From: "李四", Text: "确认身份 老陈家的"})
	has(t, "确认身份", out, "已确认：「老陈家的」就是陈二")
	// a week on, the confirmed claim says nothing more
	c.now = c.now.Add(8 * 24 * time.Hour)
	lacks(t, "a week on", c.flush(), "作废")
}

// TestIAmRefusedOrLapsed: the leader refuses a claim (拒绝身份), and the
// claimant is told politely what to do; a claim nobody answers lapses
// after 7 days, and the claimant is told in the group to ask again. A
// refused claim's lapse notice is never sent.
func TestIAmRefusedOrLapsed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("老王头", "我是陈二")
	out := c.costs(t, 1, "拒绝身份", bot.Message{Chat: grid3, From: "李四", Text: "拒绝身份 老王头"})
	has(t, "拒绝身份", out, "没有确认：「老王头」不按陈二登记", "请当面或打电话找网格长李四说明")
	c.say("老王头", "上报 水管漏水")
	if rep := c.reports()[0]; rep.Reporter != "老王头" {
		t.Errorf("R1 reporter %q, want 老王头 (refused)", rep.Reporter)
	}
	has(t, "again", c.say("李四", "确认身份 老王头"), "没有「老王头」待确认的身份")

	c.say("小张", "我是 陈二")
	c.now = c.now.Add(7*24*time.Hour + time.Hour)
	out = c.flush()
	has(t, "lapsed", out, "「小张」：您 7 天前说自己是陈二，网格长没有确认，这次的请求已作废。请再发一次「我是 陈二」，或直接找网格长李四当面说一声")
	lacks(t, "lapsed", out, "老王头")
	has(t, "late", c.say("李四", "确认身份 小张"), "没有「小张」待确认的身份（7 天没有回复，已作废）")
	has(t, "待办", c.say("李四", "待办"))
	lacks(t, "待办", c.say("李四", "待办"), "待确认身份")
}

// TestSecondNameWarned: a second group name said to be a person already
// confirmed under another warns the leader, both when asked and when he
// confirms; 拒绝身份 of a confirmed name undoes it.
func TestSecondNameWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("山里人", "我是 张三")
	c.say("李四", "确认身份 山里人")
	has(t, "second", c.say("张家老大", "我是 张三"), "注意：张三已经确认过群昵称「山里人」")
	has(t, "confirm second", c.say("李四", "确认身份 张家老大"), "已确认：「张家老大」就是张三", "注意：「山里人」也按张三登记着", "拒绝身份 群昵称")
	has(t, "undo", c.say("李四", "拒绝身份 山里人"), "已解除：「山里人」以后不再按张三登记")
	c.say("山里人", "上报 垃圾没人收")
	if rep := c.reports()[0]; rep.Reporter != "山里人" {
		t.Errorf("R1 reporter %q, want 山里人 (unbound)", rep.Reporter)
	}
	has(t, "cadre", c.say("山里人", "我是 李四"), "干部的身份只认机器人微信里的备注名")
	// a name nobody has (kind64): a newcomer, welcomed, his leader told
	has(t, "unknown", c.say("山里人", "我是 王小明"), "欢迎王小明！名单里还没有您", "李四: "+grid3+"里「山里人」说自己是王小明")
	// a pasted screenful is not echoed back whole: it was, in six messages
	long := strings.Repeat("张", 1500)
	expect(t, "unknown and long", c.say("山里人", "我是 "+long), "名单里没有「"+long[:40*len("张")]+"…」，请核对名字")
	lacks(t, "talk", c.say("山里人", "我是新来的"), "名单里没有")
	has(t, "self", c.say("张三", "我是张三"), "已经认得您了")
}

// TestIAmWithHousehold: the household after the name, as villagers write
// it: glued to 我是 ("我是陈二 QS-302") or with its label ("户号QS-302").
func TestIAmWithHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"我是陈二 QS-302", "我是 陈二 户号QS-302", "我是 陈二 户号：QS-302", "我是 陈二 户号 QS-302"} {
		from := fmt.Sprintf("老陈家的%d", i) // one says it once: again, he is told it waits
		has(t, text, c.say(from, text), "群里「"+from+"」说自己是陈二（QS-302户）")
	}
}

// TestIAmAnsweredByQuote: the leader quotes the bot's 我是 notice and types
// 确认 (or 驳回), as he answers its other messages.
func TestIAmAnsweredByQuote(t *testing.T) {
	c := newChat(t, understand.Rules{})
	notice := c.say("老陈家的", "我是陈二")[0]
	quote := "「网格小助手：" + notice[len(grid3+": "):] + "」\n- - - - - - - - - - - - - - -\n"
	has(t, "quoted 确认", c.say("李四", quote+"确认"), "已确认：「老陈家的」就是陈二")
	c.say("小刘", "我是 张三")
	has(t, "quoted 驳回", c.say("李四", "「网格小助手：@李四 群里「小刘」说自己是张三（QS-301户）。」\n- - - - - - - - - - - - - - -\n驳回"), "没有确认：「小刘」不按张三登记")
}

// TestBoundNameReached: once the leader confirmed 「幸福一家人」 as 陈小凤,
// the group name others type reaches her as a roster name does: the
// leader's 指派 @幸福一家人, a scorer's 积分 幸福一家人, her father's
// 申请积分 给 幸福一家人 (which, unresolved, was filed as his own).
func TestBoundNameReached(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "report", c.say("幸福一家人", "上报 村口垃圾桶满了没人收"), "#R1")
	c.say("幸福一家人", "我是 陈小凤")
	has(t, "confirmed", c.say("李四", "确认身份 幸福一家人"), "就是陈小凤")
	// her own report she may not be given; 张三's she may
	has(t, "指派 own", c.say("李四", "指派 #R1 @幸福一家人\u2005"), "是陈小凤反映的，不能指派给陈小凤本人")
	has(t, "report", c.say("张三", "上报 村口的路灯坏了"), "#R2")
	has(t, "指派", c.say("李四", "指派 #R2 @幸福一家人\u2005"), "陈小凤")
	if rep := c.reports()[1]; !slices.Contains(rep.Handlers, "陈小凤") {
		t.Errorf("R2 handlers %v, want 陈小凤", rep.Handlers)
	}
	lacks(t, "积分", c.say("赵六", "积分 幸福一家人"), "名单里没有")
	out := c.say("陈二", "申请积分 给 幸福一家人 无偿献血")
	has(t, "给", out, "陈小凤")
	lacks(t, "给", out, "陈二户·陈二「")
}

// TestBindingsAcrossProcesses: a confirmation (and its undoing) made by
// one process is seen by the other at once, without a round trip more per
// message: the other's commit, decided on its copy, is refused and the
// message handled again on the bindings as stored.
func TestBindingsAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "a reads", a.say("幸福一家人", "上报 村口垃圾桶满了没人收"), "#R1")
	a.costs(t, 1, "a stranger's 查", bot.Message{Chat: grid3, From: "幸福一家人", Text: "查 #R1"})
	b.say("幸福一家人", "我是 陈小凤")
	has(t, "b confirms", b.say("李四", "确认身份 幸福一家人"), "就是陈小凤")
	a.say("幸福一家人", "上报 后山的路塌了一块")
	if rep := a.reports()[1]; rep.Reporter != "陈小凤" {
		t.Errorf("R2 reporter %q, want 陈小凤 (confirmed by the other process)", rep.Reporter)
	}
	a.costs(t, 1, "a bound member's 查", bot.Message{Chat: grid3, From: "幸福一家人", Text: "查 #R2"})
	has(t, "b undoes", b.say("李四", "拒绝身份 幸福一家人"), "已解除")
	a.say("幸福一家人", "上报 河边有人倒垃圾")
	if rep := a.reports()[2]; rep.Reporter != "幸福一家人" {
		t.Errorf("R3 reporter %q, want 幸福一家人 (undone by the other process)", rep.Reporter)
	}
}

// TestConfirmTakesClosedReports: a report filed under the group name and
// closed before the leader confirmed shows the roster name afterwards.
func TestConfirmTakesClosedReports(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("幸福一家人", "上报 我家门口的路灯坏了")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 已换灯泡")
	c.say("幸福一家人", "满意 #R1")
	c.say("幸福一家人", "我是 陈小凤")
	c.say("李四", "确认身份 幸福一家人")
	out := c.say("李四", "查 #R1")
	has(t, "查", out, "报告人：陈小凤")
	lacks(t, "查", out, "幸福一家人")
}

// TestIAmAgainAnsweredOnce: the same 我是 again while it waits is answered
// to the claimant (it waits, no need to repeat), not @ the leader again;
// once: a third is not answered. The claim still lapses a week after the
// first, and the leader's 确认身份 still takes it.
func TestIAmAgainAnsweredOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("幸福一家人", "我是 陈小凤"), "@李四\u2005群里「幸福一家人」说自己是陈小凤")
	out := c.say("幸福一家人", "我是 陈小凤")
	has(t, "second", out, "「幸福一家人」：您说自己是陈小凤，已经告诉网格长李四了，正在等确认（还剩 7 天），不用再发")
	lacks(t, "second", out, "@李四")
	if out := c.say("幸福一家人", "我是陈小凤"); len(out) != 0 {
		t.Errorf("third 我是 answered: %q", out)
	}
	has(t, "another name", c.say("幸福一家人", "我是 陈二"), "@李四\u2005群里「幸福一家人」说自己是陈二")
	has(t, "待办", c.say("李四", "待办"), "待确认身份 1 位", "「幸福一家人」说自己是陈二")
	has(t, "确认身份", c.say("李四", "确认身份 幸福一家人"), "就是陈二")
}

// TestNewMemberSaysKin: a new member who says whose relative she is
// ("我是陈二家的闺女") is told how to be known; one who says he is an
// elder without WeChat (a grandson speaking for 王奶奶) is not bound to
// her, nor is the leader asked; his matter is still heard.
func TestNewMemberSaysKin(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "kin", c.say("幸福一家人", "我是陈二家的闺女"), "欢迎「幸福一家人」！请再发「我是 您自己的名字」")
	lacks(t, "kin with a matter", c.say("阳光男孩", "我是王奶奶的孙子，我奶奶家的水管冻裂了"), "欢迎")
	out := c.say("阳光男孩", "我是 王奶奶")
	has(t, "no WeChat", out, "花名册上王奶奶不用微信，不能按王奶奶登记", "请发「我是 您自己的名字」")
	lacks(t, "no WeChat", out, "@李四", "确认身份")
	lacks(t, "待办", c.say("李四", "待办"), "待确认身份")
	lacks(t, "roster person", c.say("陈二", "我是陈二家的"), "欢迎")
}

// TestConfirmedNameHoldsForItsAccount: a leader's 确认身份 holds for the
// WeChat account that said 我是, not for the group name: someone else who
// renames himself to it is a stranger (asked politely who he is, never
// shown the villager's points), and the leader is warned when that one
// says 我是 too; the villager keeps his binding when he renames himself.
func TestConfirmedNameHoldsForItsAccount(t *testing.T) {
	c := newChat(t, understand.Rules{})
	say := func(from, account, text string) []string {
		t.Helper()
		return c.send(bot.Message{Chat: grid3, From: from, Account: account, Text: text})
	}
	say("山里人", "@real", "我是 张三")
	has(t, "确认身份", c.say("李四", "确认身份 山里人"), "已确认：「山里人」就是张三")
	has(t, "his points", say("山里人", "@real", "我的积分"), "张三户")
	out := say("山里人", "@copy", "我的积分")
	has(t, "the copy's points", out, "我还认不出您是花名册上的哪一位", "发「我是 姓名」")
	lacks(t, "the copy's points", out, "张三户")
	has(t, "the copy's 我是", say("山里人", "@copy", "我是 张三"),
		"注意：群昵称「山里人」已经确认过是张三，这次说话的却是另一个微信号", "确认身份 山里人")
	has(t, "renamed", say("张三的新名字", "@real", "我的积分"), "张三户")
	has(t, "the copy files", say("山里人", "@copy", "上报 村口路灯不亮了"), "#R1")
	if rep := c.reports()[0]; rep.Reporter == "张三" {
		t.Errorf("the copy's report was filed as 张三's (%s)", rep.ReporterKey)
	}
}

// TestNamesakeBindingStaysInItsGrid: two 张三, one in 一组 and one in
// 三组, both shown as "张三(未核实)" (the name fits both). The 一组 one's
// confirmed 我是 is his: the 三组 one is not taken for him, in the handlers
// nor in what Bound tells the transport.
func TestNamesakeBindingStaysInItsGrid(t *testing.T) {
	c := namesakeIn(t, "张三", "QS-199", "一组")
	const grid1, shown = "青山村一组网格群", "张三" + bot.UnverifiedSuffix
	has(t, "我是", c.in(grid1, shown, "我是 张三 QS-199"), "说自己是张三（QS-199户）")
	has(t, "确认身份", c.in(grid1, "刘建国", "确认身份 张三"), "已确认：「张三」就是张三·QS-199")
	has(t, "his points", c.in(grid1, shown, "我的积分"), "张三户（QS-199）")
	if !c.r.Bound("青山村", "一组", bot.Message{From: shown}) {
		t.Error("the confirmed 张三 of 一组 is not bound")
	}
	if c.r.Bound("青山村", "三组", bot.Message{From: shown}) {
		t.Error("the 张三 of 三组 is taken for the one of 一组 confirmed")
	}
	out := c.say(shown, "我的积分")
	lacks(t, "the namesake's points", out, "QS-199")
	has(t, "the namesake's points", out, "我还认不出您")
	// and his own confirmation leaves the other's as it was
	c.say(shown, "我是 张三 QS-301")
	has(t, "确认身份 三组", c.say("李四", "确认身份 张三"), "已确认：「张三」就是张三·QS-301")
	has(t, "三组's points", c.say(shown, "我的积分"), "张三户（QS-301）")
	has(t, "一组's points", c.in(grid1, shown, "我的积分"), "张三户（QS-199）")
}

// TestRelativeReportsForElder: a grandson nobody confirmed reports for
// 王奶奶, who has no WeChat: the matter is filed at once, in her name and
// for her household, with him as its reporter; her caretaker 王五 is told
// privately, with her number, to check with her. Said alone, 我是王奶奶的
// 孙子 still only tells him how to be known, and words that are no report
// file nothing.
func TestRelativeReportsForElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	out := c.say("小王", "我是王奶奶的孙子，她家水管冻裂了")
	has(t, "filed", out, "已登记 #R1", "王奶奶家水管冻裂了", "这件事记在王奶奶家名下，由「小王」反映；已请负责王奶奶的网格员王五",
		"王五: 青山村三组网格群里「小王」说是王奶奶的家里人", "对方是谁还没核实，请打电话给王奶奶（13900000001）")
	rep := c.reports()[0]
	if rep.Reporter != "小王" || rep.For != "王奶奶" || rep.ForKey == "" || rep.Text != "王奶奶家水管冻裂了" {
		t.Errorf("R1 reporter %q for %q (%q): %q; want 小王 for 王奶奶's household", rep.Reporter, rep.For, rep.ForKey, rep.Text)
	}
	has(t, "查", c.say("李四", "查 #R1"), "报告人：小王（替王奶奶反映）")
	lacks(t, "chat", c.say("小王", "我是王奶奶的孙子，她最近挺好的"), "已登记")
	has(t, "alone", c.say("小王", "我是王奶奶的孙子"), "请再发「我是 您自己的名字」")
	c.wantReports(1, "only the report")
}

// TestRelativeReportsForElderOfLeader: an elder whose 责任网格员 is the
// grid's 网格长 李四: the relative is told 网格长李四 checks, not 网格员.
func TestRelativeReportsForElderOfLeader(t *testing.T) {
	c := elderChat(t, village.Person{Name: "孙奶奶", Village: "青山村", Household: "QS-397", Relation: "户主", Grid: "三组",
		Phone: "13900000097", Care: village.CareHigh, Caretaker: "李四", Roles: []village.Role{village.RoleVillager}})
	out := c.say("小孙", "我是孙奶奶的孙子，她家水管冻裂了")
	has(t, "filed", out, "这件事记在孙奶奶家名下，由「小孙」反映；已请负责孙奶奶的网格长李四打电话跟孙奶奶核实",
		"李四: 青山村三组网格群里「小孙」说是孙奶奶的")
	lacks(t, "no 网格员", out, "网格员李四")
}

// TestRelativeSaysNotTheSameKeepsForWhom: a relative's report for 王奶奶
// that looks like an open item is asked about first; his "不是" files it
// as he said it: for her household, her caretaker told, not as his own.
func TestRelativeSaysNotTheSameKeepsForWhom(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "上报 王奶奶家水管冻裂了"), "#R1")
	has(t, "asked", c.say("小王", "我是王奶奶的孙子，她家水管冻裂了"), "#R1")
	has(t, "不是", c.say("小王", "不是"), "#R2", "这件事记在王奶奶家名下，由「小王」反映", "王五: 青山村三组网格群里「小王」说是王奶奶的")
	if reps := c.reports(); len(reps) != 2 || reps[1].Reporter != "小王" || reps[1].For != "王奶奶" || reps[1].ForKey == "" {
		t.Errorf("reports %+v; want R2 by 小王 for 王奶奶's household", reps)
	}
}

// TestNeighbourReportsForElder: a neighbour's "我是王奶奶的邻居，她家水管
// 冻裂了" is filed for 王奶奶's household, her name in it, as a relative's
// is; her caretaker hears it was a neighbour.
func TestNeighbourReportsForElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	out := c.say("山里人", "我是王奶奶的邻居，她家水管冻裂了")
	has(t, "filed", out, "已登记 #R1", "王奶奶家水管冻裂了", "这件事记在王奶奶家名下，由「山里人」反映",
		"王五: 青山村三组网格群里「山里人」说是王奶奶的邻居")
	if reps := c.reports(); len(reps) != 1 || reps[0].For != "王奶奶" || reps[0].Text != "王奶奶家水管冻裂了" {
		t.Errorf("reports %+v; want one for 王奶奶, her name in it", reps)
	}
	has(t, "alone", c.say("山里人", "我是王奶奶家隔壁的"), "请再发「我是 您自己的名字」")
}

// TestCadreNicknameCarriesNoRole: in the sandbox and replay the sender is
// his name; a cadre's nickname (李四's 青山李四, 赵六's 老赵), which anyone
// may show, is a stranger's name there too: no 确认, no 扣分, no points of
// his, and 我是 赵六 is refused as for any cadre.
func TestCadreNicknameCarriesNoRole(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "report", c.say("张三", "上报 村口路灯不亮了"), "#R1")
	has(t, "确认", c.say("青山李四", "确认 #R1"), "需要本网格的网格长")
	has(t, "扣分", c.say("老赵", "扣分 张三 乱倒垃圾 2分"), "抱歉")
	out := c.say("老赵", "我的积分")
	has(t, "points", out, "我还认不出您")
	lacks(t, "points", out, "赵六户")
	has(t, "我是", c.say("老赵", "我是 赵六"), "干部的身份只认机器人微信里的备注名")
	if reps := c.reports(); reps[0].Status != "new" {
		t.Errorf("R1 is %s after a nickname's 确认", reps[0].Status)
	}
	has(t, "a villager's nickname", c.say("三哥", "我的积分"), "张三户")
}

// TestBoundMemberClaimsAnother: a member confirmed as 张三 who says 我是
// 陈二 is told his group name stands for 张三 (not 陈二), and how the
// leader undoes it.
func TestBoundMemberClaimsAnother(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("路人甲", "我是 张三")
	has(t, "确认身份", c.say("李四", "确认身份 路人甲"), "已确认")
	out := c.say("路人甲", "我是 陈二")
	has(t, "我是 陈二", out, "「路人甲」已确认是张三", "拒绝身份 路人甲")
	lacks(t, "我是 陈二", out, "花名册上陈二的名字")
}
