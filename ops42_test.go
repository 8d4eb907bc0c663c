package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gridbot/app"
	"gridbot/storage/storagetest"
)

// deadURL is an address where nothing listens: a model the operator
// configured but did not start, or a port written wrong.
func deadURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/v1"
}

// classify against a model that is not there reads every line by the
// rules and tells the operator once, in Chinese, that the model did not
// answer, why, and what to check — not only an English log line per
// message.
func TestClassifyDeadModelTellsAndFallsBack(t *testing.T) {
	url := deadURL(t)
	cfg := llmConfig(t, url)
	input := strings.Join([]string{
		`{"text":"我家那边好像有点什么情况不太对"}`,
		`{"text":"我们那口老井最近的水不大对劲"}`,
		`{"text":"村头老槐树底下最近晚上总有动静"}`,
	}, "\n")
	var stdout, stderr bytes.Buffer
	if err := cmdClassify(t.Context(), []string{"-config", cfg}, strings.NewReader(input), &stdout, &stderr, discard()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(lines), stdout.String())
	}
	for _, l := range lines {
		if !strings.Contains(l, `"source":"rules"`) {
			t.Errorf("line %s: want the rules' reading", l)
		}
	}
	said := stderr.String()
	for _, want := range []string{"注意：大模型没有正常回答", "连不上接口", url, "llm.base_url", `"source":"rules"`} {
		if !strings.Contains(said, want) {
			t.Errorf("stderr does not say %q:\n%s", want, said)
		}
	}
	if n := strings.Count(said, "注意：大模型没有正常回答"); n != 1 {
		t.Errorf("told %d times, want once:\n%s", n, said)
	}
}

// siteConfig is the operator's set-up outside the source tree: the
// example config, unchanged but for its roster: line (as copied, it says
// example/roster.csv), in a folder of its own, with the example roster
// copied to rosterAt (relative to that folder) plus one villager, so that
// the roster read tells which file was read. "" copies none.
func siteConfig(t *testing.T, rosterAt string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := storagetest.Must(os.ReadFile("config.example.yaml"))(t)
	if !bytes.Contains(cfg, []byte("\nroster: example/roster.csv\n")) {
		t.Fatal("config.example.yaml no longer names example/roster.csv")
	}
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	if rosterAt != "" {
		roster := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
		roster = append(roster, "新来的,QS-399,户主,三组,,13900000099,是,,,村民,男\n"...)
		at := filepath.Join(dir, rosterAt)
		if err := os.MkdirAll(filepath.Dir(at), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(at, roster, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// A config outside the source tree reads the roster its roster: line
// names from the config's folder, whatever folder gridbot is started in
// (the tests run in the source tree, which has an example/roster.csv of
// its own, one villager short).
func TestSiteConfigReadsItsOwnRoster(t *testing.T) {
	path := siteConfig(t, filepath.Join("example", "roster.csv"))
	cfg, rfs, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Open(app.Options{Config: cfg, RosterFS: rfs, Scratch: true, Logger: discard()})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.Dir.Lookup("青山村", "新来的"); err != nil || len(a.People) != 96 {
		t.Errorf("read %d people (新来的: %v), want the site's 96: the roster next to the config", len(a.People), err)
	}
}

// The roster copied next to the config while its roster: line still says
// example/roster.csv: the error says which file was looked for and that
// the one next to the config is probably it, with the line to write.
func TestSiteConfigRosterNextToIt(t *testing.T) {
	path := siteConfig(t, "roster.csv")
	var stdout, stderr bytes.Buffer
	err := cmdJobs(t.Context(), []string{"-config", path}, &stdout, &stderr, discard())
	want := filepath.Join(filepath.Dir(path), "example", "roster.csv")
	if err == nil {
		t.Fatal("jobs ran with a roster: line naming no file")
	}
	for _, w := range []string{"找不到花名册 " + want, "roster: example/roster.csv，从配置文件所在的文件夹算起", "配置文件旁边有 " + filepath.Join(filepath.Dir(path), "roster.csv"), "改成 roster: roster.csv"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not say %q:\n%v", w, err)
		}
	}
	// Nothing next to it: the first import is what to do.
	err = cmdJobs(t.Context(), []string{"-config", siteConfig(t, "")}, &stdout, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "还没有花名册") || !strings.Contains(err.Error(), "-import 村里给的表.xlsx -write") {
		t.Errorf("no roster at all: %v", err)
	}
}

// A config's current roster that does not read, with gridbot started in
// another folder: the command offered to move it aside names the file
// where it is (next to the config), not the roster: line as written,
// which would move nothing from here.
func TestSiteConfigBrokenRosterMoveAside(t *testing.T) {
	path := siteConfig(t, "")
	dir := filepath.Dir(path)
	cfg := strings.Replace(string(storagetest.Must(os.ReadFile(path))(t)), "\nroster: example/roster.csv\n", "\nroster: 花名册.csv\n", 1)
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "花名册.csv"), []byte("姓名,手机号\n张三,1390000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err := cmdRoster(t.Context(), []string{"-config", path, "-import", "example/roster.csv"}, &stdout, &stderr, discard())
	at := filepath.Join(dir, "花名册.csv")
	if err == nil || !strings.Contains(err.Error(), "mv "+at+" "+at+".坏") {
		t.Errorf("broken current roster: %v; want the mv of %s", err, at)
	}
}
