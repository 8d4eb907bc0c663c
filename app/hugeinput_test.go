package app

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestHugeAndBinaryInput sends what a group may carry at its worst, a
// pasted 1 MB text, NUL bytes, invalid UTF-8, 5000 emoji, in a group and
// privately, from a villager and from cadres, through the whole handler
// chain on a real Redis: every reply is short plain Chinese (noise gets
// silence), a long text is logged by its size and never by its text,
// no Redis key grows with it, the heap does not either, and the bot
// answers the next message as usual.
func TestHugeAndBinaryInput(t *testing.T) {
	srv := storagetest.NeedServer(t)
	var logs bytes.Buffer
	a, err := Open(Options{Config: exampleConfig(t), RosterFS: os.DirFS(".."), RedisURL: srv.URL,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	ctx := context.Background()
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	scopes := []storage.Scope{storage.VillageScope("青山村"), storage.TownshipScope(a.Config.Township.Name)}
	const group, office = "青山村三组网格群", "青山镇网格工作群"
	long := strings.Repeat("村口路灯坏了好几天了", 1<<20/30) // 1 MB
	noise := map[string]string{
		"NUL bytes":     strings.Repeat("\x00", 1<<20),
		"invalid UTF-8": strings.Repeat("\xff\xfe\xc0\xaf", 1<<18),
		"5000 emoji":    strings.Repeat("😀", 5000),
	}
	type input struct {
		name string
		m    bot.Message
		want string // in the one reply; "" for silence; "*" for any reply or none
	}
	var inputs []input
	add := func(name string, m bot.Message, want string) {
		m.ID, m.At = fmt.Sprintf("m%d", len(inputs)+1), at
		inputs = append(inputs, input{name, m, want})
	}
	add("1 MB report in the group", bot.Message{Chat: group, From: "张三", Text: long}, "消息较长")
	add("1 MB report privately", bot.Message{Private: true, From: "张三", Text: long}, "消息较长")
	add("1 MB command in the group", bot.Message{Chat: group, From: "张三", Text: "上报 " + long}, "消息太长了")
	add("1 MB command privately", bot.Message{Private: true, From: "张三", Text: "上报 " + long}, "消息太长了")
	add("1 MB notice from an officer", bot.Message{Chat: office, From: "孙七", Text: "通知 " + long}, "消息太长了")
	add("1 MB pasted by a leader", bot.Message{Chat: group, From: "李四", Text: long}, "")
	add("1 MB quoted", bot.Message{Chat: group, From: "李四", Text: "确认", Quote: &bot.Quote{Name: a.Config.BotName, Text: long}}, "确认")
	for name, text := range noise {
		add(name+" in the group", bot.Message{Chat: group, From: "张三", Text: text}, "")
		add(name+" privately", bot.Message{Private: true, From: "张三", Text: text}, "*")
		add(name+" to the bot in the group", bot.Message{Chat: group, From: "张三", Text: text, Mentioned: true}, "*")
		add(name+" from a leader", bot.Message{Chat: group, From: "李四", Text: text}, "")
		add(name+" in the office", bot.Message{Chat: office, From: "孙七", Text: text}, "")
	}

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, in := range inputs {
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		if err := a.Handler.Handle(ctx, in.m); err != nil {
			t.Errorf("%s: %v", in.name, err)
		}
		runtime.ReadMemStats(&ms1)
		// reading a 1 MB text costs a few copies of it, not one per rule
		if alloc := ms1.TotalAlloc - ms0.TotalAlloc; alloc > 32<<20 {
			t.Errorf("%s: handling it allocated %d MB", in.name, alloc>>20)
		}
		sent := storagetest.Sent(t, a.Store, at.Add(time.Hour), scopes...)
		for _, s := range sent {
			if !plainChinese(s) || len(s) > 2000 {
				t.Errorf("%s: a reply of %d bytes that is not short plain Chinese: %.300q", in.name, len(s), s)
			}
		}
		switch {
		case in.want == "*":
		case in.want == "" && len(sent) > 0:
			t.Errorf("%s: replied %.300q, want silence", in.name, sent)
		case in.want != "" && (len(sent) != 1 || !strings.Contains(sent[0], in.want)):
			t.Errorf("%s: replied %.300q, want one reply saying %q", in.name, sent, in.want)
		}
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 16<<20 {
		t.Errorf("the heap grew by %d MB over %d messages", grown>>20, len(inputs))
	}

	// Redis keeps at most the head the bot read of a long text (a
	// confirm-back's question), never the whole of it.
	c := srv.Client(t)
	keys, err := c.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if n, err := c.MemoryUsage(ctx, k, 0).Result(); err != nil || n > 64<<10 {
			t.Errorf("key %s holds %d bytes (%v)", k, n, err)
		}
	}

	// The log says how long a long message was, not what it said: the
	// six texts of 1 MB and the five of emoji (NUL bytes and invalid
	// UTF-8 are cleaned away before).
	if n := strings.Count(logs.String(), "message longer than handled"); n != 11 {
		t.Errorf("%d long messages logged, want the 11:\n%.3000s", n, logs.String())
	}
	if logs.Len() > 64<<10 || strings.Contains(logs.String(), "message not handled") {
		t.Errorf("log of %d bytes:\n%.3000s", logs.Len(), logs.String())
	}

	// and the bot goes on as usual
	if err := a.Handler.Handle(ctx, bot.Message{ID: "last", At: at, Chat: group, From: "陈二", Text: "上报 水渠堵了"}); err != nil {
		t.Fatal(err)
	}
	if sent := storagetest.Sent(t, a.Store, at.Add(time.Hour), scopes...); len(sent) == 0 || !strings.Contains(sent[0], "已登记 #R") {
		t.Errorf("after the noise: %q, want the report registered", sent)
	}
}

// plainChinese reports whether s is valid UTF-8 with Chinese in it and no
// control character but newlines, nor a Go formatting slip.
func plainChinese(s string) bool {
	han := false
	for _, r := range s {
		han = han || unicode.Is(unicode.Han, r)
		if r == utf8.RuneError || r < 0x20 && r != '\n' {
			return false
		}
	}
	return han && utf8.ValidString(s) && !strings.Contains(s, "%!") && !strings.Contains(s, "<nil>")
}
