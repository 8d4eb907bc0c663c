package main

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gridbot/app"
	"gridbot/export"
)

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("export", "export -config FILE -what reports|history|audit|claims|ledger|households|publicity|integrity|calls|notices -format csv|json|xlsx [-out FILE] [-period 2026-03] [-redis URL]", stderr)
	cfgPath := fl.String("config", "", "机器人运行时用的配置文件（必填：数据在它的 redis.url 里）")
	what := fl.String("what", "reports", "导出什么：reports 事项、history 处理记录、audit 审计；积分制的 claims 申请、ledger 流水、households 各户、publicity 公示表、integrity 评分人；calls 电话回访、notices 通知回复")
	format := fl.String("format", "csv", "csv（Excel 能直接打开）、json 或 xlsx")
	outPath := fl.String("out", "", "写到这个文件（不写就输出到屏幕；xlsx 必须写）")
	redisURL := fl.String("redis", "", "Redis 地址（不写就用配置里的 redis.url）")
	period := fl.String("period", "", "只导出积分算在这个月（如 2026-03）或这一年（如 2026）的；用于 publicity、claims、ledger，不写就是全部（按季度公示时，publicity 导出这个月所在的那一轮公示）")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if err := formatOfFile(fl, format, *outPath); err != nil {
		return err
	}
	opts := export.Options{What: *what, Format: *format, Points: export.PointsOptions{Period: *period}}
	if err := export.Validate(opts); err != nil {
		return err
	}
	if *cfgPath == "" {
		fl.Usage()
		return fmt.Errorf("export: 请用 -config 写上机器人运行时用的配置文件（数据在它的 redis.url 里），例如 -config 我的配置.yaml")
	}
	if *format == "xlsx" && *outPath == "" {
		return fmt.Errorf("export: xlsx 要存成文件：请加 -out，例如 -out %s.xlsx", cmp.Or(export.Sheets[*what], *what))
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	if *redisURL == "" && cfg.Redis.URL == "" {
		return fmt.Errorf("export: 这份配置里没有 redis.url，没有数据可以导出：请用机器人运行时用的那份配置，或用 -redis 写上 Redis 的地址")
	}
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log}, stderr)
	if err != nil {
		return err
	}
	defer a.Close()
	opts.Scopes, opts.Location = a.Scopes(), cfg.Location()
	opts.Points = export.PointsOptions{People: a.People, Rule: cfg.Points.AverageRule(), NameVeto: cfg.Points.Publicity.NamesVeto(), Period: *period}
	opts.Outreach = export.OutreachOptions{People: a.People, GridOfGroup: cfg.GridOfGroup}
	opts.Now = time.Now() // the boundary: 现在超期 is judged at the time of the export
	if *outPath == "" {
		rows, err := export.Write(ctx, a.Store, stdout, opts)
		if err != nil {
			return err
		}
		exported(stderr, rows, "")
		return nil
	}
	// Written whole, once read: a failed read neither leaves an empty file
	// nor truncates the one from the last export.
	var buf bytes.Buffer
	rows, err := export.Write(ctx, a.Store, &buf, opts)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*outPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("export: 不能写文件 %s，没有导出。%s（%w）", *outPath, whyUnwritable("out", *outPath, cmp.Or(export.Sheets[*what], *what)+"."+*format, err), err)
	}
	exported(stderr, rows, *outPath)
	return nil
}

// exported tells how many rows went where; none is worth a word, as it is
// also what a wrong Redis address or redis.prefix looks like.
func exported(stderr io.Writer, rows int, path string) {
	where := ""
	if path != "" {
		where = "到 " + path
	}
	if rows > 0 {
		fmt.Fprintf(stderr, "已导出 %d 行%s。\n", rows, where)
		return
	}
	fmt.Fprintf(stderr, "已导出%s，但一行数据也没有：机器人还没有登记过这类记录；"+
		"要是应该有，请核对 Redis 地址（-redis 或配置里的 redis.url）和 redis.prefix 是不是机器人运行时用的那个。\n", where)
}

// formatOfFile makes -format agree with the -out file's extension: unset,
// it follows the extension (-out 事项.xlsx writes a workbook); set to
// another format, it is an error, since Excel refuses CSV text in a .xlsx
// file.
func formatOfFile(fl *flag.FlagSet, format *string, out string) error {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
	if ext == "xls" || ext == "et" {
		// The old Excel and WPS formats: Excel warns that CSV text in such
		// a file is not what its name says.
		return fmt.Errorf("export: -out 的文件 %s 是老的 .%s 格式，导出写不了：请写成 .xlsx（Excel、WPS 都能打开），例如 -out %s",
			out, ext, strings.TrimSuffix(out, filepath.Ext(out))+".xlsx")
	}
	if !slices.Contains(export.Formats, ext) || ext == *format || !slices.Contains(export.Formats, *format) {
		return nil // a -format of no format is told as such (export.Validate), not as "-out a.excel"
	}
	set := false
	fl.Visit(func(f *flag.Flag) { set = set || f.Name == "format" })
	if !set {
		*format = ext
		return nil
	}
	return fmt.Errorf("export: -format 写的是 %s，-out 的文件 %s 却是 .%s：请把两处写成一样的，例如 -format %s -out %s",
		*format, out, ext, *format, strings.TrimSuffix(out, filepath.Ext(out))+"."+*format)
}
