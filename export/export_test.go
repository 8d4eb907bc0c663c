package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"gridbot/export"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

var (
	vs = storage.VillageScope("青山村")
	ts = storage.TownshipScope("城关镇")
	// Times are stored in UTC; the export shows them in Asia/Shanghai.
	t0 = time.Date(2026, 3, 2, 1, 15, 0, 0, time.UTC) // 09:15 in Shanghai
	t1 = t0.Add(30 * time.Minute)
	t2 = t0.Add(2 * time.Hour)
)

const (
	injText     = `=HYPERLINK("http://evil.example","点我")`
	injReporter = "@坏人"
	injNote     = "+1 同一盏灯"
)

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// seed commits two reports to a private store, updates each once, and adds
// one entry to the township's audit stream.
func seed(t *testing.T) *storage.Store {
	t.Helper()
	st := storagetest.New(t)
	ctx := context.Background()
	commit := func(c storage.Change) {
		t.Helper()
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatalf("commit %s: %v", c.MsgID, err)
		}
	}
	create := func(msgID, text, reporter string, at time.Time) {
		t.Helper()
		commit(storage.Change{Scope: vs, MsgID: msgID, Create: true, Report: &village.Report{
			Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "基础设施",
			Status: village.StatusNew, Text: text, Reporter: reporter, CreatedAt: at, Source: msgID,
			History: []village.Entry{{At: at, By: reporter, Action: village.ActCreate, To: village.StatusNew}},
		}, Audit: storage.Audit{At: at, By: reporter, Action: string(village.ActCreate), Note: "general"}})
	}
	update := func(msgID, id string, a village.Action, by string, at time.Time, note string, edit func(*village.Report)) {
		t.Helper()
		r, err := st.Report(ctx, vs, id)
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			edit(&r)
		}
		if err := r.Apply(a, by, at, note); err != nil {
			t.Fatal(err)
		}
		commit(storage.Change{Scope: vs, MsgID: msgID, Report: &r,
			Audit: storage.Audit{At: at, By: by, Action: string(a), Note: note}})
	}

	create("m1", "路灯坏了 & 电线<裸露>", "张三", t0)
	create("m2", injText, injReporter, t1)
	update("m3", "R1", village.ActAssign, "李四", t2, "王五", func(r *village.Report) {
		r.Handlers = []string{"王五", "赵六"}
		r.Department = "平安办"
		r.Images = []string{"data/wechat/images/2026-03-02/m1.jpg", "data/wechat/images/2026-03-02/m5.png"}
		r.DueAt = t2.Add(72 * time.Hour)
	})
	update("m4", "R2", village.ActDuplicate, "李四", t2, injNote, func(r *village.Report) {
		r.DuplicateOf = "R1"
	})
	commit(storage.Change{Scope: ts, MsgID: "t1",
		Audit: storage.Audit{At: t2, By: "镇干部甲", Action: "notice", Note: "-春耕通知"}})

	// Two phone calls to 王奶奶 (the first visited after two misses, its
	// note made R1), and a notice to 三组 that 张三's household answered.
	doc := func(d storage.Doc, err error) []storage.Doc {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return []storage.Doc{d}
	}
	call := village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-302/王奶奶",
		Phone: "13900000001", Care: village.CareHigh, Worker: "王五", Topic: "例行问候", Due: t0, Status: village.CallReached,
		Misses: 2, Outcome: village.OutcomeVisited, Note: "屋顶漏雨", LoggedAt: t2, LoggedBy: "李四", Report: "R1"}
	commit(storage.Change{Scope: vs, MsgID: "c1", Docs: doc(storage.CallDoc(call))})
	call = village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-302/王奶奶",
		Phone: "13900000001", Care: village.CareHigh, Worker: "王五", Topic: "转告通知：春耕", Due: t2, Status: village.CallOpen,
		Misses: 1, Outcome: village.OutcomeMissed, Note: injNote, LoggedAt: t2, LoggedBy: "王五"}
	commit(storage.Change{Scope: vs, MsgID: "c2", Docs: doc(storage.CallDoc(call))})
	commit(storage.Change{Scope: ts, MsgID: "n1", Docs: doc(storage.NoticeDoc(village.Notice{
		Text: "明天上午9点在村委会开会", By: "镇干部甲", At: t1, Groups: []string{"青山村三组网格群"}}))})
	commit(storage.Change{Scope: ts, MsgID: "n1-ack", Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "青山村/QS-301", By: 1}}})
	return st
}

// people is the roster of the notices export: 三组 has 张三's and 李四's
// households; 一组 and cadres without a household are not asked.
var people = []village.Person{
	{Name: "张三", Village: "青山村", Household: "QS-301", Relation: "户主", Grid: "三组", UsesWeChat: true},
	{Name: "王奶奶", Village: "青山村", Household: "QS-302", Relation: "母亲", Grid: "三组", Care: village.CareHigh},
	{Name: "李四", Village: "青山村", Household: "QS-302", Relation: "户主", Grid: "三组", UsesWeChat: true},
	{Name: "赵六", Village: "青山村", Household: "QS-101", Relation: "户主", Grid: "一组", UsesWeChat: true},
	{Name: "王五", Village: "青山村", Grid: "三组", UsesWeChat: true},
}

func gridOf(group string) (v, grid string, ok bool) {
	switch group {
	case "青山村三组网格群":
		return "青山村", "三组", true
	case "青山村一组网格群":
		return "青山村", "一组", true
	}
	return "", "", false
}

func auditIDs(t *testing.T, st *storage.Store) (vids, tids []string) {
	t.Helper()
	for _, p := range []struct {
		sc  storage.Scope
		ids *[]string
	}{{vs, &vids}, {ts, &tids}} {
		log, err := st.AuditLog(context.Background(), p.sc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range log {
			*p.ids = append(*p.ids, e.ID)
		}
	}
	if len(vids) != 4 || len(tids) != 1 {
		t.Fatalf("audit ids = %v, %v; want 4 and 1", vids, tids)
	}
	return vids, tids
}

// wantTables are the header and rows the CSV and XLSX exports must hold, as
// the text was typed; csvCell says how CSV guards the cells that would run as
// formulas.
func wantTables(t *testing.T, st *storage.Store) map[string][][]string {
	vids, tids := auditIDs(t, st)
	return map[string][][]string{
		"reports": {
			{"编号", "村", "网格", "群", "类型", "分类", "状态", "内容", "报告人", "同反映", "负责人", "转交部门", "登记时间", "期限", "规定期限", "超期办结", "现在超期", "合并到", "最后更新", "照片", "照片文件"},
			{"R1", "青山村", "三组", "青山村三组网格群", "一般事项", "基础设施", "已受理", "路灯坏了 & 电线<裸露>", "张三", "", "王五、赵六", "平安办", "2026-03-02 09:15", "2026-03-05 11:15", "2026-03-05 11:15", "", "", "", "2026-03-02 11:15",
				"2", "data/wechat/images/2026-03-02/m1.jpg；data/wechat/images/2026-03-02/m5.png"},
			{"R2", "青山村", "三组", "青山村三组网格群", "一般事项", "基础设施", "已合并", injText, injReporter, "", "", "", "2026-03-02 09:45", "", "", "", "", "R1", "2026-03-02 11:15", "0", ""},
		},
		"history": {
			{"编号", "村", "时间", "操作人", "操作", "原状态", "新状态", "说明"},
			{"R1", "青山村", "2026-03-02 09:15", "张三", "登记", "", "待受理", ""},
			{"R1", "青山村", "2026-03-02 11:15", "李四", "指派", "待受理", "已受理", "王五"},
			{"R2", "青山村", "2026-03-02 09:45", injReporter, "登记", "", "待受理", ""},
			{"R2", "青山村", "2026-03-02 11:15", "李四", "合并", "待受理", "已合并", injNote},
		},
		"audit": {
			{"范围", "流水号", "时间", "操作人", "操作", "编号", "消息ID", "说明"},
			{"青山村", vids[0], "2026-03-02 09:15", "张三", "登记", "R1", "m1", "general"},
			{"青山村", vids[1], "2026-03-02 09:45", injReporter, "登记", "R2", "m2", "general"},
			{"青山村", vids[2], "2026-03-02 11:15", "李四", "指派", "R1", "m3", "王五"},
			{"青山村", vids[3], "2026-03-02 11:15", "李四", "合并", "R2", "m4", injNote},
			{"城关镇（镇级）", tids[0], "2026-03-02 11:15", "镇干部甲", "notice", "", "t1", "-春耕通知"},
		},
		"calls": {
			{"编号", "村", "网格", "老人", "电话", "关爱等级", "网格员", "事由", "应打日期", "状态", "未接通次数", "结果", "记录", "记录时间", "记录人", "转成事项"},
			{"T1", "青山村", "三组", "王奶奶", "13900000001", "高", "王五", "例行问候", "2026-03-02 09:15", "已回访", "2", "上门", "屋顶漏雨", "2026-03-02 11:15", "李四", "R1"},
			{"T2", "青山村", "三组", "王奶奶", "13900000001", "高", "王五", "转告通知：春耕", "2026-03-02 11:15", "待回访", "1", "未接通", injNote, "2026-03-02 11:15", "王五", ""},
		},
		"notices": {
			{"编号", "发布时间", "发布人", "内容", "发给", "已收到数", "未回复数", "已收到", "未回复", "已告知网格员"},
			{"N1", "2026-03-02 09:45", "镇干部甲", "明天上午9点在村委会开会", "青山村三组网格群", "1", "1", "张三户（QS-301）", "李四户（QS-302）", "否"},
		},
	}
}

func csvCell(s string) string {
	switch s {
	case injText, injReporter, injNote, "-春耕通知":
		return "'" + s
	}
	return s
}

func run(t *testing.T, st *storage.Store, what, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	_, err := export.Write(context.Background(), st, &buf, export.Options{
		What: what, Format: format, Scopes: []storage.Scope{vs, ts}, Location: shanghai(t),
		Outreach: export.OutreachOptions{People: people, GridOfGroup: gridOf},
	})
	if err != nil {
		t.Fatalf("Write(%s, %s): %v", what, format, err)
	}
	return buf.Bytes()
}

func TestCSV(t *testing.T) {
	st := seed(t)
	want := wantTables(t, st)
	for _, what := range append(export.Whats, export.OutreachWhats...) {
		t.Run(what, func(t *testing.T) {
			out := run(t, st, what, "csv")
			body, ok := bytes.CutPrefix(out, []byte("\xEF\xBB\xBF"))
			if !ok {
				t.Fatalf("csv does not start with a UTF-8 BOM: %q", out[:min(len(out), 16)])
			}
			got, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var exp [][]string
			for _, row := range want[what] {
				r := make([]string, len(row))
				for i, c := range row {
					r[i] = csvCell(c)
				}
				exp = append(exp, r)
			}
			if diff := cmp.Diff(exp, got); diff != "" {
				t.Errorf("csv rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestXLSX(t *testing.T) {
	st := seed(t)
	want := wantTables(t, st)
	for _, tc := range []struct{ what, sheet string }{
		{"reports", "事项"}, {"history", "处理记录"}, {"audit", "审计"}, {"calls", "电话回访"}, {"notices", "通知回复"},
	} {
		t.Run(tc.what, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(run(t, st, tc.what, "xlsx")))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if diff := cmp.Diff([]string{tc.sheet}, f.GetSheetList()); diff != "" {
				t.Fatalf("sheets (-want +got):\n%s", diff)
			}
			got, err := f.GetRows(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			// GetRows drops trailing empty cells; pad to the header's width.
			for i := range got {
				for len(got[i]) < len(want[tc.what][0]) {
					got[i] = append(got[i], "")
				}
			}
			if diff := cmp.Diff(want[tc.what], got); diff != "" {
				t.Errorf("xlsx rows (-want +got):\n%s", diff)
			}
			id, err := f.GetCellStyle(tc.sheet, "A1")
			if err != nil {
				t.Fatal(err)
			}
			style, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if style.Font == nil || !style.Font.Bold {
				t.Errorf("header style = %+v, want bold", style.Font)
			}
			panes, err := f.GetPanes(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("panes = %+v, want the header row frozen", panes)
			}
			if w, err := f.GetColWidth(tc.sheet, "A"); err != nil || w < 8 {
				t.Errorf("column A width = %v, %v; want set", w, err)
			}
			// No cell is a formula, even those whose text starts with = or @.
			for r := range got {
				for c := range got[r] {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					if fm, err := f.GetCellFormula(tc.sheet, cell); err != nil || fm != "" {
						t.Errorf("cell %s formula = %q, %v; want none", cell, fm, err)
					}
				}
			}
		})
	}
}

func TestJSON(t *testing.T) {
	st := seed(t)
	ctx := context.Background()
	reports, err := st.Reports(ctx, vs)
	if err != nil {
		t.Fatal(err)
	}
	var history []export.HistoryRow
	for _, r := range reports {
		for _, e := range r.History {
			history = append(history, export.HistoryRow{Village: r.Village, ReportID: r.ID, Entry: e})
		}
	}
	var audit []export.AuditRow
	for _, sc := range []storage.Scope{vs, ts} {
		log, err := st.AuditLog(ctx, sc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range log {
			audit = append(audit, export.AuditRow{Scope: sc, AuditEntry: e})
		}
	}
	calls, err := st.Calls(ctx, vs, "calls")
	if err != nil {
		t.Fatal(err)
	}
	notices, err := st.Notices(ctx, ts, "notices")
	if err != nil || len(notices) != 1 {
		t.Fatalf("notices = %v, %v; want one", notices, err)
	}
	replies := []village.NoticeReplies{{Notice: notices[0], Acknowledged: []string{"青山村/QS-301"}, Pending: []string{"青山村/QS-302"}}}
	decode := func(t *testing.T, b []byte, v any) {
		t.Helper()
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("decode: %v\n%s", err, b)
		}
	}
	for _, tc := range []struct {
		name  string
		check func(t *testing.T, b []byte)
	}{
		{"reports", func(t *testing.T, b []byte) {
			var got []village.Report
			decode(t, b, &got)
			if diff := cmp.Diff(reports, got); diff != "" {
				t.Errorf("reports (-want +got):\n%s", diff)
			}
			if len(got) != 2 || len(got[0].History) != 2 {
				t.Errorf("got %d reports, R1 with %d history entries; want 2 and 2", len(got), len(got[0].History))
			}
			if !bytes.Contains(b, []byte("路灯坏了 & 电线<裸露>")) {
				t.Errorf("json escapes HTML or Chinese:\n%s", b)
			}
			if !bytes.HasPrefix(b, []byte("[\n  {\n    \"id\": \"R1\"")) {
				t.Errorf("json is not indented:\n%s", b[:min(len(b), 60)])
			}
		}},
		{"history", func(t *testing.T, b []byte) {
			var got []export.HistoryRow
			decode(t, b, &got)
			if diff := cmp.Diff(history, got); diff != "" {
				t.Errorf("history (-want +got):\n%s", diff)
			}
			if !bytes.Contains(b, []byte(`"report_id": "R1"`)) || !bytes.Contains(b, []byte(`"action": "assign"`)) {
				t.Errorf("history rows are not flat:\n%s", b)
			}
		}},
		{"audit", func(t *testing.T, b []byte) {
			var got []export.AuditRow
			decode(t, b, &got)
			if diff := cmp.Diff(audit, got); diff != "" {
				t.Errorf("audit (-want +got):\n%s", diff)
			}
		}},
		{"calls", func(t *testing.T, b []byte) {
			var got []village.Call
			decode(t, b, &got)
			if diff := cmp.Diff(calls, got); diff != "" {
				t.Errorf("calls (-want +got):\n%s", diff)
			}
			if len(got) != 2 || got[0].Report != "R1" {
				t.Errorf("got %d calls, T1 made %q; want 2 and R1", len(got), got[0].Report)
			}
		}},
		{"notices", func(t *testing.T, b []byte) {
			var got []village.NoticeReplies
			decode(t, b, &got)
			if diff := cmp.Diff(replies, got); diff != "" {
				t.Errorf("notices (-want +got):\n%s", diff)
			}
			if !bytes.Contains(b, []byte(`"pending": [`)) {
				t.Errorf("notice rows do not list the pending households:\n%s", b)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, run(t, st, tc.name, "json")) })
	}
}

// A township-wide notice names each household with its village, since
// 户号 and heads' names may repeat across villages.
func TestNoticeAcrossVillages(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	d, err := storage.NoticeDoc(village.Notice{Text: "防汛", By: "镇干部甲", At: t0, Groups: []string{"青山村三组网格群", "红旗村一组网格群"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []storage.Change{
		{Scope: ts, MsgID: "n1", Docs: []storage.Doc{d}},
		{Scope: ts, MsgID: "n1-ack", Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "红旗村/HQ-101", By: 1}}},
	} {
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	roster := append(slices.Clone(people), village.Person{Name: "张三", Village: "红旗村", Household: "HQ-101", Relation: "户主", Grid: "一组"})
	grids := func(group string) (string, string, bool) {
		if group == "红旗村一组网格群" {
			return "红旗村", "一组", true
		}
		return gridOf(group)
	}
	var buf bytes.Buffer
	_, err = export.Write(ctx, st, &buf, export.Options{What: "notices", Format: "csv", Scopes: []storage.Scope{vs, ts},
		Outreach: export.OutreachOptions{People: roster, GridOfGroup: grids}})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1", "2", "红旗村张三户（HQ-101）", "青山村张三户（QS-301）、青山村李四户（QS-302）"}
	if len(rows) != 2 {
		t.Fatalf("rows = %q, want a header and N1", rows)
	}
	if diff := cmp.Diff(want, rows[1][5:9]); diff != "" {
		t.Errorf("N1 households (-want +got):\n%s", diff)
	}
}

func TestNoScopes(t *testing.T) {
	for _, tc := range []struct{ name, format, want string }{
		{"json is an empty array", "json", "[]\n"},
		{"csv is the header only", "csv", "\uFEFF编号,村,网格,群,类型,分类,状态,内容,报告人,同反映,负责人,转交部门,登记时间,期限,规定期限,超期办结,现在超期,合并到,最后更新,照片,照片文件\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := export.Write(context.Background(), failing{}, &buf, export.Options{What: "reports", Format: tc.format}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, buf.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

// texts is a Source whose one village holds one report per text.
type texts []string

func (s texts) Reports(context.Context, storage.Scope) ([]village.Report, error) {
	var out []village.Report
	for _, x := range s {
		out = append(out, village.Report{ID: "R1", Text: x})
	}
	return out, nil
}

func (texts) AuditLog(context.Context, storage.Scope) ([]storage.AuditEntry, error) { return nil, nil }

func TestFormulaInjection(t *testing.T) {
	for _, tc := range []struct{ name, text, csv string }{
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+8613800000000", "'+8613800000000"},
		{"minus", "-2+3", "'-2+3"},
		{"at", "@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"tab", "\t=1+1", "'\t=1+1"},
		{"carriage return", "\r=1+1", "'\r=1+1"},
		{"dde", `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
		{"inside text", "路灯=坏了", "路灯=坏了"},
		{"full-width equals", "＝1+1", "＝1+1"},
		{"empty", "", ""},
		{"plain", "路灯坏了", "路灯坏了"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, format := range []string{"csv", "xlsx"} {
				var buf bytes.Buffer
				if _, err := export.Write(context.Background(), texts{tc.text}, &buf, export.Options{What: "reports", Format: format, Scopes: []storage.Scope{vs}}); err != nil {
					t.Fatal(err)
				}
				var got, want string
				if format == "csv" {
					rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
					if err != nil {
						t.Fatal(err)
					}
					got, want = rows[1][7], tc.csv
				} else {
					// XLSX keeps the text as typed, as a string cell, never a formula.
					f, err := excelize.OpenReader(&buf)
					if err != nil {
						t.Fatal(err)
					}
					if fm, _ := f.GetCellFormula("事项", "H2"); fm != "" {
						t.Errorf("xlsx H2 is a formula %q", fm)
					}
					got, _ = f.GetCellValue("事项", "H2")
					want = tc.text
					f.Close()
				}
				if got != want {
					t.Errorf("%s 内容 = %q, want %q", format, got, want)
				}
			}
		})
	}
}

// reportsOf is a Source whose one village holds these reports.
type reportsOf []village.Report

func (s reportsOf) Reports(context.Context, storage.Scope) ([]village.Report, error) { return s, nil }
func (reportsOf) AuditLog(context.Context, storage.Scope) ([]storage.AuditEntry, error) {
	return nil, nil
}

// TestReportsSLADeadline: the reports export gives each item's SLA
// deadline (规定期限) beside the deadline in force (期限, a promised day
// where one was named) and, once resolved, whether its last 办结 came
// after the SLA deadline it was judged by (超期办结), as the monthly
// report counts 按期: in CSV, XLSX and JSON alike.
func TestReportsSLADeadline(t *testing.T) {
	loc := shanghai(t)
	at := func(s string) time.Time {
		t.Helper()
		x, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	mk := func(id string, promise string, resolved string) village.Report {
		t.Helper()
		r := village.Report{ID: id, Village: "青山村", Grid: "三组", Type: village.General, Status: village.StatusAccepted,
			Text: "事项" + id, CreatedAt: at("2026-03-02 09:00"), DueAt: at("2026-03-05 09:00"),
			History: []village.Entry{{At: at("2026-03-02 09:00"), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		if promise != "" {
			r.Promise(village.EndOfDay(at(promise)))
		}
		if resolved != "" {
			if err := r.Apply(village.ActResolve, "李四", at(resolved), "修好了"); err != nil {
				t.Fatal(err)
			}
		}
		return r
	}
	// R4: a procedure question the bot answered, closed as 已告知办理流程
	// when the villager never asked again: not resolved, in time or late
	told := village.Report{ID: "R4", Village: "青山村", Grid: "三组", Type: village.Approval, Status: village.StatusNew,
		Text: "低保怎么申请", CreatedAt: at("2026-03-02 09:00"),
		History: []village.Entry{{At: at("2026-03-02 09:00"), By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	for _, a := range []village.Action{village.ActResolve, village.ActConfirm} {
		if err := told.Apply(a, village.SystemActor, at("2026-03-16 10:00"), village.ProcedureTold); err != nil {
			t.Fatal(err)
		}
	}
	src := reportsOf{
		mk("R1", "2026-03-10 00:00", "2026-03-08 10:00"), // by the promised day, late by the SLA
		mk("R2", "", "2026-03-04 10:00"),                 // in time
		mk("R3", "2026-03-10 00:00", ""),                 // open, promised to the 10th: still late by the SLA at now
		told,
		mk("R5", "", ""), // open, past its SLA deadline at now
	}
	now := at("2026-03-07 10:00") // the export's time: past R3's and R5's SLA deadline
	r6 := mk("R6", "", "")
	r6.DueAt = at("2026-03-09 09:00") // open, not yet due at now
	src = append(src, r6)
	want := [][]string{ // 状态, 期限, 规定期限, 超期办结, 现在超期
		{"已办结待确认", "2026-03-10 23:59", "2026-03-05 09:00", "是", ""},
		{"已办结待确认", "2026-03-05 09:00", "2026-03-05 09:00", "否", ""},
		{"已受理", "2026-03-10 23:59", "2026-03-05 09:00", "", "是"},
		{"已告知办理流程", "", "", "", ""},
		{"已受理", "2026-03-05 09:00", "2026-03-05 09:00", "", "是"},
		{"已受理", "2026-03-09 09:00", "2026-03-09 09:00", "", "否"},
	}
	write := func(format string) []byte {
		t.Helper()
		var buf bytes.Buffer
		if _, err := export.Write(context.Background(), src, &buf, export.Options{What: "reports", Format: format, Scopes: []storage.Scope{vs}, Location: loc, Now: now}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	pick := func(rows [][]string) [][]string {
		var out [][]string
		for _, r := range rows[1:] {
			r = append(r, make([]string, 21-len(r))...) // XLSX drops trailing empty cells
			out = append(out, append([]string{r[6]}, r[13:17]...))
		}
		return out
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(write("csv"), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[0][13:17]; !slices.Equal(got, []string{"期限", "规定期限", "超期办结", "现在超期"}) {
		t.Errorf("csv header %q", got)
	}
	if diff := cmp.Diff(want, pick(rows)); diff != "" {
		t.Errorf("csv (-want +got):\n%s", diff)
	}
	f, err := excelize.OpenReader(bytes.NewReader(write("xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xrows, err := f.GetRows("事项")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, pick(xrows)); diff != "" {
		t.Errorf("xlsx (-want +got):\n%s", diff)
	}
	var js []struct {
		ID           string    `json:"id"`
		SLADeadline  time.Time `json:"sla_deadline"`
		ResolvedLate *bool     `json:"resolved_late"`
		Told         bool      `json:"procedure_told"`
		OverdueNow   *bool     `json:"overdue_now"`
	}
	if err := json.Unmarshal(write("json"), &js); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range js {
		late := "nil"
		if r.ResolvedLate != nil {
			late = fmt.Sprint(*r.ResolvedLate)
		}
		if r.Told {
			late += " told"
		}
		if r.OverdueNow != nil {
			late += fmt.Sprint(" overdue-now=", *r.OverdueNow)
		}
		got = append(got, r.ID+" "+r.SLADeadline.In(loc).Format("01-02 15:04")+" "+late)
	}
	if diff := cmp.Diff([]string{"R1 03-05 09:00 true", "R2 03-05 09:00 false", "R3 03-05 09:00 nil overdue-now=true", "R4 01-01 08:05 nil told", "R5 03-05 09:00 nil overdue-now=true", "R6 03-09 09:00 nil overdue-now=false"}, got); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
}

// failing is a Source whose reads all fail.
type failing struct{}

var errDown = errors.New("storage: store unavailable")

func (failing) Reports(context.Context, storage.Scope) ([]village.Report, error) { return nil, errDown }
func (failing) AuditLog(context.Context, storage.Scope) ([]storage.AuditEntry, error) {
	return nil, errDown
}
func (failing) Calls(context.Context, storage.Scope, string) ([]village.Call, error) {
	return nil, errDown
}
func (failing) Notices(context.Context, storage.Scope, string) ([]village.Notice, error) {
	return nil, errDown
}
func (failing) Counters(context.Context, storage.Scope, string) (map[string]int64, error) {
	return nil, errDown
}

func TestReadErrorWritesNothing(t *testing.T) {
	for _, tc := range []struct{ name, what, want string }{
		{"reports", "reports", "export: reports of v:青山村: storage: store unavailable"},
		{"history", "history", "export: reports of v:青山村: storage: store unavailable"},
		{"audit", "audit", "export: audit log of v:青山村: storage: store unavailable"},
		{"calls", "calls", "export: calls of v:青山村: storage: store unavailable"},
		{"notices", "notices", "export: notices of t:城关镇: storage: store unavailable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := export.Write(context.Background(), failing{}, &buf, export.Options{What: tc.what, Format: "csv", Scopes: []storage.Scope{vs, ts}})
			if !errors.Is(err, errDown) || err.Error() != tc.want {
				t.Fatalf("err = %v, want %q wrapping the store's error", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %q after a read error", buf.String())
			}
		})
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := export.Write(ctx, failing{}, &bytes.Buffer{}, export.Options{What: "audit", Format: "json", Scopes: []storage.Scope{vs}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterError(t *testing.T) {
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			_, err := export.Write(context.Background(), failing{}, failWriter{}, export.Options{What: "reports", Format: format})
			if err == nil || !strings.HasPrefix(err.Error(), "export: write "+format+": ") || !strings.HasSuffix(err.Error(), "disk full") {
				t.Fatalf("err = %v, want export: write %s: … disk full", err, format)
			}
		})
	}
}

const allWhats = "reports、history、audit、claims、ledger、households、publicity、integrity、calls、notices"

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name, what, format string
		want               string // "" = valid; else a substring of the error
	}{
		{"reports csv", "reports", "csv", ""},
		{"history json", "history", "json", ""},
		{"audit xlsx", "audit", "xlsx", ""},
		{"calls xlsx", "calls", "xlsx", ""},
		{"notices json", "notices", "json", ""},
		{"unknown what", "points", "csv", `export: -what 写的 "points" 不认得，请写其中一个：` + allWhats},
		{"empty what", "", "csv", `export: -what 写的 "" 不认得，请写其中一个：` + allWhats},
		{"unknown format", "reports", "xls", `export: -format 写的 "xls" 不认得，是不是 xlsx？请写其中一个：csv、json、xlsx`},
		{"upper case format", "reports", "CSV", `export: -format 写的 "CSV" 不认得，是不是 csv？请写其中一个：csv、json、xlsx`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := export.Validate(export.Options{What: tc.what, Format: tc.format})
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("err = %v, want nil", err)
			case tc.want != "" && (err == nil || err.Error() != tc.want):
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if tc.want != "" {
				if _, werr := export.Write(context.Background(), failing{}, &bytes.Buffer{}, export.Options{What: tc.what, Format: tc.format}); werr == nil || werr.Error() != tc.want {
					t.Errorf("Write err = %v, want the Validate error", werr)
				}
			}
		})
	}
}

// TestHouseholdsWithoutPoints: with nothing in the ledger the households
// table is of the current year in the export's zone (late on 31 December
// UTC is already the new year in Shanghai), and a household without
// points is not ranked: no column of rank 1 for the notice board.
func TestHouseholdsWithoutPoints(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	var buf bytes.Buffer
	_, err := export.Write(ctx, st, &buf, export.Options{What: "households", Format: "csv", Scopes: []storage.Scope{vs},
		Location: shanghai(t), Points: export.PointsOptions{People: people}, Now: time.Date(2026, 12, 31, 20, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("rows = %q, want a header and three households", rows)
	}
	year, rank := slices.Index(rows[0], "年度"), slices.Index(rows[0], "排名")
	for _, r := range rows[1:] {
		if r[year] != "2027" || r[rank] != "" {
			t.Errorf("%s: 年度 %q 排名 %q, want 2027 and no rank", r[2], r[year], r[rank])
		}
	}
}

// TestNoticeToCadres: a notice sent to the cadres privately has no
// households; its row counts the cadres, names who answered 收到 and who
// has not, each with his grid and role, and says it went to them (the
// JSON has each one's answer).
func TestNoticeToCadres(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	d, err := storage.NoticeDoc(village.Notice{Text: "明天上午到镇里开会", By: "镇干部甲", At: t0, Cadres: []string{"李四", "王五"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []storage.Change{
		{Scope: ts, MsgID: "n1", Docs: []storage.Doc{d}},
		{Scope: ts, MsgID: "n1-ack", Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "王五", By: 1}}},
	} {
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	roster := slices.Clone(people)
	for i := range roster {
		switch roster[i].Name {
		case "李四":
			roster[i].Roles = []village.Role{village.RoleVillager, village.RoleLeader}
		case "王五":
			roster[i].Roles = []village.Role{village.RoleWorker}
		}
	}
	var buf bytes.Buffer
	_, err = export.Write(ctx, st, &buf, export.Options{What: "notices", Format: "csv", Scopes: []storage.Scope{vs, ts},
		Outreach: export.OutreachOptions{People: roster, GridOfGroup: gridOf}})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("rows = %q, want a header and N1", rows)
	}
	want := []string{"网格员、网格长（私信，按人算）", "1", "1", "王五（三组网格员）", "李四（三组网格长）"}
	if diff := cmp.Diff(want, rows[1][4:9]); diff != "" {
		t.Errorf("N1 cadres (-want +got):\n%s", diff)
	}
	buf.Reset()
	if _, err = export.Write(ctx, st, &buf, export.Options{What: "notices", Format: "json", Scopes: []storage.Scope{vs, ts},
		Outreach: export.OutreachOptions{People: roster, GridOfGroup: gridOf}}); err != nil {
		t.Fatal(err)
	}
	var got []village.NoticeReplies
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	wantJSON := []village.CadreReply{{Name: "李四", Village: "青山村", Grid: "三组", Roles: []village.Role{village.RoleLeader}},
		{Name: "王五", Village: "青山村", Grid: "三组", Roles: []village.Role{village.RoleWorker}, Acknowledged: true}}
	if len(got) != 1 {
		t.Fatalf("JSON: %d notices, want 1", len(got))
	}
	if diff := cmp.Diff(wantJSON, got[0].CadreReplies); diff != "" {
		t.Errorf("JSON answers per cadre (-want +got):\n%s", diff)
	}
}
