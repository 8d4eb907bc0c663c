package understand

import "testing"

// TestPoliteRepairAsked (lead98): a repair asked for politely ("村口的路灯
// 能不能修一下", "能不能来人看看") is a matter to register, as "路灯啥时候
// 修" is; before, it was a question left to people and the bot said
// nothing. A household's own appliance or gadget asked about the same way
// stays a question for the neighbours.
func TestPoliteRepairAsked(t *testing.T) {
	checkReads(t, []readCase{
		{"路灯 能不能修", "村口的路灯能不能修一下", reportIn("道路交通")},
		{"栏杆 找人修修", "桥上的栏杆能不能找人修修", reportIn("道路交通")},
		{"水管 来人看看", "俺家门口的水管能不能来人看看", reportIn("水电设施")},
		{"坑 可不可以修", "后街那段路的坑可不可以修一修", reportIn("道路交通")},
		{"own tv", "谁会修电视 我家电视能不能修一下", queryIn("水电设施")},
		{"own phone", "我手机屏碎了 能不能修好", queryIn("其他")},
		{"own heater", "俺家热水器能不能来人看看", queryIn("其他")},
	})
}
