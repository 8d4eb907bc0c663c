package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// ditchClosed is a chat where the ditch quarrel (陈二 against 张三) was
// mediated, resolved and confirmed 满意 by 陈二, three days before.
func ditchClosed(t *testing.T) *chat {
	t.Helper()
	c := ditchSettled(t)
	c.say("陈二", "满意 #R1")
	c.now = c.now.Add(72 * time.Hour)
	c.wantStatuses(nil, village.StatusClosed)
	return c
}

// TestRelapseLinked: the dispute of a closed mediation item breaking out
// again is filed as a new item, linked to the earlier one, whichever party
// tells it: the reply says so in the group, 查 and the township's
// 【网格上报】 show it; a party's quarrel with another household over
// another thing is no relapse.
func TestRelapseLinked(t *testing.T) {
	c := ditchClosed(t)
	got := c.say("陈二", "张三家那堵墙又把沟堵了 又吵起来了")
	has(t, "filed, told as the old one come back", got,
		grid3+": 已登记 #R2（调解事项）：张三家那堵墙又把沟堵了 又吵起来了\n这是 #R1 那次的纠纷又起")
	if r := c.reports()[1]; r.Recurs != "R1" {
		t.Errorf("R2 recurs %q, want R1", r.Recurs)
	}
	has(t, "查 shows it", c.private("李四", "查 #R2"), "前情：同一纠纷 #R1 调解完结过，这次又起")
	has(t, "查 of the old one points to it", c.private("陈二", "查 #R1"), "后来又起：#R2（今天11:05登记，待受理），发「查 #R2」看这次的情况")
	has(t, "the township sees it", c.say("李四", "上报镇 #R2 调解多次不成"), "前情：同一纠纷 #R1 调解完结过，这次又起")

	// the other side, days later, in his own words, naming only the reporter
	c.now = c.now.Add(72 * time.Hour)
	c.say("李四", "办结 #R2 墙拆了")
	c.say("陈二", "满意 #R2")
	c.now = c.now.Add(48 * time.Hour)
	got = c.costs(t, 1, "the relapse (the grid's reports followed)", bot.Message{Chat: grid3, From: "张三", Text: "上报 调解 陈二又来我家门口骂人"})
	has(t, "the other party's relapse", got, "这是 #R2 那次的纠纷又起")

	lacks(t, "another quarrel of his", c.say("陈二", "上报 调解 王五家的鸡天天进我家菜地"), "纠纷又起")
	if r := c.reports()[3]; r.Recurs != "" {
		t.Errorf("R4 recurs %q, want none", r.Recurs)
	}
}

// TestRelapseNotOfStranger: a villager who was no party to the closed
// quarrel telling of one over the same thing files his own, unlinked.
func TestRelapseNotOfStranger(t *testing.T) {
	c := ditchClosed(t)
	lacks(t, "a stranger's quarrel", c.say("周八", "上报 调解 刘婶家的排水沟堵了 水往我家灌 又吵起来了"), "纠纷又起")
}

// TestRepeatedReopenOffersEscalation: a settled quarrel reopened a second
// time, by either party, has its handlers offered 上报镇 and the party
// told the township may step in; the first reopen offers neither.
func TestRepeatedReopenOffersEscalation(t *testing.T) {
	for _, who := range []string{"陈二", "张三"} { // the reporter, the other party
		t.Run(who, func(t *testing.T) {
			c := ditchSettled(t)
			first := c.private(who, "又吵起来了")
			has(t, "reopened", first, who+": 按您说的，#R1 已重新打开")
			lacks(t, "not yet 上报镇", first, "上报镇")
			c.say("李四", "办结 #R1 又谈了一次 两家都答应了")
			c.now = c.now.Add(26 * time.Hour)
			again := c.private(who, "又吵起来了")
			has(t, "the handlers are offered 上报镇", again,
				"李四: 【青山村三组】#R1（调解事项）"+who+" 未解决：又吵起来了", "已经不止一次调解不成，建议网格长发「上报镇 #R1 原因」")
			has(t, "he hears the township may come", again, who+": 按您说的，#R1 已重新打开", "网格长会请镇里协调")
		})
	}
}

// TestEscalationShowsWork: the 【网格上报】 of a quarrel reopened after
// its mediation shows what the mediators did (their last 进展 or 办结),
// not the party's 未解决, which it tells apart with how often it came
// back.
func TestEscalationShowsWork(t *testing.T) {
	c := ditchTaken(t, 0)
	c.say("郑十", "进展 #R1 两家我都去过了 张三答应月底前把沟挖通")
	c.say("李四", "办结 #R1 张三答应把沟挖通")
	c.now = c.now.Add(26 * time.Hour)
	c.private("张三", "又吵起来了")
	got := c.say("李四", "上报镇 #R1 两家谈不拢 请司法所协助")
	has(t, "the work, then the reopen", got, "已做：昨天", "李四 办结：张三答应把沟挖通\n没解决：重新打开过 1 次，最近")
	lacks(t, "the reopen is no work", got, "已做：今天")
}

// TestMediationSettledByNumber: the leader's "R1 调解好了 …" is the
// quarrel's 办结 (its reporter asked to confirm), not a 进展 that leaves
// it open.
func TestMediationSettledByNumber(t *testing.T) {
	c := ditchTaken(t, 0)
	has(t, "settled", c.say("李四", "R1 调解好了 张三把沟挖通 陈二也同意"), "#R1（调解事项）已办结")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestQuarrelAlongOpen: a new quarrel between the same two households
// while the first is still mediated is filed as its own item, linked to
// the open one (village.Report.Along): the group hears the two go
// together, the open item's mediators hear of the new one, and 查 of
// either names the other. A party's quarrel with another household is
// not linked.
func TestQuarrelAlongOpen(t *testing.T) {
	c := ditchTaken(t, 26)
	got := c.say("张三", "上报 调解 陈二家的牛天天跑到我家菜地里 说了也不管")
	has(t, "filed, told as going along with #R1", got,
		grid3+": 已登记 #R2（调解事项）：陈二家的牛天天跑到我家菜地里 说了也不管\n两家之间还有 #R1（张三家砌的墙把我家排水沟堵死了")
	has(t, "the mediator hears", got, "郑十: 【同两家又起纠纷】#R1（张三家砌的墙把我家排水沟堵死了", "已登记 #R2：陈二家的牛天天跑到我家菜地里")
	if r := c.reports()[1]; r.Along != "R1" || r.Recurs != "" {
		t.Errorf("R2 along %q recurs %q, want along R1", r.Along, r.Recurs)
	}
	has(t, "查 of the open one names the new", c.private("郑十", "查 #R1"), "相关纠纷：另有 #R2（待受理），一并调解")
	has(t, "查 of the new names the open one", c.private("郑十", "查 #R2"), "相关纠纷：#R1 登记时还没结案")

	lacks(t, "another household", c.say("陈二", "上报 调解 王五家的鸡天天进我家菜地"), "两家之间还有")
	if r := c.reports()[2]; r.Along != "" {
		t.Errorf("R3 along %q, want none", r.Along)
	}
}

// TestRelapseBesideOpen: the cow quarrel come back after it was closed,
// while the ditch quarrel between the same households is still mediated,
// is linked to both: the closed one it takes up again, the open one it
// goes along with.
func TestRelapseBesideOpen(t *testing.T) {
	c := ditchClosed(t)
	c.say("张三", "上报 调解 陈二家的牛天天跑到我家菜地里 说了也不管")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R2 陈二答应把牛拴好")
	c.say("张三", "满意 #R2")
	c.say("陈二", "上报 调解 张三家砌墙又把我家排水沟堵了")
	c.now = c.now.Add(48 * time.Hour)
	got := c.say("张三", "上报 调解 陈二家的牛又跑到我家菜地里了 又吵起来了")
	has(t, "both told", got, "这是 #R2 那次的纠纷又起", "两家之间还有 #R3（张三家砌墙又把我家排水沟堵了）在调解")
	if r := c.reports()[3]; r.Recurs != "R2" || r.Along != "R3" {
		t.Errorf("R4 recurs %q along %q, want R2 and R3", r.Recurs, r.Along)
	}
}

// homestead is a quarrel over a homestead between 陈二 and 张三.
const homestead = "上报 调解 张三家盖房多占了我家宅基地半米 说了也不听"

// TestFieldQuarrelIsNotHomestead: with 陈二's quarrel over a homestead with
// 张三 mediated, his word in the group that 张三's cow ate his corn is a
// matter of its own (filed, along the homestead one), not the homestead
// quarrel said again; after the homestead one closed, the cow is no
// relapse of it.
func TestFieldQuarrelIsNotHomestead(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", homestead)
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(3 * time.Hour)
	got := c.say("陈二", "张三家的牛跑到我家地里把玉米啃了一大片")
	lacks(t, "not the homestead said again", got, "已经登记了：#R1", "【又来反映】")
	has(t, "a matter of its own, asked", got, "回复「1」登记")
	has(t, "filed", c.say("陈二", "1"), "已登记 #R2（调解事项）")
	if r := c.reports(); len(r) < 2 || r[1].Along != "R1" {
		t.Errorf("reports %+v, want R2 along R1", r)
	}

	c = newChat(t, understand.Rules{})
	c.say("陈二", homestead)
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 镇里量过了 张三退回半米")
	c.say("陈二", "满意 #R1")
	c.now = c.now.Add(72 * time.Hour)
	got = c.say("陈二", "上报 调解 张三家的牛又跑到我家地里把玉米啃了")
	has(t, "filed", got, "已登记 #R2（调解事项）")
	lacks(t, "no relapse of the homestead", got, "纠纷又起")
	if r := c.reports(); r[1].Recurs != "" {
		t.Errorf("R2 recurs %q, want none", r[1].Recurs)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed}, village.StatusNew)
}

// TestPlanIsNoWork: the mediator's last 进展 saying only what he will do
// ("我明天上午再去一趟") is shown to the township as a plan (打算), beside
// the work done before it (已做), in the 【网格上报】 and in 查 there.
func TestPlanIsNoWork(t *testing.T) {
	c := ditchTaken(t, 0)
	got := c.say("郑十", "进展 #R1 两家我都去过了 张三答应月底前把沟挖通")
	// what was agreed, written in the group: he alone hears, privately,
	// to write privately; the group hears no lesson
	has(t, "he is told privately", got, "郑十: #R1 进展已记录", "调解的具体情况以后私信我记")
	has(t, "the group hears only that there is news", got, grid3+": #R1（调解事项）有新进展，详情已私信告知当事人。")
	lacks(t, "no lesson in the group", got, "请私信我，群里不说内容")
	c.now = c.now.Add(2 * time.Hour)
	// a plan tells the group nothing it should not hear
	lacks(t, "no hint for a plan", c.say("郑十", "进展 #R1 我明天上午再去一趟"), "私信我记", "请私信我，群里不说内容")
	got = c.say("李四", "上报镇 #R1 两家谈不拢 请司法所协助")
	for _, got := range [][]string{got, c.in("青山镇网格工作群", "孙七", "查 青山村#R1")} {
		has(t, "the work done, the plan apart", got, "已做：今天09:03 郑十 进展：两家我都去过了", "打算：今天11:04 郑十 说：我明天上午再去一趟")
		lacks(t, "the plan is no work", got, "已做：今天11:04")
	}
}

// TestArrangedTalkIsAPlan: a mediator's "约好了明天谈" arranges a talk
// still to come: the township reads it as a plan (打算), not as a talk
// held (已做), and it is no particular of the quarrel to keep out of the
// group.
func TestArrangedTalkIsAPlan(t *testing.T) {
	c := ditchTaken(t, 0)
	lacks(t, "no hint for a plan", c.say("郑十", "进展 #R1 约好了明天谈"), "私信我记")
	got := c.say("李四", "上报镇 #R1 两家谈不拢 请司法所协助")
	has(t, "the plan apart", got, "打算：今天09:03 郑十 说：约好了明天谈")
	lacks(t, "the plan is no work", got, "已做：今天09:03")
}

// TestRelapseBeyondTheNewest: a quarrel come back whose closed item is
// older than the village's newest reports the relapse search reads is
// filed unlinked, and its handlers are told privately that older items
// were not checked, since when the check looked; a quarrel that does not
// say it came back, or one in a village whose newest reports reach back
// the whole window, tells them nothing of the kind.
func TestRelapseBeyondTheNewest(t *testing.T) {
	c := ditchClosed(t)
	lacks(t, "a quiet village: all was checked", c.say("张三", "上报 调解 王五家的鸡天天进我家菜地 又吵起来了"), "没查")
	c.now = c.now.Add(24 * time.Hour)
	for i := range 200 {
		rep := village.Report{Village: "青山村", Grid: "一组", Chat: "青山村一组网格群", Type: village.General, Category: "道路交通",
			Status: village.StatusClosed, Text: fmt.Sprintf("第%d号院门口的路面塌了个坑", i+1), Reporter: "李四", CreatedAt: c.now}
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, Create: true, Report: &rep}); err != nil {
			t.Fatal(err)
		}
	}
	c.now = c.now.Add(10 * 24 * time.Hour)
	got := c.say("陈二", "张三家那堵墙又把沟堵了 又吵起来了")
	has(t, "filed", got, grid3+": 已登记 #R203（调解事项）")
	lacks(t, "unlinked", got, "那次的纠纷又起")
	for _, who := range []string{"李四", "郑十"} {
		has(t, who+" told what was not checked", got, who+": 【旧纠纷没查全】#R203", "3月7日以后登记的")
	}
	lacks(t, "the group hears nothing of it", got, grid3+": 【旧纠纷没查全】")
	lacks(t, "another quarrel that says nothing of coming back", c.say("陈二", "上报 调解 王五家的狗把我家鸡咬死了"), "没查全")
}
