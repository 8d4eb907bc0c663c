package understand_test

import (
	"testing"

	"gridbot/village"
)

// TestLimbBeatenRead: a body part broken by a beating ("腿被打断了") is an
// injury, an alarm for 120; a word cut short ("话被打断了"), a denial or
// a threat to break one is not.
func TestLimbBeatenRead(t *testing.T) {
	wantTypes(t, []typeCase{
		{"腿被打断了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"我家老二的腿让人打断了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"胳膊被打折了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"牙被打掉了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"眼睛被人打瞎了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"被隔壁的打伤了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"他把我家老二的腿打断了", village.IntentReport, village.Emergency, village.HazardMedical},
		{"话被打断了", village.IntentNoise, "", ""},
		{"我要把他腿打断", village.IntentNoise, "", ""},
		{"再来我把你腿打断了", village.IntentNoise, "", ""},
		{"他老打断我说话", village.IntentNoise, "", ""},
		{"被打断了好几次", village.IntentNoise, "", ""},
		{"腿没被打断", village.IntentNoise, "", ""},
		{"把玻璃打碎了", village.IntentNoise, "", ""},
	})
}

// TestAttackComingRead: a beating about to fall, with a call for help, a
// weapon or a rush ("快来 他要打我"), is violence in progress for 110; a
// threat told afterwards stays a mediation item, a dare and a joke stay
// noise.
func TestAttackComingRead(t *testing.T) {
	wantTypes(t, []typeCase{
		{"快来 他要打我", village.IntentReport, village.Emergency, village.HazardCrime},
		{"有人拿刀要砍我", village.IntentReport, village.Emergency, village.HazardCrime},
		{"他拎着棍子冲过来了 要打人", village.IntentReport, village.Emergency, village.HazardCrime},
		{"他拿着棍子冲过来了 要打我", village.IntentReport, village.Emergency, village.HazardCrime},
		{"救命 他要杀我", village.IntentReport, village.Emergency, village.HazardCrime},
		{"他说要打我一顿", village.IntentReport, village.Mediation, village.HazardNone},
		{"他说要打我一顿 快来评评理", village.IntentReport, village.Mediation, village.HazardNone},
		{"你再打我试试", village.IntentNoise, "", ""},
		{"他要打我", village.IntentNoise, "", ""},
		{"哈哈 快来 他要打我", village.IntentNoise, "", ""},
		{"他没要打我 快来吃饭", village.IntentNoise, "", ""},
	})
}
