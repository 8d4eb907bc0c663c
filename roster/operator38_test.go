package roster

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A UTF-8 register with some bytes of garbage pasted into one row (a
// nickname copied from a phone, a NUL) was told 「文件不是 UTF-8 编码：请另存为
// CSV UTF-8」, which a file saved as UTF-8 already is: it names the row. A
// file in no known encoding from its first line on is still told so.
func TestGarbageRowNamed(t *testing.T) {
	for _, tc := range []struct{ name, csv, want string }{
		{"garbage in row 3", "姓名,手机号\n王芳,13900000001\n李大爷\x00\xff\xfe,13900000002\n赵强,13900000003\n",
			"roster.csv：第 3 行有乱码（不是文字的字节，多半是从别处粘贴进来的）：请在 Excel 或 WPS 里打开，把这一行有乱码的格子重新输入，另存为「CSV UTF-8」，或者直接用 .xlsx"},
		{"garbage from the header on", "\xd0\xd5\xff\xb7,x\n王芳,13900000001\n",
			"roster.csv：文件不是 UTF-8 编码：请在 Excel 或 WPS 里另存为「CSV UTF-8」，或者直接用 .xlsx"},
		{"ASCII before the garbage", "name,phone\nWang,13900000001\n\xff\xfe\xb7,1\n",
			"roster.csv：文件不是 UTF-8 编码：请在 Excel 或 WPS 里另存为「CSV UTF-8」，或者直接用 .xlsx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.csv), "roster.csv", home)
			if diff := cmp.Diff(errorLines(err), []string{tc.want}); diff != "" {
				t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
			}
		})
	}
}
