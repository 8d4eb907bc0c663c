package words

import "testing"

func TestPaidForNotice(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"已交", true}, {"交了", true}, {"交过了", true}, {"已缴", true}, {"缴费了", true}, {"已缴费", true},
		{"我家早就交了", true}, {"我家已经交过了", true}, {"医保交了", true}, {"医保已交", true}, {"在手机上交过了", true},
		{"收到 已交", true}, {"好的，交了", true}, {"交了 谢谢", true}, {"都交齐了👍", true}, {"早交了", true},
		{"我们家的医保早就在手机上交好了", true},
		{"我们两口子都交过了", true}, {"已经在支付宝上交了", true}, {"我妈的也交了", true}, {"交了 谢谢提醒", true}, {"收到收到 我家交过了", true}, {"交了交了", false},
		{"交", false}, {"还没交", false}, {"没交", false}, {"交了吗", false}, {"在哪交", false}, {"交不起", false},
		{"未交", false}, {"交了钱怎么还没到账", false}, {"材料交了", false}, {"作业交了", false}, {"收到", false},
		{"我交了两个人的", false}, {"", false}, {"交给谁", false},
	} {
		if got := PaidForNotice(c.text); got != c.want {
			t.Errorf("PaidForNotice(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAsksPayment(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元", true},
		{"养老保险本月底前到村委会交费", true},
		{"冬季防火：不要在屋里烧炭取暖", false},
		{"寒潮预警：明天起降温10度", false},
	} {
		if got := AsksPayment(c.text); got != c.want {
			t.Errorf("AsksPayment(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzPaidForNotice(f *testing.F) {
	for _, s := range []string{"已交", "我家早就交了", "收到 已交", "还没交", "交了吗", "医保在手机上交过了", "交"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if PaidForNotice(s) && !ContainsAnyOf(s, "交", "缴") {
			t.Fatalf("PaidForNotice(%q) without a word of paying", s)
		}
		if PaidForNotice(s) && ContainsAnyOf(s, "没", "不", "未", "吗", "?", "？") {
			t.Fatalf("PaidForNotice(%q) with a negation or question", s)
		}
	})
}
