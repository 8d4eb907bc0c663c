package wechat

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// imageTypes are the content types saved, by their file extension.
var imageTypes = map[string]string{
	"image/jpeg": ".jpg",
	"image/png":  ".png",
	"image/gif":  ".gif",
	"image/webp": ".webp",
	"image/bmp":  ".bmp",
}

// saveImage downloads an image with a size limit and a content check (the
// bytes, not the header, decide the type) and returns where it is saved;
// "" when it is not.
func (t *Transport) saveImage(ctx context.Context, it item) string {
	path, err := t.downloadImage(it)
	if err != nil {
		t.log.WarnContext(ctx, "wechat: image not saved", "id", it.msg.ID, "chat", it.msg.Chat, "from", it.msg.From, "err", err)
		return ""
	}
	t.log.InfoContext(ctx, "wechat: image saved", "id", it.msg.ID, "chat", it.msg.Chat, "from", it.msg.From, "path", path)
	return path
}

func (t *Transport) downloadImage(it item) (string, error) {
	resp, err := it.fetch()
	if err != nil {
		return "", fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("download: HTTP %d", resp.StatusCode)
	}
	limit := int64(t.wc.MaxImageMB) << 20
	if resp.ContentLength > limit {
		return "", fmt.Errorf("image of %d bytes is over the limit of %d MB", resp.ContentLength, t.wc.MaxImageMB)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return "", fmt.Errorf("download: %w", err)
	}
	if int64(len(data)) > limit {
		return "", fmt.Errorf("image is over the limit of %d MB", t.wc.MaxImageMB)
	}
	typ := http.DetectContentType(data)
	ext, ok := imageTypes[typ]
	if !ok {
		return "", fmt.Errorf("not an image: content is %s (header said %q)", typ, resp.Header.Get("Content-Type"))
	}
	day := it.msg.At.In(t.cfg.Location()).Format(dayLayout)
	if err := t.makeRoom(int64(len(data)), day); err != nil {
		return "", err
	}
	dir := filepath.Join(t.imageRoot(), day)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, safeName(it.msg.ID)+ext)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", err
	}
	return path, nil
}

// dayLayout names the folder of a day's images.
const dayLayout = "2006-01-02"

func (t *Transport) imageRoot() string { return filepath.Join(t.wc.DataDir, "images") }

// imageDisk is what the saved images take on disk; counted at the first
// save, and again at every prune.
type imageDisk struct {
	mu      sync.Mutex
	counted bool
	bytes   int64
	pruned  time.Time
}

// pruneEvery: the image folder is pruned of old days this often (and
// whenever an image does not fit).
const pruneEvery = time.Hour

// makeRoom makes room for an image of n bytes of day, pruning the image
// folder by age (Options.ImageDays) and size (Options.ImageBudget), and
// reports an error when the image does not fit even then.
func (t *Transport) makeRoom(n int64, day string) error {
	d := &t.disk
	d.mu.Lock()
	defer d.mu.Unlock()
	budget := t.o.ImageBudget
	now := t.o.Now()
	if !d.counted || now.Sub(d.pruned) >= pruneEvery || d.bytes+n > budget {
		d.bytes = t.pruneImages(now, budget-n, day)
		d.counted, d.pruned = true, now
	}
	if d.bytes+n > budget {
		return fmt.Errorf("the image folder %s holds %d bytes; an image of %d would pass the budget of %d bytes", t.imageRoot(), d.bytes, n, budget)
	}
	d.bytes += n
	return nil
}

// pruneImages deletes the day folders older than Options.ImageDays, then
// the oldest ones (never keep's day) while the folder holds more than
// limit bytes, and returns the bytes left. Called with t.disk.mu held.
func (t *Transport) pruneImages(now time.Time, limit int64, keep string) int64 {
	root := t.imageRoot()
	entries, err := os.ReadDir(root)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			t.log.Warn("wechat: read the image folder", "dir", root, "err", err)
		}
		return 0
	}
	cutoff := now.In(t.cfg.Location()).AddDate(0, 0, -t.o.ImageDays).Format(dayLayout)
	type day struct {
		name  string
		bytes int64
	}
	var days []day // oldest first: ReadDir sorts by name
	var total int64
	for _, e := range entries {
		if _, err := time.Parse(dayLayout, e.Name()); err != nil || !e.IsDir() {
			continue // not ours
		}
		n := dirBytes(filepath.Join(root, e.Name()))
		days = append(days, day{e.Name(), n})
		total += n
	}
	for _, d := range days {
		old := d.name < cutoff
		if !old && (total <= limit || d.name >= keep) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(root, d.name)); err != nil {
			t.log.Warn("wechat: delete old images", "day", d.name, "err", err)
			continue
		}
		total -= d.bytes
		t.log.Info("wechat: old images deleted", "day", d.name, "bytes", d.bytes, "by_age", old, "left", total)
	}
	return total
}

// dirBytes is the size of the files in dir.
func dirBytes(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if info, err := e.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// safeName keeps only characters safe in a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}
