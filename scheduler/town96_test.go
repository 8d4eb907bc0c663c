package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestNamesOnlyOpenKinds (town96): a village's count line in
// the 早报 names only the kinds it has open (「青山村：一般 1，调解 1」), not
// 「突发 0，办事 0」: a township of twenty villages read twenty such lines.
func TestMorningDigestNamesOnlyOpenKinds(t *testing.T) {
	f := fixtureOfVillages(t, true)
	at := f.at("2026-12-01 09:00")
	f.addReport(village.Report{Type: village.General, Text: "路灯不亮", Reporter: "陈二", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusNew, Handlers: []string{"李四"}})
	f.addReport(village.Report{Type: village.Mediation, Text: "两家为宅基地吵架", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(7 * 24 * time.Hour), Status: village.StatusNew, Handlers: []string{"李四"}})
	digest := strings.Join(f.run("morning_digest", "2026-12-02 08:30"), "\n")
	if !strings.Contains(digest, "青山村：一般 1，调解 1\n") || strings.Contains(digest, "突发 0") {
		t.Errorf("the 早报's count line names kinds with nothing open:\n%s", digest)
	}
}
