package config

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// A grid's "- name:" line deleted was told as "group 写了两次，请删掉一处"
// (deleting one loses a grid's group) or, for a village's first grid, as
// indentation off. It is told as the grid, by its village, group and line,
// that lacks its name, with the line to put back.
func TestMissingGridNameIsToldAsSuch(t *testing.T) {
	three := minimal + `      - name: 二组
        group: 青山村二组群
      - name: 三组
        group: 青山村三组群
`
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"a middle grid", strings.Replace(three, "      - name: 二组\n", "", 1),
			[]string{"第 10 行", "青山村", "群「青山村二组群」", "少了「- name: 网格名」", "和上一个网格连在一起了", "「      - name: 二组」", "删掉一处"}},
		{"the last grid", strings.Replace(three, "      - name: 三组\n", "", 1),
			[]string{"第 12 行", "群「青山村三组群」", "「      - name: 三组」"}},
		{"the first grid", strings.Replace(three, "      - name: 一组\n", "", 1),
			[]string{"第 8 行", "群「一组群」", "少了「- name: 网格名」", "「      - name: 一组」", "前面的空格照抄"}},
		{"the only grid", strings.Replace(minimal, "      - name: 一组\n", "", 1),
			[]string{"第 8 行", "群「一组群」", "少了「- name: 网格名」"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := parseError(t, tt.yaml, tt.want)
			for _, wrong := range []string{"写了两次（", "缩进没对齐", "上一个网格"} {
				if wrong == "上一个网格" && tt.name != "the first grid" && tt.name != "the only grid" {
					continue
				}
				if strings.Contains(err.Error(), wrong) {
					t.Errorf("error %q says %q", err, wrong)
				}
			}
		})
	}
}

// A grid written with an empty name is told with its village and group.
func TestEmptyGridNameNamesItsGroup(t *testing.T) {
	parseError(t, strings.Replace(minimal, "name: 一组", `name: ""`, 1),
		[]string{"第 8 行：villages[0].grids[0].name 是空的（青山村，群「一组群」）"})
}

// A grid's key truly written twice, with no name missing around it, is
// still told as written twice.
func TestDuplicateKeyOutsideAListStaysDuplicate(t *testing.T) {
	parseError(t, strings.Replace(minimal, "  office_chat: 镇工作群\n", "  office_chat: 镇工作群\n  office_chat: 镇工作群\n", 1),
		[]string{"写了两次"})
}

// The volunteer's case: 二组's "- name:" line deleted from the example.
func TestMissingGridNameInTheExample(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(example), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "- name: 二组" })
	if at < 0 {
		t.Fatalf("no 二组 in %s", examplePath)
	}
	text := strings.Join(slices.Delete(lines, at, at+1), "\n")
	err = parseError(t, text, []string{fmt.Sprintf("第 %d 行：", at+1), "青山村", "群「青山村二组网格群」", "- name: 二组」"})
	if strings.Contains(err.Error(), "写了两次（") {
		t.Errorf("error %q still says a key is written twice", err)
	}
}
