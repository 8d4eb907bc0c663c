package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCall109OfferReadsNoQuestions: a leader's private words of an
// answer's shape with no 【老人问】 waiting read the open questions as
// this process follows them: the offer is one round trip (call107: two,
// the read of calls:asked), as before offered for a 「1」; an unnamed
// answer to a question logged since is one round trip too, and says
// which it took (call109).
func TestCall109OfferReadsNoQuestions(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	c.private("李四", "有的 腊月二十前送两份")
	c.private("李四", "2")
	c.now = c.now.Add(time.Hour)
	got := c.costs(t, 1, "offer", bot.Message{Private: true, From: "李四", Text: "有的 腊月二十前送三份"})
	has(t, "offer", got, "回复「1」登记")
	c.private("李四", "2")

	askQuoted(t, c.private("王五", "回访 石德贵 已通 身体还行 他问今年过年村里有没有慰问品"))
	c.now = c.now.Add(time.Hour)
	got = c.costs(t, 1, "answer", bot.Message{Private: true, From: "李四", Text: "有的 腊月二十前送到家"})
	has(t, "answer", got, "李四: 好的，这条当作石德贵问的「今年过年村里有没有慰问品」的答复",
		"王五: 【老人问·答复】李四答复石德贵问的「今年过年村里有没有慰问品」")
	if call := c.lastCall("石德贵"); call.AnsweredBy != "李四" {
		t.Errorf("not answered: %+v", call)
	}
}

// TestCall109QuestionAskedInAnotherProcess: process a copied the open
// questions (none) with 李四's first offer; 王五's question is logged in
// process b. 李四's 「有的…」 in a is decided on a's copy, which its
// commit checks: refused, it is handled again on the questions as stored
// and taken as the answer, not offered as a report.
func TestCall109QuestionAskedInAnotherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	a.now, b.now = december, december
	has(t, "offer", a.private("李四", "有的 腊月二十前送两份"), "回复「1」登记")
	a.private("李四", "2")
	askQuoted(t, b.private("王五", "回访 石德贵 已通 身体还行 他问今年过年村里有没有慰问品"))
	a.now = a.now.Add(time.Hour)
	got := a.private("李四", "有的 腊月二十前送到家")
	lacks(t, "answer", got, "我理解为")
	has(t, "answer", got, "李四: 好的，这条当作石德贵问的「今年过年村里有没有慰问品」的答复")
	if call := b.lastCall("石德贵"); call.AnsweredBy != "李四" {
		t.Errorf("not answered: %+v", call)
	}
}

// TestCall109KinComesHomeNote: 王五's 「石德贵他儿子腊月二十五回来过年 电话我
// 照常打」 of one on his list was 「这条没看懂」: it is news that changes
// none of her calls, answered so (and kept on her call since call111),
// her call still open, one round trip;
// words that read as nothing stay 这条没看懂 (call109).
func TestCall109KinComesHomeNote(t *testing.T) {
	c := noticeCalls(t, true, "王奶奶")
	got := c.costs(t, 1, "kin home", bot.Message{Private: true, From: "王五", Text: "石德贵他儿子腊月二十五回来过年 电话我照常打"})
	expect(t, "kin home", got, "王五: 好的，知道了：石德贵他儿子腊月二十五回来过年。已记下，石德贵之后的回访清单上会写着。回访照常，今天这通打完请发「回访 石德贵 已通 情况」。")
	if call := c.lastCall("石德贵"); call.Status != village.CallOpen {
		t.Errorf("her call %s, want open", call.Status)
	}
	has(t, "still unread", c.private("王五", "白凤兰那个事 我回头再跟你讲"), "这条没看懂")
}

// TestCall109ThereDialled: 「王奶奶那边我打过了 她说…」 with a need was
// filed as 王五's own report and her call left open; it is her call log,
// reached, the need filed for her, as 「王奶奶我打过了 她说…」 was
// (call109).
func TestCall109ThereDialled(t *testing.T) {
	c := noticeCalls(t, true, "王奶奶")
	got := c.private("王五", "石德贵那边我打过了 他说家里水管冻住了")
	has(t, "logged", got, "王五: 已记录：石德贵 已通", "石德贵反映的「家里水管冻住了」已登记")
	if call := c.lastCall("石德贵"); call.Status != village.CallReached {
		t.Errorf("his call %s, want reached", call.Status)
	}
}
