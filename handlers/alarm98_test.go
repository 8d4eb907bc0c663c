package handlers_test

import (
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/config/configtest"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestPickedChildNamedToDuty: 陈二's 「是小凤 穿红衣服」 after his 「小孩不见
// 了」 (two children fit) tells the duty chat which child, with her
// household and number, and the group that it was heard (alarm98).
func TestPickedChildNamedToDuty(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "小孩不见了 到处找了")
	got := c.say("陈二", "是小凤 穿红衣服")
	has(t, "his answer", got, "陈二（13900000002）说：是小凤 穿红衣服", "已说清走失的是陈小凤（户号QS-302", "请按这一位和上面说的衣着寻找",
		"收到：走失的是陈小凤，已转告镇应急值班")
	lacks(t, "his answer", got, "陈小龙")
	// news naming neither child is news only
	got = c.say("陈二", "最后看见是在村口小卖部")
	lacks(t, "more news", got, "已说清走失的是")
}

// TestRescuedIsTheFires: with a search and a fire with people inside
// open, 「人救出来了」 is news of the fire (its 进展, no 办结: it may still
// burn), never the search's end, nor a question which (alarm98).
func TestRescuedIsTheFires(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "王奶奶不见了 一下午没见人")
	c.say("张三", "石德贵家着火了 屋里还有人")
	got := c.say("李四", "人救出来了")
	has(t, "the leader's rescue", got, "#R2")
	lacks(t, "the leader's rescue", got, "哪件", "办结 #R1", "#R1 已办结", "#R2 已办结")
	got = c.say("张三", "老人找到了 救出来了")
	has(t, "the reporter's rescue", got, "【突发补充·进展】青山村三组 #R2")
	lacks(t, "the reporter's rescue", got, "#R1", "说人已找到")
}

// TestFireReporterRescued: a fire's reporter's 「人救出来了」 was silent;
// it is news for the duty chat, and no end of the fire (alarm98).
func TestFireReporterRescued(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "石德贵家着火了")
	got := c.say("张三", "人救出来了")
	has(t, "his rescue", got, "【突发补充·进展】青山村三组 #R1", "张三（13900000003）说：人救出来了")
	lacks(t, "his rescue", got, "谢谢", "已解除")
}

// addressChat is newChat with the roster's 家庭住址 of 石德贵's and 张三's
// households and of 王奶奶.
func addressChat(t *testing.T) *chat {
	t.Helper()
	cfg := configtest.Load(t, "../config.example.yaml")
	people, err := app.LoadRoster(os.DirFS(".."), cfg.Roster, cfg.Villages[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range people {
		switch p.Name {
		case "石德贵":
			people[i].Address = "青山村三组17号"
		case "张三":
			people[i].Address = "青山村三组12号"
		case "王奶奶":
			people[i].Address = "青山村三组5号"
		}
	}
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: roster.NewDirectory(people), Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &chat{t: t, r: r, st: st, now: at}
}

// TestAlarmAddressFromRoster: an alarm at a home the roster has a 家庭住址
// for names it in the duty post (and a missing person's line), never in
// the group (alarm98).
func TestAlarmAddressFromRoster(t *testing.T) {
	c := addressChat(t)
	got := c.say("陈二", "石德贵家着火了 快来人")
	has(t, "a named home", got, "这一户（花名册）：石德贵家，户号QS-309：石德贵（户主）（不用微信，13900000031）、熊秀英；住址：青山村三组17号")
	for _, line := range got {
		if strings.HasPrefix(line, grid3) && strings.Contains(line, "17号") {
			t.Errorf("the group hears the address: %s", line)
		}
	}
	got = c.say("张三", "我家煤气味好大")
	has(t, "his own home", got, "这一户（花名册）：张三家，户号QS-301：张三（户主）、", "；住址：青山村三组12号")
	got = c.say("陈二", "王奶奶不见了 一下午没见人")
	has(t, "the one missing", got, "王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组5号）")
	got = c.say("陈二", "村口路边有人晕倒了")
	lacks(t, "no home", got, "这一户（花名册）")
	// the example roster's own address (alarm99)
	got = newChat(t, understand.Rules{}).say("张三", "王奶奶家的炭盆把被子烤着了 快来人")
	has(t, "the example's address", got, "这一户（花名册）：王奶奶家，户号QS-305：王奶奶（户主）（不用微信，13900000001）；住址：青山村三组20号\n")
}

// TestDutyAsksOfAGrid: the duty officer's 「三组现在什么情况」 was silent (a
// grid's name is no bare status word); it is answered with that grid's
// open emergencies only (alarm98).
func TestDutyAsksOfAGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "王奶奶家的炭盆把被子烤着了 快来人")
	c.send(bot.Message{Chat: "青山村二组网格群", From: "周八", Text: "我家烧炭取暖 我妈头疼想吐"})
	for _, q := range []string{"三组现在什么情况", "三组那边现在啥情况了"} {
		got := c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: q})
		has(t, q, got, "青山村三组 #R1（王奶奶家的炭盆把被子烤着了 快来人）「待受理」")
		lacks(t, q, got, "#R2")
	}
}
