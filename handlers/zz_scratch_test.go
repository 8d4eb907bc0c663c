package handlers_test

import (
	"io"
	"log/slog"
	"testing"

	"gridbot/app"
)

func TestZZScratch(t *testing.T) {
	cfg, _ := exampleVillage(t)
	c := newChat(t, app.NewReader(cfg, nil, slog.New(slog.NewTextHandler(io.Discard, nil))))
	for _, q := range []string{"年底了工钱还没要到 镇上有没有管讨薪的地方", "在外面打工老板不给工资 能不能找镇上劳动保障所帮着要", "俺们在工地干了一年 老板年底跑了 十几个人工钱一分没拿到", "包工头说过完年再给工钱 都拖了两年了 这事该找谁", "羊圈里冻死了三只羊 这种有没有补助", "取暖补贴要带啥材料 去哪交"} {
		t.Logf("%s\n=> %s", q, c.say("陈二", q))
	}
}
