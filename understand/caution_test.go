package understand

import (
	"testing"

	"gridbot/village"
)

// TestCaution: a hole in the road, a missing manhole cover, a broken
// railing and a line down or touched are dangers a general report leaves
// in the open (a home's worn wiring too, since tip64); an outage or a
// pothole-free road are not.
func TestCaution(t *testing.T) {
	checkCautions(t, map[string]village.Hazard{
		"后山那条路被水冲垮了一截":      village.HazardRoad,
		"桥头那段路被昨晚的雨冲走了一段":   village.HazardRoad,
		"路基被水掏空了":           village.HazardRoad,
		"路边的井盖不见了 晚上容易掉进去":  village.HazardRoad,
		"我家门口下水道井盖没了":       village.HazardRoad,
		"路边那个洞洞好深 晚上要栽进去":   village.HazardRoad,
		"桥头有个窟窿 娃要栽下去":      village.HazardRoad,
		"河里的水好深":            village.HazardNone,
		"村口桥的栏杆断了":          village.HazardRoad,
		"大树枝断了挂在电线上":        village.HazardPower,
		"竹子都长到高压线上去了 刮风怕出事": village.HazardPower,
		"电线杆歪了 电线垂得很低":      village.HazardPower,
		"那条狗老追人 娃要被咬的":      village.HazardAnimal,
		"屋檐下有个马蜂窝 怕蜇人":      village.HazardAnimal,
		"我家狗生了一窝小狗":         village.HazardNone,
		"村口那个路灯坏了三天了":       village.HazardNone,
		"我家电线老化了 经常跳闸":      village.HazardWiring,
		"路上有堆垃圾没人清":         village.HazardNone,
		"井盖的事谢谢网格员":         village.HazardNone,
	})
}
