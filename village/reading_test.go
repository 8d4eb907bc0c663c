package village

import "testing"

func TestHandling(t *testing.T) {
	th := Thresholds{Confirm: 0.6, Register: 0.8}
	report := func(c float64) Reading { return Reading{Intent: IntentReport, Type: General, Confidence: c} }
	tests := []struct {
		name      string
		r         Reading
		addressed bool
		want      Handling
	}{
		{"confident report", report(0.85), false, HandleRegister},
		{"medium report is asked", report(0.7), false, HandleConfirm},
		{"unsure report is left", report(0.5), false, HandleIgnore},
		{"addressed medium report registers", report(0.7), true, HandleRegister},
		{"addressed unsure report is asked", report(0.5), true, HandleConfirm},
		{"unsure emergency registers", Reading{Intent: IntentReport, Type: Emergency, Confidence: 0.1}, false, HandleRegister},
		{"confident claim is only asked", Reading{Intent: IntentClaim, Confidence: 0.95}, false, HandleConfirm},
		{"unsure claim is left", Reading{Intent: IntentClaim, Confidence: 0.5}, false, HandleIgnore},
		{"addressed unsure claim is asked", Reading{Intent: IntentClaim, Confidence: 0.5}, true, HandleConfirm},
		{"confident noise", Reading{Intent: IntentNoise, Confidence: 1}, true, HandleIgnore},
		{"query", Reading{Intent: IntentQuery, Confidence: 0.9}, true, HandleIgnore},
	}
	for _, tt := range tests {
		if got := tt.r.Handling(tt.addressed, th); got != tt.want {
			t.Errorf("%s: Handling = %v, want %v", tt.name, got, tt.want)
		}
	}
}
