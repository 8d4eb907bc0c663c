package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestCaughtFromHeat: bedding, curtains, clothes or a stack caught from a
// heater, a stove or a flame is a fire (烤着了, 点着了, 引着了); one
// warming himself, food, a stove lit or a warning is none (fire88).
func TestCaughtFromHeat(t *testing.T) {
	for text, fire := range map[string]bool{
		"小太阳把被子烤着了": true, "电暖器把窗帘烤着了": true, "奶奶家小太阳把被子烤着了 屋里全是烟": true, "炉子边上的衣服烤着了": true,
		"孩子玩打火机把窗帘点着了": true, "烟头把沙发点着了": true, "蚊香把蚊帐点着了": true, "火盆把被子引着了": true,
		"炉子把柴火堆引着了": true, "被子烤着火了": true, "俺家柴火堆烧起来了": true, "衣服挂在炉子上烤着了": true, "厂房周围着火了": true, "他家房子周围着火了 快来人": true,
		// none
		"在烤火": false, "大家烤着火聊天呢": false, "大家围着火炉聊天": false, "红薯烤着吃": false, "点着炉子了": false,
		"把炉子点着了 屋里暖和了": false, "他用柴火把炉子点着了": false, "他把蜡烛点着了": false, "别把被子烤着了": false,
		"小太阳离被子远点 别把被子烤着了": false, "被子别烤着了": false, "别让小太阳把被子烤着了": false, "千万不要把窗帘点着了": false,
		"小心别把衣服烤着了": false, "衣服烤焦了": false,
	} {
		r := Rules{}.Read(context.Background(), text)
		got := r.Type == village.Emergency && r.Hazard == village.HazardFire
		if got != fire || Alarms(text) != fire {
			t.Errorf("Read(%q) = %s/%s/%s (Alarms %v), want fire alarm %v", text, r.Intent, r.Type, r.Hazard, Alarms(text), fire)
		}
	}
}
