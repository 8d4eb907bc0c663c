package scheduler

import (
	"context"
	"slices"

	"gridbot/storage"
	"gridbot/village"
)

// phonesFixed is people with the numbers workers gave for the elders of
// village v since the roster was loaded (village.PhoneFix), read in one
// round trip: the call lists and the calls they make show the number
// that reaches her.
func (j *jobs) phonesFixed(ctx context.Context, v string, people []village.Person) ([]village.Person, error) {
	var at []int
	var keys []string
	for i, p := range people {
		if p.Village == v && !p.UsesWeChat && p.Phone != "" {
			at, keys = append(at, i), append(keys, village.PhoneKey(p.Key()))
		}
	}
	raws, err := j.Store.AskedOf(ctx, storage.VillageScope(v), keys...)
	if err != nil {
		return nil, err
	}
	out := people
	for k, b := range raws {
		if b == nil {
			continue
		}
		fix, err := village.PhoneFixOf(b)
		if err != nil {
			j.Logger.WarnContext(ctx, "phone fix unreadable", "person", people[at[k]].Name, "err", err)
			continue
		}
		if len(out) > 0 && &out[0] == &people[0] {
			out = slices.Clone(people)
		}
		out[at[k]] = fix.Fixed(out[at[k]])
	}
	return out, nil
}
