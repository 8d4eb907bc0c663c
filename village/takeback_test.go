package village

import (
	"testing"
	"time"
)

// TestTakeBackAnswer: an answer read from a cadre's plain words to a
// question asked privately may be taken back by him alone, once; the
// question then waits again. So may one to a question asked in the group
// (nvm57); a typed 进展 may not.
func TestTakeBackAnswer(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	asked := func(aside, implied bool) Report {
		return Report{Status: StatusEscalated, History: []Entry{
			{At: at, By: "孙七", Action: ActAsk, Note: "电工联系上了吗", Aside: aside},
			{At: at, By: "李四", Action: ActProgress, Note: "还有一盏路灯坏了", Implied: implied},
		}}
	}
	rep := asked(true, true)
	if _, ok := rep.OpenAsk(); ok {
		t.Fatal("answered, the question still waits")
	}
	if rep.TakeBackAnswer("王五", at) {
		t.Fatal("another's answer taken back")
	}
	answer, ask, ok := rep.AnswerTaken("李四")
	if !ok || answer.Note != "还有一盏路灯坏了" || ask.By != "孙七" {
		t.Fatalf("AnswerTaken = %+v, %+v, %v", answer, ask, ok)
	}
	if !rep.TakeBackAnswer("李四", at) {
		t.Fatal("his answer was not taken back")
	}
	if ask, ok := rep.OpenAsk(); !ok || ask.By != "孙七" {
		t.Fatal("taken back, the question does not wait again")
	}
	if rep.TakeBackAnswer("李四", at) {
		t.Fatal("taken back twice")
	}
	for _, c := range []struct{ aside, implied bool }{{false, false}, {true, false}} {
		rep := asked(c.aside, c.implied)
		if rep.TakeBackAnswer("李四", at) {
			t.Errorf("aside=%v implied=%v: taken back", c.aside, c.implied)
		}
	}
	if rep := asked(false, true); !rep.TakeBackAnswer("李四", at) {
		t.Error("an answer to a question asked in the group was not taken back")
	}
}
