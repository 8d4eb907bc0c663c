package handlers_test

import "testing"

// BenchmarkWinterGuide90: a farm loss with insurance asked answered with
// the 农业保险理赔 guide, and 取暖补贴 materials asked, each one commit
// (appr90).
func BenchmarkWinterGuide90(b *testing.B) {
	for _, tc := range []struct{ name, on string }{
		{"farm_loss", "羊圈里冻死了三只羊 这种有没有补助"},
		{"heating", "取暖补贴要带啥材料"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchAskedOn(b, "陈二", "", tc.on, 0, false) })
	}
}
