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
	c := quarterlyInMay(t)
	has(t, "quarterly", c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"),
		grid3+": 已记录 #C1：陈二户·陈二「焚烧秸秆、垃圾」-5分（村口田里），评分人赵六。\n7月1日公示，7天内可以提异议：回复「异议 #C1 理由」。")
}

// TestDisputedSaysPublicityDate: a villager disputing a deduction not yet
// published, and an early objector reading 查 #C after the scorer passed
// the item, hear the date of the 公示 that lists it from the configured
// schedule: 1 July for one made in May with a quarterly 公示, not
// 「下季度初」/「下月1日」.
func TestDisputedSaysPublicityDate(t *testing.T) {
	c := quarterlyInMay(t)
	c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里")
	has(t, "disputed", c.say("陈二", "凭什么扣我分 我根本没烧秸秆"),
		grid3+": 陈二，#C1 还没有公示，会在7月1日在群里公示，公示后7天内回复「异议 #C1 理由」")
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	c.say("陈二", "异议 #C2 他没去")
	c.say("赵六", "同意 #C2 6")
	has(t, "early objection passed", c.private("陈二", "查 #C2"),
		"评分小组核实后仍通过了；7月1日公示，公示后7天内如仍有意见")
}

// quarterlyInMay is the example village with a quarterly 公示 (1 January,
// April, July, October), on 10 May.
func quarterlyInMay(t *testing.T) *chat {
	cfg, dir := exampleVillage(t)
	cfg.Points.Publicity.Cadence = "quarterly"
	cfg.Points.Schedules.Publicity = "0 9 1 1,4,7,10 *"
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &chat{t: t, r: r, st: st, now: time.Date(2026, 5, 10, 9, 0, 0, 0, at.Location())}
}
