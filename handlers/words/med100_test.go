package words

import "testing"

// TestAsksIfUnkept: a worry ahead of the day is asked, a breach told is
// not (SettlementUnkept takes it).
func TestAsksIfUnkept(t *testing.T) {
	for _, c := range []struct {
		text        string
		asks, broke bool
	}{
		{"到时候他不给咋办", true, false},
		{"到时候他不给钱咋办", true, false},
		{"那俺的两千呢 到时候不给咋办", true, false},
		{"万一他反悔了怎么办", true, false},
		{"要是到时候我手头还是紧 给不了咋办", true, false},
		{"他要不还钱找谁", true, false},
		{"说好的3000块到现在一分没给", false, true},
		{"到现在还不给钱 咋办", false, true},
		{"那300块钱我不给了", false, true},
		{"钱给了没", false, false},
		{"到时候我去拿钱", false, false},
	} {
		if got := AsksIfUnkept(c.text); got != c.asks {
			t.Errorf("AsksIfUnkept(%q) = %v, want %v", c.text, got, c.asks)
		}
		if got := SettlementUnkept(c.text); got != c.broke {
			t.Errorf("SettlementUnkept(%q) = %v, want %v", c.text, got, c.broke)
		}
	}
}

// TestOwedToSpeaker: money owed to the one saying it.
func TestOwedToSpeaker(t *testing.T) {
	for text, want := range map[string]bool{
		"他也欠我的，在我店里赊了两千多块钱的东西": true,
		"俺也在雷志明那干的 欠俺八千块工钱":    true,
		"他借了我五千块":              true,
		"他欠我的吗":                false,
		"我欠他三百":                false,
		"都是邻居 别吵了":             false,
	} {
		if got := OwedToSpeaker(text); got != want {
			t.Errorf("OwedToSpeaker(%q) = %v, want %v", text, got, want)
		}
	}
}
