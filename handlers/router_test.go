package handlers_test

import (
	"context"
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
func exampleVillage(t *testing.T, more ...village.Person) (*config.Config, *roster.Directory) {
	t.Helper()
	cfg, err := config.Load("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	people, err := app.LoadRoster(os.DirFS(".."), cfg.Roster, cfg.Villages[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, roster.NewDirectory(append(people, more...))
}

// TestStoreDownAnswersAndStillAlerts kills Redis, then sends a report and an
// emergency: the sender is told in plain Chinese that nothing was
// registered, and the emergency still reaches the duty chat directly.
func TestStoreDownAnswersAndStillAlerts(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 200*time.Millisecond)
	cfg, dir := exampleVillage(t)
	sink := &directSink{}
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Direct: sink.send, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv.Kill()

	err := r.Handle(context.Background(), bot.Message{ID: "m1", At: at, Chat: "青山村三组网格群", From: "张三", Text: "上报 路灯坏了"})
	if err == nil {
		t.Fatal("Handle with Redis down returned no error")
	}
	if len(sink.out) != 1 || sink.out[0].To != "青山村三组网格群" || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Fatalf("direct messages = %+v, want one apology to the group", sink.out)
	}

	sink.out = nil
	_ = r.Handle(context.Background(), bot.Message{ID: "m2", At: at, Chat: "青山村三组网格群", From: "陈二", Text: "快来人 后山着火了"})
	var duty, apology bool
	for _, o := range sink.out {
		duty = duty || (o.To == "青山镇应急值班群" && strings.Contains(o.Text, "后山着火了") && !strings.Contains(o.Text, storage.RefPlaceholder))
		apology = apology || strings.Contains(o.Text, "拨打110、119、120")
	}
	if !duty || !apology {
		t.Fatalf("direct messages = %+v, want the emergency in the duty chat and the apology", sink.out)
	}
}
