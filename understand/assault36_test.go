package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBeatenRead: one who says he or his own was beaten is never noise.
// Hurt now ("流血", "打伤", "起不来") is an alarm for 120; being beaten
// right now an alarm for 110; a beating told after the fact a mediation
// item. Games, calls, jabs, hail, denials, what is only threatened or
// supposed, and a beating told laughing stay as they were.
func TestBeatenRead(t *testing.T) {
	wantTypes(t, []typeCase{
		{"我被人打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"俺被打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"有人打我", village.IntentReport, village.Mediation, village.HazardNone},
		{"他拿棍子打我", village.IntentReport, village.Mediation, village.HazardNone},
		{"我昨天被人打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"我被打了 浑身疼", village.IntentReport, village.Mediation, village.HazardNone},
		{"孩子在学校挨打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"我儿子被人揍了一顿", village.IntentReport, village.Mediation, village.HazardNone},
		{"差点被人打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"我没惹他就被人打了", village.IntentReport, village.Mediation, village.HazardNone},
		{"我爸让人打了 头上流血", village.IntentReport, village.Emergency, village.HazardMedical},
		{"被隔壁的打伤了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"陈二把我打了 起不来了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"我被狗咬了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"快来 有人在打我", village.IntentReport, village.Emergency, village.HazardCrime},
		{"打了一天麻将", village.IntentNoise, "", ""},
		{"我去打电话", village.IntentNoise, "", ""},
		{"有事打我电话", village.IntentNoise, "", ""},
		{"打我手机", village.IntentNoise, "", ""},
		{"被人打了电话骚扰", village.IntentNoise, "", ""},
		{"今天打疫苗", village.IntentNoise, "", ""},
		{"去地里打药", village.IntentNoise, "", ""},
		{"在外打工", village.IntentNoise, "", ""},
		{"被老师表扬了", village.IntentNoise, "", ""},
		{"麦子被冰雹打了", village.IntentNoise, "", ""},
		{"我们被雨打湿了", village.IntentNoise, "", ""},
		{"刚才被打断了", village.IntentNoise, "", ""},
		{"哈哈 被我媳妇打了", village.IntentNoise, "", ""},
		{"他没说要打我 你们别乱传", village.IntentNoise, "", ""},
		{"他不打我", village.IntentNoise, "", ""},
	})
}

// TestBeaten: Beaten holds for a beating told by the one beaten (or of
// his own), not for one threatened (ToldThreat), denied, supposed, said
// laughing, nor for a call, a jab or the weather.
func TestBeaten(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我被人打了", true},
		{"俺被打了", true},
		{"我爸让人打了", true},
		{"有人打我", true},
		{"刘家老三揍了我爸", true},
		{"被隔壁的打伤了", true},
		{"孩子在学校挨打了", true},
		{"他说要打我一顿", false},
		{"他要打我", false},
		{"他没说要打我", false},
		{"如果被人打了怎么办", false},
		{"哈哈 被我媳妇打了", false},
		{"有事打我电话", false},
		{"麦子被冰雹打了", false},
		{"被打断了", false},
		{"打了一天麻将", false},
		{"他打她", false},
	} {
		if got := understand.Beaten(understand.Hear(c.text)); got != c.want {
			t.Errorf("Beaten(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// typeCase is a text and the intent it must be read as; for a report,
// also its type and hazard (category unchecked).
type typeCase struct {
	text   string
	intent village.Intent
	typ    village.Type
	h      village.Hazard
}

// wantTypes reads each case's text by rules and checks its intent, and a
// report's type and hazard.
func wantTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, c := range cases {
		r := understand.Rules{}.Read(context.Background(), c.text)
		if r.Intent != c.intent || c.typ != "" && (r.Type != c.typ || r.Hazard != c.h) {
			t.Errorf("Read(%q) = %s/%s/%s, want %s/%s/%s", c.text, r.Intent, r.Type, r.Hazard, c.intent, c.typ, c.h)
		}
	}
}
