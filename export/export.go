// Package export writes gridbot's reports, their history, the audit
// stream, the points system (points.go) and the phone calls and notices
// (outreach.go) as CSV, JSON or XLSX files for township officers to read in
// a spreadsheet. It reads through the small Source interface, which
// *storage.Store satisfies.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

// Source is what an export reads. *storage.Store implements it.
type Source interface {
	Reports(ctx context.Context, sc storage.Scope) ([]village.Report, error)
	AuditLog(ctx context.Context, sc storage.Scope) ([]storage.AuditEntry, error)
}

// Accepted values of Options.What and Options.Format.
var (
	Whats   = []string{"reports", "history", "audit"}
	Formats = []string{"csv", "json", "xlsx"}
)

// Sheets name each Options.What's table (the XLSX sheet), as README's
// 表名 column does; cmd export suggests them as file names (ops81).
var Sheets = map[string]string{
	"reports": "事项", "history": "处理记录", "audit": "审计",
	"claims": "积分申请", "ledger": "积分流水", "households": "户积分", "publicity": "积分公示", "integrity": "评分诚信",
	"calls": "电话回访", "notices": "通知回复",
}

// Options say what to export and how.
type Options struct {
	// What is "reports" (one row per report), "history" (one row per
	// history entry of every report), "audit" (one row per audit stream
	// entry), one of the points exports: "claims", "ledger",
	// "households", "publicity" (the 公示 table) or "integrity" (per
	// scorer), or one of the outreach exports: "calls" (one row per phone
	// call task) or "notices" (one row per notice, with who answered 收到).
	What string
	// Format is "csv", "json" or "xlsx".
	Format string
	// Scopes are read in order: the villages, and the township scope for
	// audit. Reports and history of a township scope are normally empty.
	Scopes []storage.Scope
	// Location is the zone times are written in, as "2006-01-02 15:04", in
	// CSV and XLSX. nil means UTC. JSON keeps the stored times as they are.
	Location *time.Location
	// Points are the roster and rules the points exports need (points.go).
	Points PointsOptions
	// Outreach are the roster and grids the notices export needs (outreach.go).
	Outreach OutreachOptions
	// Now is the time of the export: the reports export's 现在超期 says
	// whether each open item is past its SLA deadline (规定期限) at Now (zero
	// leaves that column empty), and the households export of an empty
	// ledger is of Now's year.
	Now time.Time
}

// meant is "是不是 reports？" when word is one of names but for a plural
// s ("report"), or an Excel workbook called by its program ("excel",
// "xls"): the slips made most; or a letter or two off ("reprts"), as a
// command or a flag is told (config.Nearest); "" otherwise.
func meant(word string, names []string) string {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, guess := range []string{w + "s", strings.TrimSuffix(w, "s"), map[string]string{"excel": "xlsx", "xls": "xlsx", "wps": "xlsx"}[w], config.Nearest(w, names)} {
		if guess != "" && guess != word && slices.Contains(names, guess) {
			return "是不是 " + guess + "？"
		}
	}
	return ""
}

// TimeLayout is how CSV and XLSX cells show times.
const TimeLayout = "2006-01-02 15:04"

// Validate checks What and Format.
func Validate(o Options) error {
	if whats := slices.Concat(Whats, PointsWhats, OutreachWhats); !slices.Contains(whats, o.What) {
		return fmt.Errorf("export: -what 写的 %q 不认得，%s请写其中一个：%s", o.What, meant(o.What, whats), strings.Join(whats, "、"))
	}
	if !slices.Contains(Formats, o.Format) {
		return fmt.Errorf("export: -format 写的 %q 不认得，%s请写其中一个：%s", o.Format, meant(o.Format, Formats), strings.Join(Formats, "、"))
	}
	if p := o.Points.Period; p != "" {
		if !slices.Contains(PeriodWhats, o.What) {
			return fmt.Errorf("export: -period 只用于 -what %s（积分算在哪个月）；导出 %s 请去掉 -period", strings.Join(PeriodWhats, "、"), o.What)
		}
		if !periodForm.MatchString(p) {
			return fmt.Errorf("export: -period 写的 %q 不对：写月份如 2026-03，或整年如 2026", p)
		}
	}
	return nil
}

// periodForm is a -period: a year, or a year and a month.
var periodForm = regexp.MustCompile(`^[0-9]{4}(-(0[1-9]|1[0-2]))?$`)

// Write reads everything o asks for from src and then writes it to w. It
// returns the number of rows written, without the header. A read error
// writes nothing.
func Write(ctx context.Context, src Source, w io.Writer, o Options) (rows int, err error) {
	t, doc, err := read(ctx, src, o)
	if err != nil {
		return 0, err
	}
	switch o.Format {
	case "csv":
		err = writeCSV(w, t)
	case "json":
		err = writeJSON(w, doc)
	default:
		err = writeXLSX(w, t)
	}
	if err != nil {
		return 0, err
	}
	return len(t.rows), nil
}

// read reads what o asks for as a table (CSV, XLSX) and a document (JSON).
func read(ctx context.Context, src Source, o Options) (table, any, error) {
	if err := Validate(o); err != nil {
		return table{}, nil, err
	}
	loc := o.Location
	if loc == nil {
		loc = time.UTC
	}
	var (
		t   table
		doc any // what JSON writes
	)
	switch o.What {
	case "reports", "history":
		reports, err := readReports(ctx, src, o.Scopes)
		if err != nil {
			return table{}, nil, err
		}
		if o.What == "reports" {
			rows := reportRows(reports, o.Now)
			t, doc = reportTable(rows, loc), rows
		} else {
			rows := historyRows(reports)
			t, doc = historyTable(rows, loc), rows
		}
	case "audit":
		rows, err := readAudit(ctx, src, o.Scopes)
		if err != nil {
			return table{}, nil, err
		}
		t, doc = auditTable(rows, loc), rows
	case "calls", "notices":
		var err error
		if t, doc, err = outreachExport(ctx, src, o, loc); err != nil {
			return table{}, nil, err
		}
	default: // claims, ledger, households, publicity, integrity: points.go
		var err error
		if t, doc, err = pointsExport(ctx, src, o, loc); err != nil {
			return table{}, nil, err
		}
	}
	return t, doc, nil
}

func readReports(ctx context.Context, src Source, scopes []storage.Scope) ([]village.Report, error) {
	return readAll(ctx, scopes, "", "reports", func(sc storage.Scope) ([]village.Report, error) {
		return src.Reports(ctx, sc)
	})
}

// readAll calls read for each scope that starts with prefix ("v:" the
// villages, "t:" the township, "" every scope), in order, and joins what it
// returns; name says what was read in errors. It returns an empty slice,
// not nil, so that JSON writes [] rather than null.
func readAll[T any](ctx context.Context, scopes []storage.Scope, prefix, name string, read func(storage.Scope) ([]T, error)) ([]T, error) {
	out := []T{}
	for _, sc := range scopes {
		if !strings.HasPrefix(string(sc), prefix) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		xs, err := read(sc)
		if err != nil {
			return nil, fmt.Errorf("export: %s of %s: %w", name, sc, err)
		}
		out = append(out, xs...)
	}
	return out, nil
}

// HistoryRow is one history entry of a report, as JSON writes it.
type HistoryRow struct {
	Village  string `json:"village"`
	ReportID string `json:"report_id"`
	village.Entry
}

func historyRows(reports []village.Report) []HistoryRow {
	out := []HistoryRow{}
	for _, r := range reports {
		for _, e := range r.History {
			out = append(out, HistoryRow{Village: r.Village, ReportID: r.ID, Entry: e})
		}
	}
	return out
}

// AuditRow is one audit stream entry with its scope, as JSON writes it.
type AuditRow struct {
	Scope storage.Scope `json:"scope"`
	storage.AuditEntry
}

func readAudit(ctx context.Context, src Source, scopes []storage.Scope) ([]AuditRow, error) {
	out := []AuditRow{}
	for _, sc := range scopes {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		es, err := src.AuditLog(ctx, sc)
		if err != nil {
			return nil, fmt.Errorf("export: audit log of %s: %w", sc, err)
		}
		for _, e := range es {
			out = append(out, AuditRow{Scope: sc, AuditEntry: e})
		}
	}
	return out, nil
}

// table is what CSV and XLSX write: a header, column widths and rows of text.
type table struct {
	sheet  string
	head   []string
	widths []float64 // XLSX column widths, in characters
	rows   [][]string
}

type column struct {
	head  string
	width float64
}

func newTable(sheet string, cols []column) table {
	t := table{sheet: sheet}
	for _, c := range cols {
		t.head = append(t.head, c.head)
		t.widths = append(t.widths, c.width)
	}
	return t
}

// 期限 is the deadline in force (a handler's promised day where he named
// one); 规定期限 the SLA's, which the township's statistics count: for a
// resolved item the one its last 办结 was judged by, and 超期办结 says
// whether that 办结 came after it, as the monthly report counts 按期.
// 现在超期 says whether an item still running its clock is past its SLA
// deadline (规定期限) at the time of the export (Options.Now), as the
// township's morning digest and month-end overdue count; empty for items closed,
// resolved or waiting, or not timed.
var reportColumns = []column{
	{"编号", 8}, {"村", 12}, {"网格", 10}, {"群", 20}, {"类型", 10}, {"分类", 10}, {"状态", 12},
	{"内容", 50}, {"报告人", 10}, {"同反映", 16}, {"负责人", 16}, {"转交部门", 12}, {"登记时间", 17}, {"期限", 17},
	{"规定期限", 17}, {"超期办结", 8}, {"现在超期", 8}, {"合并到", 8}, {"最后更新", 17}, photoColumns[0], photoColumns[1],
}

// photoColumns end the reports and claims tables: how many photos the
// sender attached (its evidence) and where the transport saved them, as
// stored (bot.Message.Images: paths under wechat.data_dir; file names in
// the sandbox and replay). JSON has them as "images".
var photoColumns = []column{{"照片", 6}, {"照片文件", 40}}

// photoCells are the photoColumns' cells for images.
func photoCells(images []string) []string {
	return []string{strconv.Itoa(len(images)), strings.Join(images, "；")}
}

// ReportRow is one report as the reports export writes it: the stored
// report with its SLA deadline and, once resolved, whether its last 办结
// was late by it.
type ReportRow struct {
	village.Report
	SLADeadline  time.Time `json:"sla_deadline,omitzero"`
	ResolvedLate *bool     `json:"resolved_late,omitempty"` // nil: never resolved, or closed as ProcedureTold
	// ProcedureTold: a procedure question closed as 已告知办理流程 (the
	// villager never asked again), not resolved; its 状态 cell says so.
	ProcedureTold bool `json:"procedure_told,omitempty"`
	// OverdueNow: the item runs its clock and is past its SLA deadline
	// (sla_deadline) at the time of the export; nil when its clock does not run
	// (closed, resolved, waiting, untimed) or the export had no time.
	OverdueNow *bool `json:"overdue_now,omitempty"`
}

func reportRows(reports []village.Report, now time.Time) []ReportRow {
	out := make([]ReportRow, 0, len(reports))
	for _, r := range reports {
		row := ReportRow{Report: r, SLADeadline: r.SLADueAt(), ProcedureTold: r.Status == village.StatusClosed && r.Told()}
		if !now.IsZero() && r.Timed() {
			over := r.LateAt(now)
			row.OverdueNow = &over
		}
		if h, ok := r.LastResolve(); ok && !h.Told() { // told its procedure: not resolved by anyone
			late := !r.ResolvedInTime(h)
			row.SLADeadline, row.ResolvedLate = r.ResolveDue(h), &late
		}
		out = append(out, row)
	}
	return out
}

func reportTable(rows []ReportRow, loc *time.Location) table {
	t := newTable(Sheets["reports"], reportColumns)
	for _, row := range rows {
		r := row.Report
		var last time.Time
		if n := len(r.History); n > 0 {
			last = r.History[n-1].At
		}
		late, overdue := yesNo(row.ResolvedLate), yesNo(row.OverdueNow)
		status := r.Status.Label()
		if row.ProcedureTold {
			status = village.ProcedureTold // not 已完结: nobody did grid work on it
		}
		t.rows = append(t.rows, append([]string{
			r.ID, r.Village, r.Grid, r.Chat, r.Type.Label(), r.Category, status,
			r.Text, r.Reporter, strings.Join(r.Followers, "、"), strings.Join(r.Handlers, "、"), r.Department, fmtTime(r.CreatedAt, loc),
			fmtTime(r.DueAt, loc), fmtTime(row.SLADeadline, loc), late, overdue, r.DuplicateOf, fmtTime(last, loc),
		}, photoCells(r.Images)...))
	}
	return t
}

// yesNo is a yes/no cell: 是, 否, or empty for nil.
func yesNo(b *bool) string {
	if b == nil {
		return ""
	}
	return map[bool]string{true: "是", false: "否"}[*b]
}

// The history sheet adds 村 after 编号: report numbers restart in each
// village, so the number alone does not name a report in a multi-village file.
var historyColumns = []column{
	{"编号", 8}, {"村", 12}, {"时间", 17}, {"操作人", 10}, {"操作", 10}, {"原状态", 12}, {"新状态", 12}, {"说明", 50},
}

func historyTable(rows []HistoryRow, loc *time.Location) table {
	t := newTable(Sheets["history"], historyColumns)
	for _, h := range rows {
		t.rows = append(t.rows, []string{
			h.ReportID, h.Village, fmtTime(h.At, loc), h.By, h.Label(),
			h.From.Label(), h.To.Label(), h.Note,
		})
	}
	return t
}

var auditColumns = []column{
	{"范围", 16}, {"流水号", 16}, {"时间", 17}, {"操作人", 10}, {"操作", 10}, {"编号", 8}, {"消息ID", 24}, {"说明", 40},
}

func auditTable(rows []AuditRow, loc *time.Location) table {
	t := newTable(Sheets["audit"], auditColumns)
	for _, a := range rows {
		at := a.At
		if ts, err := time.Parse(time.RFC3339, a.At); err == nil {
			at = fmtTime(ts, loc)
		}
		t.rows = append(t.rows, []string{
			scopeLabel(a.Scope), a.ID, at, a.By, village.Action(a.Action).Label(), a.Ref, a.Msg, a.Note,
		})
	}
	return t
}

func fmtTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(TimeLayout)
}

// scopeLabel shows a village scope as the village's name and a township
// scope as the township's name marked （镇级）.
func scopeLabel(sc storage.Scope) string {
	s := string(sc)
	if name, ok := strings.CutPrefix(s, "v:"); ok {
		return name
	}
	if name, ok := strings.CutPrefix(s, "t:"); ok {
		return name + "（镇级）"
	}
	return s
}

// utf8BOM starts every CSV file: without it Excel on Windows reads the file
// in the system code page (GBK on Chinese Windows) and garbles the Chinese.
const utf8BOM = "\uFEFF"

func writeCSV(w io.Writer, t table) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("export: write csv: %w", err)
	}
	// Records end in \n, not \r\n: Excel reads both, and with UseCRLF
	// encoding/csv would drop a lone \r inside a cell and turn \n into \r\n.
	cw := csv.NewWriter(w)
	_ = cw.Write(t.head)
	for _, row := range t.rows {
		safe := make([]string, len(row))
		for i, c := range row {
			safe[i] = neutralise(c)
		}
		_ = cw.Write(safe) // errors are sticky and reported by Error
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: write csv: %w", err)
	}
	return nil
}

// neutralise guards against CSV (formula) injection: report texts, names and
// notes are typed by villagers, and a spreadsheet runs a cell that starts
// with = + - @ (or a tab or carriage return before one) as a formula. A
// leading apostrophe makes Excel and LibreOffice show it as text. XLSX needs
// no such guard: its cells are written as strings, never as formulas.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeJSON(w io.Writer, doc any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: write json: %w", err)
	}
	return nil
}

func writeXLSX(w io.Writer, t table) error {
	if err := buildXLSX(w, t); err != nil {
		return fmt.Errorf("export: write xlsx: %w", err)
	}
	return nil
}

// numberColumns are the columns (by header) whose whole-number cells
// the workbook holds as numbers, so that they sum and sort in Excel or
// WPS: points, counts, ranks. Anything else in them ("否决项", an empty
// rank) stays text, as every other column does.
var numberColumns = map[string]bool{
	"分值": true, "数量": true, "参评人数": true, "总分": true, "排名": true, "可兑换": true, "已兑换": true, "已清零": true,
}

// cells is row as the workbook writes it: numbers in numberColumns.
func cells(head, row []string) *[]any {
	out := make([]any, len(row))
	for i, v := range row {
		out[i] = v
		if i < len(head) && numberColumns[head[i]] {
			if n, err := strconv.Atoi(v); err == nil {
				out[i] = n
			}
		}
	}
	return &out
}

func buildXLSX(w io.Writer, t table) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName(f.GetSheetName(0), t.sheet); err != nil {
		return err
	}
	sheet := t.sheet
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	if err := f.SetSheetRow(sheet, "A1", &t.head); err != nil {
		return err
	}
	if err := f.SetRowStyle(sheet, 1, 1, bold); err != nil {
		return err
	}
	for i, row := range t.rows {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow(sheet, cell, cells(t.head, row)); err != nil {
			return err
		}
	}
	for i, wd := range t.widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
	}); err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(len(t.head), len(t.rows)+1)
	if err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	return f.Write(w)
}
