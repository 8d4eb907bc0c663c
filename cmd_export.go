package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"gridbot/app"
	"gridbot/export"
)

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("export", "export -config FILE -what reports|history|audit|claims|ledger|households|publicity|integrity|calls|notices -format csv|json|xlsx [-out FILE] [-redis URL]", stderr)
	cfgPath := fl.String("config", "", "config file (required: it says which Redis holds the data)")
	what := fl.String("what", "reports", "what to export: reports, history, audit; the points system's claims, ledger, households, publicity (公示 table) or integrity (per scorer); calls (phone calls to elders) or notices (which households answered 收到)")
	format := fl.String("format", "csv", "csv (UTF-8 with BOM, opens in Excel), json or xlsx")
	outPath := fl.String("out", "", "output file (default: standard output; xlsx needs -out)")
	redisURL := fl.String("redis", "", "Redis URL (default: the config's)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	opts := export.Options{What: *what, Format: *format}
	if err := export.Validate(opts); err != nil {
		return err
	}
	if *cfgPath == "" {
		fl.Usage()
		return fmt.Errorf("export: 请用 -config 写上机器人运行时用的配置文件（数据在它的 redis.url 里），例如 -config 我的配置.yaml")
	}
	if *format == "xlsx" && *outPath == "" {
		return fmt.Errorf("export: xlsx 要存成文件：请加 -out，例如 -out %s.xlsx", *what)
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	if *redisURL == "" && cfg.Redis.URL == "" {
		return fmt.Errorf("export: 这份配置里没有 redis.url，没有数据可以导出：请用机器人运行时用的那份配置，或用 -redis 写上 Redis 的地址")
	}
	a, err := app.Open(app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := pingRedis(ctx, a.Store, cfg); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	opts.Scopes, opts.Location = a.Scopes(), cfg.Location()
	opts.Points = export.PointsOptions{People: a.People, Rule: cfg.Points.AverageRule()}
	opts.Outreach = export.OutreachOptions{People: a.People, GridOfGroup: cfg.GridOfGroup}
	w := stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			return fmt.Errorf("export: 不能写文件 %s：请看文件夹在不在、文件是不是在 Excel 里开着（%w）", *outPath, err)
		}
		defer f.Close()
		w = f
	}
	return export.Write(ctx, a.Store, w, opts)
}
