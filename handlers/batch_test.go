package handlers_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestSeveralReportsOneReply: a leader's 「确认 1 2 3 4 5」 is one message:
// one reply that lists the reports taken on, each with who reported it,
// one commit (one round trip) whose audit entries each name their
// report, and a redelivery of it changes nothing. Steps of other kinds,
// or refused, are said one after another in that one reply.
func TestSeveralReportsOneReply(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"上报 村口路灯不亮了", "上报 我家门口水沟堵了", "代报 王奶奶 屋顶漏雨", "上报 隔壁的狗天天追人", "上报 垃圾站好几天没人清"} {
		from := []string{"张三", "陈二", "王五", "张三", "陈二"}[i]
		if got := c.say(from, text); len(got) == 0 {
			t.Fatalf("%s: no reply", text)
		}
	}
	batch := bot.Message{ID: "b1", Chat: grid3, From: "李四", Text: "确认 1 2 3 4 5"}
	trips, got := c.counted(batch)
	expectLike(t, "确认 1 2 3 4 5", got, like{start: grid3 + ": 已受理 5 件，由李四负责，预计",
		has: "前办结：\n#R1 村口路灯不亮了（张三）\n#R2 我家门口水沟堵了（陈二）\n#R3 屋顶漏雨（王奶奶，王五代报）\n#R4 隔壁的狗天天追人（张三）\n#R5 垃圾站好几天没人清（陈二）\n",
		end: "办好后会告诉各位，代报的请转告。"})
	if trips != 1 {
		t.Errorf("确认 of five reports took %d round trips, want 1", trips)
	}
	c.wantStatuses(nil, village.StatusAccepted)
	log, err := c.st.AuditLog(context.Background(), village3)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, e := range log {
		if e.Action == string(village.ActAccept) {
			refs = append(refs, e.Ref)
		}
	}
	if diff := cmp.Diff(refs, []string{"R1", "R2", "R3", "R4", "R5"}); diff != "" {
		t.Errorf("audit of the 确认 (-got +want):\n%s", diff)
	}
	batch.Text = "确认 1 2 3 4 5" // the transport delivers it again
	if _, again := c.counted(batch); len(again) != 0 {
		t.Errorf("redelivered: %q, want nothing", again)
	}

	trips, got = c.counted(bot.Message{Chat: grid3, From: "李四", Text: "办结 #R1 #R2 都修好了"})
	if len(got) != 1 || strings.Count(got[0], "已办结：修好了") != 2 || trips != 1 {
		t.Errorf("办结 of two: %d round trips, replies %q; want 1 and one reply for both", trips, got)
	}
	expect(t, "report 6", c.say("张三", "上报 小桥栏杆断了"), "已登记 #R6")
	got = c.say("李四", "确认 4 6")
	if len(got) != 1 || !strings.Contains(got[0], "#R6 已受理") || !strings.Contains(got[0], "#R4") {
		t.Errorf("one taken on already, one new: %q, want one reply about both", got)
	}
}
