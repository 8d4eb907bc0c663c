package understand

import (
	"regexp"
	"strings"
)

// This file holds the winter's hazards told in words no object-and-state
// pair of the lexicon reads (lead104): a drain frozen shut, a roof's beam
// creaking under the snow, a burnt smell from something on charge or
// plugged in, snow heavy on a roof (und104). Each is a report under its category (see problem).

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

// canon writes 咯 as 了 ("咯吱" is "了吱" there, alarm108).
var beamCreakRe = gate("吱嘎", regexp.MustCompile(`(?:房梁|大梁|横梁|檩条|椽子|屋顶|房顶|棚顶|大棚|棚子|架子)[^，。,.!！?？ ]{0,4}?(?:嘎吱|咯吱|了吱|嘎嘎|吱吱)`))

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

// snowLoaded reports whether t tells snow heavy on a roof with a fear of
// it falling in, or nobody to clear it ("五保户老刘家的屋顶积雪很厚 他一
// 个人扫不了", "房子雪压得吱吱响 能不能找人帮她扫扫房顶"): a 安全隐患
// to report (und104). A roof told cleared, or snow on it told only, is chat.
func snowLoaded(t string) bool {
	return snowRoofRe.MatchString(t) && containsAny(t, loadFears)
}

var (
	snowRoofRe = gate("雪", regexp.MustCompile(`(?:房顶|屋顶|房上|屋上|房子|屋面|棚顶|房檐|屋檐|顶棚)[^，。？?！!\s]{0,8}?(?:积雪|雪)[^，。？?！!\s]{0,4}?(?:很厚|太厚|老厚|好厚|厚得|压得|一尺|半米|压着|堆得)|(?:积雪|雪)[^，。？?！!\s]{0,4}?(?:压在|堆在)(?:房顶|屋顶|房上|棚顶)`))
	// loadFears fear a roof falls in, or say nobody can clear it.
	loadFears = newLexicon("怕", "塌", "吱吱响", "咯吱", "了吱", "嘎吱", "咔咔", "扫不了", "扫不动", "没人扫", "上不去", "一个人", "能不能", "帮忙", "帮她", "帮他", "找人")
)

// roofSags reports whether t tells a roof or a beam bent, sunk or cracked
// under snow ("下雪屋顶都压弯了", "雪太厚了 房梁都压弯了", "屋顶让雪压得往下
// 塌"): not fallen in yet (a collapse is the alarm's), about to come down
// on whoever lives under it (alarm108). A roof mended or cleared since
// ("房顶压弯了 已经撑上了") is still told bent: the hint only says move out.
func roofSags(t string) bool { return strings.Contains(t, "雪") && roofSagRe.MatchString(t) }

var roofSagRe = gate("弯沉塌裂形凹陷", regexp.MustCompile(`(?:房梁|大梁|横梁|檩条|椽子|屋顶|房顶|屋面|顶棚|棚顶|房盖|屋架)[^，。,.!！?？ ]{0,6}?(?:压弯|弯了|弯下|压得弯|下沉|沉下去|凹下去|陷下去|往下塌|往下坠|变形|压裂|裂了|裂开)`))

// SnowRoof reports whether s tells a roof in danger under snow
// (village.HazardSnowRoof): bent or cracked (roofSags), creaking
// (beamCreaks), or heavy with snow that nobody clears or that may fall in
// (snowLoaded, und104).
func SnowRoof(s Said) bool { return snowRoof(s.Canon) }

// snowRoof is SnowRoof of canonical text t.
func snowRoof(t string) bool {
	return roofSags(t) || strings.Contains(t, "雪") && beamCreaks(t) || snowLoaded(t)
}

// roofGiving reports whether t tells a roof about to fall in under snow
// now: bent, cracked or creaking, or feared to fall ("怕要塌"), not only
// heavy with snow nobody clears: those under it are told at once
// (Perilous).
func roofGiving(t string) bool {
	return roofSags(t) || strings.Contains(t, "雪") && beamCreaks(t) || snowRoofRe.MatchString(t) && containsAny(t, roofGives)
}

// roofGives say a roof heavy with snow gives: it may fall in, it creaks
// ("屋顶上的雪压得咯吱响": 了吱 in canon).
var roofGives = newLexicon("塌", "咯吱", "了吱", "嘎吱", "吱吱", "咔咔")
