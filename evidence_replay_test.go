package main

import (
	"slices"
	"testing"
)

// TestReplayPhotos: a replay line with "images" and no text is a message
// of photos only. A photo after a claim that needs one is attached and the
// scorer asked to review; a second is attached silently; a photo before a
// report goes with it; someone else's photo and a photo after the window
// are not attached.
func TestReplayPhotos(t *testing.T) {
	const g = `"chat":"青山村三组网格群"`
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00",` + g + `,"from":"张三","text":"申请积分 农药瓶回收"}`,
			`{"at":"2026-03-02T09:01:00+08:00",` + g + `,"from":"张三","images":["a.jpg"]}`,
			`{"at":"2026-03-02T09:02:00+08:00",` + g + `,"from":"张三","images":["b.jpg","c.jpg"]}`,
			`{"at":"2026-03-02T09:03:00+08:00",` + g + `,"from":"陈二","images":["chen.jpg"]}`,
			`{"at":"2026-03-02T09:30:00+08:00",` + g + `,"from":"张三","images":["late.jpg"]}`,
			`{"at":"2026-03-02T09:31:00+08:00",` + g + `,"from":"张三","text":"上报 村口路灯坏了"}`,
		},
		want: []string{
			"03-02T09:00 青山村三组网格群 | 已登记积分申请 #C1",
			"请接着把照片发在这里",
			"03-02T09:01 青山村三组网格群 | 已把照片附到 #C1，谢谢。",
			"#C1 的照片补上了，请审核",
			"03-02T09:31 青山村三组网格群 | 已登记 #R1",
		},
		never: []string{"03-02T09:02", "03-02T09:03", "03-02T09:30"},
	}
	_, st := rc.check(t)
	if len(st.Claims) != 1 || !slices.Equal(st.Claims[0].Images, []string{"a.jpg", "b.jpg", "c.jpg"}) {
		t.Errorf("claims %+v, want C1 with a.jpg b.jpg c.jpg", st.Claims)
	}
	if len(st.Reports) != 1 || !slices.Equal(st.Reports[0].Images, []string{"late.jpg"}) {
		t.Errorf("reports %+v, want R1 with late.jpg", st.Reports)
	}
}
