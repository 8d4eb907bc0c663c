package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestOwnWork: the sender's own fix or stopgap on a matter is work he may
// claim; another's, or none, is not.
func TestOwnWork(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"我把门口的垃圾清理干净了 可是旁边的垃圾池又满了 没人拉", true},
		{"石头我搬开了一块 还有一块太大了 得派人来", true},
		{"小卖部门口那个水泥台阶塌了一块 我先放了块木板 晚上黑 怕老人绊倒", true},
		{"路口那个大坑谁来填一下啊 昨晚又有人骑车摔了 我先拿几块砖垫上了", true},
		{"水渠被树枝堵了 我捞了一上午 还有一大截在底下 得找人来弄", true},
		{"村口大树倒了挡着路 我把倒的树拖到边上了", true},
		{"俺先把石头搬开了 还有一块太大 得找人来", true},
		{"网格员把村口的垃圾清理干净了 但是又有人扔", false},
		{"网格员把倒的树拖到边上了", false},
		{"三组路灯坏了三天了", false},
		{"我家门口垃圾好几天没人扫了", false},
	} {
		if got := understand.OwnWork(understand.Hear(tc.text)); got != tc.want {
			t.Errorf("OwnWork(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
