package understand

import "regexp"

// This file holds the winter's hazards told in words no object-and-state
// pair of the lexicon reads (lead104): a drain frozen shut, a roof's beam
// creaking under the snow, a burnt smell from something on charge or
// plugged in. Each is a report under its category (see problem).

// drainFrozen reports whether t tells a drain frozen shut and not thawed
// ("下水道冻住了 水倒不出去", "排水沟冻住了 化雪的水全淌路上了"): the
// village's drain to clear (环境卫生), as one blocked is. A pipe frozen is
// read by pipeFrozen; thawed after ("浇开了") it is chat.
func drainFrozen(t string) bool {
	return drainFrozenRe.MatchString(t) && !containsAny(t, thawed)
}

var drainFrozenRe = gate("冻", regexp.MustCompile(`(?:下水道|下水管|下水口|排水沟|排水管|排水渠|水沟|阴沟|沟渠|涵洞|化粪池)子?(?:又|都|也|全|全都|给)?(?:冻住|冻上|冻死|冻实|冻严实|冻起来|冻堵)`))

// beamCreaks reports whether t tells a roof's beam or a shed's frame
// creaking ("屋顶的雪太厚了 房梁嘎吱响"): about to give way under the
// snow (安全隐患). A door or snow underfoot that creaks is none.
func beamCreaks(t string) bool { return beamCreakRe.MatchString(t) }

var beamCreakRe = gate("吱嘎", regexp.MustCompile(`(?:房梁|大梁|横梁|檩条|椽子|屋顶|房顶|棚顶|大棚|棚子|架子)[^，。,.!！?？ ]{0,4}?(?:嘎吱|咯吱|嘎嘎|吱吱)`))

// scorchSmell reports whether t tells a burnt smell from something
// electric ("电动车充了一夜 早上闻着一股焦味", "插座那儿有股糊味"): a
// fire about to start (安全隐患), no fire yet.
func scorchSmell(t string) bool {
	return containsAny(t, scorchSmells) && containsAny(t, electrics)
}

var (
	scorchSmells = newLexicon("焦味", "糊味", "焦糊味", "烧焦的味", "烧焦味", "胶皮味", "烧胶皮", "塑料烧")
	electrics    = newLexicon(append([]string{"电线", "插座", "插线板", "排插", "插头", "电表", "充电", "电褥子", "电热毯", "取暖器", "电暖器", "小太阳", "电炉"}, EBikeWords...)...)
)
