package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadSensesLost: "俺娘眼睛看不见了 能办个残疾证不" raised a missing-
// person alarm to the township's duty chat: "看不见了" holds "不见了".
// Eyes or ears that fail are no one missing; a kin gone who cannot be
// found still is, however the message also words it.
func TestReadSensesLost(t *testing.T) {
	missing := emergencyOf(village.HazardMissing, hazardCategory(village.HazardMissing))
	checkReads(t, []readCase{
		{"blind mother, disability card", "俺娘眼睛看不见了 能办个残疾证不", approvalIn("政策咨询")},
		{"deaf father, disability card", "我爸耳朵听不见了 想办残疾证", approvalIn("政策咨询")},
		{"mother missing", "俺娘不见了", missing},
		{"mother missing, searched", "俺娘不见了 到处都看不见人 找不到", missing},
		{"missing mother who is blind", "俺娘不见了 她眼睛看不见了", missing},
	})
}
