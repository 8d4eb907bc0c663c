package words

import (
	"slices"
	"strings"
)

// HandoverGoes say what the named cadre is to do in words handing an
// item over: go ("去吧", "去一下", "跑一趟") or take it ("接手", "替我").
var HandoverGoes = []string{"去", "跑一趟", "接手", "接一下", "替我", "帮我", "顶一下"}

var UnitEnds = []string{"所", "站", "局", "公司", "中心", "办", "队", "院", "厂", "科"}

var UnitNames = []string{"城管", "交警", "物业", "消防"}

// UnitHows are what a body is to do with an item passed to it, written
// after its name ("转供电所处理").
var UnitHows = []string{"处理", "办理", "来修", "去修", "修理", "解决", "跟进", "负责", "协调"}

// EndsWithAny reports whether s ends with one of suffixes.
func EndsWithAny(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}
