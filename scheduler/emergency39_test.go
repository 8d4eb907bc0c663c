package scheduler

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// TestWatchdogOneMessagePerChat: three emergencies nobody confirmed, two
// of 三组 and one of 一组, are re-posted in one message per chat: the
// duty chat's lists all three (what, where, how long, whom to call, the
// 确认 to send), 三组's group its two, 一组's its one as a single alarm
// always was. A repeated run of the occurrence posts nothing more (run
// runs it twice).
func TestWatchdogOneMessagePerChat(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, "", "后山着火了", "张三")
	f.addReport(village.Report{Type: village.Emergency, Text: "王奶奶不见了", Reporter: "陈二", CreatedAt: at.Add(time.Minute), DueAt: at.Add(16 * time.Minute)})
	f.addReport(village.Report{Village: "青山村", Grid: "一组", Chat: "青山村一组网格群", Type: village.Emergency, Text: "村口发大水了",
		Reporter: "刘洋", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.run("watchdog", "2026-03-02 09:20")
	var chats []string
	for _, o := range out {
		chats = append(chats, strings.SplitN(o, ":", 2)[0])
	}
	if diff := cmp.Diff(chats, []string{"青山镇应急值班群", "青山村三组网格群", "青山村一组网格群"}); diff != "" {
		t.Fatalf("chats told (-got +want):\n%s\n%s", diff, strings.Join(out, "\n"))
	}
	holdsEach(t, "the duty chat", out[0], "【紧急·无人确认】3 件突发事件仍无人确认",
		"1. 青山村三组 #R1 已过20分钟仍无人确认\n情况：后山着火了\n报告人：张三（13900000003），3月2日 09:00\n网格长：李四 13900000004；网格员：王五 13900000005\n接手后回复「确认 #R1」。",
		"2. 青山村三组 #R2 已过19分钟", "情况：王奶奶不见了", "3. 青山村一组 #R3 已过20分钟", "接手后回复「确认 #R3」。")
	holdsEach(t, "三组", out[1], "李四", "王五", "2 件紧急情况还没人确认：\n#R1 已过20分钟：后山着火了\n需要时请拨打110、119、120。\n#R2 已过19分钟：王奶奶不见了\n需要时请拨打110、119、120。\n请立即处置")
	// each item with its hazard's hint (emg42; these have none: the general one)
	holdsEach(t, "一组", out[2], "紧急情况 #R3 已过20分钟还没人确认：村口发大水了\n需要时请拨打110、119、120。\n请网格长立即赶到现场、保护好现场，到场后回复「确认 #R3」。")
	if out := f.run("watchdog", "2026-03-02 09:25"); len(out) != 0 {
		t.Errorf("five minutes on: %q, want nothing", out)
	}
}
