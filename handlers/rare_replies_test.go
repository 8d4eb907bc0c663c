package handlers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"gridbot/config"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// The replies of this file are the ones no other test met (tmpl/unrendered.sh
// lists them): each is driven through the router, as a group or a private
// message would be, and its text and next step are checked.

// TestNoticeWithoutText: 通知 with nothing to say asks for the text, with
// the scopes the sender may use: a grid leader is not offered 全镇, which
// he would be refused. 紧急通知 alone is shown 紧急通知 with an urgent
// example.
func TestNoticeWithoutText(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "leader", c.say("李四", "通知"),
		grid3+": 请写上通知的内容：通知 [范围] 内容。范围可写 全村或本村的网格名，不写就是青山村全村。例如：通知 全村 明天上午9点村委会开会。")
	expect(t, "officer", c.in(officeChat, "孙七", "通知"),
		officeChat+": 请写上通知的内容：通知 [范围] 内容。范围可写 全镇、村名或网格名，不写就是全镇。例如：通知 全镇 明天上午9点村委会开会。")
	expect(t, "urgent", c.in(officeChat, "孙七", "紧急通知"),
		officeChat+": 请写上通知的内容：紧急通知 [范围] 内容。范围可写 全镇、村名或网格名，不写就是全镇。例如：紧急通知 全镇 今晚有暴雨，请住在河边、山脚的人家注意安全。")
}

// TestProxyFromAnotherGridsGroup: a leader filing for a villager of his
// grid from another grid's group is sent to the right group; nothing is
// filed.
func TestProxyFromAnotherGridsGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "代报 in 一组's group", c.in("青山村一组网格群", "李四", "代报 王奶奶 屋顶漏雨了"),
		"青山村一组网格群: 王奶奶不在这个网格，请到「青山村三组网格群」里代报，或私信我代报。")
	c.wantReports(0, "")
}

// TestReportFromOutsideTheRoster: a stranger's private report is not
// filed; he is told where to send it.
func TestReportFromOutsideTheRoster(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "stranger", c.private("过路人", "上报 路灯坏了"),
		"过路人: 名单里没有找到您所在的网格，请在本网格的群里发消息，或请管理员把您加进名单。")
	c.wantReports(0, "")
}

// TestRefInSeveralVillages: in the township's chat an #R that two villages
// have is not guessed: the officer is asked for the village, and with it
// gets the right one.
func TestRefInSeveralVillages(t *testing.T) {
	c := twoVillages(t)
	expect(t, "青山村's R1", c.say("张三", "上报 村口路灯坏了"), grid3+": 已登记 #R1")
	c.in("石桥村一组网格群", "石大山", "上报 桥栏杆断了") // 石桥村's R1; its replies are in its scope
	expect(t, "查 #R1", c.in(officeChat, "孙七", "查 #R1"),
		officeChat+": #R1 在青山村、石桥村都有，请写上村名再发一次，例如：查 青山村 #R1。")
	expect(t, "查 青山村 #R1", c.in(officeChat, "孙七", "查 青山村 #R1"), "村口路灯坏了")
}

// twoVillages is a chat of the example township with a second village,
// 石桥村: one grid, 一组, and one villager, 石大山.
func twoVillages(t *testing.T) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t, village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101",
		Roles: []village.Role{village.RoleVillager}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	st := storagetest.New(t)
	c := chatOn(t, cfg, dir, st, st)
	c.more = []storage.Scope{storage.VillageScope("石桥村")}
	return c
}

// meddler is a Store where, while on, another process changes document
// kind/id just before each of the router's commits that change it: every
// such commit meets a real conflict in Redis.
type meddler struct {
	*storage.Store
	kind string // "r" (a report), storage.ClaimKind…
	id   int
	on   bool
	n    int // changes made
}

func (m *meddler) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if m.on && m.changes(ch) {
		m.n++
		other := storage.Change{Scope: village3, MsgID: fmt.Sprintf("meddle%d", m.n)}
		if m.kind == "r" {
			rep, err := m.Report(ctx, village3, fmt.Sprintf("R%d", m.id))
			if err != nil {
				return storage.Result{}, err
			}
			other.Report = &rep
		} else {
			d, err := m.Doc(ctx, village3, m.kind, m.id)
			if err != nil {
				return storage.Result{}, err
			}
			other.Docs = []storage.Doc{{Kind: m.kind, ID: m.id, Version: d.Version, Body: json.RawMessage(d.Body)}}
		}
		if _, err := m.Store.Commit(ctx, other); err != nil {
			return storage.Result{}, err
		}
	}
	return m.Store.Commit(ctx, ch)
}

func (m *meddler) changes(ch storage.Change) bool {
	if ch.Report != nil && !ch.Create && m.kind == "r" && ch.Report.ID == fmt.Sprintf("R%d", m.id) {
		return true
	}
	for _, d := range ch.Docs {
		if d.Kind == m.kind && d.ID == m.id {
			return true
		}
	}
	return false
}

// chatOn is a chat of cfg and dir whose router works on store, a view
// of st.
func chatOn(t *testing.T, cfg *config.Config, dir *roster.Directory, store handlers.Store, st *storage.Store) *chat {
	t.Helper()
	return &chat{t: t, st: st, now: at, r: handlers.New(handlers.Options{Config: cfg, Store: store, People: dir,
		Reader: understand.Rules{}, Logger: slog.New(slog.DiscardHandler)})}
}

// chatOf is a chat of cfg and dir on a private store of its own.
func chatOf(t *testing.T, cfg *config.Config, dir *roster.Directory) *chat {
	t.Helper()
	st := storagetest.New(t)
	return chatOn(t, cfg, dir, st, st)
}

// meddledChat is a chat of the example village on a meddler of kind/id.
func meddledChat(t *testing.T, kind string, id int) (*chat, *meddler) {
	t.Helper()
	m := &meddler{Store: storagetest.New(t), kind: kind, id: id}
	cfg, dir := exampleVillage(t)
	return chatOn(t, cfg, dir, m, m.Store), m
}

// busyMeddled sends text with m on: the one reply is want (err.busy), no
// reply of a try that met a change; m must have changed the document.
func busyMeddled(t *testing.T, c *chat, m *meddler, from, text, want string) {
	t.Helper()
	m.on = true
	defer func() { m.on = false }()
	expect(t, text+" while others change it", c.say(from, text), grid3+": "+want)
	if m.n == 0 {
		t.Fatalf("%s: no conflicting change made: the test proves nothing", text)
	}
}

// TestBusyReport: a command that meets someone else's change of the
// report on every try says it was not recorded and to send it again, and
// nothing of its tries is said; sent again, it is recorded.
func TestBusyReport(t *testing.T) {
	c, m := meddledChat(t, "r", 1)
	c.say("张三", "上报 村口路灯坏了")
	busyMeddled(t, c, m, "李四", "确认 #R1", "抱歉，#R1 刚好有人同时在改，您这条没有登记上，请再发一次。")
	c.firstStatus(village.StatusNew)
	expect(t, "sent again", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
	c.firstStatus(village.StatusAccepted)
}

// TestBusyClaim: the same for a claim's review.
func TestBusyClaim(t *testing.T) {
	c, m := meddledChat(t, storage.ClaimKind, 1)
	expect(t, "claim", c.say("张三", "申请积分 参加义务劳动 证明人王五"), grid3+": 已登记积分申请 #C1")
	busyMeddled(t, c, m, "赵六", "同意 #C1 6", "抱歉，#C1 刚好有人同时在改，您这条没有登记上，请再发一次。")
	expect(t, "sent again", c.say("赵六", "同意 #C1 6"), grid3+": #C1 已通过")
}

// TestBusyCall: the same for a logged call, named by whom it was to (a
// call's number is nowhere to be seen).
func TestBusyCall(t *testing.T) {
	c, m := meddledChat(t, "t", 1)
	expect(t, "missed", c.say("王五", "回访 王奶奶 没人接"), grid3+": 已记录：王奶奶 未接通（第 1 次）")
	busyMeddled(t, c, m, "王五", "回访 王奶奶 已通 身体挺好", "抱歉，王奶奶的回访记录刚好有人同时在改，您这条没有登记上，请再发一次。")
	expect(t, "sent again", c.say("王五", "回访 王奶奶 已通 身体挺好"), grid3+": 已记录：王奶奶 已通")
}

// TestPointsNotConfigured: with no catalogue a points command says the
// feature is off and whom to ask.
func TestPointsNotConfigured(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Points.Catalogue, cfg.Points.Bonus, cfg.Points.Veto = nil, nil, nil
	b := newPointsBot(t, cfg, dir)
	expect(t, "申请积分", b.say("张三", "申请积分 参加义务劳动"),
		g3+": 本镇还没有开通积分功能，暂时不能申请或查询积分。请联系管理员：在配置文件的 points 里填好积分指标，重启后就能用了。")
}

// TestClaimWithoutHouseholdOrText: a claim from someone with no household
// in the roster, or with nothing said, asks for what is missing; nothing
// is claimed.
func TestClaimWithoutHouseholdOrText(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "新来的", Village: "青山村", Grid: "三组", Roles: []village.Role{village.RoleVillager}})
	b := newPointsBot(t, cfg, dir)
	expect(t, "no household", b.say("新来的", "申请积分 参加义务劳动"),
		g3+": 名单里没有找到您家的户号，还不能申请或查询积分。请找网格员把您家登记进花名册。")
	expect(t, "no text", b.say("张三", "申请积分"),
		g3+": 请写清楚做了什么，例如：申请积分 今天参加了村里清理河道（证明人 王五）。\n给家里人申请：申请积分 给 张明 参加志愿服务（一条只写一个人）。发「积分帮助」看有哪些加分项目。")
	has(t, "nothing claimed", b.say("张三", "我的积分"), "今年还没有积分")
}

// TestRecordWithoutName: a bare 加分 or 扣分 shows how to write one, with
// an example of its kind.
func TestRecordWithoutName(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "加分", b.say("赵六", "加分"), g3+": 请这样写：加分 名字 项目 [分数] [说明]，例如：加分 张三 拾金不昧 10 捡到钱包交还失主。")
	expect(t, "扣分", b.say("赵六", "扣分"), g3+": 请这样写：扣分 名字 项目 [分数] [说明]，例如：扣分 陈二 焚烧秸秆 村口田里。")
}

// TestRedeemBeyondStock: more of a counted item than the shop has is not
// redeemed; the shopkeeper is told what is left and how to restock.
func TestRedeemBeyondStock(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 1000)
	expect(t, "3 of 2", b.say("周八", "兑换 张三 电压力锅 3"),
		g3+": 电压力锅库存只剩 2台，不够 3台，没有兑换。可以少换一些；到货后请发「补货 电压力锅 数量」。")
	if a := b.account("QS-301"); a.Redeemable() != 1000 {
		t.Errorf("redeemable %d, want 1000 untouched", a.Redeemable())
	}
	has(t, "2 of 2", b.say("周八", "兑换 张三 电压力锅 2"), "已兑换 #D1")
}

// TestUnredeemUnknownRef: 撤销兑换 of a ledger number that does not exist
// says where the number is found.
func TestUnredeemUnknownRef(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "#L9", b.say("周八", "撤销兑换 #L9"), g3+": #L9 不是兑换记录，请核对编号（在「已兑换 #D…」那条回复里）。")
}
