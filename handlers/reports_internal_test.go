package handlers

import (
	"testing"

	"gridbot/village"
)

// TestEveryAllowedActionHasAWord: the "现在可以：…" hint names every step
// allowed in every status by its command word, never an empty 「」.
func TestEveryAllowedActionHasAWord(t *testing.T) {
	for _, s := range []village.Status{
		village.StatusNew, village.StatusAccepted, village.StatusInProgress, village.StatusWaiting,
		village.StatusReopened, village.StatusEscalated, village.StatusResolved, village.StatusClosed,
		village.StatusRejected, village.StatusDuplicate,
	} {
		for _, a := range village.Allowed(s) {
			if verbOf(a) == "" {
				t.Errorf("status %s allows %s, which has no command word", s, a)
			}
		}
	}
}
