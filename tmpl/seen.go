package tmpl

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

// SeenEnv, set to a file's path, has every Set append to that file the
// name of each block it renders, once per Set: the measurement of which
// blocks no test renders (tmpl/unrendered.sh). A block counts when the
// compiled executor rendered it whole, on its own or through {{template}}
// (with CheckEnv also set, that is when its text was checked against
// text/template too); a render that falls back to text/template records
// the block as "!name" instead. Unset, as in production, it costs Render
// one nil check.
const SeenEnv = "GRIDBOT_TMPL_SEEN"

// fellBack marks, in SeenEnv's file, a block that the compiled executor
// gave up on in some render ("!name"): text/template rendered it instead.
const fellBack = "!"

// seen records rendered blocks into the file at path.
type seen struct {
	path  string
	mu    sync.Mutex
	names map[string]bool
}

// newSeen is the recorder SeenEnv asks for, or nil.
func newSeen() *seen {
	path := os.Getenv(SeenEnv)
	if path == "" {
		return nil
	}
	return &seen{path: path, names: map[string]bool{}}
}

// add records name and the blocks it rendered through {{template}}. The
// file is opened to append each time: the test binaries of several
// packages write to it at once, each line in one write.
func (r *seen) add(name string, nested []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	for _, n := range append(nested, name) {
		if !r.names[n] {
			r.names[n] = true
			b.WriteString(n + "\n")
		}
	}
	if b.Len() == 0 {
		return
	}
	f, err := os.OpenFile(r.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err == nil {
		_, err = f.WriteString(b.String())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		panic(fmt.Sprintf("tmpl: record rendered blocks (%s): %v", SeenEnv, err))
	}
}
