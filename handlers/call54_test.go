package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/storage"
)

// TestCallAfterFilingReadsNoCalls: a call note that filed her matter
// (the call names the new item by the commit's placeholder) is followed
// as the script wrote it: her next call note, an alarm of an emergency,
// costs its commit only (it cost a read of her calls besides).
func TestCallAfterFilingReadsNoCalls(t *testing.T) {
	c := warmCalls(t)
	has(t, "filed", c.private("王五", "回访 白凤兰 已通 她说屋顶漏雨了"), "已登记 #R1")
	text := "白凤兰打过了 她说后山着火了"
	has(t, text, c.costs(t, 1, text, bot.Message{Private: true, From: "王五", Text: text}), "【突发事件】", "#R2")
	text = "白凤兰打过了 她说村口河里有人落水了"
	has(t, text, c.costs(t, 1, text, bot.Message{Private: true, From: "王五", Text: text}), "【突发事件】", "#R3")
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, k := range calls {
		if k.Person == "白凤兰" {
			refs = append(refs, k.Report)
		}
	}
	if len(refs) != 3 || refs[0] != "R1" || refs[1] != "R2" || refs[2] != "R3" {
		t.Errorf("her calls name %q, want R1 R2 R3", refs)
	}
}
