// Package rotate is an append-only log file that rotates by size (ops81):
// the English log run, sandbox and check write at a terminal
// ($TMPDIR/gridbot-run-<account>.log and the like) would otherwise grow
// for as long as the bot runs. When a write would take the file past
// MaxBytes, the old files move one up (name.2 → name.3, name.1 → name.2,
// name → name.1; name.3, the oldest when Keep is 3, is dropped) and a new
// name is started. Each step is one rename, oldest first, so a crash at any point
// leaves every written line in exactly one file; a write is never split
// between two files.
package rotate

import (
	"fmt"
	"os"
	"sync"
)

// Defaults: 20 MB a file, three old files kept (at most 80 MB in all).
const (
	DefaultMaxBytes = 20 << 20
	DefaultKeep     = 3
)

// File is a log file rotated by size. It is safe for concurrent writes.
type File struct {
	path     string
	maxBytes int64
	keep     int
	rename   func(from, to string) error // os.Rename; a test's crash

	mu    sync.Mutex
	f     *os.File
	size  int64 // the file's size, read before each write (others append too)
	retry int64 // after a failed rotation, the size to try again at
}

// Open opens path for appending (creating it), to be rotated past
// maxBytes keeping keep old files; maxBytes or keep of 0 or less take the
// defaults.
func Open(path string, maxBytes int64, keep int) (*File, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if keep <= 0 {
		keep = DefaultKeep
	}
	l := &File{path: path, maxBytes: maxBytes, keep: keep, rename: os.Rename}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

// Name is the path of the current file.
func (l *File) Name() string { return l.path }

// Old is the path of the i-th old file (1 the newest).
func Old(path string, i int) string { return fmt.Sprintf("%s.%d", path, i) }

func (l *File) open() error {
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size, l.retry = f, st.Size(), 0
	return nil
}

// Write appends p (one log record) to the current file, rotating first
// when p would take it past the limit. The size is the file's (read
// each write: another process may append to the same path). A rotation
// that fails leaves the lines in the current file (nothing is dropped)
// and is tried again after another MaxBytes.
func (l *File) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		if err := l.open(); err != nil {
			return 0, err
		}
	}
	if st, err := l.f.Stat(); err == nil {
		l.size = st.Size()
	}
	if l.size > 0 && l.size+int64(len(p)) > l.maxBytes && l.size >= l.retry {
		l.rotate(int64(len(p)))
	}
	n, err := l.f.Write(p)
	l.size += int64(n)
	return n, err
}

// rotate moves the old files one up and starts a new one. The shift
// stops at the first missing old file, so a rotation a crash cut short
// (a gap among name.1…) is finished without dropping one more; with no
// gap the oldest, name.<Keep>, is overwritten. Another process appending
// to the same path (check run twice) may have rotated it already: then
// the path is reopened, not rotated again. n is the size of the write to
// come.
func (l *File) rotate(n int64) {
	if moved, err := l.movedAway(); err == nil && moved {
		l.reopen()
		if l.size == 0 || l.size+n <= l.maxBytes {
			return
		}
	}
	free := l.keep
	for i := 1; i < l.keep; i++ {
		if _, err := os.Stat(Old(l.path, i)); os.IsNotExist(err) {
			free = i
			break
		}
	}
	for i := free - 1; i >= 1; i-- {
		if err := l.rename(Old(l.path, i), Old(l.path, i+1)); err != nil {
			l.retry = l.size + l.maxBytes
			return
		}
	}
	if err := l.rename(l.path, Old(l.path, 1)); err != nil {
		l.retry = l.size + l.maxBytes
		return
	}
	l.reopen()
}

// movedAway reports whether the path no longer names the open file.
func (l *File) movedAway() (bool, error) {
	at, err := os.Stat(l.path)
	if os.IsNotExist(err) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	open, err := l.f.Stat()
	if err != nil {
		return false, err
	}
	return !os.SameFile(at, open), nil
}

// reopen closes the open file and opens the path anew; if that fails the
// old file is kept (its lines are in the old name, none lost).
func (l *File) reopen() {
	old := l.f
	if err := l.open(); err != nil {
		l.f, l.retry = old, l.size+l.maxBytes
		return
	}
	old.Close()
}

// Close closes the current file.
func (l *File) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
