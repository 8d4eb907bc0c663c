package roster

import (
	"reflect"
	"slices"

	"gridbot/village"
)

// Merge applies a re-imported register to the current roster, matching
// people by Person.Key. The updated register wins: its people are kept in
// its order, changed people take their new values, and people missing from
// it are removed. If updated lists a key twice, the later entry replaces the
// earlier one in place.
func Merge(old, updated []village.Person) (merged []village.Person, added, changed, removed int) {
	before := make(map[string]village.Person, len(old))
	for _, p := range old {
		before[p.Key()] = p
	}
	at := make(map[string]int, len(updated))
	for _, p := range updated {
		if i, dup := at[p.Key()]; dup {
			merged[i] = p
			continue
		}
		at[p.Key()] = len(merged)
		merged = append(merged, p)
	}
	for _, p := range merged {
		prev, ok := before[p.Key()]
		switch {
		case !ok:
			added++
		case !same(prev, p):
			changed++
		}
	}
	for key := range before {
		if _, ok := at[key]; !ok {
			removed++
		}
	}
	return merged, added, changed, removed
}

// same reports whether a and b hold the same values; nil and empty role
// lists are the same.
func same(a, b village.Person) bool {
	if !slices.Equal(a.Roles, b.Roles) {
		return false
	}
	a.Roles, b.Roles = nil, nil
	return reflect.DeepEqual(a, b)
}
