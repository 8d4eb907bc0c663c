package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// inChat keeps the replies that go to chat ("chat: text").
func inChat(got []string, chat string) []string {
	var out []string
	for _, g := range got {
		if strings.HasPrefix(g, chat+": ") {
			out = append(out, g)
		}
	}
	return out
}

// TestCall96GroupCallFilesInOneMessage: a worker's call logged in the
// elder's grid group that files her matter posts one message there: the
// call logged, the item's number and kind, and the leader asked to accept
// it (call96; main posted 「已记录…已登记 #R1（待受理），网格长会跟进」 and
// then 「已登记 #R1（一般事项）…（王五电话回访代报） @李四 请受理」).
func TestCall96GroupCallFilesInOneMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := inChat(c.say("王五", "回访 王奶奶 已通 水管冻裂了"), grid3)
	if len(got) != 1 {
		t.Fatalf("group posts %d, want 1:\n%s", len(got), strings.Join(got, "\n"))
	}
	has(t, "worker", got, "已记录：王奶奶 已通（王五，", "王奶奶反映的「水管冻裂了」已登记 #R1（一般事项，待受理）。",
		"\n@李四\u2005请受理：回复「确认 #R1」。")
	lacks(t, "worker", got, "网格长会跟进", "电话回访代报")

	// the leader logging it himself is not called out, and told how to accept
	got = inChat(c.say("李四", "回访 石德贵 已通 屋顶漏雨了"), grid3)
	if len(got) != 1 {
		t.Fatalf("leader: group posts %d, want 1:\n%s", len(got), strings.Join(got, "\n"))
	}
	has(t, "leader", got, "已登记 #R2（一般事项，待受理），请您安排处理，受理请回复「确认 #R2」。")
	lacks(t, "leader", got, "@李四")

	// privately, the leader still hears it privately, the group nothing
	got = c.private("王五", "回访 白凤兰 已通 门锁坏了")
	has(t, "private", got, "李四: 【私信反映】", "王五: 已记录：白凤兰 已通")
	lacks(t, "private", got, grid3+":")
}

// TestCall96OneCallLogas: one elder's call texts ask it logged in
// call.logas's words: the visit already asked (call.asked), the new
// number (call.phone) and a miss retried (call.next) say 「已通 已转告」
// when the call passes the notice on, 「已通 情况」 when not (call96).
func TestCall96OneCallLogas(t *testing.T) {
	c := noticeList70(t)
	has(t, "new number", c.private("王五", "王奶奶电话换了 新号13912345678"), "打完回复「回访 王奶奶 已通 已转告」。")
	has(t, "miss", c.private("王五", "回访 石德贵 未接通"), "打通了请回复「回访 石德贵 已通 已转告」。")

	mixed := noticeCalls(t, true, "王奶奶")
	has(t, "new number, routine", mixed.private("王五", "石德贵电话换了 新号13912345678"), "打完回复「回访 石德贵 已通 情况」。")
}

// TestCall96AwayOnAnErrand: a worker away for days on an errand, not ill
// nor on leave (「我明天要去县里开会 这几天打不了电话 电话交给马红梅了」),
// is away and his stand-in hears it, not asked 「我理解为：一般事项」
// (call96).
func TestCall96AwayOnAnErrand(t *testing.T) {
	c := noticeList70(t)
	got := c.private("王五", "我明天要去县里开会 这几天打不了电话 电话交给马红梅了")
	has(t, "away", got, "马红梅: 【代打电话】王五说：「我明天要去县里开会", "王五: 好的，您先忙。",
		// away from tomorrow for a few days: to the 5th, not tomorrow (call97);
		// today's calls stay his, the stand-in starts tomorrow (call98)
		"明天（3月3日）起到3月5日，王五负责的老人", "每天的电话清单改发给您；今天的还由王五自己打。",
		"王五: 好的，您先忙。已告诉网格长李四，明天（3月3日）起由马红梅代打。今天还没打的（王奶奶、石德贵、白凤兰）还请您今天打完，打完回复「回访 名字 已通 已转告」。")
	lacks(t, "away", got, "我理解为")
}
