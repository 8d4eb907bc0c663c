package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestReportAtNight: a report filed in quiet hours does not @ the grid's
// leaders (an @ wakes them); it names them, tells the villager they see it
// in the morning and whom to phone if it cannot wait. An emergency still
// @s them.
func TestReportAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(c.now.Year(), c.now.Month(), c.now.Day(), 23, 30, 0, 0, c.now.Location())
	got := c.say("张三", "上报 我家门口的下水道堵了 污水都漫到路上了")
	expect(t, "no @ at night", got, grid3+": 已登记 #R1（一般事项")
	if len(got) != 1 || strings.Contains(got[0], "@") || !strings.Contains(got[0], "现在是夜里，先不打扰网格长：李四早上看到后回复「确认 #R1」受理。") {
		t.Errorf("night report:\n%s", strings.Join(got, "\n"))
	}
	got = c.say("陈二", "上报 调解 隔壁半夜还在放音乐 说了也不听")
	if len(got) != 1 || strings.Contains(got[0], "@") || !strings.Contains(got[0], "早上看到后回复「确认 #R2」受理") {
		t.Errorf("night dispute:\n%s", strings.Join(got, "\n"))
	}
	got = c.say("陈二", "着火了 后山烧起来了")
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, grid3+": @李四") }) {
		t.Errorf("an emergency at night does not @ the leader:\n%s", strings.Join(got, "\n"))
	}
	c.now = c.now.Add(9 * time.Hour) // 08:30
	expect(t, "by day the @ again", c.say("张三", "上报 村口路灯坏了"), grid3+": 已登记 #R4（一般事项")
	if got := c.say("陈二", "上报 后山垃圾没人清"); len(got) != 1 || !strings.Contains(got[0], "@李四\u2005请网格长受理") {
		t.Errorf("day report:\n%s", strings.Join(got, "\n"))
	}
}
