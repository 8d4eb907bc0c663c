package handlers_test

import (
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// notesOf are the notes of p's reached calls in 三组's village.
func notesOf(t *testing.T, c *chat, p string) []string {
	t.Helper()
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, k := range calls {
		if k.Person == p && k.Outcome == village.OutcomeReached {
			notes = append(notes, k.Note)
		}
	}
	return notes
}

// TestCallAnsweredByKinWithoutHuifang: 「白凤兰孙子接的 挺好的」, privately
// and without 回访, is her call (已通), answered by her grandson, not a
// report to confirm.
func TestCallAnsweredByKinWithoutHuifang(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "白凤兰孙子接的 挺好的")
	has(t, "her call", got, "王五: 已记录：白凤兰 已通")
	lacks(t, "no report", got, "我理解为")
	if n := notesOf(t, c, "白凤兰"); len(n) != 1 || n[0] != "孙子金小海接的电话，挺好的" {
		t.Errorf("note = %q", n)
	}
}

// TestCallKinNotOnRoster: a kin word the roster lists no one for says so.
// In the note (「她老伴说…」) the call is logged, the note kept as written
// and the worker told her household lists no 老伴; in the name slot
// (「回访 她老伴」) he is told none of his callees' households lists one.
func TestCallKinNotOnRoster(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 王奶奶 已通 她老伴说她腿疼")
	has(t, "logged, why", got, "已记录：王奶奶 已通", "名单里王奶奶家没有登记「老伴」，备注照您写的原样保存")
	if n := notesOf(t, c, "王奶奶"); len(n) != 1 || n[0] != "她老伴说她腿疼" {
		t.Errorf("note = %q", n)
	}
	got = newChat(t, understand.Rules{}).private("王五", "回访 她老伴 已通 挺好")
	has(t, "name slot", got, "名单里您负责的老人家里没有登记「老伴」的", "回访 ")
	lacks(t, "not 名单里没有", got, "名单里没有「她老伴」")
	lacks(t, "listed kin: no hint", newChat(t, understand.Rules{}).private("王五", "回访 白凤兰 已通 她孙子说挺好"), "没有登记")
}

// TestCallNamingCalleesGrandson: 「回访 金小海 …」 names the grandson of
// 白凤兰, whom 王五 phones; he is on no call list: the call is hers, he
// answered.
func TestCallNamingCalleesGrandson(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 金小海 已通 奶奶挺好")
	has(t, "hers", got, "已记录：白凤兰 已通")
	lacks(t, "not his", got, "金小海 已通")
	if n := notesOf(t, c, "白凤兰"); len(n) != 1 || !strings.HasPrefix(n[0], "金小海接的电话") {
		t.Errorf("note = %q", n)
	}
}

// TestCallKinOwnComplaint: 「她孙子说他自己腰疼」 is the grandson's matter:
// kept in the note, not filed as the elder's need; 「她孙子说她腰疼」 is.
func TestCallKinOwnComplaint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 白凤兰 已通 她孙子说他自己腰疼")
	has(t, "logged", got, "已记录：白凤兰 已通")
	lacks(t, "not filed as hers", got, "已登记")
	if n := notesOf(t, c, "白凤兰"); len(n) != 1 || !strings.Contains(n[0], "他自己腰疼") {
		t.Errorf("note = %q", n)
	}
	has(t, "hers filed", newChat(t, understand.Rules{}).private("王五", "回访 白凤兰 已通 她孙子说她腰疼"), "已登记 #R1")
}
