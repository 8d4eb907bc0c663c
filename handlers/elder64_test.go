package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestCallNoteHazardCarriesHint: 王五's private call note that 王奶奶's
// stove chimney leaks smoke files her item without his "跟她说了 她说"
// (her problem only), with the carbon-monoxide hint for him and for 李四,
// and asks him to remind her and go today; a fall she cannot get up from,
// told after the same filler, is an emergency of her words alone.
func TestCallNoteHazardCarriesHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "王奶奶打通了 跟她说了 她说家里炉子是烧煤的 烟囱有点漏烟")
	has(t, "worker told", got, "王奶奶反映的「家里炉子是烧煤的，烟囱有点漏烟」已登记 #R1",
		"一氧化碳", "请先提醒王奶奶照这样做，今天最好上门看看")
	has(t, "leader told", got, "李四: 【私信反映】王奶奶 反映 #R1（一般事项）：家里炉子是烧煤的，烟囱有点漏烟\n炉子漏烟容易煤气（一氧化碳）中毒")
	lacks(t, "no filler", got, "跟她说了")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Hazard != village.HazardFumes || reps[0].Text != "家里炉子是烧煤的，烟囱有点漏烟" {
		t.Fatalf("reports %+v; want #R1 of her chimney, its fumes hazard kept", reps)
	}

	got = c.say("王五", "白凤兰打通了 跟她说了 她说摔了一跤起不来了")
	has(t, "alarm", got, "紧急情况 #R2：白凤兰摔了一跤起不来了（王五电话回访代报）")
	lacks(t, "no filler in alarm", got, "跟她说了")
	lacks(t, "no fumes hint for a fall", got, "一氧化碳", "今天最好上门看看")

	got = c.say("王五", "石德贵打通了 身体还行 就是屋顶漏雨")
	has(t, "plain need", got, "石德贵反映的「屋顶漏雨」已登记 #R3")
	lacks(t, "no hint for a roof", got, "今天最好上门看看")
}
