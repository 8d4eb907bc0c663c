package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"gridbot/app"
	"gridbot/roster"
)

// cmdRoster checks a new register against the current one and, with
// -write, replaces the config's roster file by the merged register (keeping
// the old file as .bak). People are matched by village + household + name,
// so a re-import updates people instead of adding them twice.
func cmdRoster(_ context.Context, args []string, stdout, stderr io.Writer, _ *slog.Logger) error {
	fl := newFlags("roster", "roster -config FILE -import NEW.csv|NEW.xlsx [-write]", stderr)
	cfgPath := fl.String("config", "", "config file whose roster: is updated (required)")
	importPath := fl.String("import", "", "the new register, CSV (UTF-8) or XLSX (required)")
	write := fl.Bool("write", false, "replace the roster file; without it, only check and show what would change")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *cfgPath == "" || *importPath == "" {
		fl.Usage()
		return fmt.Errorf("roster: -config and -import are required")
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	def := cfg.Villages[0].Name
	current, err := app.LoadRoster(rfs, cfg.Roster, def)
	if err != nil {
		return err
	}
	f, err := os.Open(*importPath)
	if err != nil {
		return fmt.Errorf("roster: %w", err)
	}
	defer f.Close()
	updated, err := roster.Parse(f, filepath.Base(*importPath), def)
	if err != nil {
		return err
	}
	merged, added, changed, removed := roster.Merge(current, updated)
	fmt.Fprintf(stdout, "花名册检查通过：共 %d 人；新增 %d，修改 %d，删除 %d。\nroster OK: %d people; %d added, %d changed, %d removed.\n",
		len(merged), added, changed, removed, len(merged), added, changed, removed)
	if !*write {
		fmt.Fprintln(stdout, "没有写入。确认无误后加 -write 替换花名册。 / Nothing written; add -write to replace the roster file.")
		return nil
	}
	target := cfg.Roster
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(*cfgPath), target)
	}
	var buf bytes.Buffer
	if err := roster.WriteCSV(&buf, merged); err != nil {
		return err
	}
	if old, err := os.ReadFile(target); err == nil {
		if err := os.WriteFile(target+".bak", old, 0o644); err != nil {
			return fmt.Errorf("roster: backup: %w", err)
		}
	}
	tmp := target + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	fmt.Fprintf(stdout, "已写入 %s（旧文件在 %s.bak）。重启机器人后生效。 / Written; restart the bot to use it.\n", target, target)
	return nil
}
