package wechat

import (
	"strings"
	"sync"
)

// Received are the texts a test double received, in order: the alerts
// of the fake webhook (external tests) or of the log (internal ones), the
// ids a handler got; safe for concurrent use.
type Received struct {
	mu    sync.Mutex
	texts []string
}

// Add keeps one text.
func (a *Received) Add(text string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.texts = append(a.texts, text)
}

// All are the texts received so far, oldest first.
func (a *Received) All() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.texts...)
}

// Count is how many texts hold sub.
func (a *Received) Count(sub string) int {
	n := 0
	for _, s := range a.All() {
		if strings.Contains(s, sub) {
			n++
		}
	}
	return n
}
