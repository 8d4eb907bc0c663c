package village

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestHouseholdNames(t *testing.T) {
	people := []Person{
		{Name: "张三", Village: "青山村", Household: "QS-301"},
		{Name: "刘芳", Village: "青山村", Household: "QS-301"},
		{Name: "陈二", Village: "青山村", Household: "QS-302"},
	}
	want := map[string]string{"青山村/QS-301": "张三家", "青山村/QS-302": "陈二家"}
	if diff := cmp.Diff(HouseholdNames(people), want); diff != "" {
		t.Errorf("HouseholdNames (-got +want):\n%s", diff)
	}
}

func TestCallWaiting(t *testing.T) {
	due := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	missed := due.Add(26 * time.Hour)
	for _, tc := range []struct {
		name string
		c    Call
		want time.Time
	}{
		{"never logged: since it came due", Call{Due: due}, due},
		{"a missed try: since the try", Call{Due: due, LoggedAt: missed, Misses: 1}, missed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Waiting(); !got.Equal(tc.want) {
				t.Errorf("Waiting() = %v, want %v", got, tc.want)
			}
		})
	}
}
