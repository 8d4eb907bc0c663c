package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gridbot/app"
	"gridbot/config"
	"gridbot/roster"
	"gridbot/village"
)

// cmdRoster checks a new register against the current one and, with
// -write, replaces the config's roster file by the merged register (keeping
// the old file as .bak). People are matched by village + household + name,
// so a re-import updates people instead of adding them twice.
func cmdRoster(_ context.Context, args []string, stdout, stderr io.Writer, _ *slog.Logger) error {
	cfgPath, importPath, write, err := rosterFlags(args, stderr)
	if err != nil {
		return err
	}
	again := []string{"roster", "-config", cfgPath, "-import", importPath} // the command to run once fixed
	if write {
		again = append(again, "-write")
	}
	im, err := loadImport(cfgPath, importPath)
	if refused := (importRefused{}); errors.As(err, &refused) {
		kept := "现在的花名册没有改动"
		if refused.first {
			kept = "配置里的花名册 " + refused.target + " 还没有建" // nothing to leave unchanged
		}
		return fmt.Errorf("%w\n花名册没有导入，%s。改好上面说的，再运行一次：%s", err, kept, commandLine(invokedAs(), again...))
	}
	if err != nil {
		return err
	}
	noted := im.report(stdout)
	if !write && im.same() {
		fmt.Fprintln(stdout, "新表和现在的花名册一样，没有要改的，不用加 -write。")
		return nil
	}
	if !write {
		fmt.Fprintln(stdout, "没有写入。确认无误后加 -write 替换花名册："+commandLine(invokedAs(), append(again, "-write")...))
		return nil
	}
	return im.write(stdout, noted, commandLine(invokedAs(), "check", "-config", cfgPath))
}

// importRefused is a new register that was read but is not imported:
// cells of it are wrong (roster.RowError), or the roster it makes would
// stop the bot (a mediator missing). The volunteer fixes the file (or
// the config) and runs the same command again. first and target are the
// rosterImport's: on the first import there is no current roster to say
// is left unchanged.
type importRefused struct {
	error
	first  bool
	target string
}

func (e importRefused) Unwrap() error { return e.error }

// rosterImport is a new register read against the config's current one:
// what roster -import shows and, with -write, writes.
type rosterImport struct {
	cfg     *config.Config
	target  string           // the config's roster file, as this process opens it
	first   bool             // target does not exist yet: nothing to merge with
	current []village.Person // the config's roster now
	merged  []village.Person // current updated by the new register
	sheet   *roster.Sheet    // the new register's layout, for rows and columns
	// added, changed and removed count the people merged adds, changes
	// and deletes.
	added, changed, removed int
}

// same reports whether the new register changes nobody of the current
// roster (a re-import of the same file): -write would change nothing.
func (im *rosterImport) same() bool {
	return !im.first && im.added+im.changed+im.removed == 0
}

// rosterFlags reads roster's command line: the config, the new register
// and whether to write it.
func rosterFlags(args []string, stderr io.Writer) (cfgPath, importPath string, write bool, err error) {
	fl := newFlags("roster", "roster -config FILE -import NEW.csv|NEW.xlsx [-write]", stderr)
	fl.StringVar(&cfgPath, "config", "", "配置文件（必填），替换的是它 roster: 写的花名册")
	fl.StringVar(&importPath, "import", "", "新花名册（必填），CSV（UTF-8 或 GBK）或 .xlsx")
	fl.BoolVar(&write, "write", false, "替换花名册文件（旧的留作 .bak）；不加就只检查，显示新增、修改、删除几人")
	if err := parseFlags(fl, args); err != nil {
		return "", "", false, err
	}
	if cfgPath == "" || importPath == "" {
		fl.Usage()
		return "", "", false, fmt.Errorf("roster: 请写上 -config 配置文件和 -import 新花名册，例如 -config 我的配置.yaml -import 新花名册.xlsx")
	}
	return cfgPath, importPath, write, nil
}

// loadImport reads the config at cfgPath, its current roster and the new
// register at importPath, and merges them. It refuses a config that still
// names the example's roster, a current roster that does not read, and a
// merged one the bot would not start with (a mediator missing).
func loadImport(cfgPath, importPath string) (*rosterImport, error) {
	cfg, rfs, err := loadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	im := &rosterImport{cfg: cfg}
	if im.target, err = rosterTarget(cfg, cfgPath); err != nil {
		return nil, err
	}
	at := app.RosterPlaces(cfg)
	if im.current, im.first, err = currentRoster(cfg, rfs, at, im.target); err != nil {
		return nil, err
	}
	updated, sheet, err := parseImport(importPath, at)
	if errors.As(err, new(roster.RowError)) {
		return nil, importRefused{withStrays(err, cfg, updated, sheet), im.first, cfg.Roster}
	}
	if err != nil {
		return nil, err
	}
	im.sheet = sheet
	im.merged, im.added, im.changed, im.removed = roster.Merge(im.current, updated)
	if err := app.CheckMediators(cfg, roster.NewDirectory(im.merged)); err != nil {
		// err says which mediator (and the config's file and line) and
		// what to write: in the new register, or in the config
		return nil, importRefused{fmt.Errorf("%w\n照这份新表导入，机器人会启动不了。", err), im.first, cfg.Roster}
	}
	return im, nil
}

// withStrays is err, the wrong cells of a new register, followed by what
// rosterNotes says of the people of its rows that read being nowhere in
// the config (a 村 or 网格 mistyped, app.Unplaced): fixed in the same
// round as the cells, not found only when the file reads (ops75).
func withStrays(err error, cfg *config.Config, people []village.Person, sheet *roster.Sheet) error {
	if sheet == nil {
		return err
	}
	if stray := app.Unplaced(cfg, people); len(stray) > 0 {
		return fmt.Errorf("%w\n%s", err, strayNote(cfg, stray, sheet))
	}
	return err
}

// strayNote is rosterNotes' note of the people whose 村 or 网格 the config
// has not (app.Unplaced).
func strayNote(cfg *config.Config, stray []village.Person, sheet *roster.Sheet) string {
	return note(fmt.Sprintf("注意：有 %d 人的村或网格在配置里没有（常见是错字）：", len(stray)),
		unplacedCells(cfg, stray, sheet),
		"请把这些格改成配置里有的村、网格，或在配置的 villages[].grids 里加上这个网格；不改的话，网格长、小结和提醒都找不到他们。")
}

// rosterTarget is the config's roster file as this process opens it
// (relative to the config's folder). It refuses the example township's
// register, which an import would write over.
func rosterTarget(cfg *config.Config, cfgPath string) (string, error) {
	target := cfg.Roster
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(cfgPath), target)
	}
	if shippedExample(target) {
		return "", fmt.Errorf("roster: %s %s写的 roster: 还是示例镇的 %s：导入会把示例的花名册换掉（沙盒、测试和以后 git pull 升级都要用它）。"+
			"请把它改成自己的文件名，如 roster: 花名册.xlsx，再导入一次（第一次导入时这个文件还不存在也可以，加 -write 就建好它）",
			cfgPath, strings.TrimSuffix(cfg.At("roster"), "："), cfg.Roster)
	}
	return target, nil
}

// currentRoster reads the config's roster, which is at target (from
// here); first says it does not exist yet (the first import), which is no
// error.
func currentRoster(cfg *config.Config, rfs fs.FS, at roster.Places, target string) (people []village.Person, first bool, err error) {
	people, _, err = app.LoadSheet(rfs, cfg.Roster, at)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, true, nil
	}
	if err != nil {
		// target, not cfg.Roster: the command is run from here, and the
		// roster: line is read from the config's folder.
		return nil, false, fmt.Errorf("%w\n配置里现在的花名册读不了，新表没法和它对照：请先改好它；或者把它改个名字挪开（如 %s），再导入一次，就按第一次导入建一个新的",
			err, commandLine("mv", target, target+".坏"))
	}
	return people, false, nil
}

// parseImport reads the new register at path against the config's
// places (people of no 村 are of its first village).
func parseImport(path string, at roster.Places) ([]village.Person, *roster.Sheet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("roster: 打不开 %s：%s（%w）", path, pathHint(path, "请检查文件名和路径"), err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, nil, fmt.Errorf("roster: %s 是一个文件夹，不是花名册：-import 后面请写花名册文件，如 -import %s", path, filepath.Join(path, "花名册.xlsx"))
	}
	return roster.ParseSheet(f, filepath.Base(path), at)
}

// report shows what the import would do: the verdict and counts, then
// what to look at — the notes against the config, namesakes, the people
// it changes and those it deletes. It says whether there were notes.
func (im *rosterImport) report(stdout io.Writer) (noted bool) {
	notes := append(emptiedColumns(im.current, im.merged, im.sheet), rosterNotes(im.cfg, im.merged, im.sheet)...)
	gone := leaving(im.current, im.merged)
	if len(gone)*2 > len(im.current) {
		notes = append(notes, fmt.Sprintf("注意：新花名册会删掉现在花名册里 %d 人中的 %d 人：是不是只是一部分（一个网格、一张工作表）？新表要是全村（全镇）的人，请补全再导入。",
			len(im.current), len(gone)))
	}
	verdict := "花名册检查通过"
	if len(notes) > 0 {
		verdict = fmt.Sprintf("花名册可以导入，但有 %d 处要看一下", len(notes))
	}
	fmt.Fprintf(stdout, "%s：共 %d 人；新增 %d，修改 %d，删除 %d。\n", verdict, len(im.merged), im.added, im.changed, im.removed)
	if placed := im.sheet.Placed(); placed != "" {
		fmt.Fprintln(stdout, placed+"算错了的，请照配置里网格的名字改好表名或那些格子，再导入一次。")
	}
	tellLayout(stdout, im.cfg, im.merged, im.sheet)
	for _, n := range notes {
		fmt.Fprintln(stdout, n)
	}
	if same := namesakes(im.merged, im.sheet); len(same) > 0 {
		fmt.Fprintf(stdout, "同村重名的：%s。群里他们要各发一次「我是 姓名 户号」，由网格长确认；有角色的，机器人微信里给他的备注名写成 姓名·户号（见 README「4. 花名册」的“重名”）。\n",
			strings.Join(same[:min(len(same), 10)], "；")+more(len(same), 10))
	}
	if changes := changedColumns(im.current, im.merged, im.sheet); len(changes) > 0 {
		fmt.Fprintf(stdout, "要修改的 %d 人：%s。请看一眼是不是都该改（改错了网格、手机号的，机器人会找错人）。\n",
			len(changes), strings.Join(changes[:min(len(changes), 20)], "；")+more(len(changes), 20))
	}
	if len(gone) > 0 {
		fmt.Fprintf(stdout, "要删除的 %d 人：%s。不该删的，请把他们加回新表（村、户号、姓名和现在一样）再导入。\n",
			len(gone), strings.Join(gone[:min(len(gone), 20)], "、")+more(len(gone), 20))
	}
	if im.first {
		fmt.Fprintf(stdout, "配置里的花名册 %s 还没有，这是第一次导入。\n", im.cfg.Roster)
	}
	return len(notes) > 0
}

// write replaces the roster file by the merged register and says where
// it went and what is next: after the first import, check (the command
// line given); with notes shown, to fix them and import again; else to
// restart the bot.
func (im *rosterImport) write(stdout io.Writer, noted bool, check string) error {
	if err := replaceRoster(im.target, im.merged); err != nil {
		return err
	}
	kept, next := "", "重启机器人后生效。"
	if !im.first {
		kept = "（旧文件在 " + im.target + ".bak）"
	}
	if noted {
		next = "上面「注意」说的，改好新表后再导入一次；" + next
	}
	if im.first {
		next = "下一步：运行 " + check + "，检查配置、花名册和 Redis（README「7. 先检查，再启动并扫码」）。"
		if noted {
			next = "上面「注意」说的，改好新表后再导入一次；然后运行 " + check + "（README「7. 先检查，再启动并扫码」）。"
		}
	}
	fmt.Fprintf(stdout, "已写入 %s%s。%s\n", im.target, kept, next)
	return nil
}

// replaceRoster writes people to the register file target, in its format,
// keeping the file it replaces as target.bak; a failed write leaves target
// as it was.
func replaceRoster(target string, people []village.Person) error {
	var buf bytes.Buffer
	if err := roster.Write(&buf, people, target); err != nil {
		return err
	}
	if old, err := os.ReadFile(target); err == nil {
		if err := os.WriteFile(target+".bak", old, 0o644); err != nil {
			return fmt.Errorf("roster: 不能写备份 %s.bak：请看有没有写这个文件夹的权限（%w）", target, err)
		}
	}
	tmp := target + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			dir, _ := filepath.Abs(filepath.Dir(target))
			return fmt.Errorf("roster: 不能写 %s：文件夹 %s 不存在（配置里 roster: 写的从配置文件所在的文件夹算起）。"+
				"请先建好这个文件夹（mkdir -p %s），或者把配置里的 roster: 改成已有文件夹里的文件名，如 roster: 花名册.xlsx（和配置文件放在一起），再导入一次（%w）",
				target, dir, dir, err)
		}
		return fmt.Errorf("roster: 不能写 %s：请看有没有写这个文件夹的权限（%w）", target, err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("roster: 不能写 %s：请看有没有写这个文件夹的权限（%w）", target, err)
	}
	return nil
}

// pathHint says why path cannot be opened when it is not there: its
// folder is missing, or the folder has no such file (the folder named as
// an absolute path, for a relative path is read from the current folder);
// otherwise it returns fallback.
func pathHint(path, fallback string) string {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return fallback
	}
	dir, _ := filepath.Abs(filepath.Dir(path))
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Sprintf("文件夹 %s 不存在：请检查路径（相对路径从当前文件夹算起），或者把文件挪到已有的文件夹里再写它的路径", dir)
	}
	return fmt.Sprintf("文件夹 %s 里没有 %s：请检查文件名和扩展名（.xlsx 还是 .csv），可以用 ls %s 看看那里的文件", dir, filepath.Base(path), dir)
}

// shippedExample reports whether path is the example township's register
// in the source folder (example/roster.csv next to config.example.yaml): a
// copied config that still names it would have the village's register
// written over the example.
func shippedExample(path string) bool {
	dir := filepath.Dir(path)
	if filepath.Base(dir) != "example" || filepath.Base(path) != "roster.csv" {
		return false
	}
	_, err := os.Stat(filepath.Join(filepath.Dir(dir), "config.example.yaml"))
	return err == nil
}

// tellLayout tells, after the placed line, what the volunteer may not
// expect of his register and is no problem: the cadres of no grid who
// serve the whole village (app.WholeVillage), and the columns the bot
// reads nothing from (roster.Sheet.Unread). roster -import and check say
// it alike.
func tellLayout(out io.Writer, cfg *config.Config, people []village.Person, sheet *roster.Sheet) {
	if whole := app.WholeVillage(cfg, people); len(whole) > 0 {
		var who []string
		for _, p := range whole[:min(len(whole), 10)] {
			role := village.RoleWorker
			if p.Has(village.RoleLeader) {
				role = village.RoleLeader
			}
			at := rowOf(sheet, p, "")
			if at != "" {
				at = "，" + at
			}
			who = append(who, fmt.Sprintf("%s %s（%s%s）", p.Village, p.Name, role, at))
		}
		fmt.Fprintf(out, "网格空着的网格长、网格员管全村：%s%s。全村各网格的事项、小结和提醒都有他们；只管一个网格的，请在他那一行填上网格。\n",
			strings.Join(who, "、"), more(len(whole), 10))
	}
	if unread := sheet.Unread(); unread != "" {
		fmt.Fprintln(out, unread)
	}
}

// tellRoster tells the operator on term, in Chinese, the roster's problems
// that app.Open warns the log of in English: every command that loads the
// roster shows them the same way.
func tellRoster(term io.Writer, a *app.App) {
	for _, n := range rosterNotes(a.Config, a.People, a.Sheet) {
		fmt.Fprintln(term, n)
	}
}

// maxCells is how many places one note lists.
const maxCells = 10

// rosterNotes are what a register that parses may still get wrong against
// the config: people in a grid the config does not have (mostly a typo in
// 网格), people of no grid in a village of several, grids left without
// a 网格长, villagers of no household, and households with no 户主 or
// several. Each names the file, the rows and the column (as sheet has
// them) and how to fix them, as a parse error does.
func rosterNotes(cfg *config.Config, people []village.Person, sheet *roster.Sheet) []string {
	var notes []string
	if stray := app.Unplaced(cfg, people); len(stray) > 0 {
		notes = append(notes, strayNote(cfg, stray, sheet))
	}
	if none := app.Gridless(cfg, people); len(none) > 0 {
		notes = append(notes, note(fmt.Sprintf("注意：有 %d 人没填网格，可他们的村有几个网格：", len(none)),
			[]string{emptyCells(sheet, "网格", none)},
			"请给他们填上网格；管全村的干部在「角色」写上网格长或网格员。不改的话，网格长、小结和提醒都找不到他们。"))
	}
	for _, grid := range app.Leaderless(cfg, roster.NewDirectory(people)) {
		notes = append(notes, leaderless(grid, people, sheet))
	}
	if none := app.Householdless(people); len(none) > 0 {
		notes = append(notes, note(fmt.Sprintf("注意：有 %d 位村民没填户号：", len(none)),
			[]string{emptyCells(sheet, "户号", none)},
			"积分按户算，没有户号的人不能申请、查询积分（机器人会回“名单里没有找到您家的户号”）。请照户口本给每户编一个户号，同一户填同一个户号。"))
	}
	headless, several := app.HouseholdHeads(people)
	if len(headless) > 0 {
		notes = append(notes, note(fmt.Sprintf("注意：有 %d 户没有户主（「与户主关系」没有一个人写“户主”）：", len(headless)),
			householdCells(sheet, headless, "%s %s 这一户（%s）没有人写“户主”"),
			"请在这一户里给户主写上“户主”（户号写错的，改成和家里人一样）；不改的话，积分排行和公示里这一户按表里第一个人的名字叫。"))
	}
	if len(several) > 0 {
		notes = append(notes, note(fmt.Sprintf("注意：有 %d 户写了不止一个户主：", len(several)),
			householdCells(sheet, several, "%s %s 这一户 %s 都写了“户主”"),
			"每户只有一个户主：请把别人改成配偶、子女等；其实是两户的，请填不同的户号。"))
	}
	return notes
}

// householdCells writes, for each household, the 与户主关系 cells of its
// people and then says, its village, 户号 and people's names.
func householdCells(sheet *roster.Sheet, hs []app.Household, says string) []string {
	var cells []string
	for _, h := range hs {
		cells = append(cells, sheet.Cells("与户主关系", h.People)+"："+fmt.Sprintf(says, h.Village, h.ID, nameList(h.People, 5)))
	}
	return cells
}

// note writes a problem as its heading, its cells one a line (at most
// maxCells) and how to fix them.
func note(head string, cells []string, fix string) string {
	var b strings.Builder
	b.WriteString(head)
	for _, c := range cells[:min(len(cells), maxCells)] {
		b.WriteString("\n  " + c)
	}
	if n := len(cells) - maxCells; n > 0 {
		fmt.Fprintf(&b, "\n  还有 %d 处没有列出", n)
	}
	b.WriteString("\n  " + fix)
	return b.String()
}

// unplacedCells writes the people of a village or grid the config lacks,
// one line per value written: where, what, who, and the config's names
// (or the one the value is one character off): "花名册.csv 第 97 行「网格」
// 写的是「三祖」（赵大）：是不是「三组」？".
func unplacedCells(cfg *config.Config, stray []village.Person, sheet *roster.Sheet) []string {
	grids := map[string][]string{} // village → its grids
	at := map[string]string{}      // village → "（配置文件第 40 行的 grids）"
	var villages []string
	for i, v := range cfg.Villages {
		villages = append(villages, v.Name)
		for _, g := range v.Grids {
			grids[v.Name] = append(grids[v.Name], g.Name)
		}
		if line := strings.TrimSuffix(cfg.At(fmt.Sprintf("villages[%d].grids", i)), "："); line != "" {
			at[v.Name] = "（配置文件" + line + "的 grids）"
		}
	}
	type value struct{ village, grid string }
	var order []value
	who := map[value][]village.Person{}
	for _, p := range stray {
		k := value{p.Village, p.Grid}
		if _, ok := grids[p.Village]; !ok {
			k.grid = "" // the village is what is wrong
		}
		if who[k] == nil {
			order = append(order, k)
		}
		who[k] = append(who[k], p)
	}
	var cells []string
	for _, k := range order {
		ps := who[k]
		if _, ok := grids[k.village]; !ok {
			hint := "配置里的村只有 " + strings.Join(villages, "、")
			if near := config.NearestOne(k.village, villages); near != "" {
				hint = "是不是「" + near + "」？"
			}
			cells = append(cells, fmt.Sprintf("%s写的是「%s」（%s）：%s", sheet.Cells("村", ps), k.village, nameList(ps, 5), hint))
			continue
		}
		hint := k.village + "的网格只有 " + strings.Join(grids[k.village], "、") + at[k.village]
		if near := config.NearestOne(k.grid, grids[k.village]); near != "" {
			hint = "是不是「" + near + "」？"
		}
		cells = append(cells, fmt.Sprintf("%s写的是「%s」（%s）：%s", sheet.Cells("网格", ps), k.grid, nameList(ps, 5), hint))
	}
	return cells
}

// emptyCells writes where the people's column is empty, or, when the
// file has no such column, that the header lacks it.
func emptyCells(sheet *roster.Sheet, column string, people []village.Person) string {
	if _, ok := sheet.Column(column); !ok {
		return fmt.Sprintf("%s的表头（第 %d 行）没有「%s」这一列（%s）：多半是少了这一列或表头写错了，请在表头加上「%s」",
			sheet.File, sheet.Header, column, nameList(people, 5), column)
	}
	return fmt.Sprintf("%s是空的（%s）", sheet.Cells(column, people), nameList(people, 5))
}

// leaderless says which grid has no 网格长, where its people are and in
// which column to give one of them the role.
func leaderless(grid string, people []village.Person, sheet *roster.Sheet) string {
	var in []village.Person
	for _, p := range people {
		if p.Village+p.Grid == grid && p.Grid != "" {
			in = append(in, p)
		}
	}
	if span := sheet.Span(in); span != "" {
		col, _ := sheet.Column("角色")
		return fmt.Sprintf("注意：%s 没有网格长（这个网格的人在 %s %s），这个网格反映的事没人受理：请在其中一人的「%s」一列加上网格长。",
			grid, sheet.File, span, col)
	}
	return fmt.Sprintf("注意：%s 没有网格长，花名册里也没有这个网格的人，这个网格反映的事没人受理：请在花名册里加上这个网格的人，给其中一人的「角色」写上网格长。", grid)
}

// nameList is the first n of the people's names, "赵大、钱二 等 12 人".
func nameList(people []village.Person, n int) string {
	var names []string
	for _, p := range people[:min(len(people), n)] {
		names = append(names, p.Name)
	}
	return strings.Join(names, "、") + more(len(people), n)
}

// filledIn are the register's columns whose loss a re-import would hide:
// each says who has it filled in (for 使用微信, who uses no WeChat, as a
// file without the column counts everyone as using it) and what is lost.
var filledIn = []struct {
	column, lost string
	set          func(village.Person) bool
}{
	{"网格", "所有人都不分网格：网格长、网格员都成了管全村的，各网格的事项会叫全村的网格长", func(p village.Person) bool { return p.Grid != "" }},
	{"户号", "积分没法按户算", func(p village.Person) bool { return p.Household != "" }},
	{"手机号", "紧急事项和回访里没有电话", func(p village.Person) bool { return p.Phone != "" }},
	{"微信昵称", "群里用昵称的人对不上花名册", func(p village.Person) bool { return p.Nickname != "" }},
	{"使用微信", "不用微信的人都会被当成用微信的，网格员不会再被提醒给他们打电话", func(p village.Person) bool { return !p.UsesWeChat }},
	{"关爱等级", "不再有谁是重点关爱的人", func(p village.Person) bool { return p.Care != village.CareNone }},
	{"责任网格员", "不用微信的人没有网格员负责打电话", func(p village.Person) bool { return p.Caretaker != "" }},
	{"性别", "“我家老头子”“我闺女”这样的称呼，只写了配偶、子女的对不上人", func(p village.Person) bool { return p.Gender != village.SexUnknown }},
}

// emptiedColumns warns of a column the current roster fills in for some
// people and the new register for nobody: mostly a column left out of the
// file or renamed, which parses (no column but 姓名 is required) and would
// silently wipe it for everyone.
func emptiedColumns(current, updated []village.Person, sheet *roster.Sheet) []string {
	var notes []string
	for _, c := range filledIn {
		before := countSet(current, c.set)
		if before == 0 || countSet(updated, c.set) > 0 {
			continue
		}
		what := fmt.Sprintf("写了「%s」", c.column)
		if c.column == "使用微信" {
			what = "「使用微信」是否"
		}
		where := fmt.Sprintf("%s的表头（第 %d 行）没有「%s」这一列", sheet.File, sheet.Header, c.column)
		if col, ok := sheet.Column(c.column); ok {
			where = fmt.Sprintf("%s「%s」这一列第 %d 行以下都是空的", sheet.File, col, sheet.Header+1)
			if c.column == "使用微信" {
				where = fmt.Sprintf("%s「%s」这一列没有一个人写“否”", sheet.File, col)
			}
		}
		notes = append(notes, fmt.Sprintf("注意：现在的花名册里有 %d 人%s，新花名册里一个也没有（%s）：是不是少了这一列，或者表头写错了？这样导入的话，%s。请把这一列补上再导入。",
			before, what, where, c.lost))
	}
	return notes
}

// leaving names, as 姓名·户号 (姓名 when they have none), the people of
// current that merged no longer has: who an import deletes.
func leaving(current, merged []village.Person) []string {
	kept := make(map[string]bool, len(merged))
	for _, p := range merged {
		kept[p.Key()] = true
	}
	var out []string
	for _, p := range current {
		if !kept[p.Key()] {
			out = append(out, personLabel(p))
		}
	}
	return out
}

// personColumns are the register's columns a re-import may change for a
// person (村, 户号 and 姓名 say who the person is), as written.
var personColumns = []struct {
	name string
	get  func(village.Person) string
}{
	{"与户主关系", village.Person.RelationWritten},
	{"网格", func(p village.Person) string { return p.Grid }},
	{"微信昵称", func(p village.Person) string { return p.Nickname }},
	{"手机号", func(p village.Person) string { return p.Phone }},
	{"使用微信", func(p village.Person) string { return strconv.FormatBool(p.UsesWeChat) }},
	{"关爱等级", func(p village.Person) string { return string(p.Care) }},
	{"性别", func(p village.Person) string { return string(p.Gender) }},
	{"责任网格员", func(p village.Person) string { return p.Caretaker }},
	{"角色", func(p village.Person) string { return fmt.Sprint(p.Roles) }},
}

// changedColumns lists the people of current whom merged changes, each
// with its row in the new register and the columns that change and no
// values (a phone number is not repeated on the screen): "李西·LH-005（第
// 7 行：网格、手机号）".
func changedColumns(current, merged []village.Person, sheet *roster.Sheet) []string {
	before := make(map[string]village.Person, len(current))
	for _, p := range current {
		before[p.Key()] = p
	}
	var out []string
	for _, p := range merged {
		prev, ok := before[p.Key()]
		if !ok {
			continue
		}
		var cols []string
		for _, c := range personColumns {
			if c.get(prev) != c.get(p) {
				cols = append(cols, c.name)
			}
		}
		if len(cols) > 0 {
			out = append(out, personLabel(p)+"（"+rowOf(sheet, p, "：")+strings.Join(cols, "、")+"）")
		}
	}
	return out
}

// personLabel is "姓名·户号", or the name alone for one of no household.
func personLabel(p village.Person) string {
	if p.Household == "" {
		return p.Name
	}
	return p.Name + roster.HouseholdSep + p.Household
}

// rowOf is "第 7 行" (with its sheet when the register is several,
// roster.Sheet.At) and then sep for p's row in sheet; "" when sheet has
// no p.
func rowOf(sheet *roster.Sheet, p village.Person, sep string) string {
	if at := sheet.At(p); at != "" {
		return at + sep
	}
	return ""
}

// namesakes lists the names that several people of one village share,
// each with their 户号 and row: "王芳（柳树村 LS-007 第 8 行、LS-008 第 9 行）".
func namesakes(people []village.Person, sheet *roster.Sheet) []string {
	type who struct{ village, name string }
	households := map[who][]string{}
	var order []who
	for _, p := range people {
		k := who{p.Village, p.Name}
		if len(households[k]) == 0 {
			order = append(order, k)
		}
		households[k] = append(households[k], strings.TrimSpace(cmp.Or(p.Household, "没填户号")+" "+rowOf(sheet, p, "")))
	}
	var out []string
	for _, k := range order {
		if hs := households[k]; len(hs) > 1 {
			out = append(out, fmt.Sprintf("%s（%s %s）", k.name, k.village, strings.Join(hs, "、")))
		}
	}
	return out
}

// more is "等 N 人" for a list of n cut to shown.
func more(n, shown int) string {
	if n <= shown {
		return ""
	}
	return fmt.Sprintf(" 等 %d 人", n)
}

// countSet counts the people set holds for.
func countSet(people []village.Person, set func(village.Person) bool) int {
	n := 0
	for _, p := range people {
		if set(p) {
			n++
		}
	}
	return n
}
