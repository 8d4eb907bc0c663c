package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
)

// TestHeldNoteDatesHisWordsFromWhenHeSaidThem (ops74): a report told at
// night reaches the leader in the morning quoting the villager's words;
// his 今天 and 明天 say their days from when he said them (the evening
// before), not from the morning it is read, while the note's own words
// are the morning's.
func TestHeldNoteDatesHisWordsFromWhenHeSaidThem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 20)
	said := c.now.Format("1月2日")
	c.say("陈二", "上报 今天下午水管爆了，明天能来修吗")
	c.now = clock(c.now, 1, 7, 0)
	expect(t, "at 07:00, his words dated from the evening", c.flush(),
		"李四: 【夜里反映】陈二在群里反映 #R1（一般事项）："+said+"下午水管爆了，今天能来修吗\n还没受理的话，请回复「确认 #R1」（在群里或私信我都行）。\n（这是昨天23:2")
	if r := c.reports(); len(r) != 1 || !strings.Contains(r[0].Text, "今天下午水管爆了，明天能来修吗") {
		t.Errorf("stored: %+v, want his words as he said them", r)
	}
	// filed by his 「1」 to the bot's offer: the words quoted are not those
	// of the message that filed it
	c.now = clock(c.now, 0, 23, 10)
	said = c.now.Format("1月2日")
	got := c.say("张三", "今天下午后面水沟堵了，明天一下雨就漫到路上")
	expectLike(t, "the offer", got, like{has: "回复「1」登记"})
	c.say("张三", "1")
	c.now = clock(c.now, 1, 7, 0)
	expect(t, "at 07:00, the words of the message before his 「1」 dated from the evening", c.flush(),
		"李四: 【夜里反映】张三在群里反映 #R2（一般事项）："+said+"下午后面水沟堵了，今天一下雨就漫到路上\n")
}

// TestRepliesSentLateSayTheirDay (ops74): replies queued at once but sent
// only the next morning (the transport was down) say, on a last line,
// when they were written and that they are late; the outbox stamps the
// time of the message they answer (storage.WrittenAt).
func TestRepliesSentLateSayTheirDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 10, 0)
	day := c.now.Format("1月2日")
	if err := c.r.Handle(context.Background(), bot.Message{ID: "late1", Chat: grid3, From: "张三", Text: "上报 村口路灯坏了", At: c.now}); err != nil {
		t.Fatal(err)
	}
	c.now = clock(c.now, 1, 8, 30)
	box := storage.NewOutbox(c.st, storage.OutboxOptions{Scopes: []storage.Scope{village3}, Now: func() time.Time { return c.now }, Loc: c.now.Location()})
	envs, err := box.Next(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range envs {
		got = append(got, e.To+": "+e.Text)
	}
	expect(t, "sent the next morning", got, grid3+": 已登记 #R1（一般事项·道路交通）：村口路灯坏了\n@李四\u2005请网格长受理：回复「确认 #R1」。\n"+
		"张三，可随时发「查 #R1」看进度。\n（这是"+day+"10:00的消息，没能及时发出，现在补发）")
}
