package handlers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// BenchmarkOfficeNoteOne: an officer's words on an item sent up, in the
// office chat, are offered as its 进展 (「回复「1」就照「进展 #R1 …」记下」),
// and his 「1」 records them: measured is the 「1」 (rt46: 3.0 before, the
// question then kept in the township's scope).
func BenchmarkOfficeNoteOne(b *testing.B) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
				return []bot.Message{msg("a", grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
						msg("b", grid, "李四", "确认 #"+ref),
						msg("c", grid, "李四", "上报镇 #"+ref+" 村里没有电工"),
						msg("d", office, "孙七", "确认 #"+ref),
						msg("e", office, "孙七", ref+" 已联系供电所")},
					[]bot.Message{msg("f", office, "孙七", "1")}
			})
		})
	}
}

// officeNoted is a chat where 孙七 took over #R1 sent up, and was
// offered his words on it as its 进展.
func officeNoted(t *testing.T, c *chat) {
	c.t.Helper()
	c.sentUp("陈二", "上报 一组桥头的护栏断了一截", "#R1", "要交通站来换")
	c.in(officeChat, "孙七", "确认 #R1")
	has(t, "the offer", c.in(officeChat, "孙七", "R1 已联系交通站"), "回复「1」就照「进展 #R1 已联系交通站」记下")
}

// notes are the steps of #R1 whose note is note.
func notes(c *chat, note string) int {
	c.t.Helper()
	n := 0
	for _, s := range c.reports()[0].History {
		if s.Note == note {
			n++
		}
	}
	return n
}

// TestOfficeOneIsOneCommit: the officer's 「1」 to the offer of his words
// as an item's 进展 is that item's one commit (the question is kept in
// the item's village's scope), and a second 「1」 records nothing more.
func TestOfficeOneIsOneCommit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	officeNoted(t, c)
	has(t, "his 1", c.costs(t, 1, "his 1", bot.Message{Chat: officeChat, From: "孙七", Text: "1"}), "#R1 进展已记录：已联系交通站")
	c.in(officeChat, "孙七", "1")
	if n := notes(c, "已联系交通站"); n != 1 {
		t.Errorf("%d steps of his words, want 1", n)
	}
}

// TestOfficeOneOnAnotherProcess: the 「1」 handled by a process that did
// not make the offer reads the questions of every scope in one round
// trip and records the note once; the first process, whose copy is then
// stale, reads again and records nothing more on a 「1」 sent again.
func TestOfficeOneOnAnotherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	officeNoted(t, a)
	b.now = a.now
	// its connections (each new one costs a HELLO), its copy of #R1
	has(t, "warm", b.in(officeChat, "孙七", "查 #R1"), "#R1")
	b.in(officeChat, "吴九", "1")
	has(t, "his 1 elsewhere", b.costs(t, 2, "his 1 elsewhere", bot.Message{Chat: officeChat, From: "孙七", Text: "1"}), "#R1 进展已记录：已联系交通站")
	a.now = b.now
	lacks(t, "his 1 again", a.in(officeChat, "孙七", "1"), "进展已记录")
	if n := notes(a, "已联系交通站"); n != 1 {
		t.Errorf("%d steps of his words, want 1", n)
	}
}

// TestOfficeOneKeptInTownship: a question kept in the township's scope
// (as before rt46) is still answered, and of two waiting in two scopes
// the 「1」 answers the one asked last; the other waits for the next.
func TestOfficeOneKeptInTownship(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(fmt.Sprintf("restart=%v", restart), func(t *testing.T) {
			srv := storagetest.NeedServer(t)
			a := newChatOn(t, understand.Rules{}, storagetest.Open(t, srv.URL))
			a.sentUp("陈二", "上报 一组桥头的护栏断了一截", "#R1", "要交通站来换")
			a.in(officeChat, "孙七", "确认 #R1")
			a.now = a.now.Add(time.Minute)
			body, err := json.Marshal(map[string]any{"kind": "command", "text": "进展 #R1 交通站说周四来", "msg": "old", "at": a.now})
			if err != nil {
				t.Fatal(err)
			}
			town := storage.TownshipScope("青山镇")
			if _, err := a.st.Commit(context.Background(), storage.Change{Scope: town,
				Keep: []storage.Kept{storage.Ask(officeChat+"|青山村//孙七", body, 24*time.Hour)}}); err != nil {
				t.Fatal(err)
			}
			has(t, "the offer", a.in(officeChat, "孙七", "R1 已联系交通站"), "回复「1」就照「进展 #R1 已联系交通站」记下")
			c := a
			if restart {
				c = newChatOn(t, understand.Rules{}, storagetest.Open(t, srv.URL))
				c.now, c.n = a.now, 1000
			}
			has(t, "his 1: the latest", c.in(officeChat, "孙七", "1"), "#R1 进展已记录：已联系交通站")
			has(t, "his next 1: the other", c.in(officeChat, "孙七", "1"), "#R1 进展已记录：交通站说周四来")
			lacks(t, "a third", c.in(officeChat, "孙七", "1"), "进展已记录")
			for _, note := range []string{"已联系交通站", "交通站说周四来"} {
				if n := notes(c, note); n != 1 {
					t.Errorf("%d steps of %q, want 1", n, note)
				}
			}
		})
	}
}

// TestOfficeMisspeltOneIsOneCommit: the officer's 「1」 to the command his
// mistyped one meant (「进赞 #R1 …」: 「进展 #R1 …」吗？) is the item's
// one commit too (4 round trips before rt46), the offer still one; a
// mistyped command naming no report is offered as before.
func TestOfficeMisspeltOneIsOneCommit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 一组桥头的护栏断了一截", "#R1", "要交通站来换")
	c.in(officeChat, "孙七", "确认 #R1")
	has(t, "the offer", c.costs(t, 1, "the offer", bot.Message{Chat: officeChat, From: "孙七", Text: "进赞 #R1 交通站说周四来"}),
		"您是想发「进展 #R1 交通站说周四来」吗？")
	has(t, "his 1", c.costs(t, 1, "his 1", bot.Message{Chat: officeChat, From: "孙七", Text: "1"}), "#R1 进展已记录：交通站说周四来")
	lacks(t, "his 1 again", c.in(officeChat, "孙七", "1"), "进展已记录")
	if n := notes(c, "交通站说周四来"); n != 1 {
		t.Errorf("%d steps of his words, want 1", n)
	}
	has(t, "no such report", c.in(officeChat, "孙七", "进赞 #R9 交通站说周四来"), "您是想发「进展 #R9 交通站说周四来」吗？")
}
