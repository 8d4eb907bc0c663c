package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalSaysWhatIsWrongWithItsFiles: eval's labelled set missing, a line
// of it wrong, or -llm without the model is told in Chinese with the file,
// the line and what to do (was: "eval: labelled set: open …: no such file
// or directory", "-llm needs llm.enabled: true").
func TestEvalSaysWhatIsWrongWithItsFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "没有")
	for _, name := range []string{"dev.jsonl", "test.jsonl"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(`{"text":"路灯坏了","intent":"report","type":"general","category":"道路交通"}`+"\n"+`{"text":"x","intent":"瞎写"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "-set", missing, "-data", ""}, "文件夹 " + missing + " 里没有评测集（dev.jsonl 和 test.jsonl）"},
		{[]string{"eval", "-set", dir, "-data", ""}, "评测集 " + filepath.Join(dir, "dev.jsonl") + " 第 2 行写得不对"},
		{[]string{"eval", "-llm"}, "配置里的大模型没有打开：请用 -config 写上打开了大模型（llm.enabled: true）的配置，或者去掉 -llm"},
	} {
		err := run(context.Background(), tc.args, nil, io.Discard, io.Discard, discard())
		if err == nil {
			t.Errorf("gridbot %v: no error", tc.args)
			continue
		}
		var term bytes.Buffer
		tellError(&term, discard(), nil, err)
		if !strings.Contains(term.String(), tc.want) || strings.Contains(term.String(), "no such file") {
			t.Errorf("gridbot %v told\n%s\nwant %q", tc.args, term.String(), tc.want)
		}
	}
}
