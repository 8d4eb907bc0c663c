package scheduler

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestLateDigestListsFilingOnce: the bot down overnight and back at
// 10:40, the catch-up files the overdue lamp with the township (its
// 【超期上报】, the 10:00 check) and then posts the 08:30 早报: the office
// reads the item once, in the filing; the 早报, right after it, counts it
// and points to the filing instead of listing it again.
func TestLateDigestListsFilingOnce(t *testing.T) {
	f := newPointsFixture(t)
	f.addLamp("2026-03-02 09:00") // due 3 March 09:00, reminded at 10:00, filed a day after
	s := f.schedulerWith(24*time.Hour, "overdue", "morning_digest")
	out := f.live(s, uptime{"2026-03-03 08:00", "2026-03-03 18:00"}, uptime{"2026-03-04 10:40", "2026-03-04 10:40"})
	var late []string
	for _, o := range out {
		if strings.HasPrefix(o, "03-04 10:40 青山镇网格工作群: ") {
			late = append(late, o)
		}
	}
	all := strings.Join(late, "\n")
	if countIn(late, "网格工作群: 【超期上报】") != 1 || countIn(late, "【早报】3月4日") != 1 {
		t.Fatalf("the catch-up's office posts:\n%s\nwant one 【超期上报】 and one 【早报】", all)
	}
	if n := strings.Count(all, "村口路灯不亮了"); n != 1 {
		t.Errorf("the lamp's words are in the office's catch-up posts %d times, want once (the filing):\n%s", n, all)
	}
	if !strings.Contains(all, "全镇未办结 1 件") || !strings.Contains(all, "已在上面单独发到本群的 1 件，这里不再重复：【超期上报】#R1（青山村三组）") {
		t.Errorf("the 早报 counts the filed item and points to the filing:\n%s", all)
	}
}

// TestLateDigestNamesToldInPostOrder: back at 10:40 after a night down,
// the catch-up tells the office that the township's own deadline of an
// item it never took passed, then files two more items in one
// 【超期上报】, then posts the 早报. The 早报 names the three by the posts
// that told them, in the order the office read those posts, and lists
// under 其他超期 only what none of them told.
func TestLateDigestNamesToldInPostOrder(t *testing.T) {
	f := newPointsFixture(t)
	f.addLamp("2026-03-02 09:00") // #R1, due 3 March 09:00
	at := f.at("2026-03-02 09:30")
	f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(24 * time.Hour), Handlers: []string{"李四"}})
	up := f.at("2026-02-20 09:00")
	f.addReport(village.Report{Type: village.General, Text: "垃圾没人清", Reporter: "张三", CreatedAt: up, DueAt: f.at("2026-03-04 08:00"),
		Status: village.StatusEscalated, Handlers: []string{"李四"},
		History: []village.Entry{{At: up.Add(time.Minute), By: "李四", Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated}}})
	f.addReport(village.Report{Type: village.General, Text: "路边树倒了", Reporter: "陈二", CreatedAt: up, DueAt: f.at("2026-02-25 08:00"),
		Status: village.StatusEscalated, RemindedAt: f.at("2026-02-25 09:00"), Handlers: []string{"李四"},
		History: []village.Entry{{At: up.Add(time.Minute), By: "李四", Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated}}})
	s := f.schedulerWith(24*time.Hour, "overdue", "morning_digest")
	out := f.live(s, uptime{"2026-03-03 08:00", "2026-03-03 18:00"}, uptime{"2026-03-04 10:40", "2026-03-04 10:40"})
	if !slices.ContainsFunc(out, func(o string) bool {
		return strings.Contains(o, "这 2 件已过期限") && strings.Contains(o, "到明天10:00还没受理的，会村级备案并上报到镇。")
	}) {
		t.Errorf("the reminder of #R1 and #R2, nobody took on, says by when to take them on:\n%s", strings.Join(out, "\n"))
	}
	var office []string
	for _, o := range out {
		if text, ok := strings.CutPrefix(o, "03-04 10:40 青山镇网格工作群: "); ok {
			office = append(office, text)
		}
	}
	if len(office) != 3 || !strings.Contains(office[0], "#R3（一般事项）上报镇后已过期限") ||
		!strings.HasPrefix(office[1], "【超期上报】这次有 2 件") || !strings.HasPrefix(office[2], "【早报】3月4日") {
		t.Fatalf("the catch-up's office posts:\n%s\nwant the township's deadline of #R3, one 【超期上报】 of two, the 早报", strings.Join(office, "\n---\n"))
	}
	digest := office[2]
	want := "已在上面单独发到本群的 3 件，这里不再重复：上报镇后过了期限的提醒 #R3（青山村三组）；【超期上报】#R1、#R2（青山村三组）\n" +
		"其他超期：\n#R4 青山村三组 一般事项 路边树倒了"
	if !strings.Contains(digest, want) {
		t.Errorf("the 早报:\n%s\nwant it to contain:\n%s", digest, want)
	}
	for _, words := range []string{"村口路灯不亮了", "水渠堵了", "垃圾没人清"} {
		if strings.Contains(digest, words) {
			t.Errorf("the 早报 repeats %s, told on its own above:\n%s", words, digest)
		}
	}
}
