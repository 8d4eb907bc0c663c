package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// Wages owed (villager35): a 劳资纠纷, mediated as 矛盾纠纷 (the handlers
// tell of the township's 劳动保障所 and 12333: see OwesWages), not a
// procedure question nor an unplaced report; a neighbour's day of hire
// unpaid is a quarrel between households (no OwesWages), and the words
// of pay asked about, advertised or told as paid are no matter.
func TestReadWagesOwed(t *testing.T) {
	wages := mediationIn("矛盾纠纷")
	checkReads(t, []readCase{
		{"pay not paid, bare", "工资咋还不发", wages},
		{"work done, boss keeps the money", "干了半年活老板不给钱", wages},
		{"gang boss gone", "包工头跑了 工钱要不回来", wages},
		{"works, months unpaid", "厂里两个月没发工资了", wages},
		{"dialect, kept dragging", "俺在砖厂干活 工钱拖着不给", wages},
		{"boss says no money", "在外面干了一年 年底老板说没钱 让等明年", wages},
		{"sweat money", "我们的血汗钱啥时候能给", wages},
		{"the village's road work", "村里修路的工钱一直不给", wages},
		{"a son's pay, boss ran", "我儿子在外面打工 老板跑了 工资一分没拿到", wages},
		{"neighbour's day of hire", "隔壁老王叫我帮他收麦子 工钱到现在没给", mediationIn("矛盾纠纷")},
		{"named household owes", "老赵家欠我两天的工钱不给", mediationIn("矛盾纠纷")},
		{"allowance money late", "低保的钱咋还没到", reportIn("政策咨询")},
		{"how much pay", "工资多少", queryIn("政策咨询")},
		{"when is pay day", "工资啥时候发", queryIn("政策咨询")},
		{"paid or not", "这个月工资发没发", queryIn("政策咨询")},
		{"job ad, never owes", "急招小工 工资日结 不拖欠", noiseIn("其他")},
		{"owed once, paid since", "去年拖欠的工钱已经发了", noiseIn("其他")},
		{"retirement pay, a procedure", "退休工资怎么领", approvalIn("政策咨询")},
	})
}

// TestWagesOwedConfidence: wages owed are filed at once when the text
// names the employer or the work, asked about when it names only the pay
// (whose pay, it does not say).
func TestWagesOwedConfidence(t *testing.T) {
	for _, tt := range []struct {
		text     string
		register bool
	}{
		{"工资咋还不发", false},
		{"干了半年活老板不给钱", true},
		{"包工头跑了 工钱要不回来", true},
		{"厂里两个月没发工资了", true},
	} {
		got := Rules{}.Read(context.Background(), tt.text)
		if register := got.Confidence >= confAppeal; register != tt.register {
			t.Errorf("Read(%q) confidence %v, want registered at once: %v", tt.text, got.Confidence, tt.register)
		}
		if got.Confidence < confAsk {
			t.Errorf("Read(%q) confidence %v, below asking", tt.text, got.Confidence)
		}
	}
}

func TestOwesWages(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"包工头跑了 工钱要不回来", true},
		{"干了半年活老板不给钱", true},
		{"超市老板不给退钱", false},            // no work done for it
		{"我们厂从不拖欠工资", false},           // negated
		{"老婆不给我发工资 哈哈哈", false},        // laughing
		{"公益岗的工资咋还没发", false},          // a public post's pay
		{"工资只发了一半 剩下的一直拖着", true},      // partly paid
		{"工钱已经发了 谢谢网格员", false},        // paid since
		{"老板说工资下个月一起发", false},         // no word of it withheld
		{"包工头说工程款没下来 工资发不了", true},     // held back for a reason
		{"隔壁老王叫我帮他收麦子 工钱到现在没给", false}, // a neighbour: mediated
	} {
		if got := OwesWages(Hear(tt.text)); got != tt.want {
			t.Errorf("OwesWages(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDebtorGoneIsNoMissingPerson (villager35): in wages or a debt unpaid,
// "人找不见了" is the one who owes gone, not a person to search for;
// one of the sender's people gone stays an alarm.
func TestDebtorGoneIsNoMissingPerson(t *testing.T) {
	checkReads(t, []readCase{
		{"boss gone with the pay", "俺爹在砖厂干了一冬天 临走老板只给了一半工钱 剩下的说年后给 年后人就找不见了", mediationIn("矛盾纠纷")},
		{"borrower gone", "老赵借了我五千块 说好年底还 现在人不见了", mediationIn("矛盾纠纷")},
		{"father gone asking for pay", "俺爹去讨工钱 到现在人不见了", emergencyOf(village.HazardMissing, "治安")},
	})
}

// TestTrimLeadKeepsCadreComplainedOf (villager35): a title at the start is
// cut when it calls someone, kept when it is who is complained of.
func TestTrimLeadKeepsCadreComplainedOf(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"网格员 村口路灯不亮了", "村口路灯不亮了"},
		{"网格员态度太差了 我去问个事 爱答不理的", "网格员态度太差了 我去问个事 爱答不理的"},
		{"问你个事 低保年审咋弄", "低保年审咋弄"},
	} {
		if got := TrimLead(tt.text, nil); got != tt.want {
			t.Errorf("TrimLead(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
