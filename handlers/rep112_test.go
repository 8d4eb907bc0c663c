package handlers_test

import (
	"strings"
	"testing"
)

// TestQuotedConfirmTwoProcesses: a quoted 确认 is decided on the grid's
// items as this process follows them (rep112, 1 RT); when another process
// took the quoted report on meanwhile, it is handled again on Redis's:
// told it is taken on already, never taken twice.
func TestQuotedConfirmTwoProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "上报 村口那段路结冰了 好滑")
	a.say("陈二", "我家后面的沟被雪堵住了 化了的雪水流不走")
	b.say("王五", "确认 #R1")
	b.say("李四", "确认 #R1")
	out := strings.Join(a.say("李四", "「张三：上报 村口那段路结冰了 好滑」\n- - - - - - - - - - - - - - -\n确认"), "\n")
	if strings.Contains(out, "已受理，由李四负责") || out == "" {
		t.Errorf("quoted 确认 of an item taken on by the other process: %q", out)
	}
	out = strings.Join(a.say("李四", "「陈二：我家后面的沟被雪堵住了 化了的雪水流不走」\n- - - - - - - - - - - - - - -\n确认"), "\n")
	if !strings.Contains(out, "已登记 #R2") || !strings.Contains(out, "李四已受理") {
		t.Errorf("quoted 确认 of her waiting words: %q", out)
	}
}
