package understand

import "slices"

// The words that tell an open emergency did more harm than its alarm
// said: the handlers read them in a neighbour's words about it (a
// 【突发补充】 for the duty chat), each with its own test of denial.
var (
	// spreadHarm: it reaching further, another household hit ("烧到",
	// "也被烧", "也淹", "两家").
	spreadHarm = []string{"烧到", "烧过来", "烧过去", "烧着了", "蔓延", "引燃", "殃及", "连着烧", "也着了", "也着火", "也烧", "也被烧", "也淹",
		"也被淹", "也进水", "也塌", "也被冲", "也被砸", "淹到", "冲到", "又一家", "另一家", "好几家", "好几户", "两家", "两户"}
	// hurtHarm: someone hurt.
	hurtHarm = []string{"受伤", "烧伤", "烫伤", "砸伤", "摔伤", "呛伤", "被烧着", "伤了", "伤着", "伤到", "晕倒", "昏迷", "呛晕", "送医", "死了", "遇难"}
	// homeHarm: a home hit, said of the speaker's own.
	homeHarm = []string{"烧了", "烧没", "烧光", "烧毁", "烧塌", "被烧", "淹了", "被淹", "进水", "塌了", "冲垮", "冲走", "砸坏", "受灾"}
)

// HarmWords are the words that tell more harm than an alarm said: it
// spreading or another household hit, someone hurt, and a home hit (to be
// read only of the speaker's own home). The slices are shared but clipped:
// a caller's append copies them instead of writing into them.
func HarmWords() (spread, hurt, home []string) {
	return slices.Clip(spreadHarm), slices.Clip(hurtHarm), slices.Clip(homeHarm)
}
