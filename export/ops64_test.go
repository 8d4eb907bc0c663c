package export_test

import (
	"strings"
	"testing"

	"gridbot/export"
)

// A -what or -format a letter or two off (a typo, not only a plural) is
// answered with the value meant, as a mistyped command or flag is, beside
// the list of them all; a word near none gets the list alone.
func TestValidateSuggestsTheValueMeant(t *testing.T) {
	for _, tc := range []struct{ what, format, want string }{
		{"reprts", "csv", `-what 写的 "reprts" 不认得，是不是 reports？请写其中一个：reports、history`},
		{"histroy", "csv", `是不是 history？`},
		{"ledgr", "csv", `是不是 ledger？`},
		{"reports", "jsn", `-format 写的 "jsn" 不认得，是不是 json？请写其中一个：csv、json、xlsx`},
	} {
		err := export.Validate(export.Options{What: tc.what, Format: tc.format})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate(%q, %q) = %v, want %q", tc.what, tc.format, err, tc.want)
		}
	}
	if err := export.Validate(export.Options{What: "points", Format: "csv"}); err == nil || strings.Contains(err.Error(), "是不是") {
		t.Errorf("Validate(points) = %v, want the list without a guess", err)
	}
}
