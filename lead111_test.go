package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot/wechat/wechattest"
	"gridbot/config"
	"gridbot/storage/storagetest"
)

// TestRunAdminAsksStatus (lead111): the admin's private 「状态」 gets what
// /healthz knows, in Chinese: here that the township's duty chat is not
// bound (the account has not saved it), with what to do; a villager's
// 「@网格小助手 你好使吗」 in his group gets that the bot works and what to
// send, not the menu, and nothing of the operator's troubles.
func TestRunAdminAsksStatus(t *testing.T) {
	srv := storagetest.NeedServer(t)
	fake := wechattest.New(7654321, "网格小助手")
	defer fake.Close()
	fake.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥"})
	fake.AddPerson(wechattest.Person{Key: "wujiu", Nick: "老吴", Remark: "吴九", Friend: true})
	members := []wechattest.Member{{Key: "zhangsan", Display: "张三"}, {Key: "wujiu", Display: "吴九"}}
	for _, g := range []wechattest.Group{
		{Key: "g1", Name: "青山村一组网格群"}, {Key: "g2", Name: "青山村二组网格群"}, {Key: "g3", Name: "青山村三组网格群"},
		{Key: "office", Name: "青山镇网格工作群"},
	} {
		g.Saved, g.Members = true, members
		fake.AddGroup(g)
	}
	cfg, rfs := exampleOn(t, srv)
	cfg.QuietHours = config.QuietHours{Start: "00:00", End: "00:00"}
	ctx, cancel := context.WithCancel(context.Background())
	r := startRun(ctx, t, cfg, rfs, fake)
	defer func() {
		cancel()
		if err := <-r.done; err != nil {
			t.Errorf("runWeChat: %v", err)
		}
	}()

	fake.PrivateText("wujiu", "状态")
	sent := fake.WaitSent(1, 10*time.Second)
	if len(sent) != 1 {
		t.Fatalf("sent %q, want the status to 吴九", sent)
	}
	got := sent[0].Text
	for _, want := range []string{"我在", "现在有这些问题", "青山镇应急值班群", "绑定本群", "没有配大模型", "/healthz"} {
		if !strings.Contains(got, want) {
			t.Errorf("status to the admin lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "可以这样用") {
		t.Errorf("status to the admin is the menu:\n%s", got)
	}

	fake.GroupText("g3", "zhangsan", "@网格小助手 你好使吗")
	sent = fake.WaitSent(2, 10*time.Second)
	if len(sent) != 2 || sent[1].To != "青山村三组网格群" {
		t.Fatalf("sent %q, want an answer in 青山村三组网格群", sent)
	}
	if got := sent[1].Text; !strings.Contains(got, "我在，正常工作") || !strings.Contains(got, "帮助") || strings.Contains(got, "应急值班群") || strings.Contains(got, "可以这样用") {
		t.Errorf("answer to the villager = %q, want that the bot works and what to send, nothing of the operator's troubles", got)
	}
}
