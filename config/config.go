// Package config is gridbot's one typed configuration: YAML, unknown keys
// rejected with their line number, secrets only from the environment.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the time zone must load on machines without zoneinfo

	"gopkg.in/yaml.v3"
)

// Config is the whole configuration file.
type Config struct {
	// BotName is the bot's display name in groups; "@BotName" addresses it.
	BotName string `yaml:"bot_name"`
	// TimeZone is an IANA zone name. Default Asia/Shanghai.
	TimeZone   string      `yaml:"time_zone"`
	Township   Township    `yaml:"township"`
	Villages   []Village   `yaml:"villages"`
	Roster     string      `yaml:"roster"`
	SLA        SLA         `yaml:"sla"`
	Procedures []Procedure `yaml:"procedures"`
	Redis      Redis       `yaml:"redis"`
	LLM        LLM         `yaml:"llm"`
	Schedules  Schedules   `yaml:"schedules"`
	Outbound   Outbound    `yaml:"outbound"`

	loc *time.Location
}

// Township is the township office and its chats.
type Township struct {
	Name string `yaml:"name"`
	// OfficeChat receives escalations and digests.
	OfficeChat string `yaml:"office_chat"`
	// EmergencyChat receives emergencies the minute they are reported.
	EmergencyChat string       `yaml:"emergency_chat"`
	Departments   []Department `yaml:"departments"`
}

// Department is a township department that items may be referred to.
type Department struct {
	Name  string `yaml:"name"`
	Duty  string `yaml:"duty"`
	Phone string `yaml:"phone"`
}

// Village is one village and its grids.
type Village struct {
	Name string `yaml:"name"`
	// Mediators are roster names who join every mediation item of the village.
	Mediators []string `yaml:"mediators"`
	Grids     []Grid   `yaml:"grids"`
}

// Grid is one grid and its WeChat group.
type Grid struct {
	Name string `yaml:"name"`
	// Group is the exact WeChat group name.
	Group string `yaml:"group"`
}

// SLA holds time limits per report type.
type SLA struct {
	General   Limit `yaml:"general"`
	Mediation Limit `yaml:"mediation"`
	Emergency Limit `yaml:"emergency"`
	Approval  Limit `yaml:"approval"`
}

// Limit is how long acceptance and resolution may take.
type Limit struct {
	Accept  Duration `yaml:"accept"`
	Resolve Duration `yaml:"resolve"`
}

// Procedure is one entry of the approval knowledge base.
type Procedure struct {
	Name      string   `yaml:"name"`
	Keywords  []string `yaml:"keywords"`
	Steps     []string `yaml:"steps"`
	Materials []string `yaml:"materials"`
	Where     string   `yaml:"where"`
	TimeLimit string   `yaml:"time_limit"`
	Note      string   `yaml:"note"`
}

// Redis says where state lives.
type Redis struct {
	// URL such as redis://127.0.0.1:6379/0 or unix:///run/redis.sock.
	// Empty: sandbox and replay use an in-process store; run refuses.
	URL string `yaml:"url"`
	// Prefix starts every key. Default "gb".
	Prefix string `yaml:"prefix"`
	// PasswordEnv names the environment variable holding the password.
	PasswordEnv string `yaml:"password_env"`
}

// LLM is an optional OpenAI-compatible endpoint for free text.
type LLM struct {
	Enabled   bool     `yaml:"enabled"`
	BaseURL   string   `yaml:"base_url"`
	Model     string   `yaml:"model"`
	APIKeyEnv string   `yaml:"api_key_env"`
	Timeout   Duration `yaml:"timeout"`
}

// Schedules are cron expressions (minute hour dom month dow) in TimeZone.
type Schedules struct {
	EveningDigest string `yaml:"evening_digest"`
	MorningDigest string `yaml:"morning_digest"`
	Overdue       string `yaml:"overdue"`
}

// Outbound paces messages per bot account.
type Outbound struct {
	// Interval between two messages of one account. Default 1s.
	Interval Duration `yaml:"interval"`
	// Jitter is a random extra wait up to this long. Default 500ms.
	Jitter Duration `yaml:"jitter"`
	// MaxChars splits longer texts into several messages. Default 600.
	MaxChars int `yaml:"max_chars"`
}

// Duration is a time.Duration that also accepts days, as in "3d".
type Duration time.Duration

// UnmarshalYAML accepts Go durations ("90m", "24h") and days ("3d").
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration: write it like 15m, 24h or 3d", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// ParseDuration parses a Go duration or a whole number of days ("3d").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad day count %q", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Parse decodes YAML, rejects unknown keys, applies defaults and validates.
func Parse(data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config: %w (check the spelling and indentation of that line against config.example.yaml)", err)
	}
	c.applyDefaults()
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) applyDefaults() {
	if c.BotName == "" {
		c.BotName = "网格小助手"
	}
	if c.TimeZone == "" {
		c.TimeZone = "Asia/Shanghai"
	}
	if c.Redis.Prefix == "" {
		c.Redis.Prefix = "gb"
	}
	if c.LLM.Timeout == 0 {
		c.LLM.Timeout = Duration(8 * time.Second)
	}
	if c.LLM.APIKeyEnv == "" {
		c.LLM.APIKeyEnv = "GRIDBOT_LLM_API_KEY"
	}
	if c.Outbound.Interval == 0 {
		c.Outbound.Interval = Duration(time.Second)
	}
	if c.Outbound.Jitter == 0 {
		c.Outbound.Jitter = Duration(500 * time.Millisecond)
	}
	if c.Outbound.MaxChars == 0 {
		c.Outbound.MaxChars = 600
	}
	def := func(l *Limit, accept, resolve time.Duration) {
		if l.Accept == 0 {
			l.Accept = Duration(accept)
		}
		if l.Resolve == 0 {
			l.Resolve = Duration(resolve)
		}
	}
	def(&c.SLA.General, 24*time.Hour, 3*24*time.Hour)
	def(&c.SLA.Mediation, 24*time.Hour, 7*24*time.Hour)
	def(&c.SLA.Emergency, 15*time.Minute, 24*time.Hour)
	def(&c.SLA.Approval, 24*time.Hour, 10*24*time.Hour)
}

func (c *Config) validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		bad("time_zone %q is unknown: use an IANA name such as Asia/Shanghai", c.TimeZone)
	}
	c.loc = loc
	if c.Township.Name == "" {
		bad("township.name is empty: write the township's name, e.g. 青山镇")
	}
	if c.Township.OfficeChat == "" {
		bad("township.office_chat is empty: write the exact WeChat group name of the township office")
	}
	if c.Township.EmergencyChat == "" {
		bad("township.emergency_chat is empty: write the exact WeChat group name of the emergency duty chat (it may equal office_chat)")
	}
	if len(c.Villages) == 0 {
		bad("villages is empty: list at least one village with its grids")
	}
	groups := map[string]string{c.Township.OfficeChat: "township.office_chat", c.Township.EmergencyChat: "township.emergency_chat"}
	seenVillage := map[string]bool{}
	for i, v := range c.Villages {
		if v.Name == "" {
			bad("villages[%d].name is empty", i)
		}
		if seenVillage[v.Name] {
			bad("villages[%d].name %q appears twice: village names must be unique", i, v.Name)
		}
		seenVillage[v.Name] = true
		if len(v.Grids) == 0 {
			bad("villages[%d] (%s) has no grids: list each grid with its WeChat group", i, v.Name)
		}
		seenGrid := map[string]bool{}
		for j, g := range v.Grids {
			where := fmt.Sprintf("villages[%d].grids[%d]", i, j)
			if g.Name == "" {
				bad("%s.name is empty: write the grid's name, e.g. 三组", where)
			}
			if seenGrid[g.Name] {
				bad("%s.name %q appears twice in %s", where, g.Name, v.Name)
			}
			seenGrid[g.Name] = true
			if g.Group == "" {
				bad("%s.group is empty: write the exact WeChat group name", where)
				continue
			}
			if prev, ok := groups[g.Group]; ok {
				bad("%s.group %q is already used by %s: each grid needs its own group", where, g.Group, prev)
			}
			groups[g.Group] = where
		}
	}
	for _, lim := range []struct {
		name string
		l    Limit
	}{{"general", c.SLA.General}, {"mediation", c.SLA.Mediation}, {"emergency", c.SLA.Emergency}, {"approval", c.SLA.Approval}} {
		if lim.l.Accept < 0 || lim.l.Resolve < 0 {
			bad("sla.%s has a negative duration", lim.name)
		}
	}
	for i, p := range c.Procedures {
		if p.Name == "" || len(p.Keywords) == 0 || len(p.Steps) == 0 {
			bad("procedures[%d] needs name, keywords and steps", i)
		}
	}
	if c.LLM.Enabled && (c.LLM.BaseURL == "" || c.LLM.Model == "") {
		bad("llm.enabled is true but base_url or model is empty: set both, or set enabled: false")
	}
	if c.Outbound.MaxChars < 100 {
		bad("outbound.max_chars is %d: use at least 100", c.Outbound.MaxChars)
	}
	if len(errs) > 0 {
		return fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return nil
}

// Location is the configured time zone.
func (c *Config) Location() *time.Location { return c.loc }

// RedisPassword reads the Redis password from the environment variable the
// config names; secrets never live in the file.
func (c *Config) RedisPassword() string {
	if c.Redis.PasswordEnv == "" {
		return ""
	}
	return os.Getenv(c.Redis.PasswordEnv)
}

// LLMKey reads the LLM API key from the environment.
func (c *Config) LLMKey() string { return os.Getenv(c.LLM.APIKeyEnv) }

// GridOfGroup finds the village and grid a WeChat group belongs to.
func (c *Config) GridOfGroup(group string) (village, grid string, ok bool) {
	for _, v := range c.Villages {
		for _, g := range v.Grids {
			if g.Group == group {
				return v.Name, g.Name, true
			}
		}
	}
	return "", "", false
}

// Limit returns the SLA of a report type by its name.
func (s SLA) Limit(typ string) Limit {
	switch typ {
	case "mediation":
		return s.Mediation
	case "emergency":
		return s.Emergency
	case "approval":
		return s.Approval
	}
	return s.General
}
