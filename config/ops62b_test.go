package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingConfigNamesTheOnesThere: -config naming a file that is not
// there, next to configs that are (a typo, .yml for .yaml, the .txt
// Notepad adds), names them, so that the volunteer need not guess; the
// example is not offered; a folder of none says to copy the example.
func TestMissingConfigNamesTheOnesThere(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"我的配置.yaml.txt", "config.example.yaml", "花名册.csv"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("bot_name: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Load(filepath.Join(dir, "我的配置.yaml"))
	want := "这个文件夹里有 " + filepath.Join(dir, "我的配置.yaml.txt") + "，是不是它？"
	if err == nil || !strings.Contains(err.Error(), "找不到配置文件") || !strings.Contains(err.Error(), want) ||
		strings.Contains(err.Error(), "config.example.yaml、") || strings.Contains(err.Error(), "花名册") {
		t.Errorf("Load: %v\nwant %q", err, want)
	}
	_, err = Load(filepath.Join(t.TempDir(), "我的配置.yaml"))
	if err == nil || strings.Contains(err.Error(), "是不是它") || !strings.Contains(err.Error(), "cp config.example.yaml 我的配置.yaml") {
		t.Errorf("Load in an empty folder: %v", err)
	}
}
