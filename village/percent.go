package village

// Percent is part of whole in whole percent, rounded half up (2 of 3 is
// 67, 1 of 8 is 13): the one rounding every printed percentage uses, so a
// report's figures agree with each other. A whole of zero or less is 0.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (200*part + whole) / (2 * whole)
}
