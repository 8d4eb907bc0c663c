package understand_test

import (
	"testing"

	"gridbot/village"
)

// TestNeighbourNuisanceRead: a nuisance a named or unnamed neighbour
// household makes ("刘洋家的狗天天晚上叫 吵得睡不着") that goes on
// harming the sender was noise unless 隔壁 was said; it is a mediation
// item. Burning rubbish, a shop's din and one harming a whole group are
// the village's environment; a public din alike; a fright once, a joke
// and news of a neighbour's dog stay noise.
func TestNeighbourNuisanceRead(t *testing.T) {
	wantTypes(t, []typeCase{
		{"刘洋家的狗天天晚上叫 吵得睡不着", village.IntentReport, village.Mediation, village.HazardNone},
		{"王五家半夜还在放音乐 吵死了", village.IntentReport, village.Mediation, village.HazardNone},
		{"老王家的狗天天晚上叫 吵得睡不着", village.IntentReport, village.Mediation, village.HazardNone},
		{"张三家的鸡天天跑到我家菜地里", village.IntentReport, village.Mediation, village.HazardNone},
		{"对门天天烧东西 烟熏得我家没法开窗", village.IntentReport, village.Mediation, village.HazardNone},
		{"那家把车停在我家门口 堵得我出不去", village.IntentReport, village.Mediation, village.HazardNone},
		{"张三家的脏水流到我家院子里了 说了也不管", village.IntentReport, village.Mediation, village.HazardNone},
		{"村口的广场舞太吵了", village.IntentReport, village.General, village.HazardNone},
		{"隔壁天天烧垃圾 呛死人了", village.IntentReport, village.General, village.HazardNone},
		{"楼下超市天天放喇叭 吵得睡不着", village.IntentReport, village.General, village.HazardNone},
		{"哈哈 老李家的狗又跑我家来蹭饭了", village.IntentNoise, "", ""},
		{"他家狗叫得好凶 吓我一跳", village.IntentNoise, "", ""},
		{"张三家的狗生小狗了 谁要", village.IntentNoise, "", ""},
		{"王家村的狗天天晚上叫", village.IntentNoise, "", ""},
		{"今晚广场舞好热闹", village.IntentNoise, "", ""},
	})
}
