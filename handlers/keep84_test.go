package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// ditchThird is 陈二's third word of the ditch quarrel in the group.
const ditchThird = "张三家的墙把排水沟堵了 我家院子都是水"

// saidBy counts the words of who kept on rep (ActSaid) containing part,
// and how many of them were kept quietly (Entry.Quiet).
func saidBy(rep village.Report, who, part string) (n, quiet int) {
	for _, e := range rep.History {
		if e.Action == village.ActSaid && e.By == who && strings.Contains(e.Note, part) {
			n++
			if e.Quiet {
				quiet++
			}
		}
	}
	return n, quiet
}

// TestPartyRepeatsKeptInTheHour: a party's words said again in the group
// within the hour his mediators heard from him are kept on the item (the
// mediators read them in 查), though neither they nor the group nor he
// hear of them; the next word after that hour is told again, the quiet
// ones not counting as heard. Before, his second and later repeats
// within the hour were dropped: nothing kept.
func TestPartyRepeatsKeptInTheHour(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", ditchOwnSide)
	c.now = c.now.Add(5 * time.Minute)
	has(t, "his side is told", c.say("陈二", ditchHisSide), "李四: 【调解提醒】#R1")
	for i, text := range []string{ditchHisAgain, ditchThird} {
		c.now = c.now.Add(5 * time.Minute)
		silent(t, "said again within the hour: nobody hears", c.say("陈二", text))
		part := []string{"排不出去", "院子都是水"}[i]
		if n, quiet := saidBy(c.reports()[0], "陈二", part); n != 1 || quiet != 1 {
			t.Errorf("repeat %d kept on #R1 %d times (%d quietly), want 1 quietly", i+1, n, quiet)
		}
	}
	c.wantReports(1, "his repeats are no item of their own")
	// an hour after the mediators heard from him, his next word is told
	// though he spoke since: quiet words are not what they heard
	c.now = c.now.Add(55 * time.Minute)
	got := c.say("陈二", "排水沟的事到底怎么说 水还是排不出去")
	has(t, "after the hour he is told again", got, "李四: 【调解提醒】#R1")
	if n, quiet := saidBy(c.reports()[0], "陈二", "到底怎么说"); n != 1 || quiet != 0 {
		t.Errorf("word after the hour kept %d times (%d quietly), want 1 told", n, quiet)
	}
}
