package config

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"
)

const examplePath = "../config.example.yaml"

// minimal is the smallest valid configuration; tests add keys to it.
const minimal = `township:
  name: 青山镇
  office_chat: 镇工作群
  emergency_chat: 镇应急群
villages:
  - name: 青山村
    grids:
      - name: 一组
        group: 一组群
`

func mustLoadExample(tb testing.TB) *Config {
	tb.Helper()
	c, err := Load(examplePath)
	if err != nil {
		tb.Fatalf("Load(%s): %v", examplePath, err)
	}
	return c
}

func TestExampleLoads(t *testing.T) {
	c := mustLoadExample(t)

	var groups []string
	for _, v := range c.Villages {
		for _, g := range v.Grids {
			groups = append(groups, g.Group)
		}
	}
	wantGroups := []string{"青山村一组网格群", "青山村二组网格群", "青山村三组网格群"}
	if diff := cmp.Diff(groups, wantGroups); diff != "" {
		t.Errorf("grid groups (-got +want):\n%s", diff)
	}

	chats := map[string]bool{c.Township.OfficeChat: true, c.Township.EmergencyChat: true}
	if len(chats) != 2 {
		t.Errorf("township chats = %q, %q; want two different chats", c.Township.OfficeChat, c.Township.EmergencyChat)
	}

	if len(c.Procedures) < 7 {
		t.Errorf("got %d procedures, want at least 7", len(c.Procedures))
	}
	var names []string
	for _, p := range c.Procedures {
		names = append(names, p.Name)
		if p.Where == "" || p.TimeLimit == "" || len(p.Materials) == 0 {
			t.Errorf("procedure %s lacks where, time_limit or materials", p.Name)
		}
	}
	hasName := func(word string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, word) })
	}
	for _, word := range []string{"宅基地建房", "低保", "残疾证", "临时救助", "危房改造", "户籍证明"} {
		if !hasName(word) {
			t.Errorf("no procedure named like %s in %q", word, names)
		}
	}
	if !hasName("医保") && !hasName("养老保险") {
		t.Errorf("no procedure for 医保 or 养老保险 in %q", names)
	}

	if village, grid, ok := c.GridOfGroup("青山村三组网格群"); !ok || village != "青山村" || grid != "三组" {
		t.Errorf("GridOfGroup(青山村三组网格群) = %q, %q, %v; want 青山村, 三组, true", village, grid, ok)
	}
	if c.Location() == nil {
		t.Error("Location() is nil")
	}
	roster := filepath.Join(filepath.Dir(examplePath), c.Roster)
	if _, err := os.Stat(roster); err != nil {
		t.Errorf("roster %s: %v", c.Roster, err)
	}
}

// TestExampleHasEveryKey keeps config.example.yaml a complete reference:
// every yaml key of Config must appear in it.
func TestExampleHasEveryKey(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	yamlKeys(doc.Content[0], "", have)
	var missing []string
	for _, k := range allKeys(reflect.TypeFor[Config](), "") {
		if !have[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		t.Errorf("config.example.yaml lacks keys %q", missing)
	}
}

// yamlKeys records the key paths found under n, in the form allKeys uses.
func yamlKeys(n *yaml.Node, path string, have map[string]bool) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			have[p] = true
			yamlKeys(n.Content[i+1], p, have)
		}
	case yaml.SequenceNode:
		for _, item := range n.Content {
			yamlKeys(item, path+"[]", have)
		}
	}
}

func TestUnknownKeyRejected(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		wantLine string
		wantKey  string
	}{
		{
			name:     "top level",
			yaml:     minimal + "botname: 小助手\n",
			wantLine: "第 10 行",
			wantKey:  "botname",
		},
		{
			name:     "misspelt nested key",
			yaml:     "township:\n  name: 青山镇\n  offce_chat: 镇工作群\n",
			wantLine: "第 3 行",
			wantKey:  "offce_chat",
		},
		{
			name:     "inside a list item",
			yaml:     strings.Replace(minimal, "        group: 一组群\n", "        group: 一组群\n        leader: 李四\n", 1),
			wantLine: "第 10 行",
			wantKey:  "leader",
		},
		{
			name:     "sla type that does not exist",
			yaml:     minimal + "sla:\n  urgent:\n    accept: 1h\n",
			wantLine: "第 11 行",
			wantKey:  "urgent",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("Parse accepted an unknown key")
			}
			for _, want := range []string{tt.wantLine, tt.wantKey} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not mention %q", err, want)
				}
			}
		})
	}
}

// TestSyntaxErrorSaysWhatToDo: a volunteer's usual slips — a Tab for
// indentation, a file saved as GBK, a file that is not there — are told
// with the fix.
func TestSyntaxErrorSaysWhatToDo(t *testing.T) {
	_, err := Parse([]byte("township:\n\tname: 青山镇\n"))
	if err == nil || !strings.Contains(err.Error(), "第 2 行") || !strings.Contains(err.Error(), "把 Tab 换成空格") {
		t.Errorf("Tab indentation: %v", err)
	}
	// 镇 in GBK, as Notepad's "ANSI" saves it on Chinese Windows.
	_, err = Parse([]byte("bot_name: 网格小助手\ntownship:\n  name: 青山\xd5\xf2\n"))
	if err == nil || !strings.Contains(err.Error(), "第 3 行的字不是 UTF-8 编码：配置文件要存成 UTF-8") {
		t.Errorf("GBK file: %v", err)
	}
	_, err = Load(filepath.Join(t.TempDir(), "我的配置.yaml"))
	if err == nil || !strings.Contains(err.Error(), "找不到配置文件") || !strings.Contains(err.Error(), "cp config.example.yaml 我的配置.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

func TestBadDurationNamesLine(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		wantLine string
	}{
		{"sla with a space", minimal + "sla:\n  general:\n    accept: 2 days\n", "第 12 行"},
		{"outbound unit missing", minimal + "outbound:\n  interval: 1\n", "第 11 行"},
		{"llm timeout in words", minimal + "llm:\n  timeout: eight seconds\n", "第 11 行"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("Parse accepted a bad duration")
			}
			if !strings.Contains(err.Error(), tt.wantLine) {
				t.Errorf("error %q does not mention %q", err, tt.wantLine)
			}
		})
	}
}

func TestValidationNamesKeyPath(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings the error must contain
	}{
		{
			name: "empty group name",
			yaml: strings.Replace(minimal, "group: 一组群", `group: ""`, 1),
			want: []string{"villages[0].grids[0].group", "是空的"},
		},
		{
			name: "duplicate group",
			yaml: minimal + "      - name: 二组\n        group: 一组群\n",
			want: []string{"villages[0].grids[1].group", "一组群", "villages[0].grids[0]"},
		},
		{
			name: "grid group equal to the office chat",
			yaml: strings.Replace(minimal, "group: 一组群", "group: 镇工作群", 1),
			want: []string{"villages[0].grids[0].group", "township.office_chat"},
		},
		{
			name: "unknown time zone",
			yaml: "time_zone: Asia/Qingshan\n" + minimal,
			want: []string{"time_zone", "Asia/Qingshan"},
		},
		{
			name: "outreach reminder more often than the daily list",
			yaml: minimal + "outreach:\n  remind_again:\n    focus: 12h\n",
			want: []string{"outreach.remind_again.focus", "1d"},
		},
		{
			name: "catch-up longer than a week",
			yaml: minimal + "schedules:\n  catch_up: 8d\n",
			want: []string{"schedules.catch_up", "8d", "1h 到 7d"},
		},
		{
			name: "catch-up shorter than an hour",
			yaml: minimal + "schedules:\n  catch_up: 30m\n",
			want: []string{"schedules.catch_up", "30m", "1h 到 7d"},
		},
		{
			name: "negative visit reminders",
			yaml: minimal + "outreach:\n  visit_reminders: -1\n",
			want: []string{"outreach.visit_reminders", "-1", "1 到 10"},
		},
		{
			name: "llm enabled without model",
			yaml: minimal + "llm:\n  enabled: true\n  base_url: http://127.0.0.1:11434/v1\n",
			want: []string{"llm.enabled", "model"},
		},
		{
			name: "holiday in month 13",
			yaml: minimal + "sla:\n  holidays: [2026-10-01, 2026-13-01]\n",
			want: []string{"第 11 行", "sla.holidays", "2026-13-01", "2026-10-01"},
		},
		{
			name: "workday with slashes",
			yaml: minimal + "sla:\n  workdays:\n    - 2026/09/20\n",
			want: []string{"第 12 行", "sla.workdays", "2026/09/20"},
		},
		{
			name: "holiday range backwards",
			yaml: minimal + "sla:\n  holidays:\n    - 2026-10-07..2026-10-01\n",
			want: []string{"第 12 行", "sla.holidays", "早的日期写在前面"},
		},
		{
			name: "holiday range over a year",
			yaml: minimal + "sla:\n  holidays:\n    - 2026-10-01..2027-10-07\n",
			want: []string{"第 12 行", "sla.holidays", "检查年份"},
		},
		{
			name: "holiday range without its end",
			yaml: minimal + "sla:\n  holidays:\n    - 2026-10-01..\n",
			want: []string{"第 12 行", "2026-10-01..2026-10-07"},
		},
		{
			name: "holidays not a list",
			yaml: minimal + "sla:\n  holidays: 2026-10-01\n",
			want: []string{"第 11 行", "sla.holidays", "要写成一个列表"},
		},
		{
			name: "make-up workday on a weekday",
			yaml: minimal + "sla:\n  workdays: [2026-10-08]\n",
			want: []string{"sla.workdays", "2026-10-08", "周四", "调休"},
		},
		{
			name: "make-up workday that is also a holiday",
			yaml: minimal + "sla:\n  holidays: [2026-10-01..2026-10-07]\n  workdays: [2026-10-04]\n",
			want: []string{"sla.workdays", "2026-10-04", "sla.holidays"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parseError(t, tt.yaml, tt.want)
		})
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"3d", 72 * time.Hour},
		{"0d", 0},
		{"10d", 240 * time.Hour},
		{"15m", 15 * time.Minute},
		{"24h", 24 * time.Hour},
		{"500ms", 500 * time.Millisecond},
		{" 1d ", 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if err != nil {
				t.Fatalf("ParseDuration(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("ParseDuration(%q) (-got +want):\n%s", tt.in, diff)
			}
		})
	}
	for _, bad := range []string{"", "d", "-1d", "1.5d", "3 days", "3"} {
		if got, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) = %v, want an error", bad, got)
		}
	}
}

func TestDefaults(t *testing.T) {
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	type defaults struct {
		BotName, TimeZone, RedisPrefix, APIKeyEnv string
		Interval, Jitter, LLMTimeout              time.Duration
		MaxChars                                  int
		CatchUp                                   time.Duration
		SLA                                       SLA
		LLMEnabled                                bool
	}
	got := defaults{
		BotName:     c.BotName,
		TimeZone:    c.TimeZone,
		RedisPrefix: c.Redis.Prefix,
		APIKeyEnv:   c.LLM.APIKeyEnv,
		Interval:    c.Outbound.Interval.Std(),
		Jitter:      c.Outbound.Jitter.Std(),
		LLMTimeout:  c.LLM.Timeout.Std(),
		MaxChars:    c.Outbound.MaxChars,
		CatchUp:     c.Schedules.CatchUp.Std(),
		SLA:         c.SLA,
		LLMEnabled:  c.LLM.Enabled,
	}
	day := 24 * time.Hour
	want := defaults{
		BotName:     "网格小助手",
		TimeZone:    "Asia/Shanghai",
		RedisPrefix: "gb",
		APIKeyEnv:   "GRIDBOT_LLM_API_KEY",
		Interval:    time.Second,
		Jitter:      500 * time.Millisecond,
		LLMTimeout:  8 * time.Second,
		MaxChars:    600,
		CatchUp:     day,
		SLA: SLA{
			EscalateAfter: Duration(day), AskRemindAfter: Duration(4 * time.Hour),
			PromiseLimit: Duration(7 * day),
			General:      Limit{Duration(day), Duration(3 * day)},
			Mediation:    Limit{Duration(day), Duration(7 * day)},
			Emergency:    Limit{Duration(15 * time.Minute), Duration(day)},
			Approval:     Limit{Duration(day), Duration(10 * day)},
		},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("defaults (-got +want):\n%s", diff)
	}
	if got := c.Location().String(); got != "Asia/Shanghai" {
		t.Errorf("Location() = %s, want Asia/Shanghai", got)
	}
}

// TestExampleMatchesDefaults keeps the example's values equal to the
// defaults it documents for the keys whose comments say so.
func TestExampleMatchesDefaults(t *testing.T) {
	ex := mustLoadExample(t)
	def, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	pick := func(c *Config) []any {
		sla := c.SLA
		sla.Holidays, sla.Workdays = nil, nil // the example lists a year's; the default is none
		return []any{c.BotName, c.TimeZone, sla, c.Redis.Prefix, c.LLM.APIKeyEnv, c.LLM.Timeout, c.Outbound,
			c.Schedules, c.QuietHours, c.Outreach.High, c.Outreach.Focus, c.Outreach.Normal, c.Outreach.MaxMisses,
			c.Outreach.RemindAgain, c.Outreach.TellLeaderAfter,
			c.Notices, c.Followup}
	}
	if diff := cmp.Diff(pick(ex), pick(def)); diff != "" {
		t.Errorf("example differs from defaults (-example +default):\n%s", diff)
	}
}

// TestDepartmentByAnyOfItsNames: a department is found by its name, by
// one of the names a "/" joins, with or without 镇 before it.
func TestDepartmentByAnyOfItsNames(t *testing.T) {
	tw := mustLoadExample(t).Township
	for name, want := range map[string]string{"司法所": "司法所", "镇司法所": "司法所", "综治中心": "党群服务中心/综治中心",
		"党群服务中心": "党群服务中心/综治中心", "综合办": "", "": "", "镇": ""} {
		if d, _ := tw.Department(name); d.Name != want {
			t.Errorf("Department(%q) = %q, want %q", name, d.Name, want)
		}
	}
}

// TestQuietHoursUntil: a time in the quiet hours is held until the end of
// those hours, the same morning or the next one; a time outside them is not.
func TestQuietHoursUntil(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		x, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	tests := []struct {
		start, end, at, want string
	}{
		{"21:00", "07:00", "2026-03-02 02:00", "2026-03-02 07:00"},
		{"21:00", "07:00", "2026-03-02 22:30", "2026-03-03 07:00"},
		{"21:00", "07:00", "2026-03-02 21:00", "2026-03-03 07:00"},
		{"21:00", "07:00", "2026-03-02 06:59", "2026-03-02 07:00"},
		{"21:00", "07:00", "2026-03-02 07:00", ""},
		{"21:00", "07:00", "2026-03-02 12:00", ""},
		{"01:00", "05:30", "2026-03-02 03:00", "2026-03-02 05:30"},
	}
	for _, tt := range tests {
		got := QuietHours{Start: tt.start, End: tt.end}.Until(at(tt.at))
		want := time.Time{}
		if tt.want != "" {
			want = at(tt.want)
		}
		if !got.Equal(want) {
			t.Errorf("%s–%s Until(%s) = %v, want %v", tt.start, tt.end, tt.at, got, want)
		}
	}
}

// TestNoticeRelease: a notice held in quiet hours goes out at the notice
// follow-up's first run after them, in the configured zone (07:15 with
// the defaults, not 07:00); a run inside them does not count; with the
// job off, at its default schedule's (the release still runs).
func TestNoticeRelease(t *testing.T) {
	for _, tt := range []struct {
		name, yaml, at, want string
	}{
		{"defaults, evening", "", "2026-03-02T22:30:00+08:00", "2026-03-03T07:15:00+08:00"},
		{"defaults, small hours", "", "2026-03-03T02:00:00+08:00", "2026-03-03T07:15:00+08:00"},
		{"defaults, by day: the next run", "", "2026-03-03T10:20:00+08:00", "2026-03-03T11:15:00+08:00"},
		{"a run inside the quiet hours is skipped", "schedules:\n  notice_followup: \"30 6,8 * * *\"\n",
			"2026-03-02T22:30:00+08:00", "2026-03-03T08:30:00+08:00"},
		{"the configured zone", "time_zone: Asia/Urumqi\nschedules:\n  notice_followup: \"40 7 * * *\"\n",
			"2026-03-02T22:30:00+06:00", "2026-03-03T07:40:00+06:00"},
		{"off: still released", "schedules:\n  notice_followup: \"off\"\n", "2026-03-02T22:30:00+08:00", "2026-03-03T07:15:00+08:00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(minimal + tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			at, _ := time.Parse(time.RFC3339, tt.at)
			got, ok := c.NoticeRelease(at)
			if tt.want == "" {
				if ok {
					t.Errorf("NoticeRelease(%s) = %v, want none", tt.at, got)
				}
				return
			}
			want, _ := time.Parse(time.RFC3339, tt.want)
			if !ok || !got.Equal(want) {
				t.Errorf("NoticeRelease(%s) = %v, %v; want %v", tt.at, got, ok, want)
			}
		})
	}
}

// TestNoticeFollowupOnlyAtNight: a notice follow-up that only runs in the
// quiet hours would hold the night's notices for ever: Load refuses it,
// naming its line; one that also runs by day, or is off, is fine.
func TestNoticeFollowupOnlyAtNight(t *testing.T) {
	_, err := Parse([]byte(minimal + "schedules:\n  notice_followup: \"0 3 * * *\"\n"))
	if err == nil || !strings.Contains(err.Error(), "行：schedules.notice_followup 写的是 \"0 3 * * *\"：它只在免打扰时间（quiet_hours 21:00–07:00）里跑") {
		t.Errorf("Parse = %v, want the night-only schedule refused with its line", err)
	}
	for _, spec := range []string{"0 3,9 * * *", "off", "15 8 * * 1-5"} {
		if _, err := Parse([]byte(minimal + "schedules:\n  notice_followup: \"" + spec + "\"\n")); err != nil {
			t.Errorf("%s: %v", spec, err)
		}
	}
}

// TestSecretWrittenAsEnvName: the volunteer who pastes the key, password
// or Webhook address itself where the name of its environment variable
// goes is told so, by the line and the variable to use, without the secret
// being echoed into a terminal or a log.
func TestSecretWrittenAsEnvName(t *testing.T) {
	for _, tc := range []struct{ name, yaml, secret, key, env string }{
		{"LLM key", minimal + "llm:\n  api_key_env: sk-3f9a2b7c1d\n", "sk-3f9a2b7c1d", "llm.api_key_env", "GRIDBOT_LLM_API_KEY"},
		{"Redis password", minimal + "redis:\n  password_env: \"p@ss w0rd!\"\n", "p@ss w0rd!", "redis.password_env", "GRIDBOT_REDIS_PASSWORD"},
		// letters and digits only, as a name could be, but no name is set
		{"Redis password of letters and digits", minimal + "redis:\n  password_env: s3cr3tPassw0rd\n", "s3cr3tPassw0rd", "redis.password_env", "GRIDBOT_REDIS_PASSWORD"},
		{"Webhook", minimal + "wechat:\n  alert:\n    url_env: https://qyapi.example/cgi-bin/webhook/send?key=abc\n", "key=abc", "wechat.alert.url_env", "GRIDBOT_ALERT_WEBHOOK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := parseError(t, tc.yaml, []string{"第 ", tc.key, "环境变量的名字", "export " + tc.env + "="})
			if strings.Contains(err.Error(), tc.secret) {
				t.Errorf("error %q echoes the secret", err)
			}
		})
	}
	if _, err := Parse([]byte(minimal + "llm:\n  api_key_env: DEEPSEEK_KEY\n")); err != nil {
		t.Errorf("a variable of one's own naming: %v", err)
	}
	t.Setenv("deepseek2", "sk-x")
	if _, err := Parse([]byte(minimal + "llm:\n  api_key_env: deepseek2\n")); err != nil {
		t.Errorf("a variable of one's own naming, in lower case, that is set: %v", err)
	}
}

// TestProcedureAmountNeedsItsYear: a procedure's amount is told as of the
// year it was set for, so one without its year (or a year of no amount,
// or no four-digit year) is refused, naming the entry and the fix.
func TestProcedureAmountNeedsItsYear(t *testing.T) {
	entry := "procedures:\n  - name: 城乡居民医保\n    keywords: [医保]\n    steps: [到村委会交]\n"
	for _, tt := range []struct{ name, yaml, want string }{
		{"amount alone", "    amount: 每人每年400元\n", "写了 amount，没写 amount_year"},
		{"year alone", "    amount_year: 2026\n", "写了 amount_year，没写 amount"},
		{"year of two digits", "    amount: 每人每年400元\n    amount_year: 26\n", "amount_year 写的是 26：请写四位数的年份"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(minimal + entry + tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "城乡居民医保") {
				t.Errorf("Parse: %v, want an error saying %q", err, tt.want)
			}
		})
	}
	if _, err := Parse([]byte(minimal + entry + "    amount: 每人每年400元\n    amount_year: 2026\n")); err != nil {
		t.Errorf("Parse of an amount with its year: %v", err)
	}
}

// TestProcedureDepartment: a procedure's department is one of the
// township's departments (its phone is told with the guide), found as
// 指派 finds one (镇司法所 is 司法所); another name is refused, naming the
// entry and the fix.
func TestProcedureDepartment(t *testing.T) {
	entry := "procedures:\n  - name: 户口迁移\n    keywords: [迁户口]\n    steps: [到派出所办]\n"
	dept := strings.Replace(minimal, "  emergency_chat: 镇应急群\n", "  emergency_chat: 镇应急群\n  departments:\n    - name: 司法所\n      phone: 0871-6612345\n", 1)
	if _, err := Parse([]byte(dept + entry + "    department: 镇司法所\n")); err != nil {
		t.Errorf("Parse of a listed department: %v", err)
	}
	_, err := Parse([]byte(dept + entry + "    department: 派出所\n"))
	if err == nil || !strings.Contains(err.Error(), "procedures[0]（户口迁移）的 department 写的是 \"派出所\"，township.departments 里没有这个部门") {
		t.Errorf("Parse of a department not listed: %v", err)
	}
}

// TestProcedureAmountPlaceholder: the example guide leaves the amounts
// each place sets (低保标准, 高龄补贴) as commented lines with ○○ for the
// figure; a village that uncomments one and forgets the figure would have
// the bot tell villagers "每人每月○○元". Such an amount is refused.
func TestProcedureAmountPlaceholder(t *testing.T) {
	entry := "procedures:\n  - name: 低保\n    keywords: [低保]\n    steps: [向乡镇申请]\n"
	for name, yaml := range map[string]string{
		"amount":  "    amount: 农村低保标准每人每月○○元\n    amount_kind: benefit\n    amount_year: 2026\n",
		"amounts": "    amounts:\n      - {text: 每人每月○○元, kind: benefit, year: 2026}\n",
	} {
		_, err := Parse([]byte(minimal + entry + yaml))
		if err == nil || !strings.Contains(err.Error(), "低保") || !strings.Contains(err.Error(), "○○") {
			t.Errorf("%s: Parse: %v, want an error naming 低保 and the ○○ left in", name, err)
		}
	}
}

// TestProcedureAmountKind: which way an amount goes (the villager pays
// it, or receives it) is written, not guessed: amount_kind of the one
// amount, kind of each of amounts (养老保险's fee and pension). A kind of
// neither name, an amounts entry with no kind, text or year, and a kind
// of no amount are refused, naming the entry and the fix.
func TestProcedureAmountKind(t *testing.T) {
	entry := "procedures:\n  - name: 城乡居民养老保险\n    keywords: [养老保险]\n    steps: [到村委会交]\n"
	for _, tt := range []struct{ name, yaml, want string }{
		{"kind in words", "    amount: 每人每年400元\n    amount_year: 2026\n    amount_kind: 交\n", "amount_kind 写的是 \"交\"：村民要交的钱写 fee"},
		{"kind of no amount", "    amount_kind: fee\n", "写了 amount_kind，没写 amount"},
		{"amounts without kind", "    amounts:\n      - {text: 每月163元, year: 2026}\n", "amounts[0] 的 kind 写的是 \"\""},
		{"amounts without year", "    amounts:\n      - {text: 每月163元, kind: benefit}\n", "amounts[0] 的 year 写的是 0"},
		{"amounts without text", "    amounts:\n      - {kind: benefit, year: 2026}\n", "amounts[0] 缺少 text"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(minimal + entry + tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "城乡居民养老保险") {
				t.Errorf("Parse: %v, want an error saying %q", err, tt.want)
			}
		})
	}
	cfg, err := Parse([]byte(minimal + entry + "    amount: 每年自选一档交\n    amount_kind: fee\n    amount_year: 2026\n    amounts:\n      - {text: 基础养老金每人每月163元, kind: benefit, year: 2026}\n"))
	if err != nil {
		t.Fatalf("Parse of a fee and a benefit: %v", err)
	}
	got := cfg.Procedures[0].AllAmounts()
	want := []Amount{{Text: "每年自选一档交", Kind: AmountFee, Year: 2026}, {Text: "基础养老金每人每月163元", Kind: AmountBenefit, Year: 2026}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AllAmounts (-want +got):\n%s", diff)
	}
}

// TestUnfilledAmounts: the example's commented amounts whose figure is
// ○○ (低保, 临时救助, 高龄补贴, 计划生育奖励扶助, and appr90's 冬季取暖补贴
// and 煤改电补贴) are named, so that run and
// the sandbox can tell an operator who copied the example; an entry whose
// lines were filled in or deleted is not.
func TestUnfilledAmounts(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cfg.UnfilledAmounts(), []string{"低保", "临时救助", "高龄补贴", "计划生育奖励扶助", "冬季取暖补贴", "煤改电补贴"}); diff != "" {
		t.Errorf("UnfilledAmounts (-got +want):\n%s", diff)
	}
	filled := strings.Replace(string(data), "    # amount: 农村低保标准每人每月○○元；按家里每人每月收入比标准少多少补多少\n    # amount_kind: benefit\n    # amount_year: 2026\n",
		"    amount: 农村低保标准每人每月700元\n    amount_kind: benefit\n    amount_year: 2026\n", 1)
	if cfg, err = Parse([]byte(filled)); err != nil {
		t.Fatal(err)
	}
	if got := cfg.UnfilledAmounts(); slices.Contains(got, "低保") || len(got) != 5 {
		t.Errorf("UnfilledAmounts with 低保 filled in: %v", got)
	}
}
