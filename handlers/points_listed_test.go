package handlers_test

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestRecordedSaysPublicityDate: a record says the date of the 公示 that
// will list it, from the configured schedule: with a quarterly 公示 one
// made in May is listed on 1 July, not 「下月1日」.
func TestRecordedSaysPublicityDate(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Points.Publicity.Cadence = "quarterly"
	cfg.Points.Schedules.Publicity = "0 9 1 1,4,7,10 *"
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	c := &chat{t: t, r: r, st: st, now: time.Date(2026, 5, 10, 9, 0, 0, 0, at.Location())}
	has(t, "quarterly", c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"),
		grid3+": 已记录 #C1：陈二户·陈二「焚烧秸秆、垃圾」-5分（村口田里），评分人赵六。\n7月1日公示，7天内可以提异议：回复「异议 #C1 理由」。")
}
