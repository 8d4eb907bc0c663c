package scheduler

import (
	"gridbot/village"
	"strings"
	"testing"
)

// TestWarningChaseSkipsPhonedHouseholds: a warning's chase of the
// households that did not answer leaves out those whose elder its calls
// reach (王奶奶户, 白凤兰's 金大海户): counted, said once, not named beside
// the calls asked in the same message (call98).
func TestWarningChaseSkipsPhonedHouseholds(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-07 08:00")))
	f.urgentSnowWarning("2026-12-07 10:30")
	out := strings.Join(f.run("notice_followup", "2026-12-07 11:15"), "\n")
	want := "二、这条预警，三组还有 8 户没回复收到：张三户、陈二户、赵六户、周八户、郑十户、雷志明户，另有 2 户家里的老人已在预警电话里转告。"
	if !strings.Contains(out, want) {
		t.Errorf("the chase lacks %q:\n%s", want, out)
	}
	second := out[strings.Index(out, "二、"):]
	for _, named := range []string{"王奶奶户", "金大海户"} {
		if strings.Contains(second, named) {
			t.Errorf("the chase names %s, whose elder the warning's call reaches:\n%s", named, second)
		}
	}
}

// TestWarningChaseOtherWorkerSkipsPhoned: in 一组 (马红梅 and 何志强), a
// warning's chase to 马红梅 does not name the households whose elders
// 何志强's warning calls reach (唐国平户 of 徐玉珍, 冯德才户): he counts
// them, nobody else reminds them, and his list of households shared with
// her names none of them either (call98).
func TestWarningChaseOtherWorkerSkipsPhoned(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "寒潮预警：明天起降温10度，请各网格提醒独居老人注意取暖", By: "孙七", At: f.at("2026-12-07 07:15"),
		Groups: []string{"青山村一组网格群"}, Warning: "寒潮"}.WithRelay())
	f.run("calls", "2026-12-07 08:00") // the 08:00 list makes the warning's calls
	out := f.run("notice_followup", "2026-12-07 18:15")
	var ma, he string
	for _, o := range out {
		switch {
		case strings.HasPrefix(o, "马红梅: 【通知未回复】"):
			ma = o
		case strings.HasPrefix(o, "何志强: 【通知未回复】"):
			he = o
		}
	}
	if ma == "" || he == "" {
		t.Fatalf("want both workers chased:\n%s", strings.Join(out, "\n"))
	}
	for _, h := range []string{"唐国平户", "冯德才户"} {
		if strings.Contains(ma, h) || strings.Contains(he, h) {
			t.Errorf("%s named though its elder's warning call passes it on:\n%s\n%s", h, ma, he)
		}
	}
	if !strings.Contains(he, "家里的老人已在预警电话里转告") {
		t.Errorf("何志强's chase does not count the phoned households:\n%s", he)
	}
}
