package understand

import "strings"

// thingStruck, true of the medical alarm word at t[at:] when it is a blow
// (撞了, 被撞, 撞上) told of a thing or a beast and of no one in its clause
// ("桥头的护栏被车撞了 一直没人修", "小卖部门口的石墩子被撞碎了", "俺家院墙被
// 拉煤的大车撞了个口子", "车把护栏撞了"), makes it damage to report, no one
// hurt to send an ambulance to (und107: each was a medical alarm in the
// duty chat). A person struck ("张明被车撞了"), a vehicle that hit
// something ("两辆车撞了", "一辆车撞上了护栏 司机头破了") and anyone in the
// clause keep the alarm.
func thingStruck(t string, at int) bool {
	if !strings.HasPrefix(t[at:], "撞") && !strings.HasPrefix(t[at:], "被撞") {
		return false
	}
	if containsAny(clauseAt(t, at, at+len("撞")), people) {
		return false
	}
	s := subjectOf(t, at)
	if k := strings.LastIndex(s, "把"); k >= 0 {
		s = s[k+len("把"):] // "车把护栏撞了": what was hit follows 把
	} else if k := lastIndexAny(s, passiveMarks); k >= 0 {
		s = s[:k] // "护栏被车撞了": what was hit comes before 被
	}
	s = strings.TrimRight(s, "都也又给")
	return hasAnySuffix(s, struckThings) || hasAnySuffix(s, animals)
}

// passiveMarks bring in who or what struck: "被车", "让大车", "叫车", "给车".
var passiveMarks = newLexicon("被", "让", "叫", "给")

// struckThings are what a vehicle hits by a road or a yard.
var struckThings = newLexicon("护栏", "栏杆", "围栏", "护拦", "墙", "墙头", "门", "门楼", "门垛", "电线杆", "电杆", "线杆", "杆子", "杆", "路灯", "灯", "石墩", "墩子",
	"桩", "树", "牌", "牌子", "标志", "垃圾桶", "垃圾箱", "箱", "箱子", "变压器", "桥墩", "柱子", "亭子", "棚", "篱笆", "水管", "管子", "井盖", "消防栓")
