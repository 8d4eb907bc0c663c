package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestResumedDeadlineNotAtNight: a pause resumed at such an hour that the
// paused hours, added as they are, would put the deadline in the night
// (04:xx): it lands on the day the 进展 reply names, at the end of the
// quiet hours (07:00), and the reply and the record agree (walk79's #R6).
func TestResumedDeadlineNotAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口桥边的栏杆断了两根")
	c.say("李四", "确认 #R1")
	due := c.reports()[0].DueAt
	c.say("李四", "等待 #R1 等村里买了钢管再焊")
	c.now = c.now.Add(67 * time.Hour) // 67h on: due+67h is 04:xx, a night time
	if h := due.Add(67 * time.Hour).In(c.now.Location()).Hour(); h >= 7 {
		t.Fatalf("setup: the plain extension lands at %d:00, not in the night", h)
	}
	got := c.say("李四", "进展 #R1 钢管买回来了，明天焊")
	moved := c.reports()[0].DueAt.In(c.now.Location())
	if h, m, _ := moved.Clock(); h != 7 || m != 0 {
		t.Errorf("resumed deadline %s: want 07:00, the end of the quiet hours", moved)
	}
	if want := due.Add(67 * time.Hour).In(c.now.Location()); moved.YearDay() != want.YearDay() {
		t.Errorf("resumed deadline %s left its day %s", moved, want)
	}
	expect(t, "the reply names that day", got, grid3+": #R1 进展已记录：钢管买回来了，明天焊\n已恢复计时，办结期限顺延到"+moved.Format("1月2日")+"。")
}

// BenchmarkResumeAfterPause: 李四's 进展 of an item paused with 等待: the
// clock runs again, the deadline moved to the day the reply names and out
// of the quiet hours (Calendar.Extend, due80); 驳回 after, not measured.
func BenchmarkResumeAfterPause(b *testing.B) {
	benchWord68(b, 1, 3, village.StatusRejected,
		"张三", "上报 村口桥边的栏杆断了两根", "李四", "确认 %R0",
		"李四", "等待 %R0 等村里买了钢管再焊", "李四", "进展 %R0 钢管买回来了，明天焊", "李四", "驳回 %R0 测试")
}
