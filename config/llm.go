package config

import (
	"cmp"
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"gridbot/prompts"
	"gridbot/understand"
)

// applyDefaults fills the llm block. The model client's and the pipeline's
// defaults are the constants of prompts and understand (one copy, which
// those packages also apply to zero options); the rest are config's own.
func (l *LLM) applyDefaults() {
	l.APIKeyEnv = cmp.Or(l.APIKeyEnv, "GRIDBOT_LLM_API_KEY")
	l.Timeout = cmp.Or(l.Timeout, Duration(understand.DefaultTimeout))
	l.Mode = cmp.Or(l.Mode, prompts.DefaultMode)
	if len(l.ExtraBody) == 0 {
		l.ExtraBody = nil // extra_body: {} is none
	}
	l.MaxTokens = cmp.Or(l.MaxTokens, prompts.DefaultMaxTokens)
	if l.MaxRetries == nil { // 0 is a setting: never retry
		n := understand.DefaultMaxRetries
		l.MaxRetries = &n
	}
	l.BreakerFailures = cmp.Or(l.BreakerFailures, understand.DefaultBreakerFailures)
	l.BreakerCooldown = cmp.Or(l.BreakerCooldown, Duration(understand.DefaultBreakerCooldown))
	l.BreakerSlow = cmp.Or(l.BreakerSlow, Duration(understand.DefaultBreakerSlow))
	l.CacheTTL = cmp.Or(l.CacheTTL, Duration(understand.DefaultCacheTTL))
	l.MinRunes = cmp.Or(l.MinRunes, understand.DefaultMinRunes)
	l.MaxInputRunes = cmp.Or(l.MaxInputRunes, understand.DefaultMaxInputRunes)
	l.SettleAbove = cmp.Or(l.SettleAbove, understand.DefaultSettleAbove)
	l.ConfirmAbove = cmp.Or(l.ConfirmAbove, 0.6)
	l.RegisterAbove = cmp.Or(l.RegisterAbove, 0.8)
	l.ConfirmTTL = cmp.Or(l.ConfirmTTL, Duration(30*time.Minute))
	l.DuplicateWindow = cmp.Or(l.DuplicateWindow, Duration(3*24*time.Hour))
	l.DuplicateSimilarity = cmp.Or(l.DuplicateSimilarity, 0.5)
}

// reservedBody: the request fields the client sets, which llm.extra_body
// may not name.
func reservedBody(field string) bool {
	switch field {
	case "model", "messages", "max_tokens", "response_format", "tools", "tool_choice", "stream":
		return true
	}
	return false
}

func (l *LLM) validate() []error {
	var errs problems
	bad := errs.add
	if l.Mode != "json" && l.Mode != "tools" && l.Mode != "plain" {
		bad("llm.mode 写的是 %q：请写 json（JSON 模式）、tools（强制调用工具）或 plain（两样都不用，给两样都不支持的接口）", l.Mode)
	}
	if l.MaxTokens < 100 || l.MaxTokens > 32768 {
		bad("llm.max_tokens 写的是 %d：请写 100 到 32768（读一条消息大约要 150；会思考的模型，思考也算在里面）", l.MaxTokens)
	}
	for k, v := range l.ExtraBody {
		if reservedBody(k) {
			bad("llm.extra_body.%s：这个字段由 gridbot 自己填，请删掉这一项", k)
		} else if _, err := json.Marshal(v); err != nil {
			bad("llm.extra_body.%s 没法转成 JSON 发出去（%v）：请只写文字、数字、true/false、列表和子项", k, err)
		}
	}
	if l.BaseURL != "" {
		l.validateBaseURL(bad)
	}
	if !l.timeoutInRange() {
		bad("llm.timeout 写的是 %s：请写 %s 到 %s（发消息的人在等它；默认 8s，会思考的模型写 60s）",
			human(l.Timeout.Std()), human(minLLMTimeout), human(maxLLMTimeout))
	}
	if *l.MaxRetries < 0 || *l.MaxRetries > 3 {
		bad("llm.max_retries 写的是 %d：请写 0 到 3", *l.MaxRetries)
	}
	if l.BreakerFailures < 1 || l.BreakerCooldown < 0 || l.BreakerSlow < 0 {
		bad("llm.breaker_failures 至少写 1，llm.breaker_cooldown、llm.breaker_slow 不能是负数")
	}
	if l.MinRunes < 1 || l.MaxInputRunes < l.MinRunes {
		bad("llm.min_runes（%d）至少写 1，llm.max_input_runes（%d）不能比 min_runes 小", l.MinRunes, l.MaxInputRunes)
	}
	for _, x := range []struct {
		key string
		v   float64
	}{{"settle_above", l.SettleAbove}, {"confirm_above", l.ConfirmAbove}, {"register_above", l.RegisterAbove}, {"duplicate_similarity", l.DuplicateSimilarity}} {
		if x.v < 0 || x.v > 1 {
			bad("llm.%s 写的是 %v：请写 0 到 1 之间的数", x.key, x.v)
		}
	}
	if l.ConfirmAbove > l.RegisterAbove {
		bad("llm.confirm_above（%v）比 llm.register_above（%v）大：先问再登记，confirm_above 要小一些", l.ConfirmAbove, l.RegisterAbove)
	}
	if l.ConfirmTTL < 0 || l.DuplicateWindow < 0 || l.CacheTTL < 0 {
		bad("llm 的 confirm_ttl、duplicate_window、cache_ttl 不能是负数")
	}
	return errs
}

// The bounds of llm.timeout: shorter than a second no model answers in;
// longer keeps the one who wrote waiting for the bot's reply too long.
const (
	minLLMTimeout = time.Second
	maxLLMTimeout = 2 * time.Minute
)

// timeoutInRange tells whether llm.timeout is within its bounds.
func (l *LLM) timeoutInRange() bool {
	return l.Timeout.Std() >= minLLMTimeout && l.Timeout.Std() <= maxLLMTimeout
}

// validateBaseURL refuses a base_url the client cannot call as written:
// without http:// or https:// (go-openai would fail on every message with
// a parse error, reported as unreachable), or with the endpoint's own path
// (the client adds /chat/completions, which would then be asked for twice).
func (l *LLM) validateBaseURL(bad func(string, ...any)) {
	switch {
	case !WebAddress(l.BaseURL):
		bad("llm.base_url 写的是 %q：要以 http:// 或 https:// 开头，写到 /v1 为止，如 https://api.deepseek.com/v1、http://127.0.0.1:11434/v1", l.BaseURL)
	case strings.HasSuffix(strings.TrimRight(urlPath(l.BaseURL), "/"), "/chat/completions"):
		base := strings.TrimSuffix(strings.TrimRight(l.BaseURL, "/"), "/chat/completions")
		bad("llm.base_url 写的是 %q：写到 /v1 为止，不要带 /chat/completions：%s", l.BaseURL, base)
	}
}

// WebAddress reports whether s is an absolute http or https address.
func WebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// urlPath is the path of the web address s.
func urlPath(s string) string {
	u, _ := url.Parse(s)
	return u.Path
}
