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
