// Package app wires gridbot's parts together for the commands that run the
// pipeline (sandbox, replay, bench, run): configuration and roster in,
// store, roster directory, classifier and router out. It is main's wiring,
// kept in a package so that every command builds the pipeline the same way.
package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers"
	"gridbot/prompts"
	"gridbot/reach"
	"gridbot/roster"
	"gridbot/scheduler"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// Options say where configuration and state come from.
type Options struct {
	Config *config.Config
	// RosterFS holds the roster file named by Config.Roster (relative paths
	// resolve against it: the config file's folder, or the embedded example).
	RosterFS fs.FS
	// RosterPath overrides Config.Roster when not empty; resolved against RosterFS.
	RosterPath string
	// RedisURL overrides Config.Redis.URL. Both empty: in-process store.
	RedisURL string
	// Scratch uses an in-process store whatever the config says: for
	// commands that keep nothing and must not touch the bot's data (jobs).
	Scratch bool
	// Direct is the fallback sender used when the store is down. Optional.
	Direct func(ctx context.Context, o bot.Outbound) error
	// Friends tells which villagers the bot account can write to
	// privately (the WeChat transport's Friend); a private message to
	// another goes to his grid worker. Optional: nil, all of them.
	Friends reach.Friends
	// Troubles says what of the transport does not work now, for an
	// admin's 「状态」 (handlers.Options.Troubles). Optional.
	Troubles func(ctx context.Context) []string
	// Self is how the operator started gridbot ("./gridbot", "go run ."),
	// for the command lines messages ask to copy. Default "gridbot".
	Self   string
	Logger *slog.Logger
}

// App is the assembled pipeline.
type App struct {
	Config   *config.Config
	People   []village.Person
	Sheet    *roster.Sheet // where People are in the roster file
	Dir      *roster.Directory
	Store    *storage.Store
	Embedded bool
	Handler  bot.Handler
	Router   *handlers.Router
	Reader   *understand.Pipeline
	friends  reach.Friends
	close    func() error
}

// Open loads the roster, connects the store and builds the handler chain.
func Open(o Options) (*App, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	cfg := o.Config
	people, sheet, err := LoadSheet(o.RosterFS, cmp.Or(o.RosterPath, cfg.Roster), RosterPlaces(cfg))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, missingRoster(cfg, o.RosterPath, cmp.Or(o.Self, "gridbot"), err)
	}
	if err != nil {
		return nil, err
	}
	a := &App{Config: cfg, People: people, Sheet: sheet, Dir: roster.NewDirectory(people), friends: o.Friends}
	if err := CheckMediators(cfg, a.Dir); err != nil {
		return nil, err
	}
	if bare := Leaderless(cfg, a.Dir); len(bare) > 0 {
		o.Logger.Warn("roster: grids without a 网格长; their reports have nobody to accept them; give someone the role 网格长 in the roster",
			"grids", bare)
	}
	if stray := Unplaced(cfg, people); len(stray) > 0 {
		o.Logger.Warn("roster: people in a village or grid the config does not have; they can talk to the bot but their grid's leader, digests and reminders will not find them; fix the 网格 column or add the grid to villages[].grids",
			"count", len(stray), "first", names(stray[:min(len(stray), 10)]))
	}
	if none := Gridless(cfg, people); len(none) > 0 {
		o.Logger.Warn("roster: people of no grid in a village of several grids; their grid's leader, digests and reminders will not find them; fill in the 网格 column",
			"count", len(none), "first", names(none[:min(len(none), 10)]))
	}
	if none := Householdless(people); len(none) > 0 {
		o.Logger.Warn("roster: villagers of no 户号; points go by household, so they can neither claim nor ask points; fill in the 户号 column",
			"count", len(none), "first", names(none[:min(len(none), 10)]))
	}
	if headless, several := HouseholdHeads(people); len(headless)+len(several) > 0 {
		o.Logger.Warn("roster: households with no 户主 or several; rankings, the 公示 and kin words (我爸) read a household by its one head; fix the 与户主关系 or 户号 column",
			"headless", households(headless[:min(len(headless), 10)]), "several", households(several[:min(len(several), 10)]))
	}
	url := cmp.Or(o.RedisURL, cfg.Redis.URL)
	if o.Scratch {
		url = ""
	}
	sopts := storage.Options{URL: url, Password: cfg.RedisPassword(), Prefix: cfg.Redis.Prefix}
	if url == "" {
		e, err := storage.NewEmbedded(sopts)
		if err != nil {
			return nil, err
		}
		// Embedded says so: the command tells it in its own words (the
		// sandbox in its first lines), not a warning logged before them.
		a.Store, a.Embedded, a.close = e.Store, true, e.Close
	} else {
		st, err := storage.New(sopts)
		if err != nil {
			const bad = "%s%q 不是能用的 Redis 地址：请写成 redis://127.0.0.1:6379/0 或 unix:///run/redis/redis.sock（密码不写在地址里，放在环境变量 %s 里）（%w）"
			if o.RedisURL != "" { // the flag's
				return nil, fmt.Errorf(bad, "-redis ", url, cfg.Redis.PasswordEnv, err)
			}
			return nil, cfg.Errorf(bad, cfg.At("redis.url")+"配置里的 redis.url ", url, cfg.Redis.PasswordEnv, err)
		}
		a.Store, a.close = st, st.Close
	}
	a.Reader = NewReader(cfg, a.Store, o.Logger)
	a.Router = handlers.New(handlers.Options{
		Config: cfg, Store: a.Store, People: a.Dir, Reader: a.Reader,
		Direct: o.Direct, Friends: o.Friends, Troubles: o.Troubles, Logger: o.Logger,
	})
	a.Handler = bot.Chain(a.Router, bot.Log(o.Logger), bot.Recover())
	return a, nil
}

// NewReader builds the free-text reader the config asks for: the rules,
// with the points catalogue for claims and the procedures' and
// procedure desks' keywords for approval questions, and — when llm.enabled — the model
// behind them, its readings cached in cache (nil: not cached).
func NewReader(cfg *config.Config, cache understand.Cache, log *slog.Logger) *understand.Pipeline {
	var keywords []string
	for _, p := range cfg.Procedures {
		keywords = append(keywords, p.Keywords...)
	}
	for _, d := range cfg.ProcedureDesks {
		// "采伐证去哪办": asked of a desk, told where to ask
		keywords = append(keywords, d.Keywords...)
	}
	rules := understand.Rules{Catalogue: cfg.Points.Indicators()}.WithProcedures(keywords)
	o := understand.PipelineOptions{Rules: rules, Logger: log,
		Location: cfg.Location(), SettleAbove: cfg.LLM.SettleAbove}
	if !cfg.LLM.Enabled {
		return understand.NewPipeline(o)
	}
	l := cfg.LLM
	o.LLM = prompts.New(prompts.Options{BaseURL: l.BaseURL, Model: l.Model, APIKey: cfg.LLMKey(), Mode: l.Mode,
		MaxTokens: l.MaxTokens, ExtraBody: l.ExtraBody})
	o.Model, o.Timeout, o.MaxRetries = l.Model, l.Timeout.Std(), *l.MaxRetries
	if o.MaxRetries == 0 {
		o.MaxRetries = -1 // llm.max_retries: 0 is never; the pipeline's 0 is its default
	}
	o.BreakerFailures, o.BreakerCooldown, o.BreakerSlow, o.CacheTTL = l.BreakerFailures, l.BreakerCooldown.Std(), l.BreakerSlow.Std(), l.CacheTTL.Std()
	o.MinRunes, o.MaxInputRunes = l.MinRunes, l.MaxInputRunes
	if cache != nil {
		o.Cache = cache
	}
	return understand.NewPipeline(o)
}

// Close releases the store.
func (a *App) Close() error { return a.close() }

// Alarm reports whether a group text said in chat is an alarm to handle
// ahead of its chat's other messages (wechat.Options.Alarm): one the rules
// read (understand.Pipeline.RulesAlarm), or a person of the roster named
// and gone (handlers.Router.RosterAlarm: "王奶奶不见了"). Microseconds, no
// store.
func (a *App) Alarm(ctx context.Context, chat, text string) bool {
	return a.Reader.RulesAlarm(ctx, text) || a.Router.RosterAlarm(chat, text)
}

// Scopes lists every key scope: each village and the township.
func (a *App) Scopes() []storage.Scope {
	out := make([]storage.Scope, 0, len(a.Config.Villages)+1)
	for _, v := range a.Config.Villages {
		out = append(out, storage.VillageScope(v.Name))
	}
	return append(out, storage.TownshipScope(a.Config.Township.Name))
}

// Scheduler builds the scheduler with every configured job. Simulated time
// (replay, sandbox) wants catchUp < 0: every occurrence fires, however far
// the clock jumps (of a Latest job, the digests and reminders, only the
// latest, as after downtime); production passes schedules.catch_up.
func (a *App) Scheduler(catchUp time.Duration, log *slog.Logger) (*scheduler.Scheduler, error) {
	jobs := scheduler.Jobs(scheduler.Deps{Config: a.Config, Store: a.Store, People: a.Dir, Friends: a.friends, Logger: log})
	maxRuns := 0
	if catchUp < 0 {
		maxRuns = -1
	}
	return scheduler.New(a.Store, jobs, scheduler.Options{
		Location: a.Config.Location(), CatchUp: catchUp, MaxRuns: maxRuns,
		Scope: storage.TownshipScope(a.Config.Township.Name), Logger: log,
	})
}

// Outbox is the durable outbox over every scope, stamped by now.
func (a *App) Outbox(now func() time.Time) *storage.Outbox {
	return storage.NewOutbox(a.Store, storage.OutboxOptions{Scopes: a.Scopes(), Now: now, Loc: a.Config.Location()})
}

// missingRoster tells an operator whose roster file is not there (the
// first set-up, or a misspelt name) which file the bot looked for, where
// that name is written — -roster (flag, from the current folder) or the
// config file's roster: line — and, for the config's, the command that
// makes it from the village's register, as started (self). err is
// LoadRoster's.
func missingRoster(cfg *config.Config, flag, self string, err error) error {
	cause := errors.Unwrap(err) // the *fs.PathError, without LoadRoster's words
	file := cfg.File()
	switch {
	case flag != "":
		return fmt.Errorf("roster: 找不到花名册 %s（-roster 写的，从当前文件夹算起）：请检查文件名和路径（%w）", flag, cause)
	case file == "": // the bundled example, or a config built in code
		return err
	}
	want := cfg.Roster
	if !filepath.IsAbs(want) {
		want = filepath.Join(filepath.Dir(file), want)
	}
	if near := filepath.Join(filepath.Dir(file), filepath.Base(want)); near != want && isFile(near) {
		// The roster was copied next to the config, the roster: line
		// still names it where it was (example/roster.csv).
		return fmt.Errorf("roster: 找不到花名册 %s（%s %sroster: %s，从配置文件所在的文件夹算起）。配置文件旁边有 %s：是它的话，把这一行改成 roster: %s（%w）",
			want, file, cfg.At("roster"), cfg.Roster, near, filepath.Base(want), cause)
	}
	return fmt.Errorf("roster: 还没有花名册 %s（%s %sroster: %s，从配置文件所在的文件夹算起）：第一次用时，把村里给的表导入一次就建好了："+
		"%s roster -config %s -import 村里给的表.xlsx -write（见 README「4. 花名册」）；"+
		"已经有了的，请把 %s 里 roster: 后面改成它的文件名（%w）",
		want, file, cfg.At("roster"), cfg.Roster, self, file, file, cause)
}

// isFile says a file (not a folder) is at p.
func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// LoadRoster reads and parses the roster file at p in fsys.
func LoadRoster(fsys fs.FS, p, defaultVillage string) ([]village.Person, error) {
	people, _, err := LoadSheet(fsys, p, roster.Places{Village: defaultVillage})
	return people, err
}

// RosterPlaces are the config's villages and grids as the roster is read
// against them: rows of no 村 are of the first village, and a workbook
// kept one sheet a 组 names its sheets after the grids.
func RosterPlaces(cfg *config.Config) roster.Places {
	at := roster.Places{Village: cfg.Villages[0].Name}
	for _, v := range cfg.Villages {
		for _, g := range v.Grids {
			at.Grids = append(at.Grids, roster.Grid{Village: v.Name, Name: g.Name})
		}
	}
	return at
}

// LoadSheet is LoadRoster, read against the config's places (at), that
// also says where in the file each person is.
func LoadSheet(fsys fs.FS, p string, at roster.Places) ([]village.Person, *roster.Sheet, error) {
	if p == "" {
		return nil, nil, fmt.Errorf("roster: 没有花名册：请在配置里写 roster: 花名册文件（如 roster: 花名册.xlsx），或用 -roster 指定")
	}
	f, err := fsys.Open(path.Clean(p))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("roster: 找不到花名册 %s：请检查文件名（配置里 roster: 写的从配置文件所在的文件夹算起，-roster 写的从当前文件夹算起）（%w）", p, err)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("roster: 打不开花名册 %s：请检查文件名和能不能读（配置里 roster: 写的从配置文件所在的文件夹算起，-roster 写的从当前文件夹算起）（%w）", p, err)
	}
	defer f.Close()
	people, sheet, err := roster.ParseSheet(f, p, at)
	if err != nil {
		return nil, nil, fmt.Errorf("roster: %w", err) // err names the file
	}
	return people, sheet, nil
}

// CheckMediators makes sure every villages[].mediators name is one person
// of the roster: a mediator nobody can find would never hear of the
// mediation items they join. Every name that is not is told in one error,
// each with its line, so that a volunteer who copied the example fixes
// them all at once.
func CheckMediators(cfg *config.Config, dir *roster.Directory) error {
	var told []string // in the file's order
	missing := 0
	for i, v := range cfg.Villages {
		for j, name := range v.Mediators {
			where := fmt.Sprintf("%svillages[%d].mediators（%s）里的「%s」", cfg.At(fmt.Sprintf("villages[%d].mediators[%d]", i, j)), i, v.Name, name)
			// The lookup's own error is English detail for the log; the
			// volunteer is told what to write instead.
			_, err := dir.Lookup(v.Name, name)
			switch {
			case errors.Is(err, roster.ErrAmbiguous):
				told = append(told, fmt.Sprintf("%s在花名册里不止一个人：请写成 姓名·户号，如 %s", where, strings.Join(namesakes(dir, v.Name, name), "、")))
			case err != nil:
				told, missing = append(told, where+"在花名册里找不到"), missing+1
			}
		}
	}
	const fix = "请照花名册「姓名」一列改配置里的名字（重名的写 姓名·户号），或者先把这个人加进花名册；不要的调解员，把那一行删掉"
	switch {
	case len(told) == 0:
		return nil
	case len(told) == 1 && missing == 1:
		return cfg.Errorf("%s：%s", told[0], fix)
	case len(told) == 1:
		return cfg.Errorf("%s", told[0])
	}
	msg := fmt.Sprintf("配置里有 %d 个名字和花名册对不上，都改好再运行：\n  %s", len(told), strings.Join(told, "\n  "))
	if missing > 0 {
		msg += "\n找不到的，" + fix
	}
	return cfg.Errorf("%s", msg)
}

// namesakes writes the people of villageName called name as 姓名·户号,
// the form that tells them apart; name·户号 when the roster has none by
// that name (the clash was between nicknames).
func namesakes(dir *roster.Directory, villageName, name string) []string {
	var out []string
	for _, p := range dir.All() {
		if p.Village == villageName && p.Name == strings.TrimSpace(name) {
			out = append(out, p.Name+roster.HouseholdSep+p.Household)
		}
	}
	if len(out) == 0 {
		out = []string{name + roster.HouseholdSep + "户号"}
	}
	return out
}

// Leaderless lists the configured grids ("青山村三组") no grid leader covers.
func Leaderless(cfg *config.Config, dir *roster.Directory) []string {
	var out []string
	for _, v := range cfg.Villages {
		for _, g := range v.Grids {
			if len(dir.InGrid(v.Name, g.Name, village.RoleLeader)) == 0 {
				out = append(out, v.Name+g.Name)
			}
		}
	}
	return out
}

// Unplaced lists the people whose village, or grid, is not in cfg. An
// empty grid is allowed: village-wide cadres.
func Unplaced(cfg *config.Config, people []village.Person) []village.Person {
	grids := map[[2]string]bool{}
	for _, v := range cfg.Villages {
		grids[[2]string{v.Name, ""}] = true
		for _, g := range v.Grids {
			grids[[2]string{v.Name, g.Name}] = true
		}
	}
	var out []village.Person
	for _, p := range people {
		if p.Village != "" && !grids[[2]string{p.Village, p.Grid}] {
			out = append(out, p)
		}
	}
	return out
}

// Gridless lists the people of a village with several
// grids whose 网格 is empty though they hold no role that covers the whole
// village (网格长, 网格员, 镇干部, 管理员): no grid's leader covers such a
// person, and a whole register of them mostly lost its 网格 column.
func Gridless(cfg *config.Config, people []village.Person) []village.Person {
	several := cfg.SeveralGrids()
	var out []village.Person
	for _, p := range people {
		if p.Grid == "" && several[p.Village] && !p.VillageWide() {
			out = append(out, p)
		}
	}
	return out
}

// WholeVillage lists the 网格长 and 网格员 of a village with several
// grids whose 网格 is empty: they serve every grid of it (each grid's
// items, digests and reminders are theirs too), which the volunteer is
// told plainly, for a cadre meant for one grid whose cell was left empty
// reads the same.
func WholeVillage(cfg *config.Config, people []village.Person) []village.Person {
	several := cfg.SeveralGrids()
	var out []village.Person
	for _, p := range people {
		if p.Grid == "" && several[p.Village] && (p.Has(village.RoleLeader) || p.Has(village.RoleWorker)) {
			out = append(out, p)
		}
	}
	return out
}

// Householdless lists the villagers of no 户号: the
// points go by household, and they can neither claim nor ask them (a
// register that lost its 户号 column lists everyone). A 镇干部 or 管理员
// who is no villager has no household in the village and is not listed.
func Householdless(people []village.Person) []village.Person {
	var out []village.Person
	for _, p := range people {
		if p.Household == "" && p.Has(village.RoleVillager) {
			out = append(out, p)
		}
	}
	return out
}

// Household is one household of the roster and those of its members a
// problem concerns.
type Household struct {
	Village, ID string
	People      []village.Person
}

// HouseholdHeads lists the households whose 与户主关系 is filled in for
// someone yet names no 户主 (headless, with all their members), and those
// that name more than one (several, with their heads): the ranking, the
// 公示 and the replies call a household by its head, and kin words (“我爸”)
// are read against the head. A register without the column names no heads
// at all and is not told of.
func HouseholdHeads(people []village.Person) (headless, several []Household) {
	type house struct {
		village, id       string
		members, heads    []village.Person
		relationsFilledIn bool
	}
	var order []*house
	at := map[[2]string]*house{}
	for _, p := range people {
		if p.Household == "" {
			continue
		}
		k := [2]string{p.Village, p.Household}
		h := at[k]
		if h == nil {
			h = &house{village: p.Village, id: p.Household}
			at[k] = h
			order = append(order, h)
		}
		h.members = append(h.members, p)
		if p.Relation != "" {
			h.relationsFilledIn = true
		}
		if p.Relation == village.RelHead {
			h.heads = append(h.heads, p)
		}
	}
	for _, h := range order {
		switch {
		case len(h.heads) == 0 && h.relationsFilledIn:
			headless = append(headless, Household{h.village, h.id, h.members})
		case len(h.heads) > 1:
			several = append(several, Household{h.village, h.id, h.heads})
		}
	}
	return headless, several
}

// names are the people's names, for the log.
func names(people []village.Person) []string {
	out := make([]string, len(people))
	for i, p := range people {
		out[i] = p.Name
	}
	return out
}

// households are "村 户号" of each household, for the log.
func households(hs []Household) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Village + " " + h.ID
	}
	return out
}
