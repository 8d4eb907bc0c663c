package prompts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// transport adds the operator's extra top-level fields to each request body
// (DashScope's enable_thinking, vLLM's chat_template_kwargs: fields
// go-openai has no name for) and picks up the usage fields go-openai does
// not decode (DeepSeek's prompt_cache_hit_tokens).
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

// hitsKey carries a *int that receives prompt_cache_hit_tokens.
type hitsKey struct{}

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
	hits, _ := r.Context().Value(hitsKey{}).(*int)
	if err != nil || hits == nil || resp.StatusCode != http.StatusOK {
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
	}
	if json.Unmarshal(body, &v) == nil {
		*hits = v.Usage.Hits
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// withHits asks the transport to report DeepSeek's cache hits into n.
func withHits(ctx context.Context, n *int) context.Context {
	return context.WithValue(ctx, hitsKey{}, n)
}
