package handlers

import (
	"errors"

	"gridbot/storage"
)

// readAgain runs decide on the calls as this process follows them, and
// once more on them read from Redis when they changed (errReadAgain).
func readAgain(decide func(fresh bool) error) error {
	return decideAgain(2, func(err error) bool { return errors.Is(err, errReadAgain) }, decide)
}

// decideAgain runs decide on what this process holds (fresh false), and
// again on what it reads from Redis (fresh true) while refused says the
// commit was refused because what it decided on changed meanwhile: tries
// times in all, the last refusal returned.
func decideAgain(tries int, refused func(error) bool, decide func(fresh bool) error) error {
	var err error
	for try := range tries {
		if err = decide(try > 0); !refused(err) {
			return err
		}
	}
	return err
}

// changedMeanwhile reports whether err is a commit refused because an ask
// or a report it was decided on changed meanwhile.
func changedMeanwhile(err error) bool {
	return errors.Is(err, storage.ErrAskChanged) || errors.Is(err, storage.ErrConflict)
}
