package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestLaterJoinerDropped: a later message opening on 还有 is filed
// without it, as a part split off after it is.
func TestLaterJoinerDropped(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "还有 隔壁老刘家的狗天天晚上叫 吵得睡不着")
	has(t, "filed", got, "#R1", "：隔壁老刘家的狗天天晚上叫")
	lacks(t, "filed", got, "还有 隔壁")
}

// TestBackReferenceGoesWithThirdHousehold: 「另外他家鸭子…」 right after
// a third household's part is of that household (the one just named),
// not more of the first quarrel; after the quarrel alone it stays on it.
func TestBackReferenceGoesWithThirdHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 还有 "+dumps+" 另外他家鸭子天天跑俺家菜地里")
	has(t, "the third household offered with its 他家", got, "已登记 #R1（调解事项）", dumps, "他家鸭子")
	if q := c.reports()[0]; strings.Contains(q.Text, "鸭子") || strings.Contains(q.Text, "老刘") {
		t.Errorf("#R1 = %q, want the first dog only", q.Text)
	}

	c = newChat(t, understand.Rules{})
	c.say("张三", "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 另外他家鸭子天天跑俺家菜地里")
	if q := c.reports()[0]; !strings.Contains(q.Text, "鸭子") {
		t.Errorf("#R1 = %q, want 陈二家's ducks kept on it", q.Text)
	}
}
