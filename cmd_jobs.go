package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"text/tabwriter"
	"time"

	"gridbot/app"
)

// cmdJobs lists the scheduled jobs with their next run times.
func cmdJobs(_ context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("jobs", "jobs [-config FILE] [-at 2026-03-02T09:00:00+08:00]", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）")
	atFlag := fl.String("at", "", "列出这个时间以后的运行（不写就是现在），写法如 2026-03-02T09:00:00+08:00")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	now := time.Now()
	if *atFlag != "" {
		if now, err = time.Parse(time.RFC3339, *atFlag); err != nil {
			return fmt.Errorf("jobs: -at 的时间请写成 2026-03-02T09:00:00+08:00 这样")
		}
	}
	a, err := app.Open(app.Options{Config: cfg, RosterFS: rfs, Logger: log, Scratch: true}) // the schedule needs no data
	if err != nil {
		return err
	}
	defer a.Close()
	sched, err := a.Scheduler(0, log)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "任务\t时间表\t下次运行")
	for _, p := range sched.Next(now) {
		next := "不再运行"
		if at := p.At.In(cfg.Location()); !p.At.IsZero() {
			next = at.Format("2006-01-02 15:04 ") + weekday(at.Weekday())
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", p.Job, p.Spec, next)
	}
	return w.Flush()
}

// weekday names d as a calendar on the wall does.
func weekday(d time.Weekday) string {
	return [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}[d]
}
