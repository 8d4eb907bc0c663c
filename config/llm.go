package config

import (
	"encoding/json"
	"fmt"
	"time"

	"gridbot/prompts"
	"gridbot/understand"
)

// applyDefaults fills the llm block. The model client's and the pipeline's
// defaults are the constants of prompts and understand (one copy, which
// those packages also apply to zero options); the rest are config's own.
func (l *LLM) applyDefaults() {
	if l.APIKeyEnv == "" {
		l.APIKeyEnv = "GRIDBOT_LLM_API_KEY"
	}
	if l.Timeout == 0 {
		l.Timeout = Duration(understand.DefaultTimeout)
	}
	if l.Mode == "" {
		l.Mode = prompts.DefaultMode
	}
	if len(l.ExtraBody) == 0 {
		l.ExtraBody = nil // extra_body: {} is none
	}
	if l.MaxTokens == 0 {
		l.MaxTokens = prompts.DefaultMaxTokens
	}
	if l.MaxRetries == nil {
		n := understand.DefaultMaxRetries
		l.MaxRetries = &n
	}
	if l.BreakerFailures == 0 {
		l.BreakerFailures = understand.DefaultBreakerFailures
	}
	if l.BreakerCooldown == 0 {
		l.BreakerCooldown = Duration(understand.DefaultBreakerCooldown)
	}
	if l.CacheTTL == 0 {
		l.CacheTTL = Duration(understand.DefaultCacheTTL)
	}
	if l.MinRunes == 0 {
		l.MinRunes = understand.DefaultMinRunes
	}
	if l.MaxInputRunes == 0 {
		l.MaxInputRunes = understand.DefaultMaxInputRunes
	}
	if l.SettleAbove == 0 {
		l.SettleAbove = understand.DefaultSettleAbove
	}
	if l.ConfirmAbove == 0 {
		l.ConfirmAbove = 0.6
	}
	if l.RegisterAbove == 0 {
		l.RegisterAbove = 0.8
	}
	if l.ConfirmTTL == 0 {
		l.ConfirmTTL = Duration(30 * time.Minute)
	}
	if l.DuplicateWindow == 0 {
		l.DuplicateWindow = Duration(3 * 24 * time.Hour)
	}
	if l.DuplicateSimilarity == 0 {
		l.DuplicateSimilarity = 0.5
	}
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
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if l.Mode != "json" && l.Mode != "tools" && l.Mode != "plain" {
		bad("llm.mode %q: use json (JSON mode), tools (a forced tool call) or plain (neither, for servers that refuse both)", l.Mode)
	}
	if l.MaxTokens < 100 || l.MaxTokens > 32768 {
		bad("llm.max_tokens is %d: use 100 to 32768 (a reading needs about 150; a thinking model's thinking counts too)", l.MaxTokens)
	}
	for k, v := range l.ExtraBody {
		if reservedBody(k) {
			bad("llm.extra_body.%s: gridbot sets this field itself; remove it", k)
		} else if _, err := json.Marshal(v); err != nil {
			bad("llm.extra_body.%s cannot be sent as JSON: %v", k, err)
		}
	}
	if l.Timeout.Std() <= 0 || l.Timeout.Std() > 2*time.Minute {
		bad("llm.timeout is %s: use 1s to 2m (the sender waits for it)", l.Timeout.Std())
	}
	if *l.MaxRetries < 0 || *l.MaxRetries > 3 {
		bad("llm.max_retries is %d: use 0 to 3", *l.MaxRetries)
	}
	if l.BreakerFailures < 1 || l.BreakerCooldown < 0 {
		bad("llm.breaker_failures must be at least 1 and llm.breaker_cooldown not negative")
	}
	if l.MinRunes < 1 || l.MaxInputRunes < l.MinRunes {
		bad("llm.min_runes (%d) must be at least 1 and llm.max_input_runes (%d) at least min_runes", l.MinRunes, l.MaxInputRunes)
	}
	for _, x := range []struct {
		key string
		v   float64
	}{{"settle_above", l.SettleAbove}, {"confirm_above", l.ConfirmAbove}, {"register_above", l.RegisterAbove}, {"duplicate_similarity", l.DuplicateSimilarity}} {
		if x.v < 0 || x.v > 1 {
			bad("llm.%s is %v: use a number between 0 and 1", x.key, x.v)
		}
	}
	if l.ConfirmAbove > l.RegisterAbove {
		bad("llm.confirm_above (%v) is above llm.register_above (%v): asking must come before registering", l.ConfirmAbove, l.RegisterAbove)
	}
	if l.ConfirmTTL < 0 || l.DuplicateWindow < 0 || l.CacheTTL < 0 {
		bad("llm: confirm_ttl, duplicate_window and cache_ttl must not be negative")
	}
	return errs
}
