package main

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/app"
	"gridbot/prompts/promptstest"
	"gridbot/storage/storagetest"
)

// llmConfig writes the example config with the LLM enabled against url.
func llmConfig(t *testing.T, url string) string {
	t.Helper()
	return exampleConfig(t,
		[2]string{"\n  enabled: false\n", "\n  enabled: true\n"},
		[2]string{"\n  base_url: \"\"\n", "\n  base_url: " + url + "\n"},
		[2]string{"\n  model: \"\"\n", "\n  model: test-model\n"})
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	return storagetest.Must(filepath.Abs(p))(t)
}

func classifyLines(t *testing.T, args []string, input string) ([]map[string]any, []string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := cmdClassify(t.Context(), args, strings.NewReader(input), &stdout, &stderr, discard())
	var out []map[string]any
	var raw []string
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		out, raw = append(out, m), append(raw, line)
	}
	return out, raw, err
}

func TestClassifyRules(t *testing.T) {
	input := strings.Join([]string{
		`{"text":"快来人 老王家着火了","id":"a1"}`,
		`{"text":"大家早上好🌞"}`,
		`{"text":"今天参加了村里的义务劳动 申请积分","label":"ignored"}`,
		`{"text":"请问低保怎么申请"}`,
	}, "\n")
	out, raw, err := classifyLines(t, nil, input)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Intent, Type, Category, Indicator, Source string }
	var got []row
	for _, m := range out {
		got = append(got, row{m["intent"].(string), m["type"].(string), m["category"].(string), m["indicator"].(string), m["source"].(string)})
	}
	want := []row{
		{"report", "emergency", "安全隐患", "", "rules"},
		{"noise", "general", "其他", "", "rules"},
		{"claim", "", "", "SG02", "rules"},
		{"report", "approval", "政策咨询", "", "rules"},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("classify (-got +want):\n%s", diff)
	}
	if !strings.HasPrefix(raw[0], `{"intent":"report","type":"emergency","category":"安全隐患","indicator":"","confidence":0.9,"source":"rules"`) ||
		!strings.Contains(raw[0], `"id":"a1"`) {
		t.Errorf("first line %s: want the six fields first, in order, and the id echoed", raw[0])
	}
}

func TestClassifyBadLinesKeepTheirPlace(t *testing.T) {
	out, _, err := classifyLines(t, nil, "{\"text\":\"收到\"}\nnot json\n{\"txt\":\"x\"}\n{\"text\":\"村口路灯坏了好几天了\"}\n")
	if err == nil || !strings.Contains(err.Error(), "2 行（共 4 行，第一处是第 2 行）") {
		t.Errorf("err = %v, want the bad lines counted", err)
	}
	if len(out) != 4 || out[1]["error"] != `这一行不是 JSON：请写成 {"text": "村口路灯坏了"}（引号用英文的）` ||
		out[2]["error"] != `这一行没有 text：请写成 {"text": "村口路灯坏了"}` || out[3]["intent"] != "report" {
		t.Errorf("output = %v", out)
	}
}

// TestClassifyWithLLM: a config that enables the LLM makes classify ask
// it (here a fake endpoint) for what the rules cannot settle, with
// several workers and the output in input order.
func TestClassifyWithLLM(t *testing.T) {
	srv := promptstest.New(t, func(r promptstest.Request) promptstest.Response {
		cat := "治安"
		if strings.Contains(r.User(), "水") {
			cat = "水电设施"
		}
		return promptstest.Response{Content: promptstest.Reading(map[string]any{"intent": "report", "type": "general", "category": cat, "confidence": 0.75}), PromptTokens: 100}
	})
	cfg := llmConfig(t, srv.URL())
	var lines []string
	for i := range 20 {
		text := "村头老槐树底下最近晚上总有动静"
		if i%2 == 1 {
			text = "我们那口老井最近的水不大对劲"
		}
		lines = append(lines, `{"text":"`+text+strings.Repeat("。", i)+`"}`)
	}
	lines = append(lines, `{"text":"快来人 老王家着火了"}`)
	out, _, err := classifyLines(t, []string{"-config", cfg, "-workers", "4"}, strings.Join(lines, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range out[:20] {
		want := "治安"
		if i%2 == 1 {
			want = "水电设施"
		}
		if m["source"] != "llm" || m["category"] != want {
			t.Errorf("line %d: %v, want the model's %s", i, m, want)
		}
	}
	if out[20]["source"] != "rules" || out[20]["type"] != "emergency" {
		t.Errorf("emergency line: %v", out[20])
	}
	if n := srv.Calls(); n != 20 {
		t.Errorf("%d model calls, want 20", n)
	}
	out, _, err = classifyLines(t, []string{"-config", cfg, "-rules"}, lines[0])
	if err != nil || out[0]["source"] != "rules" || srv.Calls() != 20 {
		t.Errorf("-rules: %v, %v, %d calls", out, err, srv.Calls())
	}
}

func TestEvalPrintsOneLine(t *testing.T) {
	var stdout, stderr bytes.Buffer
	args := []string{"-data", filepath.Join(t.TempDir(), "absent"), "-misses"}
	if err := cmdEval(t.Context(), args, &stdout, &stderr, discard()); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.TrimSpace(stdout.String()), "\n"); n != 0 {
		t.Fatalf("eval printed %d lines:\n%s", n+1, stdout.String())
	}
	var res evalResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.OwnTest.N < 150 || res.OwnDev.N < 150 || res.Shared != nil || !strings.Contains(res.SharedSkipped, "not found") {
		t.Errorf("eval = %+v", res)
	}
	if res.Indicators == 0 {
		t.Errorf("no catalogue: claims measured without indicators")
	}
	for k, ok := range res.DoneWhen {
		if !ok {
			t.Errorf("%s does not hold: %s", k, stdout.String())
		}
	}
	if err := cmdEval(t.Context(), []string{"-llm"}, &stdout, &stderr, discard()); err == nil {
		t.Errorf("-llm without an enabled LLM must be refused")
	}
}

// typedLines is a keyboard: one line per Read. Before handing over the
// next line (or the end), it notes the lines typed so far that have no
// answer out yet.
type typedLines struct {
	lines []string
	out   *bytes.Buffer
	typed int
	late  []int // lines unanswered when the next was typed
}

func (k *typedLines) Read(p []byte) (int, error) {
	if k.typed > 0 && strings.Count(k.out.String(), "\n") < k.typed {
		k.late = append(k.late, k.typed)
	}
	if len(k.lines) == 0 {
		return 0, io.EOF
	}
	line := k.lines[0]
	k.lines, k.typed = k.lines[1:], k.typed+1
	return copy(p, line+"\n"), nil
}

// TestClassifyTyped: typed at a terminal, classify answers each line as
// soon as it is typed (from a file it reads 64 at a time) and takes a
// line that is not JSON as the text itself; from a file, such a line is
// an error.
func TestClassifyTyped(t *testing.T) {
	cfg, _, err := loadConfig("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reader := app.NewReader(cfg, nil, discard())
	var out bytes.Buffer
	in := &typedLines{lines: []string{"村口那个灯又不亮了", `{"text":"快来人 老王家着火了"}`}, out: &out}
	lines, bad, _, err := classifyStream(t.Context(), reader, in, &out, 1, true)
	if err != nil || lines != 2 || bad != 0 {
		t.Fatalf("typed: %d lines, %d bad, err %v", lines, bad, err)
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != 2 || !strings.HasPrefix(got[0], `{"intent":"report","type":"general"`) || !strings.HasPrefix(got[1], `{"intent":"report","type":"emergency"`) {
		t.Errorf("typed lines read as\n%s", out.String())
	}
	if in.typed != 2 || len(in.late) > 0 {
		t.Errorf("%d lines typed; lines %v were not answered before the next was typed:\n%s", in.typed, in.late, out.String())
	}
	out.Reset()
	_, bad, _, err = classifyStream(t.Context(), reader, strings.NewReader("村口那个灯又不亮了\n"), &out, 1, false)
	if err != nil || bad != 1 || !strings.Contains(out.String(), "这一行不是 JSON") {
		t.Errorf("from a file, plain text: %d bad, err %v:\n%s", bad, err, out.String())
	}
}
