package config

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// The first key of a block pushed a space or two too far was told as
// 「第 748 行附近的缩进没对齐」: yaml.v3 names the next key, lines below
// the slip (comments between). It is told from the line pushed, with how
// many spaces to take away.
func TestOverindentedKeyNamed(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(example), "\n")
	for _, tc := range []struct {
		key    string
		spaces int
	}{{"evening_digest:", 1}, {"evening_digest:", 2}, {"url:", 2}} {
		t.Run(fmt.Sprint(tc.key, tc.spaces), func(t *testing.T) {
			at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "  "+tc.key) })
			if at < 0 {
				t.Fatalf("no line %q in %s", tc.key, examplePath)
			}
			out := slices.Clone(lines)
			out[at] = strings.Repeat(" ", tc.spaces) + out[at]
			parseError(t, strings.Join(out, "\n"), []string{fmt.Sprintf("第 %d 行比同一层的键多缩进了 %d 个空格", at+1, tc.spaces),
				fmt.Sprintf("请删掉第 %d 行前面多的 %d 个空格", at+1, tc.spaces)})
		})
	}
}
