package village

import "testing"

// TestWrittenUnnamed: the evidence said to those who may not know who
// vouched (pts99) counts the witnesses and keeps the rest.
func TestWrittenUnnamed(t *testing.T) {
	for _, tc := range []struct{ evidence, want string }{
		{"", ""},
		{"照片", ""},
		{"证明人 王五", "证明人 1 位"},
		{"证明人 王五、证明人王五已确认", "证明人 1 位（已确认）"},
		{"证明人 王五、证明人 李四、证明人王五已确认", "证明人 2 位（1 位已确认）"},
		{"证明人 王五、证明人 李四、证明人王五已确认、证明人李四已确认", "证明人 2 位（都已确认）"},
		{"家人作证 张明、有收据", "家人作证、有收据"},
		{"证明人 王五、县综治办认定书（评分人赵六已看）", "证明人 1 位、县综治办认定书（评分人赵六已看）"},
	} {
		c := Claim{Evidence: tc.evidence}
		if got := c.WrittenUnnamed(); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.evidence, got, tc.want)
		}
	}
	c := Claim{Evidence: "证明人 王五、证明人李四已确认"}
	if !c.Vouches("王五") || !c.Vouches("李四") || c.Vouches("王") || c.Vouches("") {
		t.Errorf("Vouches wrong on %q", c.Evidence)
	}
}
