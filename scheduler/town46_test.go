package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestDigestSaysOrderOrQuestion: the 早报's list of what the township
// asked the grid and still waits for says 督办 of an order (Entry.Urge)
// and 问 of a question, and its heading names what the list holds.
func TestDigestSaysOrderOrQuestion(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	item := func(text string, ask village.Entry) village.Report {
		return village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: at,
			DueAt: at.Add(72 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"},
			History: []village.Entry{
				{At: at.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
				ask,
			}}
	}
	f.addReport(item("村口路灯不亮了", village.Entry{At: f.at("2026-03-02 10:00"), By: "孙七", Action: village.ActAsk, Note: "抓紧处理", Urge: true,
		Chat: "青山镇网格工作群", From: village.StatusAccepted, To: village.StatusAccepted}))
	digest := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
	if !strings.Contains(digest, "镇里督办了网格、还没回复的：\n#R1 青山村三组（昨天10:00 孙七督办：抓紧处理；网格长：李四 13900000004）") {
		t.Errorf("the 早报 of an order:\n%s", digest)
	}
	f.addReport(item("垃圾站满了", village.Entry{At: f.at("2026-03-03 10:00"), By: "孙七", Action: village.ActAsk, Note: "垃圾车哪天来过",
		Chat: "青山镇网格工作群", From: village.StatusAccepted, To: village.StatusAccepted}))
	digest = strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	if !strings.Contains(digest, "镇里问了、督办了网格、还没回复的：\n#R1 青山村三组（3月2日 10:00 孙七督办：抓紧处理；") ||
		!strings.Contains(digest, "\n#R2 青山村三组（昨天10:00 孙七问：垃圾车哪天来过；") {
		t.Errorf("the 早报 of an order and a question:\n%s", digest)
	}
}
