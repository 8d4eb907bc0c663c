package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderNamesItemAndWorker: while 谢明's lamp (#R1) and his gas
// confirm-back wait, 刘建国's 「好的 我明天去看看」 is asked which (as
// before); 「路灯的事让何志强去弄」 names the lamp (only it fits) and a
// worker of the grid: #R1 is taken on and given to 何志强 in one commit,
// the reply says both and @-calls him; the gas stays asked.
func TestLeaderNamesItemAndWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.in(grid1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "gas", c.in(grid1, "谢明", "我家也没气了 啥时候来啊"), "回复「1」登记")
	has(t, "which", c.in(grid1, "刘建国", "好的 我明天去看看"), "群里有2件事在等确认")
	got := c.costs(t, 1, "sent", bot.Message{Chat: grid1, From: "刘建国", Text: "路灯的事让何志强去弄"})
	has(t, "sent", got, grid1+": #R1 已受理并指派给何志强，现由刘建国、何志强负责", "要办的：去弄", "@何志强\u2005请跟进")
	lacks(t, "sent", got, "在等确认")
	c.wantReports(1, "(the gas is not filed)")
	r := c.reports()[0]
	if r.Status != village.StatusAccepted || len(r.Handlers) != 2 || r.Handlers[1] != "何志强" {
		t.Fatalf("R1 status %s, handlers %v", r.Status, r.Handlers)
	}
	if last := r.History[len(r.History)-1]; last.Action != village.ActAssign || last.By != "刘建国" || !last.Implied {
		t.Errorf("R1's last step %+v, want 刘建国's 指派 read from his words", last)
	}

	// as found in the sandbox: the pipe asked of another villager
	c = newChat(t, understand.Rules{})
	has(t, "lamp", c.in(grid1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "pipe", c.in(grid1, "陈桂兰", "我家水管冻裂了 在漏水"), "回复「1」登记")
	got = c.in(grid1, "刘建国", "路灯的事让何志强去弄")
	has(t, "sent among others'", got, "#R1 已受理并指派给何志强")
	lacks(t, "sent among others'", got, "在等确认")
	c.wantReports(1, "(the pipe is not filed)")
}

// TestLeaderAckSendsNamedWorker: 黄永红's 「收到 朱大勇你去看一下」 to 田卫东's
// confirm-back files it and gives it to 朱大勇 (not only 黄永红已受理);
// the other ways a leader sends a worker of the grid to the one fresh
// report do the same (一组's, 三组's), and say so with an @.
func TestLeaderAckSendsNamedWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "pipe", c.in(grid2, "田卫东", "我家门口的水管冻裂了 水流了一地"), "回复「1」登记")
	got := c.in(grid2, "黄永红", "收到 朱大勇你去看一下")
	has(t, "sent", got, "已登记 #R1", "#R1 已受理并指派给朱大勇，现由黄永红、朱大勇负责", "@朱大勇\u2005请跟进", "@田卫东\u2005不用再回复「1」")
	lacks(t, "sent", got, "黄永红已受理")
	if r := c.reports()[0]; len(r.Handlers) != 2 || r.Handlers[1] != "朱大勇" {
		t.Fatalf("handlers %v", r.Handlers)
	}
	for _, said := range []string{"收到 让王五去", "好的 王五你去看一下", "王五去处理", "叫王五过去", "收到，让王五去弄一下"} {
		c := newChat(t, understand.Rules{})
		has(t, said+": lamp", c.say("张三", "上报 村口路灯又不亮了"), "已登记 #R1")
		has(t, said, c.say("李四", said), grid3+": #R1 已受理并指派给王五", "@王五\u2005请跟进")
		if r := c.reports()[0]; r.Status != village.StatusAccepted || len(r.Handlers) != 2 || r.Handlers[1] != "王五" {
			t.Errorf("%s: status %s, handlers %v", said, r.Status, r.Handlers)
		}
	}
}

// TestLeaderSendsBoundaries: someone of the roster who is no cadre of the
// grid is said to be so and given nothing (the reporter's side keeps the
// old reading: his words to her); a villager's 「让王五去看看」 sends
// nobody; words that fit two fresh reports alike get the numbered pick,
// whose 「1」 is the 指派.
func TestLeaderSendsBoundaries(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.in(grid1, "谢明", "上报 村口路灯坏了好几天了"), "已登记 #R1")
	expect(t, "no worker", c.in(grid1, "刘建国", "路灯的事让张三去弄"),
		grid1+": 刘建国，张三不是本网格的网格员，这件事没有交给张三。要交给网格员，请说「让马红梅去看看」或发「指派 #R1 马红梅」；您自己受理，请回复「确认 #R1」；确实要请张三办（如村里的电工），请发「指派 #R1 张三」。")
	expect(t, "a villager sends", c.in(grid1, "谢明", "让何志强去看看"))
	c.firstStatus(village.StatusNew)

	c = newChat(t, understand.Rules{})
	has(t, "lamp", c.say("张三", "上报 村口路灯又不亮了"), "已登记 #R1")
	has(t, "lamp 2", c.say("陈二", "上报 西头路灯也不亮了"), "已登记 #R2")
	got := c.say("李四", "路灯的事让王五去看看")
	has(t, "both fit", got, "要交给王五的是哪一件？请回复数字", "「1」#R2", "「2」#R1")
	has(t, "picked", c.say("李四", "1"), "#R2 已受理并指派给王五")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}

// TestOnTheRoadToTheAlarm: the one alarm waiting is taken on by its
// leader's or worker's words that he is on his way, whichever way he
// says it (「我在去的路上」 was silent); words that he is not going take
// nothing on.
func TestOnTheRoadToTheAlarm(t *testing.T) {
	for _, said := range []string{"我在去的路上", "在赶过去的路上了", "正往那边赶", "快到了", "我过去了", "马上就到", "五分钟就到", "我往那边去了", "正在过去"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", emg54Fire)
		got := c.costs(t, 1, said, bot.Message{Chat: grid3, From: "李四", Text: said})
		has(t, said, got, grid3+": 按李四的回复，#R1 已受理", dutyChat+": 【青山村三组】#R1（突发事件）李四 受理："+said)
		c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	}
	c := newChat(t, understand.Rules{})
	c.say("陈二", emg54Fire)
	lacks(t, "not going", c.say("李四", "在路上堵车了 去不了"), "已受理")
	c.wantStatuses(nil, village.StatusNew)
}

// TestMediatorsWorkIsNoClaim: 李四, who handles 陈二's quarrel with 张三
// with 郑十, says 「你们俩别吵了 明天我和郑十上门调解」: it is taken on as
// 「确认 #R1」 would, not offered as his points claim; once taken on, his
// 「今天我调解了陈二家和张三家的矛盾」 is its 进展, no claim either.
func TestMediatorsWorkIsNoClaim(t *testing.T) {
	cfg, _ := exampleVillage(t)
	c := newChat(t, understand.Rules{Catalogue: cfg.Points.Indicators()}) // claims are read
	has(t, "quarrel", c.say("陈二", "张三家的狗又咬了我家的鸡 这都第三回了"), "已登记 #R1（调解事项）")
	c.say("张三", "你家鸡自己跑到我家院子里的 关我啥事")
	got := c.say("李四", "你们俩别吵了 明天我和郑十上门调解")
	has(t, "visit", got, grid3+": 按李四的回复，#R1 已受理，由李四、郑十负责", "李四说「明天我和郑十上门调解」")
	lacks(t, "visit", got, "积分申请")
	if n := c.firstNote("R1", village.ActAccept); n != "明天我和郑十上门调解" {
		t.Errorf("确认 note %q", n)
	}
	got = c.say("李四", "今天我调解了陈二家和张三家的矛盾")
	has(t, "work", got, "#R1（调解事项）有新进展")
	lacks(t, "work", got, "积分申请")
	if r := c.reports()[0]; r.History[len(r.History)-1].Action != village.ActProgress {
		t.Errorf("R1's last step %+v, want 进展", r.History[len(r.History)-1])
	}
}
