package understand

import "strings"

// This file tells money lent out and money spent, not owed (und103).

// lentOut reports whether t tells the sender lent money out ("年初借给老周
// 两万块钱", "钱借出去了"): with a default told (defaults: 躲着, 不还…) a
// debt unpaid, as "借了我" is (und103). Lent to the sender ("老王借给我两
// 千") is his own debt, none.
func lentOut(t string) bool {
	return containsAny(strings.ReplaceAll(t, "借给我", ""), lendings)
}

var lendings = newLexicon("借给", "借出去", "借出")

// spendings use 费 of what a thing uses up, no fee owed: "嫌费电不让开",
// "太费煤了" (und103). grievance strips them before it looks for an
// entitlement, so a fee (电费, 取暖费) still counts.
var spendings = newLexicon("费电", "费水", "费油", "费煤", "费柴", "费气", "费钱", "费劲", "费事", "费力", "费时", "费心", "浪费")
