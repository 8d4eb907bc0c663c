package words

import "testing"

// TestCallsNow: a cadre calling, now, who mends a matter (rep101).
func TestCallsNow(t *testing.T) {
	for _, s := range []string{"电线的事我马上给供电所打电话", "我这就联系电工", "赶紧打95598", "已经给供电所打了电话", "报修了 等供电所来人"} {
		if !CallsNow(s) {
			t.Errorf("%s: not a call", s)
		}
	}
	for _, s := range []string{"明天给供电所打电话", "你给供电所打个电话", "电话打不通", "供电所的电话多少", "我在外地 马上给你打电话也去不了"} {
		if CallsNow(s) {
			t.Errorf("%s: a call", s)
		}
	}
}

// TestWaterCameBack: "水来了" is "来水了"; a flood coming is not (rep101).
func TestWaterCameBack(t *testing.T) {
	if !FixedWithThanks("水来了，谢谢王五") || !FixedWithThanks("电也来了 谢谢") {
		t.Error("水来了 with thanks: not fixed")
	}
	if FixedWithThanks("大水来了 谢谢提醒") || WorksAgainOf("洪水来了", "停水两天了") {
		t.Error("a flood read as water back")
	}
	if !WorksAgainOf("水来了", "水管冻裂了 停水了") {
		t.Error("水来了 of a burst pipe: not back")
	}
}

// FuzzCameBack: cameBack never panics and keeps 来了's count.
func FuzzCameBack(f *testing.F) {
	for _, s := range []string{"水来了，谢谢王五", "大水来了", "电都来了了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = CallsNow(s)
		_ = cameBack(s)
	})
}
