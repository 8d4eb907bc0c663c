package village

// Percent is part of whole in whole percent, rounded half up (2 of 3 is
// 67, 1 of 8 is 13): the one rounding every printed percentage uses, so a
// report's figures agree with each other. Rounding never reaches an end
// the count did not: 199 of 200 is 99, not 100 (the coverage target is
// 100%, and one elder was not reached), and 1 of 300 is 1, not 0. A whole
// of zero or less is 0.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	p := (200*part + whole) / (2 * whole)
	switch {
	case p >= 100 && part < whole:
		return 99
	case p <= 0 && part > 0:
		return 1
	}
	return p
}
