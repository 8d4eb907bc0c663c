package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderSendsTwoWorkers: 刘建国's 「让马红梅和何志强去看看」 gives 谢明's
// lamp to both workers, as 「指派 #R1 马红梅 何志强」 would (was: 马红梅
// only, 「和何志强去看看」 the note); 「王五和我去看看」 sends 王五 alone.
func TestLeaderSendsTwoWorkers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.in(grid1, "谢明", "上报 村东头路灯不亮了"), "已登记 #R1")
	got := c.costs(t, 1, "sent", bot.Message{Chat: grid1, From: "刘建国", Text: "让马红梅和何志强去看看"})
	has(t, "sent", got, "#R1 已受理并指派给马红梅、何志强，现由刘建国、马红梅、何志强负责", "要办的：去看看", "@马红梅\u2005@何志强\u2005请跟进")
	lacks(t, "sent", got, "和何志强去看看")
	r := c.reports()[0]
	if r.Status != village.StatusAccepted || !slices.Equal(r.Handlers, []string{"刘建国", "马红梅", "何志强"}) {
		t.Fatalf("R1 status %s, handlers %v", r.Status, r.Handlers)
	}

	c = newChat(t, understand.Rules{})
	has(t, "lamp", c.say("张三", "上报 村口路灯又不亮了"), "已登记 #R1")
	has(t, "with me", c.say("李四", "王五和我去看看"), "#R1 已受理并指派给王五，", "要办的：和我去看看")
}

// TestLeaderSendsAgain: 黄永红's 「收到 朱大勇你去看一下」 said again right
// after it gave 田卫东's pipe to 朱大勇 (was: silent) is told #R1 is his
// already: no second 指派 entry, nobody @-called again.
func TestLeaderSendsAgain(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "pipe", c.in(grid2, "田卫东", "上报 二组路口的水管漏水了"), "已登记 #R1")
	has(t, "sent", c.in(grid2, "黄永红", "收到 朱大勇你去看一下"), "#R1 已受理并指派给朱大勇")
	steps := len(c.reports()[0].History)
	for _, said := range []string{"收到 朱大勇你去看一下", "朱大勇你去看一下"} {
		got := c.in(grid2, "黄永红", said)
		expect(t, said, got, grid2+": #R1 已由朱大勇负责，不用再指派。要交代新的事，请发「指派 #R1 朱大勇 要办的事」；有进展发「进展 #R1 情况」。")
	}
	if r := c.reports()[0]; len(r.History) != steps || !slices.Equal(r.Handlers, []string{"黄永红", "朱大勇"}) {
		t.Errorf("R1 history %d steps (want %d), handlers %v", len(r.History), steps, r.Handlers)
	}
}
