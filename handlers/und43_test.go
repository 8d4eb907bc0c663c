package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestTwoMattersEachOwnWords: a villager's message joining two matters
// (还有, 另外, 再就是, 顺便说下) files one with its own words and category
// and offers the other; the item filed never holds the other's words too,
// and a 「1」 files the other as its own item.
func TestTwoMattersEachOwnWords(t *testing.T) {
	for _, join := range []string{" 还有", " 另外", " 再就是", " 顺便说下 "} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", "水管冻裂了"+join+"村东头的路灯也不亮")
		has(t, join, got, "已登记 #R1（一般事项·道路交通）：村东头的路灯也不亮", "您还说了「水管冻裂了」")
		c.wantReports(1, join)
		if r := c.reports()[0]; strings.Contains(r.Text, "水管") {
			t.Errorf("%s: #R1 holds %q, want the lamp's words alone", join, r.Text)
		}
		has(t, join+": 1", c.say("张三", "1"), "#R2（一般事项·水电设施）：水管冻裂了")
		c.wantReports(2, join+": the pipe filed")
		for _, r := range c.reports() {
			if strings.Contains(r.Text, "水管") == strings.Contains(r.Text, "路灯") {
				t.Errorf("%s: %s holds %q, want one matter each", join, r.ID, r.Text)
			}
		}
	}
}

// TestSecondConfirmSaysBoth: a confirm-back asked while another waits for
// the same sender says one 「1」 files both (it does), naming the other;
// one asked alone, or the same words asked again, says plain 「1」登记.
func TestSecondConfirmSaysBoth(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "后山那个垃圾桶满了")
	has(t, "first", got, "回复「1」登记，「2」不用。")
	got = c.say("陈二", "我家门口的路灯不亮了")
	has(t, "second", got, "还有「后山那个垃圾桶满了」在等您回复：回复「1」登记这两件，「2」都不用。")
	c.say("陈二", "1")
	c.wantReports(2, "one 1 files both")
	c2 := newChat(t, understand.Rules{})
	c2.say("陈二", "后山那个垃圾桶满了")
	got = c2.say("陈二", "后山那个垃圾桶满了")
	lacks(t, "asked again", got, "这两件")
}
