package handlers_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// pick67Case is a which-one question moved to the pick (pick67): setup
// opens the items on a fresh chat, words are the cadre's plain words that
// fit several, typed the command the number picks would run.
type pick67Case struct {
	name   string
	setup  func(t *testing.T) *chat
	who    string
	words  string
	asked  []string // what the question shows
	number string
	typed  string
	ref    string // the item the number picks
}

var pick67Cases = []pick67Case{{
	name: "accept",
	setup: func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		has(t, "report 1", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R1")
		has(t, "report 2", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R2")
		return c
	},
	who: "李四", words: "好的 我下午过去",
	asked:  []string{"李四，最近有2件新事项还没受理，您接手的是哪一件？请回复数字：", "「1」#R2 后山垃圾没人清", "「2」#R1 我家门口水管漏水", "和发「确认 #R2」一样"},
	number: "2", typed: "确认 #R1 下午过去", ref: "R1",
}, {
	name: "assign",
	setup: func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		has(t, "report 1", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R1")
		has(t, "report 2", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R2")
		return c
	},
	who: "李四", words: "让王五去看看",
	asked:  []string{"要交给王五的是哪一件？请回复数字：", "「1」#R2 后山垃圾没人清", "「2」#R1 我家后面水沟堵了", "和发「指派 #R2 王五」一样"},
	number: "1", typed: "指派 #R2 王五 去看看", ref: "R2",
}, {
	name: "handover",
	setup: func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		has(t, "report 1", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R1")
		has(t, "report 2", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R2")
		c.say("李四", "确认 #R1")
		c.say("李四", "确认 #R2")
		return c
	},
	who: "李四", words: "我这两天去不了 让王五去吧",
	asked:  []string{"李四，您负责的有2件，要交给王五的是哪一件？请回复数字：", "和发「指派 #R2 王五」一样"},
	number: "2", typed: "指派 #R1 王五", ref: "R1",
}, {
	name:  "scene",
	setup: func(t *testing.T) *chat { return twoFires(t, "后山林子也着火了") },
	who:   "李四", words: "大火基本灭了",
	asked:  []string{"李四，本组有2件突发事件没办结，您说的「大火基本灭了」是哪一件？请回复数字：", "「1」#R2 后山林子也着火了", "「2」#R1 快来人 老王家着火了"},
	number: "2", typed: "进展 #R1 大火基本灭了", ref: "R1",
}}

// pick67Item is what an item is after a cadre's act, to compare the
// picked number with the typed command: status, handlers, and its last
// step (action, by whom, note).
func pick67Item(t *testing.T, c *chat, ref string) string {
	t.Helper()
	i := slices.IndexFunc(c.reports(), func(r village.Report) bool { return r.ID == ref })
	if i < 0 {
		t.Fatalf("no %s", ref)
	}
	r := c.reports()[i]
	last := r.History[len(r.History)-1]
	return fmt.Sprintf("%s %v %s/%s/%s", r.Status, r.Handlers, last.Action, last.By, last.Note)
}

// TestPick67NumberIsTheTypedCommand: for each moved question the
// cadre's number, in one round trip, leaves the item as the typed
// command with that item's number does, and the other item untouched.
func TestPick67NumberIsTheTypedCommand(t *testing.T) {
	for _, k := range pick67Cases {
		t.Run(k.name, func(t *testing.T) {
			typed := k.setup(t)
			typed.say(k.who, k.typed)
			want := pick67Item(t, typed, k.ref)

			c := k.setup(t)
			has(t, "asked", c.say(k.who, k.words), k.asked...)
			steps := map[string]int{}
			for _, r := range c.reports() {
				steps[r.ID] = len(r.History)
			}
			got := c.costs(t, 1, "number", bot.Message{Chat: grid3, From: k.who, Text: k.number})
			lacks(t, "number", got, "没有照办", "过了回复时间")
			if item := pick67Item(t, c, k.ref); item != want {
				t.Errorf("after 「%s」 %s is %q, want as typed %q", k.number, k.ref, item, want)
			}
			for _, r := range c.reports() {
				if r.ID != k.ref && len(r.History) != steps[r.ID] {
					t.Errorf("%s changed: %+v", r.ID, r.History[len(r.History)-1])
				}
			}
		})
	}
}

// TestPick67OthersAndLate: someone else's number answers nothing (the
// question is the asker's); the asker's number past llm.confirm_ttl runs
// nothing and tells him the command to send; the question is taken.
func TestPick67OthersAndLate(t *testing.T) {
	for _, k := range pick67Cases {
		t.Run(k.name, func(t *testing.T) {
			c := k.setup(t)
			c.say(k.who, k.words)
			before := fmt.Sprint(c.reports())
			c.say("王五", k.number)
			c.say("陈二", k.number)
			if fmt.Sprint(c.reports()) != before {
				t.Errorf("someone else's 「%s」 changed the items", k.number)
			}
			c.now = c.now.Add(40 * time.Minute)
			before = fmt.Sprint(c.reports())
			has(t, "late", c.say(k.who, k.number), "过了回复时间，没有记到 #"+k.ref+" 上", "请发「")
			if fmt.Sprint(c.reports()) != before {
				t.Errorf("a late 「%s」 changed the items", k.number)
			}
			lacks(t, "taken", c.say(k.who, k.number), "过了回复时间")
		})
	}
}

// TestPick67OverKeepsTheCommand: 「火灭了」 of two fires would be a 办结
// (which asks the reporter): still the typed command, no number offered.
func TestPick67OverKeepsTheCommand(t *testing.T) {
	c := twoFires(t, "后山林子也着火了")
	c.say("李四", "确认 #R1")
	c.say("李四", "确认 #R2")
	got := c.say("李四", "火灭了")
	has(t, "over", got, "请回复「办结 #编号 火灭了」")
	lacks(t, "over", got, "请回复数字")
}
