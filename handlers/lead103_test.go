package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWorkerSickWhileAlarmOpen: 王五's 「我发烧住院了 这几天手上的事办不了」 in
// his group while a cellar alarm waited was taken as the scene's news (the
// victim taken to hospital): the alarm was marked taken on by his words and
// the duty chat told 「王五 进展：我发烧住院了」. It is his own absence, as
// with no alarm open, and the alarm still waits for 确认 (lead103).
func TestWorkerSickWhileAlarmOpen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "俺爹下菜窖拿白菜半天没上来 叫他也不应"), "紧急情况 #R1")
	got := c.say("王五", "我发烧住院了 这几天手上的事办不了")
	has(t, "his absence", got, "王五，您先养好身体。")
	lacks(t, "no scene news", got, "进展", "已受理")
	c.wantReports(1, "")
	c.firstStatus(village.StatusNew)
}
