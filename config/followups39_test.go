package config

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// A cron with five fields and one number past its field's range was told
// 「不是定时的写法」; it names the field and its range.
func TestCronFieldOutOfRange(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	for spec, want := range map[string]string{
		"0 25 * * *":    "小时只能是 0–23",
		"0 8-25 * * *":  "小时只能是 0–23",
		"61 8 * * *":    "分钟只能是 0–59",
		"0 8 32 * *":    "日只能是 1–31",
		"0 8 0 * *":     "日只能是 1–31",
		"0 8 * 13 *":    "月只能是 1–12",
		"0 8 * * 1,9":   "星期只能是 0–6",
		"0 20 * *":      "不是定时的写法", // four fields: no field to name
		"0 xx * * *":    "不是定时的写法",
		"0 20 * * * *":  "不是定时的写法",
		"0/5 25 * * * ": "小时只能是 0–23",
	} {
		t.Run(spec, func(t *testing.T) {
			text := strings.Replace(string(example), `evening_digest: "0 20 * * *"`, `evening_digest: "`+spec+`"`, 1)
			err := parseError(t, text, []string{"schedules.evening_digest", want})
			if want != "不是定时的写法" && strings.Contains(err.Error(), "不是定时的写法") {
				t.Errorf("error %q still says the spec is no cron at all", err)
			}
		})
	}
}

// A key in the middle of a block pushed further than its siblings was
// told 「附近的缩进没对齐」; it is told with its line, the key it should
// line up with and the spaces to take away.
func TestOverindentedMiddleKeyNamed(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(example), "\n")
	find := func(key string) int {
		at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "  "+key) })
		if at < 0 {
			t.Fatalf("no line %q in %s", key, examplePath)
		}
		return at
	}
	for _, tc := range []struct {
		key, sibling string
		spaces       int
	}{{"morning_digest:", "evening_digest:", 1}, {"morning_digest:", "evening_digest:", 4},
		{"prefix:", "url:", 2}, {"model:", "base_url:", 1}} {
		t.Run(fmt.Sprint(tc.key, tc.spaces), func(t *testing.T) {
			at, sib := find(tc.key), find(tc.sibling)
			out := slices.Clone(lines)
			out[at] = strings.Repeat(" ", tc.spaces) + out[at]
			parseError(t, strings.Join(out, "\n"), []string{
				fmt.Sprintf("第 %d 行比同一层的键多缩进了 %d 个空格，和第 %d 行对不齐", at+1, tc.spaces, sib+1),
				fmt.Sprintf("请删掉第 %d 行前面多的 %d 个空格", at+1, tc.spaces)})
		})
	}
}
