package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/storage/storagetest"
)

// TestCheck: gridbot check passes a township ready to run and names what
// is not: here, Redis without AOF.
func TestCheck(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	cfg, rfs, err := loadConfig("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Redis.URL = srv.URL
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	for _, tc := range []struct {
		name, aof, want string
		fails           bool
	}{
		{"ready", "yes", "没有发现问题，可以运行：gridbot run -config 我的配置.yaml", false},
		{"no AOF", "no", "有 1 条提醒（见上面的日志），请改好后再运行 gridbot run。", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv.SetConfig(t, "appendonly", tc.aof)
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if (err != nil) != tc.fails || !strings.Contains(out.String(), tc.want) ||
				!strings.Contains(out.String(), "配置：青山镇，1 个村、3 个网格；花名册 95 人。") {
				t.Errorf("check: %v\n%s", err, out.String())
			}
		})
	}
}
