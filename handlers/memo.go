package handlers

// memo is a value a turn read once, kept while no commit is made through
// the router (by this message or another): any commit, a refused one
// too, drops it, so a retry after a conflict reads afresh.
type memo[T any] struct {
	v   T
	at  int64  // the router's commit count when read (Router.commits)
	of  string // what was read: the scope and grid
	set bool
}

// remember returns m's value when it was read of of since the last
// commit, else reads it with read and keeps it in m. The count is taken
// before the read: a commit made while it reads drops it at the next use.
func remember[T any](r *Router, m *memo[T], of string, read func() (T, error)) (T, error) {
	if v, ok := held(r, m, of); ok {
		return v, nil
	}
	at := r.commits.Load()
	v, err := read()
	if err != nil {
		return v, err
	}
	keep(r, m, of, at, v)
	return v, nil
}

// keep keeps v in m as read of of when the router's commit count was at
// (taken before the read), unless m holds a read made since.
func keep[T any](r *Router, m *memo[T], of string, at int64, v T) {
	if _, ok := held(r, m, of); ok {
		return
	}
	*m = memo[T]{v: v, at: at, of: of, set: true}
}

// held returns m's value when it was read of of since the last commit,
// without reading.
func held[T any](r *Router, m *memo[T], of string) (T, bool) {
	if m.set && m.at == r.commits.Load() && m.of == of {
		return m.v, true
	}
	var zero T
	return zero, false
}
