package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestCall105ChaseElderAsk (call105): an elder's question passed to her
// grid leader (【老人问】) was never chased. Now each morning's call run
// reminds the leader while it is open, up to village.MaxAskChases times,
// then tells the worker once; an answered one is not chased.
func TestCall105ChaseElderAsk(t *testing.T) {
	f := newPointsFixture(t)
	asked := village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-301/王奶奶", Phone: "13900000001",
		Worker: "王五", Topic: village.TopicOwn, Due: f.at("2026-12-08 10:00"), Status: village.CallReached, Outcome: village.OutcomeReached,
		LoggedAt: f.at("2026-12-08 10:00"), LoggedBy: "王五", Note: "身体挺好 她问今年过年有没有慰问品",
		Asked: "今年过年有没有慰问品", AskedTo: []string{"李四"}}
	f.storeCall(asked)
	answered := asked
	answered.Person, answered.PersonKey, answered.Asked = "石德贵", "青山村/QS-303/石德贵", "今年村里还发不发对联"
	answered.AnsweredAt, answered.AnsweredBy = f.at("2026-12-08 11:00"), "李四"
	f.storeCall(answered)
	morning := func(day string) string { return strings.Join(f.run("calls", day+" 08:00"), "\n") }
	out := morning("2026-12-09")
	if !strings.Contains(out, "李四: 【老人问】还没答复：王五昨天（12月8日）电话回访时，王奶奶问：「今年过年有没有慰问品」。请引用这条消息回复") {
		t.Errorf("the first morning does not remind 李四:\n%s", out)
	}
	if strings.Contains(out, "对联") {
		t.Errorf("an answered question is chased:\n%s", out)
	}
	if out := morning("2026-12-10"); !strings.Contains(out, "李四: 【老人问】还没答复") || !strings.Contains(out, "这是最后一次提醒") {
		t.Errorf("the second morning:\n%s", out)
	}
	out = morning("2026-12-11")
	if strings.Contains(out, "李四: 【老人问】") || !strings.Contains(out, "王五: 【老人问】王奶奶12月8日问的「今年过年有没有慰问品」，网格长李四还没答复") {
		t.Errorf("the third morning tells not the worker alone:\n%s", out)
	}
	if out := morning("2026-12-12"); strings.Contains(out, "【老人问】") {
		t.Errorf("chased on after the worker was told:\n%s", out)
	}
}
