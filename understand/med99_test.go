package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestWinterSubjects: a winter quarrel's thing said in another word is the
// same thing (雪 and 冰 on the road, 水管 and 管子, 唢呐 and 响器); a
// fridge's 冰 and a cigarette's 烟 are no thing in dispute.
func TestWinterSubjects(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"赵六家扫雪全堆到俺家门口了", "雪又不是我家下的 我往哪堆", true},
		{"他家扫的雪堆在路上 化了全结冰了", "冰又不是我冻的", true},
		{"俺家跟他家共用的那根水管冻裂了", "那管子是你家那头先冻的", true},
		{"请的响器班子吹到半夜", "老人走了吹几天唢呐是老规矩", true},
		{"他家烟囱的烟全飘俺家院里", "烟往哪飘我管得着吗", true},
		{"他家把柴火垛堆到俺家墙根", "柴又没碰着你家", true},
		{"赵六家扫雪全堆到俺家门口了", "我家冰箱坏了", false},
		{"他家烟囱的烟全飘俺家院里", "他天天抽烟", false},
	} {
		if got := understand.SharesSubject(understand.Hear(c.a), understand.Hear(c.b)); got != c.want {
			t.Errorf("SharesSubject(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
