// Package fuzzseed gives the fuzz targets of gridbot's parsers of outside
// text one set of hostile seeds, so that each starts from what a WeChat
// group can send: commands, the plain-text quote WeChat sends for a
// quoted reply, an @mention, bytes that are not UTF-8, and texts far
// longer than any message handled.
package fuzzseed

import (
	"strings"
	"testing"
)

// Texts are the seeds, new at each call.
func Texts() []string {
	return []string{
		"上报 村口路灯坏了",
		"同意 #C1 8",
		"申请积分 参加义务劳动 证明人 王五",
		"兑换 张三 洗衣液 2",
		"回访 王奶奶 已通 身体挺好",
		"「网格小助手：已登记 #R1：村口路灯坏了」\n- - - - - - - - - - - - - - -\n满意",
		"「张三：「李四：收到」\n- - - - - - - - - - - - - - -\n好的」\n- - - - - - - - - - - - - - -\n确认 #R2",
		"@网格小助手\u2005查 #R1",
		"\x00\xff\xfe\xed\xa0\x80 #R1 \xc0\xaf 申请积分\x00",
		"\u202e\u200b\ufeff申请\u3000积分\r\n\t证明人：",
		strings.Repeat("路灯坏了 #R1 ", 1000),
		strings.Repeat("「a：", 500),
		strings.Repeat("\xff", 4096),
	}
}

// Add adds Texts to the corpus of a target that takes one string.
func Add(f *testing.F) {
	for _, s := range Texts() {
		f.Add(s)
	}
}
