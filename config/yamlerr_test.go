package config

import (
	"errors"
	"fmt"
	"os"
	"slices"
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
		{"key written as the README names it", minimal + "redis.url: redis://127.0.0.1:6379/0\n",
			[]string{"第 10 行", "没有 redis.url 这一项", "redis.url 说的是 redis: 下面的 url:", "请删掉这一行"}},
		{"nested key written as the README names it", minimal + "wechat.alert.url_env: HOOK\n",
			[]string{"第 10 行", "wechat.alert.url_env 说的是 wechat: 下面 alert: 下面的 url_env:"}},
		{"no duration", minimal + "llm:\n  timeout: 8 秒\n", []string{"第 11 行", "llm.timeout 写的是 \"8 秒\"，不是时长", "15m"}},
		{"no duration, nested", minimal + "sla:\n  general:\n    accept: 两天\n", []string{"第 12 行", "sla.general.accept 写的是"}},
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
		{"colon left out", "villages:\n  - name 青山村\n    grids:\n      - name: 一组\n", []string{"第 3 行或它的上一行", "少了冒号"}},
		{"fraction for a whole number", minimal + "wechat:\n  per_minute: 20.5\n", []string{"第 11 行", "整数", "“20.5”", "小数"}},
		{"fraction in a list item", minimal + "points:\n  supermarket:\n    - name: 毛巾\n      points: 12.5\n", []string{"第 13 行", "“12.5”"}},
		{"bracket not closed", minimal + "outreach:\n  extra_days: [2026-10-01\n", []string{"第 11 行", "括号"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := parseError(t, tt.yaml, tt.want)
			for _, english := range []string{"line ", "not found in type", "cannot unmarshal", "yaml:", "already defined"} {
				if strings.Contains(err.Error(), english) {
					t.Errorf("error %q still says %q", err, english)
				}
			}
		})
	}
}

// TestColonSlips: a key whose colon is the full-width one of a Chinese
// input method, or has no space after it, is told as that, on its own
// line, with the line written right: not as a section, an indentation or
// a missing colon somewhere near it.
func TestColonSlips(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"full-width colon, top level", minimal + "bot_name：网格小助手\n",
			[]string{"第 10 行", "bot_name 后面的冒号", "英文", "bot_name: 网格小助手"}},
		{"full-width colon and a space", minimal + "bot_name： 网格小助手\n",
			[]string{"第 10 行", "bot_name: 网格小助手"}},
		{"no space after the colon, top level", minimal + "bot_name:网格小助手\n",
			[]string{"第 10 行", "冒号后面要空一格", "bot_name: 网格小助手"}},
		{"full-width colon, nested", strings.Replace(minimal, "  name: 青山镇", "  name：青山镇", 1),
			[]string{"第 2 行", "name 后面的冒号", "name: 青山镇"}},
		{"no space after the colon, nested", strings.Replace(minimal, "  office_chat: 镇工作群", "  office_chat:镇工作群", 1),
			[]string{"第 3 行", "冒号后面要空一格", "office_chat: 镇工作群"}},
		{"full-width colon in a list item", strings.Replace(minimal, "      - name: 一组", "      - name：一组", 1),
			[]string{"第 8 行", "name 后面的冒号", "- name: 一组"}},
		{"full-width colon on a section", strings.Replace(minimal, "villages:", "villages：", 1),
			[]string{"第 5 行", "villages 后面的冒号", "villages:"}},
		{"no space in a schedule", minimal + "schedules:\n  evening_digest:\"0 20 * * *\"\n",
			[]string{"第 11 行", "evening_digest: \"0 20 * * *\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := parseError(t, tt.yaml, tt.want)
			for _, wrong := range []string{"子项", "缩进没对齐", "line "} {
				if strings.Contains(err.Error(), wrong) {
					t.Errorf("error %q says %q", err, wrong)
				}
			}
		})
	}
	// A list item that reads like a slip but is not what fails is left
	// alone: the error is the key that does fail.
	parseError(t, strings.Replace(minimal, "    grids:", "    mediators:\n      - http://x\n    grids:", 1)+"bot_nmae: 小助手\n",
		[]string{"没有 bot_nmae 这一项"})
	// A colon inside a value, or in a comment, is no slip.
	if _, err := Parse([]byte(minimal + "# 注意：bot_name:网格小助手\nbot_name: \"小助手:一号\"\n")); err != nil {
		t.Errorf("a colon in a comment or a quoted value: %v", err)
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

// TestProblemsNameTheirLine: a value that decodes but is wrong (empty,
// written twice, out of range, not a schedule) is told with the line of
// its key, so the volunteer need not count villages[1].grids[0] by hand.
func TestProblemsNameTheirLine(t *testing.T) {
	twoVillages := minimal + `  - name: 石桥村
    grids:
      - name: 上湾
        group: 上湾群
      - name: 下湾
        group: 下湾群
`
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"group empty", strings.Replace(twoVillages, "group: 下湾群", `group: ""`, 1),
			[]string{"第 15 行：villages[1].grids[1].group 是空的"}},
		{"grid written twice", strings.Replace(twoVillages, "name: 下湾", "name: 上湾", 1),
			[]string{"第 14 行：villages[1].grids[1].name \"上湾\"", "写了两次"}},
		{"group used twice: both lines", strings.Replace(twoVillages, "group: 下湾群", "group: 上湾群", 1),
			[]string{"第 15 行：villages[1].grids[1].group \"上湾群\" 已经用在 villages[1].grids[0]（第 12 行）"}},
		{"department written twice", strings.Replace(minimal, "  emergency_chat: 镇应急群\n", "  emergency_chat: 镇应急群\n  departments:\n    - name: 司法所\n    - name: 司法所\n", 1),
			[]string{"第 7 行：township.departments[1].name \"司法所\" 写了两次"}},
		{"department without a name", strings.Replace(minimal, "  emergency_chat: 镇应急群\n", "  emergency_chat: 镇应急群\n  departments:\n    - duty: 调解\n", 1),
			[]string{"第 6 行：township.departments[0].name 是空的"}},
		{"village written twice", strings.Replace(twoVillages, "name: 石桥村", "name: 青山村", 1),
			[]string{"第 10 行：villages[1].name"}},
		{"chat left out: the section's line", strings.Replace(twoVillages, "  emergency_chat: 镇应急群\n", "", 1),
			[]string{"第 1 行：township.emergency_chat 是空的"}},
		{"out of range", minimal + "wechat:\n  per_minute: 200\n", []string{"第 11 行：wechat.per_minute 写的是 200"}},
		{"clock for a schedule", minimal + "schedules:\n  evening_digest: \"20:00\"\n",
			[]string{"第 11 行：schedules.evening_digest 写的是 \"20:00\"", "五段", "\"0 20 * * *\""}},
		{"hour 25", minimal + "schedules:\n  calls: \"0 25 * * *\"\n", []string{"第 11 行：schedules.calls"}},
		{"points schedule", minimal + "points:\n  schedules:\n    publicity: 每月1号\n", []string{"第 12 行：points.schedules.publicity"}},
		{"two problems, two lines", minimal + "time_zone: 北京时间\nquiet_hours:\n  start: \"25:00\"\n  end: \"07:00\"\n",
			[]string{"第 10 行：time_zone", "第 12 行：quiet_hours.start"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { parseError(t, tt.yaml, tt.want) })
	}
	// "off" turns a job off and is no slip.
	if _, err := Parse([]byte(minimal + "schedules:\n  calls: \"off\"\npoints:\n  schedules:\n    reminder: \"off\"\n")); err != nil {
		t.Errorf("off schedules refused: %v", err)
	}
}

// TestAtNamesTheLine: At gives the line of a key the file has, the line
// of the nearest part it has when it leaves the rest to the default, and
// nothing for a Config built in code.
func TestAtNamesTheLine(t *testing.T) {
	c, err := Parse([]byte(strings.Replace(minimal, "  - name: 青山村\n", "  - name: 青山村\n    mediators:\n      - 郑十\n      - 李四\n", 1)))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"villages[0].mediators[1]": "第 9 行：",
		"villages[0].mediators[7]": "第 7 行：",
		"township.office_chat":     "第 3 行：",
		"wechat.per_minute":        "",
	} {
		if got := c.At(path); got != want {
			t.Errorf("At(%q) = %q, want %q", path, got, want)
		}
	}
	if got := (&Config{}).At("township"); got != "" {
		t.Errorf("a Config built in code has no lines, At said %q", got)
	}
}

// parseError is the error of Parse for a file it must refuse, each of
// wants checked to be in it.
func parseError(t *testing.T, yamlText string, wants []string) error {
	t.Helper()
	_, err := Parse([]byte(yamlText))
	if err == nil {
		t.Fatal("Parse accepted a wrong file")
	}
	for _, want := range wants {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	return err
}

// FuzzParse: any file, slips of colon and indentation above all, is
// refused with an error or read, never a panic; a slip named is on a line
// of the file.
func FuzzParse(f *testing.F) {
	f.Add(minimal)
	f.Add(minimal + "bot_name：网格小助手\n")
	f.Add(strings.Replace(minimal, "      - name: 一组", "      - name:一组", 1))
	f.Add("villages：\n  - http://x\n")
	f.Add(strings.Replace(minimal, "      - name: 一组\n        group: 一组群\n", "    - name: 一组\n      group: 一组群\n      - name: 二组\n        group: 二组群\n", 1))
	f.Fuzz(func(t *testing.T, text string) {
		_, err := Parse([]byte(text))
		if err == nil {
			return
		}
		var n int
		if _, scanErr := fmt.Sscanf(strings.TrimPrefix(err.Error(), "config: "), "第 %d 行：", &n); scanErr == nil && (strings.Contains(err.Error(), "冒号") || strings.Contains(err.Error(), "少缩进")) {
			if lines := strings.Count(text, "\n") + 1; n < 1 || n > lines {
				t.Errorf("error %q names line %d of a file of %d lines", err, n, lines)
			}
		}
	})
}

// TestOutdentedBlockNamed: a whole block indented one level too little
// is told from its first line, which yaml.v3 does not name (it names the
// line after the block), with how many spaces to add.
func TestOutdentedBlockNamed(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(example), "\n")
	// outdent takes one level of indentation off the lines from the one
	// that is from to the first after it that starts with to (a key, so
	// the test does not break when an example value is reworded).
	outdent := func(t *testing.T, from, to string) (string, int) {
		t.Helper()
		first := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == from })
		if first < 0 {
			t.Fatalf("no line %q in %s", from, examplePath)
		}
		last := first + slices.IndexFunc(lines[first:], func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), to) })
		if last < first {
			t.Fatalf("no line starting %q after %q in %s", to, from, examplePath)
		}
		out := slices.Clone(lines)
		for i := first; i <= last; i++ {
			out[i] = strings.TrimPrefix(out[i], "  ")
		}
		return strings.Join(out, "\n"), first + 1
	}
	for _, tc := range []struct{ name, from, to string }{
		{"a department", "- name: 政法委", "phone: 0123-5550101"},
		{"a limit's values", "accept: 24h", "accept: 24h"},
		{"a procedure", "- name: 宅基地建房", "note:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, first := outdent(t, tc.from, tc.to)
			parseError(t, text, []string{fmt.Sprintf("第 %d 行", first), "少缩进了一层", "加两个空格"})
		})
	}
}
