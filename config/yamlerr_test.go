package config

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestYAMLErrorsInChinese: yaml.v3's English errors reach the volunteer in
// Chinese, with the line number and what to do about it.
func TestYAMLErrorsInChinese(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings the error must contain
	}{
		{"unknown key", minimal + "bot_nmae: 小助手\n",
			[]string{"第 10 行", "没有 bot_nmae 这一项", "是不是 bot_name", "config.example.yaml", "不用 Tab"}},
		{"unknown key far from any", minimal + "colour: red\n",
			[]string{"第 10 行", "没有 colour 这一项", "config.example.yaml"}},
		{"top-level key indented", strings.Replace(minimal, "        group: 一组群\n", "        group: 一组群\n        roster: 花名册.csv\n", 1),
			[]string{"第 10 行", "没有 roster 这一项", "roster 要顶格写"}},
		{"nested key in the wrong section", minimal + "wechat:\n  interval: 1s\n",
			[]string{"第 11 行", "没有 interval 这一项", "interval 要写在 outbound 下面"}},
		{"tab indentation", "township:\n\tname: 青山镇\n", []string{"第 2 行", "Tab", "把 Tab 换成空格"}},
		{"tab under a key", "township:\n  name: 青山镇\n\toffice_chat: 镇工作群\n", []string{"第 3 行", "把 Tab 换成空格"}},
		{"text for a number", minimal + "outbound:\n  max_chars: abc\n", []string{"第 11 行", "整数", "“abc”"}},
		{"text for a switch", minimal + "wechat:\n  hot_login: 是\n", []string{"第 11 行", "true", "false", "“是”"}},
		{"text for a list", "villages:\n  - name: 青山村\n    mediators: 郑十\n", []string{"第 3 行", "列表", "“郑十”"}},
		{"text for a section", "township: 青山镇\n", []string{"第 1 行", "子项", "“青山镇”"}},
		{"key written twice", minimal + "bot_name: 甲\nbot_name: 乙\n", []string{"第 11 行", "bot_name 写了两次", "第 10 行"}},
		{"colon in a value", "township:\n  name: 青山镇: 东片\n", []string{"第 2 行", "冒号", "引号"}},
		{"key indented too far", strings.Replace(minimal, "  office_chat:", "    office_chat:", 1), []string{"第 3 行", "缩进"}},
		{"key indented too little", strings.Replace(minimal, "  emergency_chat:", " emergency_chat:", 1), []string{"第 4 行", "缩进"}},
		{"value starting with @", "bot_name: @网格小助手\n", []string{"第 1 行", "引号", "\"@网格小助手\""}},
		{"quote not closed", "township:\n  name: \"青山镇\n", []string{"第 2 行", "引号"}},
		{"bracket not closed", minimal + "outreach:\n  extra_days: [2026-10-01\n", []string{"第 11 行", "括号"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("Parse accepted a broken file")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not mention %q", err, want)
				}
			}
			for _, english := range []string{"line ", "not found in type", "cannot unmarshal", "yaml:", "already defined"} {
				if strings.Contains(err.Error(), english) {
					t.Errorf("error %q still says %q", err, english)
				}
			}
		})
	}
}

// TestYAMLErrorUnwraps: the Chinese error still wraps yaml.v3's own, for
// code that asks what went wrong.
func TestYAMLErrorUnwraps(t *testing.T) {
	_, err := Parse([]byte(minimal + "bot_nmae: 小助手\n"))
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		t.Fatalf("error %v does not wrap a *yaml.TypeError", err)
	}
}
