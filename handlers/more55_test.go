package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// said is the note of the first ActSaid entry of report id, "" when none.
func (c *chat) said(id string) string {
	c.t.Helper()
	for _, rep := range c.reports() {
		if rep.ID != id {
			continue
		}
		for _, e := range rep.History {
			if e.Action == village.ActSaid {
				return e.Note
			}
		}
	}
	return ""
}

func TestReporterAddsDetailAfterFilingInGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.say("张三", "后山小路上有棵树倒了 挡住路了"), "我理解为")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1")
	got := c.costs(t, 1, "detail", bot.Message{Chat: grid3, From: "张三", Text: "树挺粗的 要拿电锯来"})
	has(t, "detail", got, "已补充到 #R1：树挺粗的 要拿电锯来", "李四: 【村民补充】#R1", "张三在群里补充：「树挺粗的 要拿电锯来」")
	lacks(t, "detail", got, "我理解为", "【又来反映】")
	if n := c.said("R1"); !strings.Contains(n, "树挺粗的") || !strings.Contains(n, "补充") {
		t.Errorf("R1's history keeps %q, want the 补充", n)
	}
	c.wantReports(1, "")
	lacks(t, "greeting", c.say("张三", "大家早上好"), "已补充")
}

func TestReporterAddsDetailAfterPrivateFiling(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.private("张三", "你好 我想举报村里有人赌博"), "已登记 #R1")
	got := c.private("张三", "就在村东头小卖部后面 每天晚上")
	has(t, "detail", got, "张三: 已补充到 #R1：就在村东头小卖部后面 每天晚上", "李四: 【村民补充】#R1", "张三私信补充")
	lacks(t, "detail", got, "我理解为", grid3)
	c.wantReports(1, "")
}

func TestReporterDetailAfterWindowIsNotAdded(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.private("张三", "你好 我想举报村里有人赌博"), "已登记 #R1")
	c.now = c.now.Add(30 * time.Minute)
	lacks(t, "late", c.private("张三", "就在村东头小卖部后面 每天晚上"), "已补充")
}

func TestReporterNewMatterAfterFilingIsItsOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.say("张三", "后山小路上有棵树倒了 挡住路了"), "我理解为")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1")
	got := c.say("张三", "还有村口的路灯坏了好几天了")
	has(t, "new", got, "#R2")
	lacks(t, "new", got, "已补充")
	c.wantReports(2, "(the tree, the lamp)")
}

func TestDetailBeforeConfirmMergesIntoOneMatter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.say("张三", "桥头那根电线杆歪了"), "我理解为")
	got := c.say("张三", "就是去镇上那座桥 快倒了 下面有人走")
	has(t, "merged", got, "我理解为", "桥头那根电线杆歪了", "快倒了 下面有人走", "回复「1」登记")
	lacks(t, "merged", got, "这两件")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1")
	c.wantReports(1, "(the pole, with its detail)")
	if txt := c.reports()[0].Text; !strings.Contains(txt, "电线杆") || !strings.Contains(txt, "下面有人走") {
		t.Errorf("R1 is %q, want both messages", txt)
	}
}

func TestNewMatterBeforeConfirmStaysTwo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.say("张三", "桥头那根电线杆歪了"), "我理解为")
	lacks(t, "second", c.say("张三", "还有村口的路灯坏了好几天了"), "电线杆歪了 还有")
	has(t, "first", c.say("张三", "1"), "已登记 #R2")
	c.wantReports(2, "(the lamp, the pole)")
}

// BenchmarkContinued: a villager's next message going on with his matter:
// merged into his confirm-back still waiting (merged: the detail, then
// his 「1」 measured), or added to the item just filed as his 补充 (added:
// the detail alone measured). The leader rejects what was filed (not
// measured).
func BenchmarkContinued(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, filed := range []bool{false, true} {
		b.Run(map[bool]string{false: "merged", true: "added"}[filed], func(b *testing.B) {
			r, st := benchRouter(b, true)
			ctx := context.Background()
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				matter := benchMsg(fmt.Sprintf("%d-a", i), grid, "陈二", fmt.Sprintf("%d号院门口的垃圾没人清理", i+1), "")
				detail := benchMsg(fmt.Sprintf("%d-d", i), grid, "陈二", fmt.Sprintf("就在%d号院东边 每天晚上都有人倒", i+1), "")
				yes := benchMsg(fmt.Sprintf("%d-y", i), grid, "陈二", "1", "")
				setup, measured := []bot.Message{matter}, []bot.Message{detail, yes}
				if filed {
					setup, measured = []bot.Message{matter, yes}, []bot.Message{detail}
				}
				for _, m := range setup {
					if err := r.Handle(ctx, m); err != nil {
						b.Fatal(err)
					}
				}
				trips, n = trips+benchRound(b, r, st, i, measured, 1), n+len(measured)
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

func TestMergedConfirmBackKeepsThePhoto(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.send(bot.Message{Chat: grid3, From: "张三", Text: "桥头那根电线杆歪了", Images: []string{"pole.jpg"}}), "我理解为")
	has(t, "merged", c.say("张三", "就是去镇上那座桥 快倒了 下面有人走"), "桥头那根电线杆歪了 就是去镇上那座桥")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1")
	c.wantReports(1, "")
	if imgs := c.reports()[0].Images; len(imgs) != 1 || imgs[0] != "pole.jpg" {
		t.Errorf("R1's photos are %v, want the first message's", imgs)
	}
}
