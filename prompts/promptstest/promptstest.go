// Package promptstest is a fake OpenAI-compatible chat-completions server
// for tests: it speaks the wire protocol by hand (not through go-openai),
// records every request, and answers as each test scripts it — JSON mode
// content, tool calls, errors, garbage, or no answer at all.
package promptstest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// Request is what the server received.
type Request struct {
	Model          string `json:"model"`
	Messages       []struct{ Role, Content string }
	ResponseFormat *struct {
		Type string `json:"type"`
	} `json:"response_format"`
	Tools []struct {
		Type     string `json:"type"`
		Function struct {
			Name       string          `json:"name"`
			Parameters json.RawMessage `json:"parameters"`
		} `json:"function"`
	} `json:"tools"`
	ToolChoice json.RawMessage `json:"tool_choice"`
	MaxTokens  int             `json:"max_tokens"`
	// Raw is the whole body; Auth the Authorization header.
	Raw  string `json:"-"`
	Auth string `json:"-"`
}

// User is the text of the last user message.
func (r Request) User() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

// Response scripts one answer. The zero value answers 200 with empty
// content.
type Response struct {
	// Status other than 200 answers an OpenAI-style error body.
	Status int
	// Content is the assistant message's content (JSON mode).
	Content string
	// Tool, when set, answers a tool call of that function with Arguments.
	Tool, Arguments string
	// Tools answers several tool calls (name → arguments), in order.
	Tools [][2]string
	// NoChoices answers an empty choices list.
	NoChoices bool
	// Raw replaces the whole body.
	Raw string
	// Hang never answers: the handler waits until the client gives up.
	Hang bool
	// PromptTokens and CompletionTokens are reported as usage.
	PromptTokens, CompletionTokens int
	// Usage, when set, is the usage object as sent (a vendor's shape);
	// "omit" leaves usage out.
	Usage string
	// Reasoning is sent as the message's reasoning_content (DeepSeek's
	// deepseek-reasoner, vLLM with a reasoning parser).
	Reasoning string
	// FinishReason defaults to "stop".
	FinishReason string
	// Message is the error message of a Status answer; Code, when set, its
	// code and type (DashScope's "data_inspection_failed").
	Message, Code string
	// Header is set on the answer (e.g. Retry-After on a 429).
	Header map[string]string
	// Fields are set on the assistant message as sent, over the others; a
	// nil value is sent as null. For vendors' shapes: vLLM's "reasoning",
	// "refusal", a legacy "function_call", "content": nil.
	Fields map[string]any
}

// Server is a running fake endpoint.
type Server struct {
	srv   *httptest.Server
	mu    sync.Mutex
	reqs  []Request
	reply func(Request) Response
}

// New starts a server answering with reply; it stops when the test ends.
func New(tb testing.TB, reply func(Request) Response) *Server {
	tb.Helper()
	s := &Server{reply: reply}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	tb.Cleanup(s.srv.Close)
	return s
}

// Always answers every request with r.
func Always(r Response) func(Request) Response { return func(Request) Response { return r } }

// URL is the base URL a client is given ("…/v1").
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// Calls is how many requests arrived.
func (s *Server) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.reqs)
}

// Requests returns every request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// SetReply changes the answers from now on.
func (s *Server) SetReply(reply func(Request) Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reply = reply
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.Error(w, `{"error":{"message":"not found","type":"invalid_request_error"}}`, http.StatusNotFound)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, `{"error":{"message":"bad json","type":"invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	req.Raw, req.Auth = string(body), r.Header.Get("Authorization")
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	reply := s.reply
	s.mu.Unlock()
	resp := reply(req)
	if resp.Hang {
		<-r.Context().Done()
		return
	}
	w.Header().Set("Content-Type", "application/json")
	for k, v := range resp.Header {
		w.Header().Set(k, v)
	}
	if resp.Status != 0 && resp.Status != http.StatusOK {
		w.WriteHeader(resp.Status)
		msg := resp.Message
		if msg == "" {
			msg = fmt.Sprintf("scripted failure %d", resp.Status)
		}
		var code any
		typ := "invalid_request_error"
		if resp.Code != "" {
			code, typ = resp.Code, resp.Code
		}
		json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": typ, "code": code}})
		return
	}
	if resp.Raw != "" {
		io.WriteString(w, resp.Raw)
		return
	}
	msg := map[string]any{"role": "assistant", "content": resp.Content}
	if resp.Reasoning != "" {
		msg["reasoning_content"] = resp.Reasoning
	}
	calls := resp.Tools
	if resp.Tool != "" {
		calls = append([][2]string{{resp.Tool, resp.Arguments}}, calls...)
	}
	if len(calls) > 0 {
		var tcs []map[string]any
		for i, c := range calls {
			tcs = append(tcs, map[string]any{"id": fmt.Sprintf("call_%d", i), "type": "function",
				"function": map[string]any{"name": c[0], "arguments": c[1]}})
		}
		msg["tool_calls"], msg["content"] = tcs, nil
	}
	for k, v := range resp.Fields {
		msg[k] = v
	}
	finish := resp.FinishReason
	if finish == "" {
		finish = "stop"
	}
	choices := []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}}
	if resp.NoChoices {
		choices = []any{}
	}
	out := map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1767225600, "model": req.Model,
		"choices": choices,
		"usage": map[string]int{"prompt_tokens": resp.PromptTokens, "completion_tokens": resp.CompletionTokens,
			"total_tokens": resp.PromptTokens + resp.CompletionTokens},
	}
	switch resp.Usage {
	case "":
	case "omit":
		delete(out, "usage")
	default:
		out["usage"] = json.RawMessage(resp.Usage)
	}
	json.NewEncoder(w).Encode(out)
}

// Reading renders a reading as the model's JSON answer; fields not given
// take empty values.
func Reading(fields map[string]any) string {
	base := map[string]any{"intent": "noise", "also": "", "type": "", "category": "", "hazard": "", "summary": "",
		"place": "", "people": []string{}, "indicator": "", "confidence": 0.5}
	for k, v := range fields {
		base[k] = v
	}
	b, _ := json.Marshal(base)
	return string(b)
}
