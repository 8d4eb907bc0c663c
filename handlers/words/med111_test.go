package words

import (
	"testing"

	"gridbot/village"
)

// TestDebtApart: a debt of the sayer's own on a quarrel over anything else
// is a matter of its own (med111); on a debt quarrel, or naming no money,
// it is not.
func TestDebtApart(t *testing.T) {
	snow := village.Report{Type: village.Mediation, Text: "陈二家扫雪把雪全堆到我家门口 化了结冰 说他也不听"}
	loan := village.Report{Type: village.Mediation, Text: "陈二借我三千块 说好年底还 现在找他就躲"}
	for _, c := range []struct {
		rep  village.Report
		text string
		want bool
	}{
		{snow, "张三去年借了我三千块钱 说好年底还 到现在一分没还", true},
		{snow, "他还欠我八百块工钱呢 还好意思说我", true},
		{snow, "张三欠我钱吗？", false},
		{snow, "那块地是他借我的地 种了三年", false},
		{snow, "雪不堆门口堆哪", false},
		{loan, "他也欠我八百块钱", false},
		{village.Report{Type: village.General, Text: "村口路灯坏了"}, "张三欠我三千块钱", false},
	} {
		if got := DebtApart(c.rep, c.text); got != c.want {
			t.Errorf("DebtApart(%q, %q) = %v, want %v", c.rep.Text, c.text, got, c.want)
		}
	}
}

// TestOtherCreditorPaidIsNotTheSettlements: 周八's 「钱收到了」 on 张三's
// settlement is his money: 张三's is still owed, with its day.
func TestOtherCreditorPaidIsNotTheSettlements(t *testing.T) {
	rep := village.Report{Type: village.Mediation, Text: "陈二借我三千块 说好年底还", Reporter: "张三", Followers: []string{"周八"},
		Status: village.StatusResolved, History: []village.Entry{
			{By: "周八", Action: village.ActSaid, Note: "陈二也欠我店里八百块 赊了半年了"},
			{By: "李四", Action: village.ActResolve, Note: "陈二答应腊月二十前还张三3000，12月20日前还周八800", To: village.StatusResolved},
			{By: "周八", Action: village.ActSaid, Note: "钱收到了 陈二昨天送过来的"}}}
	if PaymentOwed(rep) == "" {
		t.Fatal("周八's word is not 张三's money paid")
	}
	rep.History = append(rep.History, village.Entry{By: "张三", Action: village.ActSaid, Note: "钱收到了 都还清了"})
	if PaymentOwed(rep) != "" {
		t.Fatal("张三's own word is")
	}
}

func FuzzDebtApart(f *testing.F) {
	for _, s := range []string{"张三去年借了我三千块钱 说好年底还", "他借我的地", "欠我钱吗", ""} {
		f.Add(s)
	}
	snow := village.Report{Type: village.Mediation, Text: "陈二家扫雪把雪全堆到我家门口"}
	f.Fuzz(func(t *testing.T, text string) {
		if DebtApart(snow, text) && !OwedToSpeaker(text) {
			t.Fatalf("%q: a debt apart is owed to its sayer", text)
		}
	})
}
