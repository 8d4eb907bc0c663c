package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestOfficeAskOfEmergencyAnsweredInOffice: an officer's question about
// an emergency asked in the office chat is answered there (town106: only
// the duty chat heard the answer); the duty chat, which follows the
// item, hears it too; asked in the duty chat, the office does not.
func TestOfficeAskOfEmergencyAnsweredInOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "王奶奶在门口滑倒了，起不来，腿好像摔断了，快来人")
	c.say("李四", "确认 #R1")
	got := c.in(officeChat, "孙七", "R1 王奶奶人怎么样了")
	has(t, "asked", got, officeChat+": #R1 已私信问网格长李四", "回复后会发到本群")
	lacks(t, "asked", got, "发到"+dutyChat)
	got = c.private("李四", "已经送到县医院了，小腿骨折")
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：已经送到县医院了",
		dutyChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：已经送到县医院了")
	lacks(t, "answered", got, "#R2")
	// taken back, both chats that heard it hear so
	got = c.private("李四", "撤回答复")
	for _, chat := range []string{officeChat, dutyChat} {
		if !hasPrefix(got, chat+": ") {
			t.Errorf("taken back: %s does not hear it:\n%s", chat, strings.Join(got, "\n"))
		}
	}
	// asked in the duty chat: answered there alone
	got = c.in(dutyChat, "孙七", "R1 老人现在咋样了？")
	has(t, "asked in duty", got, "回复后会发到本群")
	got = c.private("李四", "答复 #R1 手术做完了")
	has(t, "answered in duty", got, dutyChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：手术做完了")
	if hasPrefix(got, officeChat+": ") {
		t.Errorf("the office hears a duty chat's answer:\n%s", strings.Join(got, "\n"))
	}
	// a new alarm told privately while a question waits is filed
	c.in(officeChat, "孙七", "R1 王奶奶现在怎么样了")
	has(t, "new alarm", c.private("李四", "村东头老李家着火了 快来人"), dutyChat+": 【突发事件】")
}

// hasPrefix reports whether a reply starts with p.
func hasPrefix(got []string, p string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, p) {
			return true
		}
	}
	return false
}
