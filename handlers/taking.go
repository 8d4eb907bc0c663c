package handlers

import (
	"context"

	"gridbot/village"
)

// taker is one way a turn may be taken: done when it took it.
type taker func(ctx context.Context, t *turn, reading village.Reading) (done bool, err error)

// firstTaking tries takers in order, each only when none before took the
// turn or failed, and returns what the last one tried said: (false, nil)
// when none took it.
func firstTaking(ctx context.Context, t *turn, reading village.Reading, takers ...taker) (done bool, err error) {
	for _, take := range takers {
		if done, err := take(ctx, t, reading); done || err != nil {
			return done, err
		}
	}
	return false, nil
}
