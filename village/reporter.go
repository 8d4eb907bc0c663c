package village

import (
	"slices"
	"strings"
	"time"
)

// Who raised a report and who joined it. Names are what people read; keys
// (Person.Key) are what the bot trusts: two villagers may share a name.

// SetReporter makes p the reporter of r, shown as name: p.Name, or the
// name that tells p from a namesake (张三·QS-301), one of the roster
// (Unlisted is the caller's to set).
func (r *Report) SetReporter(p Person, name string) {
	r.Reporter, r.ReporterKey, r.Unlisted = name, p.Key(), false
}

// ReportedBy reports whether p raised r: by key, or by name for a report
// stored before reports kept the reporter's key.
func (r *Report) ReportedBy(p Person) bool {
	if r.ReporterKey != "" {
		return r.ReporterKey == p.Key()
	}
	return r.Reporter == p.Name
}

// FollowedBy reports whether p is one of r's followers: by key, or by name
// for a follower stored before keys were.
func (r *Report) FollowedBy(p Person) bool { return among(r.Followers, r.FollowerKeys, p) }

// RecordedBy reports whether p typed r for its reporter (代报, a call
// note): he answers for the reporter.
func (r *Report) RecordedBy(p Person) bool { return r.Recorder != "" && r.Recorder == p.Name }

// ReporterSide reports whether p is r's reporter or of his household:
// who confirms r (满意), and so must not be the one who resolves it.
func (r *Report) ReporterSide(p Person) bool {
	if r.ReportedBy(p) {
		return true
	}
	v, rest, _ := strings.Cut(r.ReporterKey, "/")
	household, _, ok := strings.Cut(rest, "/")
	return ok && household != "" && v == p.Village && household == p.Household
}

// Involves reports whether p is part of r: its reporter, recorder, a
// follower or a handler.
func (r *Report) Involves(p Person) bool {
	return r.ReportedBy(p) || r.RecordedBy(p) || r.FollowedBy(p) || r.HandledBy(p)
}

// ToldPrivately is Report.ToldIn of a report its reporter told the bot
// privately: no chat's name.
const ToldPrivately = "private"

// ToldElsewhere reports whether r's reporter told it outside its group,
// which he is no member of (Report.ToldIn): he hears of it where he
// told it. Value receivers, as these two are: the scheduler's texts
// hold reports by value.
func (r Report) ToldElsewhere() bool { return r.ToldIn != "" }

// ToldInChat is the township chat r's reporter told it in, outside its
// group (Report.ToldIn); "" when he told it privately or in its group.
func (r Report) ToldInChat() string {
	if r.ToldIn == ToldPrivately {
		return ""
	}
	return r.ToldIn
}

// Private reports whether r was told to the bot in private: it is never
// shown or discussed in a group.
func (r *Report) Private() bool { return r.Chat == "" }

// WentUp reports whether r was ever filed with the township (上报镇):
// the township follows it until it is closed, even after it was resolved
// and reopened.
func (r *Report) WentUp() bool {
	return slices.ContainsFunc(r.History, func(e Entry) bool { return e.Action == ActEscalate })
}

// WithTownship reports whether r is the township's to follow: it went up
// (上报镇) and the township has not sent it back (退回村里) since.
func (r *Report) WithTownship() bool { return r.WithTownshipBefore(time.Time{}) }

// WithTownshipBefore is WithTownship as r stood before t, reading only the
// steps taken before it; zero t: as it stands.
func (r *Report) WithTownshipBefore(t time.Time) bool {
	for i := len(r.History) - 1; i >= 0; i-- {
		if !t.IsZero() && !r.History[i].At.Before(t) {
			continue
		}
		switch r.History[i].Action {
		case ActEscalate:
			return true
		case ActReturn:
			return false
		}
	}
	return false
}

// SentBack reports whether the township sent r back to its grid (退回村里)
// and it has not gone up again since.
func (r *Report) SentBack() bool { return r.WentUp() && !r.WithTownship() }

// HandlersByGroup splits r's handlers into those in its grid's group
// (Person.InGroupOf), by the names they are shown with, and the others:
// a township officer who took it over, a worker of another grid. lookup
// finds a handler on the roster; one it does not know counts as in the
// group.
func (r *Report) HandlersByGroup(lookup func(villageName, name string) (Person, error)) (in []string, away []Person) {
	for _, h := range r.Handlers {
		p, err := lookup(r.Village, h)
		if err != nil || p.InGroupOf(r.Village, r.Grid) {
			in = append(in, h)
		} else {
			away = append(away, p)
		}
	}
	return in, away
}

// Officers are the township officers among r's handlers, by name: those
// who took it over when it went up, or took charge of an emergency.
func (r *Report) Officers(lookup func(villageName, name string) (Person, error)) []string {
	var out []string
	for _, h := range r.Handlers {
		if p, err := lookup(r.Village, h); err == nil && p.Has(RoleOfficer) {
			out = append(out, h)
		}
	}
	return out
}

// TownHolders are the officers among r's handlers while the township has
// it (sent up and not sent back: WithTownship), those who took it over
// (镇里接手); none while the grid holds it.
func (r *Report) TownHolders(lookup func(villageName, name string) (Person, error)) []string {
	if !r.WithTownship() {
		return nil
	}
	return r.Officers(lookup)
}

// TownToTake is whether r waits for the township to take it: sent up
// (已上报镇) and no officer among its handlers. The 早报 lists it under
// 等镇里接手 or 超期 (镇里还没人接手), the office's to 确认.
func (r *Report) TownToTake(lookup func(villageName, name string) (Person, error)) bool {
	return r.Status == StatusEscalated && len(r.Officers(lookup)) == 0
}

// AskHolders is who is to answer ask, the township's word on r still
// waiting (OpenAsk): for an order (督办, Entry.Urge) on an item the
// township holds now (TownHolders, taken over by a way that did not make
// the order moot: 指派 to another officer), its holders, the grid only
// helping; none for a question or an item the grid holds, which are the
// grid's to answer. The reminder (ask_reminder) and the 早报 go by it.
func (r *Report) AskHolders(ask Entry, lookup func(villageName, name string) (Person, error)) []string {
	if !ask.Urge {
		return nil
	}
	return r.TownHolders(lookup)
}

// Hold is who has an item the township took over: the officers who hold
// it (TownHolders) and its other handlers, the grid's, who help (配合).
// Town is empty while the grid holds it.
type Hold struct{ Town, With []string }

// HoldOf is who has r (Hold); the zero Hold while the grid holds it.
func (r *Report) HoldOf(lookup func(villageName, name string) (Person, error)) Hold {
	town := r.TownHolders(lookup)
	if len(town) == 0 {
		return Hold{}
	}
	return Hold{Town: town, With: slices.DeleteFunc(slices.Clone(r.Handlers), func(h string) bool { return slices.Contains(town, h) })}
}

// NoGridPhone is whom the township calls about a report of no grid (its
// reporter, an officer or the admin, belongs to none, so it has no grid
// leader): the reporter's phone, found by lookup under the name address
// gives his key. "" for a report of a grid, or when the roster has none.
func (r *Report) NoGridPhone(lookup func(villageName, name string) (Person, error), address func(key, name string) string) string {
	if r.Grid != "" {
		return ""
	}
	p, err := lookup(r.Village, address(r.ReporterKey, r.Reporter))
	if err != nil {
		return ""
	}
	return p.Phone
}

// HandledBy reports whether p is one of r's handlers: by key, or by name
// for a handler stored before keys were or named in config only.
func (r *Report) HandledBy(p Person) bool { return among(r.Handlers, r.HandlerKeys, p) }

// SetHandlers makes ps r's handlers, each shown as name(p) (see
// SetReporter); a person listed twice is kept once.
func (r *Report) SetHandlers(ps []Person, name func(Person) string) {
	r.Handlers, r.HandlerKeys = nil, nil
	for _, p := range ps {
		r.AddHandler(p, name(p))
	}
}

// AddHandler adds p, shown as name (see SetReporter), to r's handlers
// unless he is one. Like AddFollower it copies the slices.
func (r *Report) AddHandler(p Person, name string) {
	if !r.HandledBy(p) {
		r.Handlers, r.HandlerKeys = addKeyed(r.Handlers, r.HandlerKeys, name, p.Key())
	}
}

// RemoveHandler takes p off r's handlers. Like AddHandler it copies the
// slices.
func (r *Report) RemoveHandler(p Person) {
	var names, keys []string
	for i, n := range r.Handlers {
		key := ""
		if i < len(r.HandlerKeys) {
			key = r.HandlerKeys[i]
		}
		if !amongKeyed([]string{n}, []string{key}, p.Name, p.Key()) {
			names, keys = append(names, n), append(keys, key)
		}
	}
	r.Handlers, r.HandlerKeys = names, keys
}

// among reports whether p is in a list of names with keys index by index:
// by key where there is one, by name where keys are missing or "".
func among(names, keys []string, p Person) bool { return amongKeyed(names, keys, p.Name, p.Key()) }

// amongKeyed is among for a name and key ("" when unknown: by name only).
func amongKeyed(names, keys []string, name, key string) bool {
	for i, n := range names {
		if i < len(keys) && keys[i] != "" && key != "" {
			if keys[i] == key {
				return true
			}
			continue
		}
		if n == name {
			return true
		}
	}
	return false
}

// AddFollower adds p, shown as name (see SetReporter), to r's followers.
// It copies the slices, so r may share them with another copy of the
// report.
func (r *Report) AddFollower(p Person, name string) {
	r.Followers, r.FollowerKeys = addKeyed(r.Followers, r.FollowerKeys, name, p.Key())
}

// Absorb makes the reporter and followers of dup, merged into r (重复),
// followers of r: they follow the original from now on.
func (r *Report) Absorb(dup *Report) {
	add := func(name, key string) {
		if !amongKeyed([]string{r.Reporter}, []string{r.ReporterKey}, name, key) && !amongKeyed(r.Followers, r.FollowerKeys, name, key) {
			r.Followers, r.FollowerKeys = addKeyed(r.Followers, r.FollowerKeys, name, key)
		}
	}
	add(dup.Reporter, dup.ReporterKey)
	for i, f := range dup.Followers {
		key := ""
		if i < len(dup.FollowerKeys) {
			key = dup.FollowerKeys[i]
		}
		add(f, key)
	}
}

// addKeyed appends name and key to a list of names with keys index by
// index (see among) in new slices; a missing key stays "".
func addKeyed(names, keys []string, name, key string) ([]string, []string) {
	k := make([]string, len(names), len(names)+1)
	copy(k, keys)
	return append(slices.Clone(names), name), append(k, key)
}

// FollowerKey is the roster key of r's i-th follower, "" when it was
// filed without one (a follower of an older store, or not on the roster).
func (r *Report) FollowerKey(i int) string {
	if i < len(r.FollowerKeys) {
		return r.FollowerKeys[i]
	}
	return ""
}

// HandOver makes p, shown as name, r's reporter, and its reporter till
// now one of its followers (still a party to it, told its steps): a
// quarrel p told first whose item the other side's retort opened
// meanwhile (handlers.Router.accountJoined) is p's to answer 满意.
func (r *Report) HandOver(p Person, name string) {
	if r.ReportedBy(p) {
		return
	}
	if !amongKeyed(r.Followers, r.FollowerKeys, r.Reporter, r.ReporterKey) {
		r.Followers, r.FollowerKeys = addKeyed(r.Followers, r.FollowerKeys, r.Reporter, r.ReporterKey)
	}
	var names, keys []string
	for i, n := range r.Followers {
		key := r.FollowerKey(i)
		if !amongKeyed([]string{n}, []string{key}, name, p.Key()) {
			names, keys = append(names, n), append(keys, key)
		}
	}
	r.Followers, r.FollowerKeys = names, keys
	r.SetReporter(p, name)
}
