package words

import "testing"

// TestAsksPaid (call101): a household's question whether its payment is
// recorded, not another's, not a word that it paid, not how to pay.
func TestAsksPaid(t *testing.T) {
	for text, want := range map[string]bool{
		"交了吗": true, "我家交了吗": true, "我家交了吗？": true, "我妈的交了没有": true, "医保交上了没": true,
		"我家交没交": true, "交了没啊": true, "我们家医保交了没有？": true, "交过了吗": true,
		"交了": false, "已交": false, "你家交了吗": false, "在哪交": false, "交多少钱": false, "还没交吗": false,
		"交了吗 我在手机上交的不知道成功没有": false, "": false, "吗": false, "交了呢": false,
	} {
		if got := AsksPaid(text); got != want {
			t.Errorf("AsksPaid(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzAsksPaid: any text, no panic; a yes is short and asks.
func FuzzAsksPaid(f *testing.F) {
	for _, s := range []string{"交了吗", "我家交没交", "交了没有", "已交", "?？", "了没"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AsksPaid(s) && PaidForNotice(s) {
			t.Errorf("%q both asks and says it paid", s)
		}
	})
}

// TestCutPaid (call101): a call note's clause that the elder's household
// paid is taken out, the rest kept.
func TestCutPaid(t *testing.T) {
	for note, want := range map[string]struct {
		rest string
		paid bool
	}{
		"她说腿疼 医保她女儿给交了": {"她说腿疼", true},
		"医保交过了 身体挺好":    {"身体挺好", true},
		"她说医保儿子帮她交了":    {"", true},
		"腿疼":            {"腿疼", false},
		"医保还没交 没钱":      {"医保还没交 没钱", false},
		"她问医保交了吗":       {"她问医保交了吗", false},
		"屋顶漏雨 交不起电费":    {"屋顶漏雨 交不起电费", false},
	} {
		rest, paid := CutPaid(note)
		if rest != want.rest || paid != want.paid {
			t.Errorf("CutPaid(%q) = %q, %v; want %q, %v", note, rest, paid, want.rest, want.paid)
		}
	}
}

// FuzzCutPaid: any note, no panic; nothing is added.
func FuzzCutPaid(f *testing.F) {
	for _, s := range []string{"她说腿疼 医保她女儿给交了", "医保交过了", "交了 交了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if rest, paid := CutPaid(s); !paid && rest != s || len(rest) > len(s) {
			t.Errorf("CutPaid(%q) = %q, %v", s, rest, paid)
		}
	})
}
