package village

import "testing"

func TestHandling(t *testing.T) {
	th := Thresholds{Confirm: 0.6, Register: 0.8}
	report := func(c float64) Reading { return Reading{Intent: IntentReport, Type: General, Confidence: c} }
	// long: free text longer than the bot reads whole (LongHandling).
	tests := []struct {
		name                   string
		r                      Reading
		addressed, long, cadre bool
		want                   Handling
	}{
		{"confident report", report(0.85), false, false, false, HandleRegister},
		{"medium report is asked", report(0.7), false, false, false, HandleConfirm},
		{"unsure report is left", report(0.5), false, false, false, HandleIgnore},
		{"addressed medium report registers", report(0.7), true, false, false, HandleRegister},
		{"addressed unsure report is asked", report(0.5), true, false, false, HandleConfirm},
		{"unsure emergency registers", Reading{Intent: IntentReport, Type: Emergency, Confidence: 0.1}, false, false, false, HandleRegister},
		{"confident claim is only asked", Reading{Intent: IntentClaim, Confidence: 0.95}, false, false, false, HandleConfirm},
		{"unsure claim is left", Reading{Intent: IntentClaim, Confidence: 0.5}, false, false, false, HandleIgnore},
		{"addressed unsure claim is asked", Reading{Intent: IntentClaim, Confidence: 0.5}, true, false, false, HandleConfirm},
		{"confident noise", Reading{Intent: IntentNoise, Confidence: 1}, true, false, false, HandleIgnore},
		{"query", Reading{Intent: IntentQuery, Confidence: 0.9}, true, false, false, HandleIgnore},
		{"long: a confident report is only asked", report(0.9), false, true, false, HandleConfirm},
		{"long: a medium report is asked", report(0.7), false, true, false, HandleConfirm},
		{"long: an unsure report is left", report(0.5), false, true, false, HandleIgnore},
		{"long: addressed, an unsure report is asked", report(0.5), true, true, false, HandleConfirm},
		{"long: a cadre's report is a notice", report(0.9), false, true, true, HandleIgnore},
		{"long: a cadre who addresses the bot is asked", report(0.9), true, true, true, HandleConfirm},
		{"long: an emergency registers", Reading{Intent: IntentReport, Type: Emergency, Confidence: 0.1}, false, true, true, HandleRegister},
		{"long: a claim is left", Reading{Intent: IntentClaim, Confidence: 0.95}, false, true, false, HandleIgnore},
		{"long: noise is left", Reading{Intent: IntentNoise, Confidence: 1}, true, true, false, HandleIgnore},
	}
	for _, tt := range tests {
		got := tt.r.Handling(tt.addressed, th)
		if tt.long {
			got = tt.r.LongHandling(tt.addressed, tt.cadre, th)
		}
		if got != tt.want {
			t.Errorf("%s: Handling = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestHead(t *testing.T) {
	if h, long := Head("路灯坏了", 4); h != "路灯坏了" || long {
		t.Errorf("Head at the limit = %q, %v; want it whole", h, long)
	}
	if h, long := Head("路灯坏了好久", 4); h != "路灯坏了" || !long {
		t.Errorf("Head over the limit = %q, %v; want its first 4 runes, long", h, long)
	}
	if _, long := Head(string(make([]rune, DefaultMaxRunes+1)), 0); !long {
		t.Error("Head with no limit given must cut at DefaultMaxRunes")
	}
}
