package scheduler

import (
	"context"
	"slices"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// phonesFixed is people with the numbers workers gave for the elders of
// village v since the roster was loaded (village.PhoneFix), and the
// absences kept for its workers (village.AwayKey: who phones for them,
// standIns), read in one round trip: the call lists and the calls they
// make show the number that reaches her and go to who phones today.
func (j *jobs) phonesFixed(ctx context.Context, v string, people []village.Person) ([]village.Person, standIns, error) {
	var at []int
	var keys []string
	for i, p := range people {
		if p.Village == v && !p.UsesWeChat && p.Phone != "" {
			at, keys = append(at, i), append(keys, village.PhoneKey(p.Key()))
		}
	}
	phones := len(keys)
	keys = append(keys, awayKeys(v, people)...)
	raws, err := j.Store.AskedOf(ctx, storage.VillageScope(v), keys...)
	if err != nil {
		return nil, nil, err
	}
	out := people
	for k, b := range raws[:min(phones, len(raws))] {
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
	return out, j.standInsOf(ctx, raws[min(phones, len(raws)):]), nil
}

// awayKeys are the kept keys of the absences of village v's workers and
// leaders (village.AwayKey), in people's order.
func awayKeys(v string, people []village.Person) []string {
	var keys []string
	for _, p := range people {
		if p.Village == v && (p.Has(village.RoleWorker) || p.Has(village.RoleLeader)) {
			keys = append(keys, village.AwayKey(p.Key()))
		}
	}
	return keys
}

// standIns are the absences of a village's workers (village.LastAway of
// each kept value), by worker key: who phones for them while away.
type standIns map[string]village.Away

// awayAt reports, of a key, whether s holds its person away at at.
func (s standIns) awayAt(at time.Time) func(key string) bool {
	return func(key string) bool {
		a, ok := s[key]
		return ok && a.On(at)
	}
}

// standInsOf reads the kept values of awayKeys (nil where none is kept).
func (j *jobs) standInsOf(ctx context.Context, raws [][]byte) standIns {
	s := standIns{}
	for _, b := range raws {
		if b == nil {
			continue
		}
		a, ok := village.LastAway(b)
		if !ok {
			j.Logger.WarnContext(ctx, "absence unreadable: the worker's calls go to him")
			continue
		}
		s[a.WorkerKey] = a
	}
	return s
}

// readStandIns reads village v's absences alone (one round trip), for a
// job that reads no phone fixes (retryCalls).
func (j *jobs) readStandIns(ctx context.Context, v string) (standIns, error) {
	raws, err := j.Store.AskedOf(ctx, storage.VillageScope(v), awayKeys(v, j.People.All())...)
	if err != nil {
		return nil, err
	}
	return j.standInsOf(ctx, raws), nil
}

// coverOf is who phones, at at, for the worker with key workerKey of
// village v while he is away (village.StandIn: the stand-in named, else,
// when none is or he is away too, his grid's leader or another worker);
// nil when he phones himself, or no one else can.
func (j *jobs) coverOf(s standIns, at time.Time, v, workerKey string) *awayCover {
	a, ok := s[workerKey]
	if workerKey == "" || !ok || !a.On(at) {
		return nil
	}
	p, ok := village.StandIn(j.People.All(), v, a, s.awayAt(at))
	if !ok {
		return nil
	}
	return &awayCover{to: j.address(p), away: a}
}

// phonerOf is the address that reaches, at at, who phones c's person p:
// the stand-in of her worker while he is away (coverOf), else her worker
// (workerOf).
func (j *jobs) phonerOf(s standIns, at time.Time, c *village.Call, p village.Person) string {
	w := j.workerOf(c, p)
	if cover := j.coverOf(s, at, c.Village, c.WorkerKey); cover != nil {
		return cover.to
	}
	return w
}
