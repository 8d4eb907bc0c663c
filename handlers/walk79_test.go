package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLampNotLitRepeatsLampBroken: 陈二's 「村口路灯不亮了 谁管管」 after
// 张三's 「村口那个路灯坏了好几天了」 is asked whether it is #R1, not filed
// as #R2: 不亮, a thing word of the road topic, is kin of the lamp
// (understand.OneThing, walk79). Before, the walk's 陈二 got #R2.
func TestLampNotLitRepeatsLampBroken(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := "青山村三组网格群"
	has(t, "filed", c.in(g, "张三", "村口那个路灯坏了好几天了 晚上黑咕隆咚的 啥也看不见"), "已登记 #R1")
	out := c.in(g, "陈二", "村口路灯不亮了 谁管管")
	has(t, "asked", out, "#R1", "是同一件事吗")
	if strings.Contains(strings.Join(out, "\n"), "#R2") {
		t.Fatalf("filed anew: %q", out)
	}
	has(t, "merged", c.in(g, "陈二", "是"), "#R1")
	if r1 := kind64Item(t, c, "R1"); !slices.Contains(r1.Followers, "陈二") {
		t.Fatalf("R1 followers %v, want 陈二", r1.Followers)
	}
}

// TestWorkerLampLitHintsDone: 马红梅, assigned 谢明's lamp, says with a
// photo 「村口路灯换了个灯泡 现在亮了」: told the 办结 to send, the photo on
// #R1 (hintDone). Before, the walk's 王五 got silence. 「路灯又不亮了」 is
// no done (its 进展, as before).
func TestWorkerLampLitHintsDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := "青山村一组网格群"
	has(t, "filed", c.in(g, "谢明", "村口那个路灯坏了好几天了 晚上黑咕隆咚的 啥也看不见"), "已登记 #R1")
	has(t, "taken", c.in(g, "刘建国", "确认 #R1"), "#R1 已受理")
	has(t, "assigned", c.in(g, "刘建国", "指派 #R1 马红梅"), "#R1 已指派给马红梅")
	out := c.send(bot.Message{Chat: g, From: "马红梅", Text: "村口路灯换了个灯泡 现在亮了", Images: []string{"lamp.jpg"}})
	has(t, "hint", out, "照片已附到 #R1（1 张）", "「办结 #R1")
	r1 := kind64Item(t, c, "R1")
	if r1.Status == village.StatusResolved || !slices.Equal(r1.Images, []string{"lamp.jpg"}) {
		t.Fatalf("R1 %s images %v; want still open, the photo kept", r1.Status, r1.Images)
	}
	if out := c.in(g, "马红梅", "村口路灯又不亮了"); strings.Contains(strings.Join(out, "\n"), "办好了的话") {
		t.Fatalf("「又不亮了」 read as done: %q", out)
	}
}

// TestApprovalQuestionNoRepeatOfQuarrel: 陈二, party to a quarrel over a
// wall on 张三's 地 (#R1), asks 「@网格小助手 宅基地审批要多久啊」: the
// procedure's answer, not 「您说的这件事已经登记了：#R1」 with the quarrel's
// handlers told privately (ownRepeat, walk79).
func TestApprovalQuestionNoRepeatOfQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := "青山村三组网格群"
	has(t, "quarrel", c.in(g, "陈二", "俺家跟张三家为了院墙的事吵起来了 他非说墙占了他家地"), "已登记 #R1（调解事项）")
	out := c.in(g, "陈二", "@网格小助手 宅基地审批要多久啊")
	has(t, "procedure", out, "宅基地")
	if s := strings.Join(out, "\n"); strings.Contains(s, "已经登记了") || strings.Contains(s, "又来反映") {
		t.Fatalf("the question taken as the quarrel again: %q", out)
	}
}
