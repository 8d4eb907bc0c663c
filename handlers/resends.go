package handlers

import (
	"sync"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// resendWindow is how long after a message whose commit went unanswered
// (storage.UnansweredError) the same words from the same sender in the
// same chat are taken as that message sent again: the apology asks him
// to send it again within minutes when no reply comes.
const resendWindow = storage.ResendWindow

// resends remembers the messages whose commit went unanswered, so that
// the sender's resend commits under the first one's id: when the first
// was made after all (Redis stalled past the timeout, then ran it), the
// resend is its duplicate and files nothing twice; when it was not, the
// resend is it, and the first, were it run late, would be the duplicate.
// This is the process's own copy: storage.Made leaves the same memo in
// Redis, which every commit reads (storage.Change.Sent), for a resend that
// reaches another process or this one restarted.
type resends struct {
	mu   sync.Mutex
	sent map[resendKey]resent
}

// resendKey is a message's chat (private: none), sender and words.
type resendKey struct {
	private          bool
	chat, from, text string
}

type resent struct {
	id string
	at time.Time
}

// resendBy is m's sender where he wrote it, as the resend memo in Redis
// knows him (storage.Sent): his private chat, or a group and him.
func resendBy(m bot.Message) string {
	if m.Private {
		return "p|" + m.From
	}
	return "g|" + m.Chat + "|" + m.From
}

func keyOf(m bot.Message) resendKey {
	return resendKey{private: m.Private, chat: m.Chat, from: m.From, text: m.Text}
}

// add records that m's commit went unanswered.
func (s *resends) add(m bot.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sent == nil {
		s.sent = map[resendKey]resent{}
	}
	s.sent[keyOf(m)] = resent{id: m.ID, at: m.At}
}

// take returns the id m is handled under: the id of the same words from
// the same sender whose commit went unanswered within resendWindow (taken
// once), else m's own. Any other message of the sender's forgets his
// earlier ones (he has moved on), as does the window's end.
func (s *resends) take(m bot.Message) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.sent) == 0 {
		return m.ID
	}
	id, key := m.ID, keyOf(m)
	for k, r := range s.sent {
		switch {
		case k == key && m.At.Sub(r.at) <= resendWindow:
			id = r.id
			delete(s.sent, k)
		case k.from == key.from || m.At.Sub(r.at) > resendWindow:
			delete(s.sent, k)
		}
	}
	return id
}
