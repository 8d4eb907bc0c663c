package prompts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// transport adds the operator's extra top-level fields to each request body
// (DashScope's enable_thinking, vLLM's chat_template_kwargs: fields
// go-openai has no name for) and picks up the response fields go-openai
// does not decode (DeepSeek's prompt_cache_hit_tokens; the thinking in the
// message's "reasoning", where vLLM since late 2025 and Ollama put it).
type transport struct {
	base  http.RoundTripper
	extra map[string]any
}

// newTransport returns base (http.DefaultTransport when nil) wrapped.
func newTransport(base http.RoundTripper, extra map[string]any) *transport {
	if base == nil {
		base = http.DefaultTransport
	}
	return &transport{base: base, extra: extra}
}

// sideband is what the transport reads from a successful response besides
// what go-openai decodes.
type sideband struct {
	// Hits is DeepSeek's usage.prompt_cache_hit_tokens.
	Hits int
	// Reasoning is whether the first choice's message has a non-empty
	// "reasoning" string; its text is never kept.
	Reasoning bool
}

// sidebandKey carries the *sideband the transport fills.
type sidebandKey struct{}

func (t *transport) RoundTrip(r *http.Request) (*http.Response, error) {
	if len(t.extra) > 0 && r.Body != nil {
		body, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return nil, err
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return nil, err
		}
		// The fields the client sets win: extra only adds.
		for k, v := range t.extra {
			if _, set := m[k]; set {
				continue
			}
			if m[k], err = json.Marshal(v); err != nil {
				return nil, fmt.Errorf("prompts: llm.extra_body %s: %w", k, err)
			}
		}
		if body, err = json.Marshal(m); err != nil {
			return nil, err
		}
		r = r.Clone(r.Context())
		r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	resp, err := t.base.RoundTrip(r)
	side, _ := r.Context().Value(sidebandKey{}).(*sideband)
	if err != nil || side == nil || resp.StatusCode != http.StatusOK {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	var v struct {
		Usage struct {
			Hits int `json:"prompt_cache_hit_tokens"`
		} `json:"usage"`
		Choices []struct {
			Message struct {
				// Any JSON: a server that sends something other than a
				// string here must not fail the decoding.
				Reasoning json.RawMessage `json:"reasoning"`
			} `json:"message"`
		} `json:"choices"`
	}
	if json.Unmarshal(body, &v) == nil {
		side.Hits = v.Usage.Hits
		if len(v.Choices) > 0 {
			var text string
			raw := v.Choices[0].Message.Reasoning
			side.Reasoning = json.Unmarshal(raw, &text) == nil && strings.TrimSpace(text) != "" ||
				len(raw) > 0 && string(raw) != "null" && raw[0] != '"'
		}
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// withSideband asks the transport to fill s from the response.
func withSideband(ctx context.Context, s *sideband) context.Context {
	return context.WithValue(ctx, sidebandKey{}, s)
}
