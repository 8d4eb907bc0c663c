package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"gridbot/app"
	"gridbot/village"
)

// cmdJobs lists the scheduled jobs with their next run times.
func cmdJobs(_ context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("jobs", "jobs [-config FILE] [-at \"2026-03-02 09:00\"]", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）")
	atFlag := fl.String("at", "", "列出这个时间以后的运行（不写就是现在），写法如 \"2026-03-02 09:00\"（和表里一样，按配置的时区）、2026-03-02 或 2026-03-02T09:00:00+08:00")
	cfg, rfs, err := parseConfigFlags(fl, args, cfgPath)
	if err != nil {
		return err
	}
	now := time.Now()
	if *atFlag != "" {
		if now, err = parseAt(*atFlag, cfg.Location()); err != nil {
			return err
		}
	}
	a, err := app.Open(app.Options{Config: cfg, RosterFS: rfs, Logger: log, Scratch: true, Self: invokedAs()}) // the schedule needs no data
	if err != nil {
		return err
	}
	defer a.Close()
	tellRoster(stderr, a)
	sched, err := a.Scheduler(a.Config.Schedules.CatchUp.Std(), log)
	if err != nil {
		return err
	}
	rows := [][]string{{"任务", "做什么", "时间表", "下次运行"}}
	for _, p := range sched.Next(now) {
		next := "不再运行"
		if at := p.At.In(cfg.Location()); !p.At.IsZero() {
			next = at.Format("2006-01-02 15:04 ") + village.WeekdayName(at.Weekday())
		}
		rows = append(rows, []string{p.Job, p.Label, p.Spec, next})
	}
	if *cfgPath == "" {
		// Without -config the table is the example township's, which a
		// volunteer could take for his own (ops81); said on stderr, before
		// the table, which stays the whole of stdout.
		fmt.Fprintf(stderr, jobsExample, cfg.Township.Name, commandLine(invokedAs(), "jobs", "-config", "我的配置.yaml"))
	}
	// The server's clock is often on UTC: say which time these are.
	from := now.In(cfg.Location())
	_, err = fmt.Fprintf(stdout, "%s\n时间按配置里的 time_zone（%s）算，从 %s 算起。\n%s\n",
		columns(rows), cfg.Location(), from.Format("2006-01-02 15:04 ")+village.WeekdayName(from.Weekday()), jobsHint)
	return err
}

// jobsExample heads the table of jobs run without -config.
const jobsExample = "没有写 -config，下面是内置示例（%s）的时间表；看自己配置里的，运行 %s。\n"

// jobsHint tells how to change what the table shows.
const jobsHint = "要改时间，改配置里 schedules: 下同名的一项（points_ 开头的在 points: 的 schedules: 下，去掉 points_，如 finalise）。时间表写的是“分 时 日 月 星期”：0 20 * * * 是每天 20:00，0 9-18 * * * 是 9 点到 18 点每个整点，*/5 * * * * 是每 5 分钟；写 off 就不运行。改好后重启 gridbot。"

// columns lays rows out in columns two spaces apart, aligned as a terminal
// shows them: a Chinese character takes two cells (text/tabwriter counts
// it as one).
func columns(rows [][]string) string {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], cells(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-cells(cell)+2))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// cells is how many terminal cells s takes: two for each wide (East Asian)
// character, one for the others.
func cells(s string) int {
	n := 0
	for _, r := range s {
		n++
		if wide(r) {
			n++
		}
	}
	return n
}

// wide reports whether r is an East Asian wide or fullwidth character.
func wide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115f, // Hangul Jamo
		0x2e80 <= r && r <= 0x303e, // CJK radicals, punctuation (、。「」)
		0x3041 <= r && r <= 0xa4cf, // kana … CJK ideographs, Yi
		0xac00 <= r && r <= 0xd7a3, // Hangul syllables
		0xf900 <= r && r <= 0xfaff, // CJK compatibility ideographs
		0xfe30 <= r && r <= 0xfe4f, // CJK compatibility forms
		0xff00 <= r && r <= 0xff60, // fullwidth forms (，：（）)
		0xffe0 <= r && r <= 0xffe6,
		0x20000 <= r && r <= 0x3fffd: // CJK extension planes
		return true
	}
	return false
}

// parseAt reads -at: RFC 3339, or a time as the table writes it
// ("2026-03-02 09:00") or a day, in the config's time zone.
func parseAt(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("jobs: -at 写的 %q 认不出来：请写成 \"2026-03-02 09:00\"（有空格要加英文引号）、2026-03-02 或 2026-03-02T09:00:00+08:00", s)
}
