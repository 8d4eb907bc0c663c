package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

var at = time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

type directSink struct {
	mu  sync.Mutex
	out []bot.Outbound
}

func (d *directSink) send(_ context.Context, o bot.Outbound) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.out = append(d.out, o)
	return nil
}

// exampleVillage is the example configuration and roster, with more
// people added to the roster.
func exampleVillage(t testing.TB, more ...village.Person) (*config.Config, *roster.Directory) {
	t.Helper()
	cfg := configtest.Load(t, "../config.example.yaml")
	people, err := app.LoadRoster(os.DirFS(".."), cfg.Roster, cfg.Villages[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, roster.NewDirectory(append(people, more...))
}

// exampleReader is the example configuration and the reader the product
// builds from it (rules with its procedure guide), for the tests of the
// guide's answers.
func exampleReader(t testing.TB) (*config.Config, *understand.Pipeline) {
	t.Helper()
	cfg, _ := exampleVillage(t)
	return cfg, app.NewReader(cfg, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// downRouter is a Router of the example village on a Redis that was
// killed, sending directly through send.
func downRouter(t *testing.T, send func(context.Context, bot.Outbound) error) *handlers.Router {
	t.Helper()
	st := storagetest.Down(t, 200*time.Millisecond)
	cfg, dir := exampleVillage(t)
	return handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Direct: send, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

// TestStoreDownAnswersAndStillAlerts kills Redis, then sends a report and an
// emergency: the sender is told in plain Chinese that nothing was
// registered, and the emergency still reaches the duty chat directly.
func TestStoreDownAnswersAndStillAlerts(t *testing.T) {
	sink := &directSink{}
	r := downRouter(t, sink.send)

	err := r.Handle(context.Background(), bot.Message{ID: "m1", At: at, Chat: "青山村三组网格群", From: "张三", Text: "上报 路灯坏了"})
	if err == nil {
		t.Fatal("Handle with Redis down returned no error")
	}
	if len(sink.out) != 1 || sink.out[0].To != "青山村三组网格群" || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Fatalf("direct messages = %+v, want one apology to the group", sink.out)
	}

	// A photo in the group draws no apology; in a private chat it does.
	sink.out = nil
	_ = r.Handle(context.Background(), bot.Message{ID: "img1", At: at, Chat: "青山村三组网格群", From: "张三", Images: []string{"a.jpg"}})
	if len(sink.out) != 0 {
		t.Errorf("direct messages for a photo in the group = %+v, want none", sink.out)
	}
	_ = r.Handle(context.Background(), bot.Message{ID: "img2", At: at, Private: true, From: "张三", Images: []string{"a.jpg"}})
	if len(sink.out) != 1 || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Errorf("direct messages for a private photo = %+v, want one apology", sink.out)
	}

	sink.out = nil
	_ = r.Handle(context.Background(), bot.Message{ID: "m2", At: at, Chat: "青山村三组网格群", From: "陈二", Text: "快来人 后山着火了"})
	var duty, group bool
	for _, o := range sink.out {
		duty = duty || (o.To == "青山镇应急值班群" && strings.Contains(o.Text, "后山着火了") && !strings.Contains(o.Text, storage.RefPlaceholder))
		group = group || o.To == "青山村三组网格群" && strings.Contains(o.Text, "拨打119") && strings.Contains(o.Text, "还没有登记编号")
	}
	if !duty || !group {
		t.Fatalf("direct messages = %+v, want the emergency in the duty chat, and in the group what to do and that it is not registered", sink.out)
	}
}

// With the store down an emergency goes out unregistered, and says so:
// no post calls it 已登记, shows a reference, or asks for a 「确认 #…」
// nothing could take; the group hears what to do, once, without the
// apology that would tell it the alarm was not passed on.
func TestStoreDownEmergencyIsNotCalledRegistered(t *testing.T) {
	for _, m := range []bot.Message{
		{ID: "g", At: at, Chat: "青山村三组网格群", From: "陈二", Text: "快来人 后山着火了"},
		{ID: "p", At: at, Private: true, From: "陈二", Text: "快来人 后山着火了"},
		// read first as a cadre's news of an alarm, or of a quarrel, he
		// may be at
		{ID: "w", At: at, Chat: "青山村三组网格群", From: "王五", Text: "张大爷家着火了 我在现场，已经打了119"},
		{ID: "m", At: at, Chat: "青山村二组网格群", From: "李四", Text: "隔壁李婆婆倒在院坝里 喊她也不答应"},
	} {
		t.Run(m.ID, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			sink := &directSink{}
			r := downRouter(t, sink.send)
			_ = r.Handle(t.Context(), m)
			var got []string
			for _, o := range sink.out {
				got = append(got, o.To+": "+o.Text)
				for _, bad := range []string{"已登记", "#(", "#R", "确认 #", "已确认接手", "没有登记上", storage.RefPlaceholder} {
					if strings.Contains(o.Text, bad) {
						t.Errorf("%s is told %q with the store down:\n%s", o.To, bad, o.Text)
					}
				}
			}
			back := m.Chat
			if m.Private {
				back = "陈二"
			}
			var duty, told int
			for _, o := range sink.out {
				switch {
				case o.To == "青山镇应急值班群" && strings.Contains(o.Text, "（系统故障，未编号）"):
					duty++
				case o.To == back && strings.Contains(o.Text, "还没有登记编号") && !strings.Contains(o.Text, "没有登记上"):
					told++
				case o.To == back:
					t.Errorf("%s is also told %q", back, o.Text)
				}
			}
			if duty != 1 || told != 1 {
				t.Errorf("sent %q; want one unnumbered alarm in the duty chat and one post to %s saying it is not registered", got, back)
			}
		})
	}
}

// failingSink is a directSink whose first send to fail fails.
type failingSink struct {
	directSink
	fail string
}

func (d *failingSink) send(ctx context.Context, o bot.Outbound) error {
	if d.fail != "" && o.To == d.fail {
		d.fail = ""
		return errors.New("not sent")
	}
	return d.directSink.send(ctx, o)
}

// With Redis down, a group shouting about one fire reaches the duty chat
// once per window, not once per villager: each later villager is passed on
// once as a witness, for the transport to merge; another emergency, another
// group, the sender's own home, an alarm with words the first lacked, or
// an alarm that did not go out, still alarm.
func TestStoreDownCoalescesRepeatedAlarms(t *testing.T) {
	sink := &failingSink{}
	r := downRouter(t, sink.send)
	const g3, g2, duty = "青山村三组网格群", "青山村二组网格群", "青山镇应急值班群"
	steps := []struct {
		min        int
		chat, from string
		text       string
		failDuty   bool // the duty alarm cannot be sent
		want       bool // an alarm reaches the duty chat
		witness    bool // the sender reaches it as a new witness (突发补充, merged by the transport)
	}{
		{0, g3, "陈二", "快来人 后山着火了", true, true, false}, // not sent: the next still alarms
		{1, g3, "张三", "快来人 后山着火了", false, true, false},
		{2, g3, "王五", "后山着火了！！", false, false, true},      // a new witness of the alarm at 1
		{3, g3, "陈二", "快来人 后山着火了", false, false, true},    // his own alarm did not go out
		{3, g3, "张三", "后山着火了 快来", false, false, false},    // raised the alarm at 1
		{3, g3, "张三", "后山着火了 老王被烧伤了", false, true, false}, // says more
		{4, g3, "陈二", "有人掉河里了 快来人", false, true, false},   // another hazard
		{4, g3, "张三", "我家着火了 快来人", false, true, false},    // his own home
		{5, g3, "王五", "村口着火了", false, true, false},        // another place
		{5, g2, "张三", "快来人 后山着火了", false, true, false},    // another group
		{11, g3, "王五", "快来人 后山着火了", false, false, false},  // within 10 minutes of the alarm at 1, told already
		{12, g3, "王五", "快来人 后山着火了", false, true, false},   // the window passed
	}
	for i, s := range steps {
		sink.mu.Lock()
		sink.out = nil
		sink.mu.Unlock()
		if s.failDuty {
			sink.fail = duty
		}
		m := bot.Message{ID: fmt.Sprint("m", i), At: at.Add(time.Duration(s.min) * time.Minute), Chat: s.chat, From: s.from, Text: s.text}
		_ = r.Handle(context.Background(), m)
		var alarms, groupAlerts, witnesses int
		for _, o := range sink.out {
			switch {
			case o.To == duty && o.Merge != "":
				witnesses++
				if !strings.Contains(o.Text, "【突发补充】") || o.Merge != "witness|"+s.chat {
					t.Errorf("step %d: witness %+v, want a 突发补充 merged per group", i, o)
				}
			case o.To == duty:
				alarms++
			case o.Priority == bot.Urgent && o.To == s.chat:
				groupAlerts++
			}
		}
		want := 0
		if s.want && !s.failDuty {
			want = 1
		}
		if alarms != want || groupAlerts != btoi(s.want) || witnesses != btoi(s.witness) {
			t.Errorf("step %d %s %q: %d alarms, %d group alerts, %d witnesses; want %d, %d and %d",
				i, s.from, s.text, alarms, groupAlerts, witnesses, want, btoi(s.want), btoi(s.witness))
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestNoPrivateMessageWithoutWeChat: whatever the flow, the bot queues no
// private message to a person the roster says uses no WeChat (here a
// reply to 王奶奶, whose roster row is out of date): it goes to 王五, who
// looks after her, to pass on.
func TestNoPrivateMessageWithoutWeChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王奶奶", "帮助")
	if len(got) != 1 || !strings.HasPrefix(got[0], "王五: 【请转告】王奶奶不用微信，请打电话（13900000001）或上门告诉王奶奶：\n") {
		t.Errorf("replies %q, want one to 王五 asking to pass it on", got)
	}
}

// A question asked while the store is down registers nothing and was
// never going to: the apology says it cannot be looked up now and to ask
// again later, not that the message was not registered.
func TestStoreDownQueryIsNotCalledUnregistered(t *testing.T) {
	for _, m := range []bot.Message{
		{ID: "q", At: at, Chat: "青山村三组网格群", From: "张三", Text: "查 #R1"},
		{ID: "p", At: at, Private: true, From: "张三", Text: "我的积分"},
		{ID: "t", At: at, Chat: "青山村三组网格群", From: "李四", Text: "待办"},
		{ID: "f", At: at, Private: true, From: "张三", Text: "我家积分多少"},
	} {
		t.Run(m.ID, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			sink := &directSink{}
			r := downRouter(t, sink.send)
			if err := r.Handle(t.Context(), m); err == nil {
				t.Fatal("Handle with Redis down returned no error")
			}
			if len(sink.out) != 1 {
				t.Fatalf("direct messages = %+v, want one apology", sink.out)
			}
			if text := sink.out[0].Text; strings.Contains(text, "登记") || !strings.Contains(text, "查不到") || !strings.Contains(text, "再问") {
				t.Errorf("%q is answered %q, want that it cannot be looked up now and to ask again later", m.Text, text)
			}
		})
	}
	// a change is still told it was not registered
	sink := &directSink{}
	r := downRouter(t, sink.send)
	_ = r.Handle(t.Context(), bot.Message{ID: "c", At: at, Chat: "青山村三组网格群", From: "李四", Text: "确认 #R1"})
	if len(sink.out) != 1 || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Errorf("direct messages for 确认 = %+v, want the apology that it was not registered", sink.out)
	}
}
