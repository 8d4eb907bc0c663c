package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadEmojiAlarm: an alarm told in emoji with a place or a call is an
// emergency of the emoji's hazard; an emoji used as a figure of speech,
// as applause or with a grid's name alone is not.
func TestReadEmojiAlarm(t *testing.T) {
	const safety = "安全隐患"
	noise := noiseIn("其他")
	checkReads(t, []readCase{
		{"fire emoji, place, hurry", "🔥🔥🔥 村东头 快", emergencyOf(village.HazardFire, safety)},
		{"fire emoji, place, cry", "🔥🔥 后山 快来人", emergencyOf(village.HazardFire, safety)},
		{"fire emoji and a spot", "🔥🔥🔥 后山", emergencyOf(village.HazardFire, safety)},
		{"ambulance at a household", "🚑🚑 老李家 快", emergencyOf(village.HazardMedical, safety)},
		{"police at the village gate", "🚓 村口 快点", emergencyOf(village.HazardCrime, "治安")},
		{"grid named and a call", "🔥 三组 快", emergencyOf(village.HazardFire, safety)},
		{"hot video", "这个视频太🔥了", noise},
		{"hotpot", "火锅🔥", noise},
		{"applause", "🔥🔥🔥 太牛了", noise},
		{"come and see", "🔥🔥🔥 快来看", noise},
		{"a grid praised", "三组🔥🔥", noise},
		{"everyone hurry", "🔥🔥 大家快", noise},
	})
	if r := read(t, "🔥🔥🔥"); r.Intent != village.IntentNoise {
		t.Errorf("emoji alone read as %v; want noise", r.Intent)
	}
}
