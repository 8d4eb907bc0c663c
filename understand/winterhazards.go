package understand

import "regexp"

// drainFrozen reports whether t tells a drain frozen shut and not thawed
// ("下水道冻住了 水倒不出去", "排水沟冻住了 化雪的水全淌路上了"): the
// village's drain to clear (环境卫生), as one blocked is (lead104). A pipe
// frozen is read by pipeFrozen; thawed after ("浇开了") it is chat.
func drainFrozen(t string) bool {
	return drainFrozenRe.MatchString(t) && !containsAny(t, thawed)
}

var drainFrozenRe = regexp.MustCompile(`(?:下水道|下水管|下水口|排水沟|排水管|排水渠|水沟|阴沟|沟渠|涵洞|化粪池)子?(?:又|都|也|全|全都|给)?(?:冻住|冻上|冻死|冻实|冻严实|冻起来|冻堵)`)
