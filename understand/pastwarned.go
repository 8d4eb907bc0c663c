package understand

// pastWarned reports whether t, which tells of an alarm gone by (see
// bygone), a year or more back (yearsAgo), tells it as a warning to take care now ("去年山上
// 着了一大片 今年放炮注意点", "前年他家就是电热毯着的火 大家注意"), asking
// nothing, appealing to no one and naming nothing still left: chat
// (und105). "去年着火烧塌的那间房 到现在还没人管" is its appeal.
func pastWarned(t string) bool {
	return chatLength(t) && containsAny(t, yearsAgo) && containsAny(t, warnedCare) && !isQuestion(t) && !containsAny(t, pleas) && !containsAny(t, appeals) &&
		!containsAny(t, stillLeftWords) && !asksRepair(t)
}

var (
	// yearsAgo date a thing a year or more back: a fire "前几天" may
	// still want the grid's look.
	yearsAgo = newLexicon("去年", "前年", "那年", "几年前", "多年前", "早些年", "前些年", "头几年", "往年", "上一年")
	// warnedCare ask all to take care: "注意点", "当心".
	warnedCare = newLexicon("注意", "当心", "小心", "留神", "长点心", "别大意")
	// stillLeftWords say the past event's damage is still there.
	stillLeftWords = newLexicon("还没", "到现在", "至今", "一直", "还是没", "还在")
)
