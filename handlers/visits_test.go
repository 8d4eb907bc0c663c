package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestLeaderLogsOwnVisit: the grid leader who logs a visit that files a
// matter is not told that the grid leader (he himself) will follow it up.
func TestLeaderLogsOwnVisit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("李四", "回访 王奶奶 上门 屋顶漏雨")
	has(t, "the leader's visit", got, "李四: 已记录：王奶奶 上门", "已登记 #R1（待受理），请您安排处理。")
	for _, line := range got {
		if strings.HasPrefix(line, "李四: 已记录") && strings.Contains(line, "网格长会跟进") {
			t.Fatalf("the leader is told the grid leader follows up: %q", line)
		}
	}
	has(t, "a worker's visit", c.private("王五", "回访 石德贵 上门 院墙裂了"), "网格长会跟进")
}

// TestMissAfterVisitAsked: once the grid leader was asked to visit, a
// further miss is recorded but asks no second visit and sets no new
// deadline; the worker hears that the leader was already asked, and when.
func TestMissAfterVisitAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the first miss", c.private("王五", "回访 王奶奶 未接通"), "第 1 次")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "the second miss", c.private("王五", "回访 王奶奶 未接通"), "李四: 【请上门看看】王奶奶")
	c.now = c.now.Add(24 * time.Hour)
	got := c.private("王五", "回访 王奶奶 关机")
	for _, line := range got {
		if strings.Contains(line, "【请上门看看】") || strings.Contains(line, "天后还没有回复") {
			t.Fatalf("a further miss asks again: %q", got)
		}
	}
	has(t, "the third miss", got, "王五: 已记录：王奶奶 未接通（第 3 次）。昨天09:0", "已请网格长上门看看，不再重复通知网格长")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "the visit closes it", c.private("李四", "回访 王奶奶 上门 挺好的"), "李四: 已记录：王奶奶 上门")
}
