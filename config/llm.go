package config

import (
	"fmt"
	"time"
)

func (l *LLM) applyDefaults() {
	if l.Mode == "" {
		l.Mode = "json"
	}
	if l.MaxRetries == nil {
		one := 1
		l.MaxRetries = &one
	}
	if l.BreakerFailures == 0 {
		l.BreakerFailures = 3
	}
	if l.BreakerCooldown == 0 {
		l.BreakerCooldown = Duration(time.Minute)
	}
	if l.CacheTTL == 0 {
		l.CacheTTL = Duration(7 * 24 * time.Hour)
	}
	if l.MinRunes == 0 {
		l.MinRunes = 5
	}
	if l.MaxInputRunes == 0 {
		l.MaxInputRunes = 500
	}
	if l.SettleAbove == 0 {
		l.SettleAbove = 0.85
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

func (l *LLM) validate() []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if l.Mode != "json" && l.Mode != "tools" {
		bad("llm.mode %q: use json (JSON mode) or tools (a forced tool call)", l.Mode)
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
