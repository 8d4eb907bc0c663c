package app

import (
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/roster"
	"gridbot/village"
)

// exampleConfig is config.example.yaml, a copy of its own for one test.
func exampleConfig(tb testing.TB) *config.Config {
	tb.Helper()
	return configtest.Load(tb, "../config.example.yaml")
}

// TestOpenRefusesAnUnknownMediator: a mediator the roster does not know
// would never hear of the items they join, so the config is refused with
// a message that says what to write.
func TestOpenRefusesAnUnknownMediator(t *testing.T) {
	for _, tc := range []struct {
		name, mediator, wantErr string
	}{
		{"known", "郑十", ""},
		{"unknown", "郑十一", "config: 第 78 行：villages[0].mediators（青山村）里的「郑十一」在花名册里找不到"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := exampleConfig(t)
			cfg.Villages[0].Mediators = []string{tc.mediator}
			a, err := Open(Options{Config: cfg, RosterFS: os.DirFS(".."), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				a.Close()
				return
			}
			if err == nil {
				a.Close()
				t.Fatalf("Open succeeded, want %q", tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "姓名") {
				t.Errorf("Open: %v, want %q and how to write the name", err, tc.wantErr)
			}
		})
	}
}

// TestLoadRosterNotYetWritten: a config whose roster is not written yet
// (the first set-up) is told which file was looked for, the config file
// and line that name it, and the import command with that very config;
// a -roster that names no file is told as the flag's. The error stays
// fs.ErrNotExist, by which roster -import knows a first import.
func TestLoadRosterNotYetWritten(t *testing.T) {
	example, err := os.ReadFile("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "我的配置.yaml")
	if err := os.WriteFile(file, []byte(strings.Replace(string(example), "roster: example/roster.csv", "roster: 花名册.xlsx", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, flag, self string
		want             []string
	}{
		{"config", "", "", []string{
			"还没有花名册 " + filepath.Join(dir, "花名册.xlsx") + "（" + file + " 第 95 行：roster: 花名册.xlsx，从配置文件所在的文件夹算起）",
			"gridbot roster -config " + file + " -import 村里给的表.xlsx -write",
			"请把 " + file + " 里 roster: 后面改成它的文件名",
		}},
		// The command to copy is as the operator started gridbot.
		{"go run", "", "go run .", []string{"：go run . roster -config " + file + " -import 村里给的表.xlsx -write"}},
		{"./gridbot", "", "./gridbot", []string{"：./gridbot roster -config " + file + " -import"}},
		{"-roster", "没有.csv", "", []string{"找不到花名册 没有.csv（-roster 写的，从当前文件夹算起）：请检查文件名和路径"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(Options{Config: cfg, RosterFS: os.DirFS(dir), RosterPath: tc.flag, Self: tc.self, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("Open = %v, want fs.ErrNotExist", err)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Open = %v\nwant %q", err, want)
				}
			}
			if strings.Contains(err.Error(), "配置文件 -import") {
				t.Errorf("Open = %v, names no config file", err)
			}
		})
	}
}

func TestUnplaced(t *testing.T) {
	cfg := exampleConfig(t)
	people := []village.Person{
		{Name: "张三", Village: "青山村", Grid: "三组"},
		{Name: "吴九", Village: "青山村"},             // village-wide
		{Name: "孙七"},                             // township officer of no village
		{Name: "赵四", Village: "青山村", Grid: "四组"}, // no such grid
		{Name: "钱五", Village: "白水村", Grid: "一组"}, // no such village
	}
	got := names(Unplaced(cfg, people))
	want := []string{"赵四", "钱五"}
	if !slices.Equal(got, want) {
		t.Errorf("unplaced = %q, want %q", got, want)
	}
}

// TestGridless: in a village of several grids, a villager of no grid is
// listed (a register that lost its 网格 column lists everyone); a cadre
// of no grid serves the whole village and is not.
func TestGridless(t *testing.T) {
	cfg := exampleConfig(t)
	people := []village.Person{
		{Name: "张三", Village: "青山村", Grid: "三组", Roles: []village.Role{village.RoleVillager}},
		{Name: "陈二", Village: "青山村", Roles: []village.Role{village.RoleVillager}},
		{Name: "赵六", Village: "青山村", Roles: []village.Role{village.RoleVillager, village.RoleScorer}},
		{Name: "李四", Village: "青山村", Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
		{Name: "孙七", Village: "青山村", Roles: []village.Role{village.RoleOfficer}},
		{Name: "吴九", Village: "青山村", Roles: []village.Role{village.RoleAdmin}},
	}
	if got, want := names(Gridless(cfg, people)), []string{"陈二", "赵六"}; !slices.Equal(got, want) {
		t.Errorf("gridless = %q, want %q", got, want)
	}
	cfg.Villages[0].Grids = cfg.Villages[0].Grids[:1] // one grid: nobody need write it
	if got := names(Gridless(cfg, people)); len(got) != 0 {
		t.Errorf("gridless in a village of one grid = %q, want none", got)
	}
}

func TestLeaderless(t *testing.T) {
	cfg := exampleConfig(t)
	dir := roster.NewDirectory([]village.Person{
		{Name: "李四", Village: "青山村", Grid: "三组", Roles: []village.Role{village.RoleLeader}},
	})
	if got, want := Leaderless(cfg, dir), []string{"青山村一组", "青山村二组"}; !slices.Equal(got, want) {
		t.Errorf("leaderless = %q, want %q", got, want)
	}
}

// TestCheckMediatorsNamesakes: a mediator's name that two people of the
// village share is refused, naming both in the form that tells them apart.
func TestCheckMediatorsNamesakes(t *testing.T) {
	cfg := exampleConfig(t)
	cfg.Villages[0].Mediators = []string{"王芳"}
	dir := roster.NewDirectory([]village.Person{
		{Name: "王芳", Village: "青山村", Household: "QS-205"},
		{Name: "王芳", Village: "青山村", Household: "QS-301"},
	})
	err := CheckMediators(cfg, dir)
	if err == nil {
		t.Fatal("CheckMediators accepted a name two people share")
	}
	for _, want := range []string{"villages[0].mediators", "不止一个人", "王芳·QS-205、王芳·QS-301"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	cfg.Villages[0].Mediators = []string{"王芳·QS-301"}
	if err := CheckMediators(cfg, dir); err != nil {
		t.Errorf("CheckMediators(王芳·QS-301): %v", err)
	}
}

// TestLoadRosterNamesTheFileOnce: a broken register is named once, as the
// volunteer wrote it, and a missing one says where relative paths start.
func TestLoadRosterNamesTheFileOnce(t *testing.T) {
	fsys := fstest.MapFS{"花名册.xlsx": {Data: []byte("PK\x03\x04 姓名\n王芳\n")}}
	_, err := LoadRoster(fsys, "花名册.xlsx", "青山村")
	if err == nil || strings.Count(err.Error(), "花名册.xlsx") != 1 || !strings.Contains(err.Error(), "打不开这个 Excel 文件") {
		t.Errorf("a broken workbook: err = %v, want the file named once", err)
	}
	_, err = LoadRoster(fsys, "没有.csv", "青山村")
	if err == nil || !strings.Contains(err.Error(), "-roster 写的从当前文件夹算起") {
		t.Errorf("missing file: err = %v", err)
	}
}

// TestOpenNamesTheLineOfABadRedisURL: a redis.url that is no URL is told
// with its line in the config, and -redis as the flag's.
func TestOpenNamesTheLineOfABadRedisURL(t *testing.T) {
	data, err := os.ReadFile("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse([]byte(strings.Replace(string(data), `  url: ""`, `  url: 127.0.0.1:6379`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	_, err = Open(Options{Config: cfg, RosterFS: os.DirFS(".."), Logger: quiet})
	at := cfg.At("redis.url")
	if want := at + `配置里的 redis.url "127.0.0.1:6379" 不是能用的 Redis 地址`; at == "" || err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Open: %v, want %q", err, want)
	}
	_, err = Open(Options{Config: cfg, RosterFS: os.DirFS(".."), Logger: quiet, RedisURL: "localhost:6379"})
	if want := `-redis "localhost:6379" 不是能用的 Redis 地址`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Open -redis: %v, want %q", err, want)
	}
}

// TestHouseholdHeads: a household whose relations name no 户主, or two,
// is listed; one without any relation filled in (a register without the
// column) and people of no household are not.
func TestHouseholdHeads(t *testing.T) {
	people := []village.Person{
		{Name: "张三", Village: "青山村", Household: "QS-1", Relation: "户主"},
		{Name: "刘芳", Village: "青山村", Household: "QS-1", Relation: "配偶"},
		{Name: "韩九", Village: "青山村", Household: "QS-2", Relation: "子女"},
		{Name: "韩十", Village: "青山村", Household: "QS-2"},
		{Name: "许一", Village: "青山村", Household: "QS-3", Relation: "户主"},
		{Name: "许二", Village: "青山村", Household: "QS-3", Relation: "户主"},
		{Name: "王五", Village: "青山村", Household: "QS-4"},
		{Name: "孙七", Village: "青山村"},
		{Name: "韩九", Village: "石桥村", Household: "QS-2", Relation: "户主"},
	}
	headless, several := HouseholdHeads(people)
	if len(headless) != 1 || headless[0].Village != "青山村" || headless[0].ID != "QS-2" || !slices.Equal(names(headless[0].People), []string{"韩九", "韩十"}) {
		t.Errorf("headless = %+v, want 青山村 QS-2 (韩九, 韩十)", headless)
	}
	if len(several) != 1 || several[0].ID != "QS-3" || !slices.Equal(names(several[0].People), []string{"许一", "许二"}) {
		t.Errorf("several = %+v, want 青山村 QS-3 (许一, 许二)", several)
	}
}

// TestCheckMediatorsAllAtOnce: a config copied from the example and
// pointed at a village's own roster names every mediator the roster does
// not have, each with its line, in one error that says how to fix them.
func TestCheckMediatorsAllAtOnce(t *testing.T) {
	cfg := exampleConfig(t)
	cfg.Villages[0].Mediators = []string{"郑十", "王芳", "李强"}
	dir := roster.NewDirectory([]village.Person{
		{Name: "王芳", Village: "青山村", Household: "QS-205"},
		{Name: "王芳", Village: "青山村", Household: "QS-301"},
		{Name: "刘建国", Village: "青山村", Household: "QS-101"},
	})
	err := CheckMediators(cfg, dir)
	if err == nil {
		t.Fatal("CheckMediators accepted names the roster does not have")
	}
	for _, want := range []string{"3 个名字", "第 78 行：villages[0].mediators（青山村）里的「郑十」在花名册里找不到",
		"「王芳」在花名册里不止一个人", "王芳·QS-205", "「李强」在花名册里找不到", "改配置里的名字", "加进花名册"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
