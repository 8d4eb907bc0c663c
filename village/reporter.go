package village

import "slices"

// Who raised a report and who joined it. Names are what people read; keys
// (Person.Key) are what the bot trusts: two villagers may share a name.

// SetReporter makes p the reporter of r, shown as name: p.Name, or the
// name that tells p from a namesake (张三·QS-301).
func (r *Report) SetReporter(p Person, name string) {
	r.Reporter, r.ReporterKey = name, p.Key()
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
func (r *Report) FollowedBy(p Person) bool {
	for i, name := range r.Followers {
		if i < len(r.FollowerKeys) && r.FollowerKeys[i] != "" {
			if r.FollowerKeys[i] == p.Key() {
				return true
			}
			continue
		}
		if name == p.Name {
			return true
		}
	}
	return false
}

// AddFollower adds p, shown as name (see SetReporter), to r's followers.
// It copies the slices, so r may share them with another copy of the
// report.
func (r *Report) AddFollower(p Person, name string) {
	keys := make([]string, len(r.Followers), len(r.Followers)+1)
	copy(keys, r.FollowerKeys)
	r.Followers = append(slices.Clone(r.Followers), name)
	r.FollowerKeys = append(keys, p.Key())
}
