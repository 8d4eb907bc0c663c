package words

import (
	"testing"
	"time"

	"gridbot/village"
)

func TestPartlyPaid(t *testing.T) {
	for _, s := range []string{"他只还了1000 还差2000 说等过年前再给", "钱只给了一千 还差两千呢", "陈二还了一半 剩下的说腊月二十前给",
		"只给了500 还差300", "给了我五百 还欠着三百"} {
		if !PartlyPaid(s) {
			t.Errorf("%q: not read as paid in part", s)
		}
		if SaysPaid(s) || CreditorSaysPaid(s) {
			t.Errorf("%q: read as paid in full", s)
		}
	}
	for _, s := range []string{"还差多少没给啊", "一分没给 还差三千", "钱给了", "剩下的300也给我了 钱收到了", "还差两千吗", "他说剩下的过年给"} {
		if PartlyPaid(s) {
			t.Errorf("%q: read as paid in part", s)
		}
	}
	if !SaysPaid("剩下的300也给我了 钱收到了") {
		t.Error("the rest said paid is not paid")
	}
}

func TestRestOwed(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	done := time.Date(2026, 12, 10, 15, 0, 0, 0, loc)
	said := time.Date(2026, 12, 21, 10, 0, 0, 0, loc)
	rep := village.Report{Type: village.Mediation, Status: village.StatusResolved, History: []village.Entry{
		{At: done, By: "李四", Action: village.ActResolve, Note: "陈二答应12月20日前还张三3000"},
		{At: said, By: "张三", Action: village.ActSaid, Note: PartPaidNote + "只还了1000 还差2000 说过年前给"}}}
	e, due, ok := RestOwed(rep, loc, func(string) bool { return false })
	if !ok || e.At != said || due.Month() != time.February || due.Day() != 5 {
		t.Fatalf("RestOwed = %v %v %v, want 2月5日", e, due, ok)
	}
	rep.History[1].Note = PartPaidNote + "只还了1000 还差2000"
	if _, due, ok := RestOwed(rep, loc, func(string) bool { return false }); !ok || !due.IsZero() {
		t.Fatalf("no day: %v %v", due, ok)
	}
	rep.History = rep.History[:1]
	if _, _, ok := RestOwed(rep, loc, func(string) bool { return false }); ok {
		t.Fatal("none said")
	}
}

func FuzzPartlyPaid(f *testing.F) {
	for _, s := range []string{"他只还了1000 还差2000", "剩下的300也给我了", "还差多少", "只给了一半 剩下的年前给", "余下的也还了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if PartlyPaid(s) && SaysPaid(s) {
			t.Fatalf("%q: paid in part and in full", s)
		}
		_ = owedStill(s)
	})
}
