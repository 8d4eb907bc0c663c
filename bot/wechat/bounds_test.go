package wechat

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
)

// Months of hints (a key per group UserName, which changes at every
// login, per sender and per display name) keep a bounded memory; what is
// remembered still works. (Images are not remembered: the handlers keep
// what they wait for in the store.)
func TestMemoryOfHintsIsBounded(t *testing.T) {
	tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
	for i := range 3 * maxHinted {
		tr.once(fmt.Sprint("late|@@group", i), 24*time.Hour)
	}
	if n := tr.hinted.Len(); n > maxHinted {
		t.Errorf("%d hint keys remembered, want at most %d", n, maxHinted)
	}
	if tr.once(fmt.Sprint("late|@@group", 3*maxHinted-1), 24*time.Hour) {
		t.Error("a recent hint was said again")
	}
}

// The image folder is pruned: days older than ImageDays go, then the
// oldest days while the folder is over ImageBudget; an image that does not
// fit even then (today's images fill the budget) is not saved. The bytes,
// not the Content-Type header, decide what is an image.
func TestImageFolderIsPrunedByAgeAndBudget(t *testing.T) {
	cfg := testConfig(t)
	cfg.WeChat.DataDir = t.TempDir()
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, cfg.Location())
	tr.o.Now = func() time.Time { return now }
	tr.o.ImageDays, tr.o.ImageBudget = 30, 1000
	root := filepath.Join(cfg.WeChat.DataDir, "images")
	for day, size := range map[string]int{"2025-12-01": 10, "2026-02-27": 300, "2026-03-01": 300} {
		if err := os.MkdirAll(filepath.Join(root, day), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, day, "x.jpg"), make([]byte, size), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	jpeg := func(size int) []byte {
		return append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, make([]byte, size-11)...)
	}
	save := func(id string, body []byte) error {
		fetch := func() (*http.Response, error) {
			return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"image/jpeg"}},
				Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body))}, nil
		}
		_, err := tr.downloadImage(item{kind: kImage, msg: bot.Message{ID: id, At: now}, fetch: fetch})
		return err
	}
	if err := save("a", jpeg(500)); err != nil {
		t.Fatalf("first image of today: %v", err)
	}
	if err := save("b", jpeg(400)); err != nil {
		t.Fatalf("second image of today: %v", err)
	}
	if err := save("c", jpeg(200)); err == nil {
		t.Error("an image past the budget was saved although today's images fill it")
	}
	if err := save("d", []byte("<html>a page served as image/jpeg</html>")); err == nil {
		t.Error("a page served as image/jpeg was saved")
	}
	var left []string
	_ = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(root, p)
			left = append(left, filepath.ToSlash(rel))
		}
		return nil
	})
	if diff := cmp.Diff(left, []string{"2026-03-02/a.jpg", "2026-03-02/b.jpg"}); diff != "" {
		t.Errorf("image files (-got +want):\n%s", diff)
	}
}

// The repeated offline alert says the next step of the state the account
// is in: scan (with the QR code's URL), wait for the retries (the network
// is down: no QR code to scan yet, and no promise that none will be
// needed), or scan with the right account.
func TestOfflineAlertSaysTheNextStep(t *testing.T) {
	for _, tt := range []struct {
		state      string
		want, lose string
	}{
		{StateWaitScan, "扫码登录：到服务器上看 gridbot 的输出，或打开 https://qr.example/x", "重试登录"},
		{StateLoggingIn, "机器人在自己重试登录", "https://qr.example/x"},
		{StateLoggedOut, "机器人在自己重试登录", "https://qr.example/x"},
		{StateWrongAccount, "请用机器人原来的微信号扫码", "重试登录"},
	} {
		t.Run(tt.state, func(t *testing.T) {
			tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
			var buf bytes.Buffer
			tr.log = slog.New(slog.NewTextHandler(&buf, nil))
			now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
			tr.o.Now = func() time.Time { return now }
			tr.st.state, tr.st.qrURL = tt.state, "https://qr.example/x"
			tr.offSince = now.Add(-time.Hour - 40*time.Second)
			tr.everOnline = true // it served before: offline is an error
			tr.checkOffline(t.Context())
			got := buf.String()
			if !strings.Contains(got, "level=ERROR") || !strings.Contains(got, "已经1小时不在线了") || !strings.Contains(got, tt.want) || strings.Contains(got, tt.lose) {
				t.Errorf("alert %q: want %q, not %q", got, tt.want, tt.lose)
			}
		})
	}
}

// At the very first start of a new install the bot waits for its first
// scan: no error, told at Warn with the scan to make, whether or not an
// alert webhook is set (the log says the same). Once it has served (in
// this process, or before a restart: Redis keeps its Uin), a scan waited
// for is an error again.
func TestFirstScanIsNoError(t *testing.T) {
	for _, tt := range []struct {
		name                   string
		newInstall, everOnline bool
		webhook                bool
		level                  string
		want                   string
	}{
		{"first start, no webhook", true, false, false, "level=WARN", "还没有登录过，等第一次扫码已经1小时了"},
		{"first start, webhook", true, false, true, "level=WARN", "还没有登录过，等第一次扫码已经1小时了"},
		{"online in this process", true, true, false, "level=ERROR", "已经1小时不在线了"},
		{"served before a restart", false, false, false, "level=ERROR", "已经1小时不在线了"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
			var buf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&buf, nil))
			tr.log = log
			tr.o.Alerts = NewAlerter(AlerterOptions{Account: "default", Logger: log})
			if tt.webhook {
				hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, `{"errcode":0}`) }))
				t.Cleanup(hook.Close)
				tr.o.Alerts = NewAlerter(AlerterOptions{URL: hook.URL, Account: "default", Logger: log})
			}
			now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
			tr.o.Now = func() time.Time { return now }
			tr.st.state, tr.st.qrURL = StateWaitScan, "https://qr.example/x"
			tr.newInstall, tr.everOnline = tt.newInstall, tt.everOnline
			tr.offSince = now.Add(-time.Hour - 40*time.Second)
			tr.checkOffline(t.Context())
			got := buf.String()
			if strings.Count(got, "\n") != 1 || !strings.Contains(got, tt.level) || !strings.Contains(got, tt.want) ||
				!strings.Contains(got, "请用机器人的手机扫码登录：到服务器上看 gridbot 的输出，或打开 https://qr.example/x") {
				t.Errorf("logged %q, want one line at %s saying %q and the scan to make", got, tt.level, tt.want)
			}
		})
	}
}
