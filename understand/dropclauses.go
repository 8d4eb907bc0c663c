package understand

import "strings"

// DropClauses is text without the clauses (cut where cut holds) that drop
// holds of, the rest joined by spaces, and whether any was dropped; text
// as it is when none was: 「别说是我说的」 out of a report, a payment told
// out of a call note, a calming word out of a quarrel.
func DropClauses(text string, cut func(rune) bool, drop func(clause string) bool) (rest string, dropped bool) {
	var kept []string
	for _, c := range strings.FieldsFunc(text, cut) {
		if drop(c) {
			dropped = true
			continue
		}
		kept = append(kept, c)
	}
	if !dropped {
		return text, false
	}
	return strings.Join(kept, " "), true
}
