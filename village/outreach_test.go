package village

import (
	"testing"

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
