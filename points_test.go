package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"gridbot/storage/storagetest"
	"gridbot/village"
)

// pointsConfig writes the example configuration with the report and
// outreach schedules off (the points transcript spans ten months, and
// their daily posts are another test's subject) and the given key prefix.
func pointsConfig(t *testing.T, prefix string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	writeConfigWithPrefix(t, path, prefix)
	b := storagetest.Must(os.ReadFile(path))(t)
	// The transcripts score households a few points each: honours of any
	// household with points keep what they check (ties, corrections,
	// settling); TestReplayPointsCycle and points40 tests keep the default.
	b = bytes.Replace(b, []byte("honour_share: 10\n"), []byte("honour_share: 100\n"), 1)
	b = bytes.Replace(b, []byte("honour_min: 20\n"), []byte("honour_min: 0\n"), 1)
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "schedules" {
			sc := root.Content[i+1]
			for j := 1; j < len(sc.Content); j += 2 {
				if sc.Content[j-1].Value != "catch_up" { // a duration, not a job
					sc.Content[j].Value = "off"
				}
			}
		}
	}
	out := storagetest.Must(yaml.Marshal(&doc))(t)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// replayPoints runs testdata/points.jsonl and returns the raw output and
// the state file.
func replayPoints(t *testing.T, cfg, redisURL string) (string, state) {
	t.Helper()
	input := storagetest.Must(os.ReadFile("testdata/points.jsonl"))(t)
	return replayTranscript(t, cfg, redisURL, input)
}

// replayTranscript replays input and returns the raw output and the state.
func replayTranscript(t *testing.T, cfg, redisURL string, input []byte) (string, state) {
	t.Helper()
	stateFile := filepath.Join(t.TempDir(), "state.json")
	args := []string{"replay", "-config", cfg, "-state-out", stateFile}
	if redisURL != "" {
		args = append(args, "-redis", redisURL)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args, bytes.NewReader(input), &stdout, &stderr, discard()); err != nil {
		t.Fatalf("replay: %v\n%s", err, stderr.String())
	}
	b := storagetest.Must(os.ReadFile(stateFile))(t)
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	return stdout.String(), st
}

// TestReplayPoints runs ten months of the points system in the example
// village: claims approved and rejected, refusals, caps, 公示 on the 1st,
// objections frozen and settled, items becoming final, redemptions within
// and beyond the balance, a veto, the year-end ranking, clearing and the
// new year starting from zero.
func TestReplayPoints(t *testing.T) {
	got, st := replayPoints(t, pointsConfig(t, "points"), redisOrMemory(t))
	matchGolden(t, "testdata/points.golden.jsonl", got)
	outs := parseOuts(t, got)

	// Every claim's final status and points.
	type row struct {
		ID, Status, Indicator, Household, Person string
		Points                                   int
	}
	var claims []row
	for _, c := range st.Claims {
		claims = append(claims, row{c.ID, c.Status, c.Indicator, c.Household, c.Person, c.Points})
	}
	wantClaims := []row{
		{"C1", "revoked", "HJ01", "QS-301", "张三", 8},   // approved, objected privately, revoked
		{"C2", "final", "HJ02", "QS-301", "张明", 5},     // claimed for a household member, approved by quoting
		{"C3", "final", "SG02", "QS-306", "钱桂英", 10},   // the scorer's own household: approved by the officer
		{"C4", "rejected", "SG03", "QS-302", "陈二", 0},  // rejected with a reason (a range: no amount asked)
		{"C5", "final", "HJ01", "QS-301", "张三", 2},     // capped: 5 refused, 2 allowed
		{"C6", "final", "HJ07", "QS-302", "陈二", -5},    // deduction; objection still open when the window closed, upheld later
		{"C7", "final", "ZF01", "QS-304", "王五", 10},    // objected, upheld within the window
		{"C8", "final", "SG02", "QS-311", "金大海", 10},   // recorded by the scorer
		{"C9", "final", "SG01", "QS-101", "刘建国", 5},    // grid 一组; the approval was sent twice
		{"C10", "final", "JF01", "QS-310", "雷志明", 200}, // bonus item
		{"C11", "final", "JF02", "QS-310", "雷志明", 20},
		{"C12", "final", "FJ02", "QS-311", "金大海", 0}, // veto
		{"C13", "final", "ZF01", "QS-304", "王五", 10}, // approved in December, final in January
	}
	if diff := cmp.Diff(claims, wantClaims); diff != "" {
		t.Errorf("claims (-got +want):\n%s", diff)
	}

	// The 2026 ranking by household average, computed by hand:
	// 雷志明户 220/4 = 55.0; 王五户 (10+10)/3 = 6.7; 张三户 (5+2)/3 = 2.3;
	// 赵六户 10/5 = 2.0; 刘建国户 5/3 = 1.7; households without points
	// share rank 6; 陈二户 -5/4 = -1.25 comes last of the 30 ranked; 金大海户
	// has a veto item and is not ranked.
	hh := map[string]householdState{}
	for _, h := range st.Households {
		hh[h.ID] = h
	}
	type rank struct {
		Total   int
		Average float64
		Rank    int
	}
	wantRanks := map[string]rank{
		"QS-310": {220, 55, 1}, "QS-304": {20, 6.7, 2}, "QS-301": {7, 2.3, 3}, "QS-306": {10, 2, 4},
		"QS-101": {5, 1.7, 5}, "QS-303": {0, 0, 6}, "QS-302": {-5, -1.2, 30}, "QS-311": {10, 3.3, 0},
	}
	for id, w := range wantRanks {
		y := hh[id].Years["2026"]
		if id == "QS-303" {
			if _, ok := hh[id].Years["2026"]; ok {
				t.Errorf("%s has a 2026 entry %+v, want none (no points)", id, y)
			}
			continue
		}
		if diff := cmp.Diff(rank(y), w); diff != "" {
			t.Errorf("%s 2026 (-got +want):\n%s", id, diff)
		}
	}
	if len(st.Rankings) != 1 || st.Rankings[0].Year != "2026" ||
		!cmp.Equal(st.Rankings[0].Honours, []string{"QS-310", "QS-304", "QS-301"}) {
		t.Errorf("archived rankings = %+v, want 2026 with honours QS-310, QS-304, QS-301", st.Rankings)
	}

	// The new year starts from zero; only January's final item is redeemable.
	if st.Year != "2027" {
		t.Errorf("points year = %q, want 2027", st.Year)
	}
	for _, h := range st.Households {
		if h.Total != 0 || h.Rank == 0 && !h.Vetoed && h.Total != 0 {
			t.Errorf("%s: 2027 total %d, want 0", h.ID, h.Total)
		}
	}
	type bal struct{ Final, Redeemed, Cleared, Redeemable int }
	wantBal := map[string]bal{
		"QS-301": {7, 5, 2, 0},    // soap 5, then 2 cleared at the year's end
		"QS-304": {20, 10, 0, 10}, // toothpaste 10; December's 10 became final in January
		"QS-310": {220, 210, 10, 0},
		"QS-302": {-5, 0, 0, -5},
		"QS-101": {5, 0, 5, 0},
	}
	for id, w := range wantBal {
		h := hh[id]
		if diff := cmp.Diff(bal{h.Final, h.Redeemed, h.Cleared, h.Redeemable}, w); diff != "" {
			t.Errorf("%s balances (-got +want):\n%s", id, diff)
		}
	}

	// The cached balances are the fold of the ledger.
	derived := storagetest.Must(village.DeriveAccounts(st.Ledger))(t)
	for _, h := range st.Households {
		d := derived[h.ID]
		if d == nil {
			if h.Final != 0 || h.Redeemed != 0 {
				t.Errorf("%s has balances but no ledger entries", h.ID)
			}
			continue
		}
		if got, want := (bal{h.Final, h.Redeemed, h.Cleared, h.Redeemable}), (bal{d.Final, d.Redeemed, d.Cleared, d.Redeemable()}); got != want {
			t.Errorf("%s cached %+v, derived from the ledger %+v", h.ID, got, want)
		}
		if y, ok := h.Years["2026"]; ok && y.Total != d.Year("2026").Score {
			t.Errorf("%s 2026 total %d, ledger says %d", h.ID, y.Total, d.Year("2026").Score)
		}
	}

	g3, g1 := "青山村三组网格群", "青山村一组网格群"
	checks := []struct {
		name, to, substr string
		n                int
	}{
		{"claim acknowledged naming the scorer", g3, "@赵六\u2005请评分小组审核", 6},
		{"a villager may not approve", g3, "「同意」需要评分小组成员", 1},
		{"a range needs points", g3, "请写上给几分", 1},
		{"a scorer may not approve his own household", g3, "不能审核自家的积分", 1},
		{"no indicator matched", g3, "没认出是哪一项加分", 1},
		{"rejection with a reason", g3, "#C4 没有通过", 1},
		{"驳回 #R still goes to reports", g3, "没有找到 #R99", 1},
		{"cap: 5 refused, 2 left", g3, "最多还能给 2 分", 1},
		{"cap reached at claim time", g3, "已经到上限了", 1},
		{"deduction told to the household", "陈二", "焚烧秸秆", 1},
		{"approval in grid 三组 also reaches grid 一组", g1, "#C9 已通过", 1},
		{"duplicate message id handled once", g3, "#C9 已通过", 1},
		{"a villager may not query another household", g3, "村民只能查本户的积分", 1},
		{"a villager's own 兑换 is told how to redeem (shop94)", g3, "积分兑换请到积分超市（村委会一楼", 1},
		{"redemption before 公示 refused, the balance told privately", "周八", "可兑换积分 0 分", 1},
		{"公示 on the 1st in grid 三组", g3, "【积分公示】青山村三组 2026年3月", 1},
		{"公示 on the 1st in grid 一组", g1, "【积分公示】青山村一组 2026年3月", 1},
		{"objection freezes the item", g3, "#C7（王五户·王五「参加治安巡防」+10分）的异议", 1},
		{"private objection reaches the scorer privately", "赵六", "【积分异议】#C1", 1},
		{"objection upheld", g3, "#C7 经核实维持原评分", 1},
		{"objection settled by revoking", g3, "#C1 已撤销", 1},
		{"objector told privately", "郑十", "已撤销这项积分", 1},
		{"finalised after the window", g3, "【积分生效】2026年3月公示期已满", 1},
		{"open objection named at finalisation", g3, "#C6 有异议", 1},
		{"over-balance redemption refused", g3, "洗衣液 2瓶要 40 分，张三户的可兑换积分不够", 1},
		{"over-balance: the shopkeeper hears the balance privately", "周八", "可兑换积分 7 分，洗衣液 2瓶要 40 分", 1},
		{"redemption within the balance", g3, "用 5 分。", 1},
		{"the household hears its balance privately", "张三", "用 5 分，还可兑换 2 分", 1},
		{"late objection refused", g3, "公示期已在4月8日 09:00结束", 1},
		{"upheld after the window: final at once", g3, "公示期已过，现在生效", 1},
		{"low stock warning", g3, "电压力锅只剩 1台了", 1},
		{"veto told to the household with the reason", "金大海", "不参加积分排名和评优", 1},
		{"veto shown in 我的积分, privately", "金大海", "今年因否决项「家庭成员受到治安拘留」", 1},
		{"the group hears there is one, not why", g3, "今年因否决项", 0},
		{"the group hears there is one", g3, "金大海户2026年户均 3.3 分（10分/3人），今年不参加排名和评优。", 1},
		// The 公示 names the vetoed household, for objections, not what
		// its member did (points.publicity.veto: withhold, the default).
		{"the 公示 lists the veto", g3, "#C12 金大海户 否决项（不参加2026年排名和评优", 1},
		{"the 公示 keeps the veto's reason", g3, "金大海户·金大海 家庭成员受到治安拘留 否决项", 0},
		{"township ranking for the officer", "青山镇网格工作群", "全镇2026年积分排行", 1},
		{"clearing reminder a month before", g3, "【积分清零提醒】", 1},
		{"year-end ranking in the group", g3, "【2026年度积分排行】青山村", 1},
		{"honours", g3, "积分荣誉户（暂定）：雷志明户、王五户、张三户", 1},
		{"year-end ranking in the township office", "青山镇网格工作群", "【2026年度积分排行·全镇】", 1},
		{"archived ranking answered in 2027", g3, "青山村2026年年终积分排行", 1},
		{"the new year starts from zero", g3, "张三户2027年还没有积分。", 1},
	}
	for _, c := range checks {
		if got := len(findOut(outs, c.to, c.substr)); got != c.n {
			t.Errorf("%s: %d messages to %s containing %q, want %d", c.name, got, c.to, c.substr, c.n)
		}
	}
}

// TestReplayPointsTwiceCountsOnce replays the whole transcript a second
// time against the same Redis: every message id was seen and every job
// occurrence ran, so nothing is sent and no balance moves.
func TestReplayPointsTwiceCountsOnce(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg := pointsConfig(t, "twice")
	_, first := replayPoints(t, cfg, srv.URL)
	out, second := replayPoints(t, cfg, srv.URL)
	if strings.TrimSpace(out) != "" {
		t.Errorf("the second replay sent messages:\n%s", out)
	}
	if diff := cmp.Diff(second.pointsState, first.pointsState); diff != "" {
		t.Errorf("state changed on the second replay (-second +first):\n%s", diff)
	}
}

// TestPointsExport exports the points system after the replay: claims,
// ledger, households, the 公示 table as XLSX for the notice board and the
// integrity report per scorer.
func TestPointsExport(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg := pointsConfig(t, "export")
	replayPoints(t, cfg, srv.URL)
	export := func(what, format string, extra ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := append([]string{"export", "-config", cfg, "-redis", srv.URL, "-what", what, "-format", format}, extra...)
		if err := run(context.Background(), args, nil, &stdout, &stderr, discard()); err != nil {
			t.Fatalf("export %s: %v\n%s", what, err, stderr.String())
		}
		return strings.TrimPrefix(stdout.String(), "\ufeff")
	}
	checks := []struct {
		what  string
		lines int      // including the header
		want  []string // substrings
	}{
		{"claims", 14, []string{"编号,村,网格,户号,户,姓名", "C1,青山村,三组,QS-301,张三户,张三,HJ01", "已撤销"}},
		{"ledger", 0, []string{"流水号,时间", "兑换", "年终清零", "生效"}},
		{"households", 32, []string{"村,网格,户号,户主", "青山村,三组,QS-310,雷志明,雷志明、万丽、雷浩然、雷婷,4,2026,220,55.0,1,0,210,10"}},
		// the scorers' reason for settling an objection, beside the status
		{"publicity", 13, []string{"公示期,网格,编号", "2026年3月,三组,C1,张三户,张三", "否决项", "异议截止,异议核实",
			"已撤销,2026-04-08 09:00,撤销：经现场核实后院堆满柴草，不算整洁", "维持：有巡防登记和照片，确实参加了", "维持：有照片为证"}},
		{"integrity", 3, []string{"村,评分人,通过申请", "青山村,赵六,", "青山村,孙七,1,0,0,10"}},
	}
	if got := export("publicity", "csv"); strings.Contains(got, "治安拘留") {
		t.Errorf("export publicity names the veto's reason:\n%s", got)
	}
	for _, c := range checks {
		got := export(c.what, "csv")
		if n := len(nonEmptyLines(got)); c.lines > 0 && n != c.lines {
			t.Errorf("export %s: %d lines, want %d:\n%s", c.what, n, c.lines, got)
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("export %s lacks %q:\n%s", c.what, w, got)
			}
		}
	}
	// 赵六 approved C5 (HJ01 asks for a photo) without one in the claim.
	if got := export("integrity", "csv"); !strings.Contains(got, "C5") {
		t.Errorf("integrity report does not flag C5 approved without its photo:\n%s", got)
	}
	xlsx := filepath.Join(t.TempDir(), "公示.xlsx")
	export("publicity", "xlsx", "-out", xlsx)
	if fi, err := os.Stat(xlsx); err != nil || fi.Size() == 0 {
		t.Fatalf("公示 xlsx not written: %v", err)
	}
}

// matchGolden compares a replay's output with its golden file (rewritten
// with -update).
func matchGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("golden file: %v (run go test -run %s -update)", err, t.Name())
	}
	if diff := cmp.Diff(strings.Split(got, "\n"), strings.Split(string(want), "\n")); diff != "" {
		t.Errorf("replay output differs from the golden file (-got +want); if intended, run go test -update:\n%s", diff)
	}
}

// replayGolden replays testdata/NAME.jsonl on a points config whose keys
// have prefix, checks the output against testdata/NAME.golden.jsonl and
// returns the final state.
func replayGolden(t *testing.T, name, prefix string) state {
	t.Helper()
	input := storagetest.Must(os.ReadFile("testdata/" + name + ".jsonl"))(t)
	got, st := replayTranscript(t, pointsConfig(t, prefix), redisOrMemory(t), input)
	matchGolden(t, "testdata/"+name+".golden.jsonl", got)
	return st
}

// TestReplayPointsMonth runs testdata/points_month.jsonl, a month and a
// year end as each role lives them, against its golden file, and checks
// the numbers by hand.
func TestReplayPointsMonth(t *testing.T) {
	st := replayGolden(t, "points_month", "month")
	// Claims as the month left them.
	type row struct {
		ID, Status string
		Points     int
	}
	var claims []row
	for _, c := range st.Claims {
		claims = append(claims, row{c.ID, c.Status, c.Points})
	}
	wantClaims := []row{
		{"C1", "final", 10},   // 帮王奶奶挑水 after the mistyped verb; objected, upheld
		{"C2", "final", 10},   // for the son; sent twice with one id, then again: one claim
		{"C3", "revoked", 8},  // no photo; final, then taken back after a late 异议
		{"C4", "final", 10},   // the scorer's own household: the officer approved
		{"C5", "revoked", 6},  // recorded; objected privately, revoked
		{"C6", "revoked", -3}, // a deduction the household objected to, revoked
		{"C7", "final", 0},    // veto
		{"C8", "pending", 10}, // never reviewed: the scorer is reminded
	}
	if diff := cmp.Diff(claims, wantClaims); diff != "" {
		t.Errorf("claims (-got +want):\n%s", diff)
	}
	// By hand: 张三户 10/3 = 3.3 (C1); 陈二户 10/4 = 2.5 (C2); 赵六户 10/5
	// = 2.0 (C4); 雷志明户 vetoed. 张三户 spent 15 of its 18 before C3's 8
	// were taken back: it owes 5 into 2027; the others' 10 were cleared.
	type bal struct {
		Total                                int
		Average                              float64
		Rank                                 int
		Final, Redeemed, Cleared, Redeemable int
	}
	wantBal := map[string]bal{
		"QS-301": {10, 3.3, 1, 10, 15, 0, -5}, "QS-302": {10, 2.5, 2, 10, 0, 10, 0},
		"QS-306": {10, 2, 3, 10, 0, 10, 0}, "QS-310": {0, 0, 0, 0, 0, 0, 0},
	}
	for _, h := range st.Households {
		w, ok := wantBal[h.ID]
		if !ok {
			continue
		}
		y := h.Years["2026"]
		if diff := cmp.Diff(bal{y.Total, y.Average, y.Rank, h.Final, h.Redeemed, h.Cleared, h.Redeemable}, w); diff != "" {
			t.Errorf("%s (-got +want):\n%s", h.ID, diff)
		}
	}
}
