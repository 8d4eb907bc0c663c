package understand

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Watch tells the operator's terminal, once, when the model is paused
// (failing or too slow: free text is read by the rules alone) and once
// when it answers again, in Chinese with what to check and, after a slash,
// the English. The pipeline's English log lines of the breaker ("llm: the
// model keeps failing…", "llm: the model answers again…") say it per
// outage too, and the probes in between at Info; the terminal hears it
// once. The zero Watch is ready; the caller's own loop calls Tell.
type Watch struct {
	mu   sync.Mutex
	down bool
}

// Tell says on term what changed since the last call, judged by h (the
// Pipeline's Health): the model paused, or answering again.
func (w *Watch) Tell(h Health, term io.Writer) {
	down := h.State == "paused" || h.State == "retrying"
	w.mu.Lock()
	changed := down != w.down
	w.down = down
	w.mu.Unlock()
	switch {
	case changed && down && h.Cause == "throttled":
		fmt.Fprintf(term, stepLLMBusy, h.Model, maxHold/time.Minute)
	case changed && down:
		fmt.Fprintf(term, stepLLMPaused, h.Model)
	case changed:
		fmt.Fprintf(term, stepLLMBack, h.Model)
	}
}

// The terminal's lines of Watch.
const (
	stepLLMPaused = "注意：大模型 %s 连续出错或回答太慢，先暂停：拿不准的消息只用规则读，群里照常。机器人每分钟拿一条再试，好了自动用上。常出现的话，看日志里 llm 开头的行和 README「出了问题怎么办」的「大模型」，多半要核对 llm.base_url、llm.model 和密钥，或换快一些的模型。/ The model keeps failing or is too slow: free text is read by the rules meanwhile, retried every minute.\n"
	stepLLMBusy   = "注意：大模型 %s 的服务说太忙（HTTP 429），按它说的时间先不问它（最多 %d 分钟）：拿不准的消息只用规则读，群里照常，好了自动用上，不用管。天天出现就换套餐或换服务。/ The endpoint is turning calls away (HTTP 429): free text is read by the rules until it takes calls again.\n"
	stepLLMBack   = "大模型 %s 又能用了。/ The model answers again.\n"
)
