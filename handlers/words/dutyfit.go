package words

import (
	"gridbot/village"
	"strconv"
	"strings"
)

// Responders are the words, in an officer's note, of whom he sent or
// what he had done, for each hazard they answer.
var Responders = map[village.Hazard][]string{
	village.HazardFire:     {"消防", "119", "灭火", "火"},
	village.HazardGas:      {"燃气", "煤气", "消防", "119"},
	village.HazardMedical:  {"120", "救护车", "卫生院", "医院", "医生", "急救"},
	village.HazardCrime:    {"派出所", "110", "民警", "警察", "公安"},
	village.HazardMissing:  {"派出所", "110", "民警", "警察", "公安", "搜", "找人"},
	village.HazardFlood:    {"沙袋", "排水", "抽水", "水利", "防汛"},
	village.HazardCollapse: {"挖掘机", "吊车", "救援队", "消防"},
}

// Plainly are the words of an item's own text that tell its hazard
// outright: a fire's 火 or 烧, where another only says smoke.
var Plainly = map[village.Hazard][]string{
	village.HazardFire: {"火", "烧"},
}

// RefNumber is the number of a report id ("R12": 12).
func RefNumber(id string) int {
	n, _ := strconv.Atoi(strings.TrimLeft(id, "RＲ"))
	return n
}
