package words

import (
	"slices"
	"testing"
	"time"

	"gridbot/village"
)

func TestSumsIn(t *testing.T) {
	for text, want := range map[string][]int{
		"陈二借我三千块 说好年底还":  {3000},
		"他还了1000":        {1000},
		"一千五还没给":         {1500},
		"两万五":            {25000},
		"八百五十块":          {850},
		"三千零五块":          {3005},
		"1.5万":           {15000},
		"3千块":            {3000},
		"12月20日前还张三3000": {3000},
		"千万别跟他说":         nil,
		"2026年的事 3亩地":    nil,
		"他一分没给":          nil,
		"还差２０００":         {2000},
		"当场还了1000 剩下2000腊月二十前还清": {1000, 2000},
	} {
		if got := SumsIn(text); !slices.Equal(got, want) {
			t.Errorf("SumsIn(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPaidSum(t *testing.T) {
	for text, want := range map[string]int{
		"他还了1000":        1000,
		"他今天还了我一千块":      1000,
		"只还了1000 还差2000": 1000,
		"钱都还了 3000一分不少":  3000,
		"陈二给了我2000":      2000,
		"他还了1000吗":       0,
		"1000块还没还":       0,
		"还差2000":         0,
		"他说年前还我3000":     0,
		"一分钱没给":          0,
		"钱还了":            0,
	} {
		if got := PaidSum(text); got != want {
			t.Errorf("PaidSum(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestPromisesPay(t *testing.T) {
	for text, want := range map[string]bool{
		"年前一定还你 别到处说了":     true,
		"过年前我肯定还 等我儿子打工回来": true,
		"等我卖了猪就把钱还上":       true,
		"月底前保证给你":          true,
		"下个月发了工资就还":        true,
		"我先还了1000":         false,
		"凭什么还你 我没借":        false,
		"啥时候还啊":            false,
		"我不会还的":            false,
		"我还在外地 回不去":        false,
		"还是那句话 没钱":         false,
		"他还差我两千":           false,
	} {
		if got := PromisesPay(text); got != want {
			t.Errorf("PromisesPay(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestOwedSum(t *testing.T) {
	at := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	open := village.Report{Type: village.Mediation, Status: village.StatusAccepted, Text: "陈二借我三千块 说好年底还 现在找他就躲", Reporter: "张三"}
	if got := OwedSum(open, "张三"); got != 3000 {
		t.Errorf("open: %d, want 3000", got)
	}
	for note, want := range map[string]int{
		"当面对了账 陈二答应12月20日前还张三3000":   3000,
		"当场还了张三1000 剩下2000腊月二十前还清":   2000,
		"陈二腊月二十前还张三3000 正月十五前还周八800": 3000,
		"陈二还周八800 还王五600":            0,
	} {
		rep := open
		rep.Status = village.StatusResolved
		rep.History = []village.Entry{{At: at, Action: village.ActResolve, Note: note}}
		if got := OwedSum(rep, "张三"); got != want {
			t.Errorf("OwedSum(%q) = %d, want %d", note, got, want)
		}
	}
}

func FuzzPaidSum(f *testing.F) {
	for _, s := range []string{"他还了1000", "一千五", "1.5万块", "只还了1000 还差2000", "年前一定还你", "９９９９９９９９９９元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := PaidSum(s); n < 0 {
			t.Errorf("PaidSum(%q) = %d", s, n)
		}
		for _, n := range SumsIn(s) {
			if n <= 0 {
				t.Errorf("SumsIn(%q) has %d", s, n)
			}
		}
		PromisesPay(s)
	})
}
