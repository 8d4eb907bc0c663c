package understand

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/village"
)

// TestThingsAlight: a thing said to be 着了 is a fire when the thing is
// one that burns (an electric bike, hair, clothes, a stack), not a child
// asleep, a stove's kindling lit, an engine started, nor a worry.
func TestThingsAlight(t *testing.T) {
	for text, fire := range map[string]bool{
		"电动车着了": true, "楼道里的电动车着了 快来人": true, "电动车充电着了": true, "电动车充电的时候着了": true,
		"我家电动车在楼道里着了": true, "电动车在屋里充电着了": true, "电瓶车自燃了": true, "充电器着了": true, "他家电车着了": true,
		"头发着了": true, "奶奶烤火头发被炉子燎着了": true, "孩子衣服着了 烧伤了": true, "柴火堆着了": true, "草垛也着了": true,
		"麦秸垛着了 快来人": true, "他家柴房着了": true,
		// none
		"孩子睡着了": false, "灶里的柴火着了": false, "车打着了": false, "炉子着了": false, "衣服挂着了": false, "被子盖着了": false,
		"电动车锁着了": false, "电瓶车停着了": false, "小心电动车着了": false, "别让孩子衣服着了": false, "在屋里充电怕电瓶着了": false,
		"大家注意 电动车别在屋里充电 小心着了": false,
	} {
		r := Rules{}.Read(context.Background(), text)
		got := r.Type == village.Emergency && r.Hazard == village.HazardFire
		if got != fire || Alarms(text) != fire {
			t.Errorf("Read(%q) = %s/%s/%s (Alarms %v), want fire alarm %v", text, r.Intent, r.Type, r.Hazard, Alarms(text), fire)
		}
	}
}

// TestEBikeAndBurnScenes: an electric bike's fire has its own line (no
// water, power cut, out, 119, no charging indoors) in place of the
// appliance line; a burn, a scald or hair on fire the burn first aid.
func TestEBikeAndBurnScenes(t *testing.T) {
	for text, want := range map[string]Scene{
		"楼道里的电动车着了 快来人": {EBike: true},
		"电瓶车在屋里充电冒烟了":   {EBike: true},
		"电动车在插排上充电着火了":  {EBike: true},
		"奶奶烤火头发被炉子燎着了":  {Burn: true},
		"孩子衣服着了 手烧伤了":   {Burn: true},
		"孩子被开水烫伤了 起泡了":  {Burn: true},
		"草垛着了":          {},
		"小太阳把被子烤着了":     {HomeWire: true},
		"村口电线杆着火了":      {WireFire: true},
		"村口电线杆旁的电动车着火了": {WireFire: true},
	} {
		r := Rules{}.Read(context.Background(), text)
		if got := SceneOf(Hear(text), r.Hazard); got != want {
			t.Errorf("SceneOf(%q, %s) = %+v, want %+v", text, r.Hazard, got, want)
		}
	}
	if !(Scene{Burn: true}).Ill() {
		t.Error("a burn's first aid is not passed on to the family (Ill)")
	}
}

// TestStatementWithNe: a clause ending 呢 that tells a thing going on
// (the durative 着, 在/正 before it, however long) asks nothing; one
// with a question word, a yes-or-no end or a question mark still asks.
func TestStatementWithNe(t *testing.T) {
	for text, asks := range map[string]bool{
		"大家在村部烤着火聊天呢": false, "大家在村部烤着火聊天呢哈哈": false, "孩子睡着呢": false, "外面下着雨呢": false,
		"王五在村部开会呢 下午再说": false, "我在家呢": false, "几个老人在村部烤着火晒太阳呢": false,
		// asks
		"他家着火了呢？": true, "路灯修了没呢": true, "人呢": true, "现在呢": true, "你家电动车在充电没呢": true,
		"他在村部干啥呢": true, "大家都在等着呢？": true, "他去不去呢": true, "低保的事怎么样了呢": true, "他在村部等了多久呢": true,
	} {
		if got := IsQuestion(Canon(text)); got != asks {
			t.Errorf("IsQuestion(%q) = %v, want %v", text, got, asks)
		}
	}
	if r := (Rules{}).Read(context.Background(), "大家在村部烤着火聊天呢"); r.Intent != village.IntentNoise {
		t.Errorf("Read(大家在村部烤着火聊天呢) = %s, want noise", r.Intent)
	}
}

// FuzzStatedOngoing: statedOngoing only ever drops 呢, never one asked
// with a question mark, and keeps every other character.
func FuzzStatedOngoing(f *testing.F) {
	for _, s := range []string{"大家在村部烤着火聊天呢", "他家着火了呢？", "路灯修了没呢", "在呢 在呢", "呢", "呢？呢", "正在呢呢呢", "a,b呢~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := statedOngoing(s)
		if strings.ReplaceAll(got, "呢", "") != strings.ReplaceAll(s, "呢", "") {
			t.Fatalf("statedOngoing(%q) = %q: more than 呢 changed", s, got)
		}
		asked := func(x string) int { return strings.Count(x, "呢?") + strings.Count(x, "呢？") }
		if asked(got) != asked(s) {
			t.Fatalf("statedOngoing(%q) = %q: a 呢 asked with a question mark was dropped", s, got)
		}
	})
}
