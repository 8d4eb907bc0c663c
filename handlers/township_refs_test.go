package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// stoneBridge is the example township with a second village, 石桥村,
// whose one grid, 一组, has 石大山 for its leader: both villages number
// their items from #R1.
func stoneBridge(t *testing.T) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t, village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101",
		Relation: "户主", UsesWeChat: true, Phone: "13900001111", Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	st := storagetest.New(t)
	return chatOn(t, cfg, dir, st, st)
}

// inSQ sends text to chatName and returns the replies of both villages'
// scopes and the township's.
func (c *chat) inSQ(chatName, from, text string) []string {
	c.t.Helper()
	out := c.in(chatName, from, text)
	return append(out, storagetest.Sent(c.t, c.st, c.now, storage.VillageScope("石桥村"))...)
}

// townshipPosts are the replies to the township's chats.
func townshipPosts(out []string) string {
	var in []string
	for _, o := range out {
		if strings.HasPrefix(o, officeChat+": ") || strings.HasPrefix(o, dutyChat+": ") {
			in = append(in, o)
		}
	}
	return strings.Join(in, "\n")
}

// TestTownshipRefsNameTheVillage: with several villages, each numbering
// its items apart, every post to the township's chats that tells an
// officer what to answer writes the item with its village (「确认 石桥村
// #R1」), which the bot resolves without asking which village; an officer
// who quotes such a post and answers a bare 确认 takes that village's
// item. Grid groups keep the bare number.
func TestTownshipRefsNameTheVillage(t *testing.T) {
	c := stoneBridge(t)
	expect(t, "青山村's R1", c.say("张三", "上报 村口路灯坏了"), grid3+": 已登记 #R1")
	const sq = "石桥村一组网格群"
	// the leader's own report: taken on as he files it (no 确认 of his own)
	has(t, "石桥村's R1", c.inSQ(sq, "石大山", "上报 桥栏杆断了"), sq+": 已登记 #R1", "石大山是网格长，上报即由本人受理")
	out := c.inSQ(sq, "石大山", "上报镇 #R1 桥归交通部门管，村里修不了")
	posts := townshipPosts(out)
	for _, want := range []string{"【网格上报】石桥村一组 #R1", "接手回复「确认 石桥村 #R1」", "转交回复「指派 石桥村 #R1 部门或名字」",
		"不归镇里的回复「退回 石桥村 #R1 原因」", "问网格 石桥村 #R1 问题",
		"\n网格长石大山（13900001111）今天09:02反映并上报：桥归交通部门管，村里修不了\n"} {
		if !strings.Contains(posts, want) {
			t.Errorf("the office's post lacks %q:\n%s", want, posts)
		}
	}
	if strings.Contains(posts, " #R1」") && !strings.Contains(posts, "石桥村 #R1」") || strings.Contains(posts, "「确认 #R1」") {
		t.Errorf("the office is told to answer a bare #R1:\n%s", posts)
	}
	lacks(t, "the grid group", slices.DeleteFunc(out, func(o string) bool { return !strings.HasPrefix(o, sq) }), "石桥村 #R1")

	// the officer quotes the post and answers 确认: 石桥村's R1, not asked which
	post := strings.TrimPrefix(posts, officeChat+": ")
	got := c.inSQ(officeChat, "孙七", "「网格小助手："+post+"」\n- - - - - - - - - - - - - - -\n确认")
	has(t, "quoted 确认", got, "#R1 镇里已接手：由孙七负责协调", "办好后请回复「办结 石桥村 #R1 结果」")
	lacks(t, "quoted 确认", got, "在几个村都有")
	rep, err := c.st.Report(context.Background(), storage.VillageScope("石桥村"), "R1")
	if err != nil || !slices.Contains(rep.Handlers, "孙七") {
		t.Errorf("石桥村's R1 after the quoted 确认: handlers %v (%v), want 孙七", rep.Handlers, err)
	}
	if ours := c.reports(); len(ours) != 1 || slices.Contains(ours[0].Handlers, "孙七") {
		t.Errorf("青山村's R1 was taken: %+v", ours)
	}

	// answered as told, the village names the item and is no part of the note
	got = c.inSQ(officeChat, "孙七", "办结 石桥村 #R1 交通站已修好")
	has(t, "办结 石桥村 #R1", got, officeChat+": 石桥村 #R1 已办结：交通站已修好。") // pick76: the village named
	lacks(t, "办结 石桥村 #R1", got, "：石桥村")

	// an emergency: the duty chat is told to answer with the village
	out = c.inSQ(sq, "石大山", "着火了！村西头仓库着火了 快来人")
	duty := townshipPosts(out)
	if !strings.Contains(duty, "【突发事件】石桥村一组 #R2") || !strings.Contains(duty, "接手后回复「确认 石桥村 #R2」") {
		t.Errorf("the duty chat's post:\n%s", duty)
	}

	// the office's 待办 tells how to ask about one
	has(t, "待办", c.inSQ(officeChat, "孙七", "待办"), "回复「查 村名 #编号」看详情")
}

// TestTownshipRefsOneVillage: with one village the township's posts keep
// the bare number (「确认 #R1」).
func TestTownshipRefsOneVillage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "确认 #R1")
	posts := townshipPosts(c.say("李四", "上报镇 #R1 要供电所来修"))
	if !strings.Contains(posts, "接手回复「确认 #R1」") || strings.Contains(posts, "青山村 #R1」") {
		t.Errorf("the office's post:\n%s", posts)
	}
	has(t, "待办", c.in(officeChat, "孙七", "待办"), "回复「查 #编号」看详情")
}
