package main

import (
	"strings"
	"testing"
)

// TestNoticeQuestionsAndRelaysInTheChase: the sandbox's afternoon. 孙七's
// vaccination notice; 张三's 收到; 陈二's 「我妈腿脚不好去不了 能上门打吗」,
// which shares no word with it, goes to 王五 and counts 陈二户 as having
// seen it; 雷志明's 「王奶奶那边我告诉她了」 counts his household, not hers.
// At the evening follow-up 王五 is not asked to chase 陈二户, and 王奶奶户
// is listed with who said he told her (notice70).
func TestNoticeQuestionsAndRelaysInTheChase(t *testing.T) {
	input := `{"at":"2026-12-05T16:30:00+08:00","chat":"青山村三组网格群","from":"孙七","text":"通知 明天上午9点在村委会打新冠疫苗 60岁以上老人请带身份证"}
{"at":"2026-12-05T16:31:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}
{"at":"2026-12-05T16:32:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我妈腿脚不好去不了 能上门打吗"}
{"at":"2026-12-05T16:33:00+08:00","chat":"青山村三组网格群","from":"雷志明","text":"王奶奶那边我告诉她了"}
{"at":"2026-12-05T17:00:00+08:00"}
{"at":"2026-12-05T18:00:00+08:00"}
{"at":"2026-12-05T18:30:00+08:00"}
`
	_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
	if hits := findOut(outs, "王五", "【通知提问】陈二在青山村三组网格群问通知 #N1 的事：我妈腿脚不好去不了 能上门打吗"); len(hits) != 1 {
		t.Errorf("陈二's question is not passed to 王五 once: %+v", findOut(outs, "王五", "陈二"))
	}
	chased := findOut(outs, "王五", "【通知未回复】#N1")
	if len(chased) != 1 {
		t.Fatalf("王五 chased %+v, want once", chased)
	}
	if text := chased[0].Text; strings.Contains(text, "陈二户") || strings.Contains(text, "雷志明户") || !strings.Contains(text, "王奶奶户（雷志明说已转告）") {
		t.Errorf("the chase lists 陈二户 or 雷志明户, or not 王奶奶户 as told:\n%s", text)
	}
}
