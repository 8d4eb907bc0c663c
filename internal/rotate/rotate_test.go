package rotate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// line is the i-th test record: ten bytes, so ten fill a 100-byte file.
func line(i int) string { return fmt.Sprintf("line %04d\n", i) }

// written is every file of path, oldest first, joined.
func written(t *testing.T, path string, keep int) string {
	t.Helper()
	var all strings.Builder
	for i := keep + 1; i >= 0; i-- {
		name := path
		if i > 0 {
			name = Old(path, i)
		}
		b, err := os.ReadFile(name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 100 {
			t.Errorf("%s has %d bytes, more than the limit", filepath.Base(name), len(b))
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Errorf("%s ends mid-line: %q", filepath.Base(name), b)
		}
		all.Write(b)
	}
	return all.String()
}

func lines(from, to int) string {
	var s strings.Builder
	for i := from; i <= to; i++ {
		s.WriteString(line(i))
	}
	return s.String()
}

// open100 opens path with a 100-byte limit and three old files; the test
// closes it at its end (closing twice is harmless).
func open100(t *testing.T, path string) *File {
	t.Helper()
	l, err := Open(path, 100, 3)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func write(t *testing.T, l *File, from, to int) {
	t.Helper()
	for i := from; i <= to; i++ {
		if _, err := l.Write([]byte(line(i))); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRotatesBySizeKeepingThree(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gridbot-run-main.log")
	l := open100(t, path)
	write(t, l, 1, 55)
	if _, err := os.Stat(Old(path, 4)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a fourth old file was kept: %v", err)
	}
	// Four files of ten lines at most: the last 36 (two files' worth
	// dropped whole, the current one half full).
	if got, want := written(t, path, 3), lines(21, 55); got != want {
		t.Errorf("files hold\n%s\nwant\n%s", got, want)
	}
}

// TestReopenedKeepsCounting: a restart appends to the file it left and
// rotates it when full, not after another full limit.
func TestReopenedKeepsCounting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gridbot-check.log")
	for _, r := range [][2]int{{1, 7}, {8, 14}} {
		l := open100(t, path)
		write(t, l, r[0], r[1])
		l.Close()
	}
	b, _ := os.ReadFile(Old(path, 1))
	if string(b) != lines(1, 10) {
		t.Errorf("first old file holds %q, want lines 1–10", b)
	}
	if got := written(t, path, 3); got != lines(1, 14) {
		t.Errorf("files hold %q", got)
	}
}

// errCrash stands for the process dying inside a rotation.
var errCrash = errors.New("crash")

// TestCrashMidRotationLosesNoLine crashes a rotation after each of its
// steps (three renames, then the new file's opening), starts again on the
// files left and writes on: every line written is there once, in order.
func TestCrashMidRotationLosesNoLine(t *testing.T) {
	for k := 0; k <= 3; k++ {
		t.Run(fmt.Sprintf("after_%d_renames", k), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "gridbot-run-main.log")
			l := open100(t, path)
			write(t, l, 1, 30) // the file and two old ones full
			done := 0
			l.rename = func(from, to string) error {
				if done == k {
					panic(errCrash)
				}
				done++
				return os.Rename(from, to)
			}
			if k == 3 {
				// All three renames done; the crash comes before the new file.
				l.rename = func(from, to string) error {
					if err := os.Rename(from, to); err != nil {
						return err
					}
					if done++; done == 3 {
						panic(errCrash)
					}
					return nil
				}
			}
			func() {
				defer func() {
					if r := recover(); r != errCrash {
						t.Fatalf("no crash: %v", r)
					}
				}()
				l.Write([]byte(line(31))) // never written: the process died first
			}()
			l.f.Close() // as the system does for a dead process

			again := open100(t, path)
			write(t, again, 31, 40)
			if got, want := written(t, path, 3), lines(1, 40); got != want {
				t.Errorf("files hold\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestTwoWritersRotateOnce: two processes appending to one path (check
// run while another check still writes) rotate it once, not twice.
func TestTwoWritersRotateOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gridbot-check.log")
	a := open100(t, path)
	b := open100(t, path)
	write(t, a, 1, 5)
	write(t, b, 6, 10)
	write(t, a, 11, 11) // a sees the file full (b's lines too) and rotates
	write(t, b, 12, 12) // b's file is full, but the path was rotated: b reopens it
	if _, err := os.Stat(Old(path, 2)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("rotated twice: %v", err)
	}
	if got := written(t, path, 3); got != lines(1, 12) {
		t.Errorf("files hold %q", got)
	}
}

// TestFailedRotationKeepsTheLines: a rotation that cannot rename (a
// read-only folder) goes on appending to the file.
func TestFailedRotationKeepsTheLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gridbot-run-main.log")
	l := open100(t, path)
	l.rename = func(string, string) error { return os.ErrPermission }
	write(t, l, 1, 15)
	b, _ := os.ReadFile(path)
	if string(b) != lines(1, 15) {
		t.Errorf("file holds %q", b)
	}
}
