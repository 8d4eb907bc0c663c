package sandbox_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"gridbot/app"
	"gridbot/bot/sandbox"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// With -redis on a Redis whose memory is full (maxmemory, noeviction) the
// villager was told 「系统暂时出了故障」 and the page said nothing more:
// the handlers swallow the refused commit, and Redis answers every read.
// The page says why nothing was registered (Options.Refused), and once
// Redis takes writes the message is registered.
func TestRedisRefusingWritesShownOnThePage(t *testing.T) {
	srv := storagetest.NeedServer(t)
	f := mustSandboxOn(t, "", srv.URL, func(o *sandbox.Options, a *app.App) {
		o.Refused = func(ctx context.Context) string {
			if err := a.Store.Check(ctx); errors.Is(err, storage.ErrRefused) {
				return "Redis 不肯写入（" + storage.RefusalOf(err) + "）。"
			}
			return ""
		}
	})
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	srv.SetConfig(t, "maxmemory", "1")
	code, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": "张三", "text": "上报 村口路灯不亮了"})
	if code != http.StatusInternalServerError || !strings.Contains(r.Error, "这条消息没有登记上：Redis 不肯写入（memory）") || !strings.Contains(r.Error, "不用重启沙盒") {
		t.Errorf("a message with Redis refusing writes: %d %q, want why nothing was registered", code, r.Error)
	}
	srv.SetConfig(t, "maxmemory", "0")
	if _, ok := botSays(f.mustSend(t, group3, "张三", "上报 村口路灯不亮了"), group3, "已登记 #R1"); !ok {
		t.Error("no #R1 once Redis takes writes again")
	}
}
