package prompts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// ErrBadReply means the endpoint answered, but not with one reading in the
// agreed shape: no choices, an empty or oversized answer, invalid JSON,
// extra or mistyped fields, an unknown tool.
var ErrBadReply = errors.New("model reply is not a reading")

// ErrNotAPI means the endpoint answered 200 with something that is no
// chat completion's JSON at all: a web page (a wrong llm.base_url, a proxy
// or a network's login page), bytes. A transport's failure, not
// ErrBadReply: no model answered.
var ErrNotAPI = errors.New("the endpoint's answer is not an API's JSON")

// Draft is the model's reading as it answered, decoded strictly but not yet
// validated against the catalogue.
type Draft struct {
	Intent     string   `json:"intent"`
	Also       string   `json:"also"`
	Type       string   `json:"type"`
	Category   string   `json:"category"`
	Hazard     string   `json:"hazard"`
	Summary    string   `json:"summary"`
	Place      string   `json:"place"`
	People     []string `json:"people"`
	Indicator  string   `json:"indicator"`
	Confidence float64  `json:"confidence"`
}

// ErrRejected means the endpoint refused the request itself: a setting is
// wrong (HTTP 400: llm.mode, llm.model, llm.extra_body; 401 and 403: the
// key; 402: the account's balance; 404: llm.base_url or llm.model), and
// trying again will not help. The error says what to change.
var ErrRejected = errors.New("the model endpoint rejected the request")

// RejectedError is ErrRejected with the HTTP status the endpoint answered,
// which says what setting to look at.
type RejectedError struct {
	// Status is the HTTP status: 400, 401, 402, 403 or 404.
	Status int
	// Err wraps ErrRejected and the client's error, with what to change.
	Err error
}

func (e *RejectedError) Error() string { return e.Err.Error() }

func (e *RejectedError) Unwrap() error { return e.Err }

// ErrFiltered means the endpoint's content filter refused this one message
// (DashScope's data_inspection_failed, DeepSeek's "Content Exists Risk",
// both HTTP 400): the endpoint and the settings are fine, and asking again
// about the same text is refused again.
var ErrFiltered = errors.New("the model endpoint's content filter refused the message")

// ThrottledError is a call the endpoint turned away for now: HTTP 429, or
// any failure that names a Retry-After. Asking again at once is turned
// away again.
type ThrottledError struct {
	// Status is the HTTP status.
	Status int
	// RetryAfter is how long the endpoint asked the caller to wait
	// (Retry-After in seconds, or as a date against the response's Date);
	// 0 when it did not say.
	RetryAfter time.Duration
	Err        error
}

func (e *ThrottledError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("prompts: throttled (HTTP %d, retry after %s): %v", e.Status, e.RetryAfter, e.Err)
	}
	return fmt.Sprintf("prompts: throttled (HTTP %d): %v", e.Status, e.Err)
}

func (e *ThrottledError) Unwrap() error { return e.Err }

// ServerError is a call the endpoint took and failed on its side: HTTP 5xx
// without a Retry-After (an overloaded or broken server, a proxy in front
// of one). The settings may be right; asking again later may work.
type ServerError struct {
	// Status is the HTTP status.
	Status int
	Err    error
}

func (e *ServerError) Error() string {
	return fmt.Sprintf("prompts: the endpoint failed (HTTP %d): %v", e.Status, e.Err)
}

func (e *ServerError) Unwrap() error { return e.Err }

// Usage is the tokens one call used, as the endpoint reported them.
// Cached is the part of Prompt served from the vendor's prompt cache
// (prompt_tokens_details.cached_tokens, or DeepSeek's
// prompt_cache_hit_tokens); Reasoning the part of Completion spent
// thinking (completion_tokens_details.reasoning_tokens). Servers that
// report neither leave them 0.
type Usage struct {
	Prompt, Completion, Total, Cached, Reasoning int
}

// Add sums two usages.
func (u Usage) Add(v Usage) Usage {
	return Usage{u.Prompt + v.Prompt, u.Completion + v.Completion, u.Total + v.Total,
		u.Cached + v.Cached, u.Reasoning + v.Reasoning}
}

// usageOf reads the usage of every shape the servers send: OpenAI's
// details (DashScope, vLLM), DeepSeek's cache hits (hits), or the bare
// counts (Ollama), with or without total_tokens.
func usageOf(u openai.Usage, hits int) Usage {
	out := Usage{Prompt: u.PromptTokens, Completion: u.CompletionTokens, Total: u.TotalTokens, Cached: hits}
	if out.Total == 0 {
		out.Total = out.Prompt + out.Completion
	}
	if d := u.PromptTokensDetails; d != nil && d.CachedTokens > out.Cached {
		out.Cached = d.CachedTokens
	}
	if d := u.CompletionTokensDetails; d != nil {
		out.Reasoning = d.ReasoningTokens
	}
	return out
}

// ToolName is the function the model is made to call in tools mode.
const ToolName = "record_reading"

// The client's defaults, taken where Options leaves a field zero; config's
// llm block applies the same constants.
const (
	DefaultMode      = "json"
	DefaultMaxTokens = 400
)

// Options configure a Client.
type Options struct {
	// BaseURL is the endpoint up to and including /v1, e.g.
	// https://api.deepseek.com/v1 or http://127.0.0.1:11434/v1. Required.
	BaseURL string
	// Model is the model name. Required.
	Model string
	// APIKey is sent as a bearer token; empty for Ollama and vLLM.
	APIKey string
	// Mode is "json" (JSON mode, the default), "tools" (a forced call of
	// the record_reading tool) or "plain" (neither: the prompt alone asks
	// for JSON, for servers that refuse both).
	Mode string
	// MaxTokens bounds the answer. Default 400.
	MaxTokens int
	// ExtraBody are top-level fields added to every request, e.g.
	// {"enable_thinking": false} for Qwen3 on DashScope. They never
	// replace a field the client sets.
	ExtraBody map[string]any
	// HTTPClient defaults to a client without its own timeout: the caller's
	// context bounds each call.
	HTTPClient *http.Client
}

// Client asks an OpenAI-compatible endpoint for readings.
type Client struct {
	c         *openai.Client
	model     string
	mode      string
	maxTokens int
}

// New returns a Client. It makes no network call.
func New(o Options) *Client {
	cfg := openai.DefaultConfig(o.APIKey)
	cfg.BaseURL = strings.TrimRight(o.BaseURL, "/")
	hc := &http.Client{}
	if o.HTTPClient != nil {
		*hc = *o.HTTPClient
	}
	hc.Transport = newTransport(hc.Transport, o.ExtraBody)
	cfg.HTTPClient = hc
	if o.Mode == "" {
		o.Mode = DefaultMode
	}
	if o.MaxTokens == 0 {
		o.MaxTokens = DefaultMaxTokens
	}
	return &Client{c: openai.NewClientWithConfig(cfg), model: o.Model, mode: o.Mode, maxTokens: o.MaxTokens}
}

// Extract asks for the reading of one message. An error wrapping
// ErrBadReply means the endpoint answered badly; any other error is the
// transport's (including the context's deadline). Usage is what the
// endpoint reported, also when the reply was bad.
func (c *Client) Extract(ctx context.Context, req Request) (Draft, Usage, error) {
	sys, err := Render("reading.system.tmpl", req)
	if err != nil {
		return Draft{}, Usage{}, err
	}
	user, err := Render("reading.user.tmpl", req)
	if err != nil {
		return Draft{}, Usage{}, err
	}
	creq := openai.ChatCompletionRequest{
		Model: c.model,
		// max_tokens, not max_completion_tokens: DeepSeek, Qwen, Ollama
		// and vLLM take the older field; only OpenAI's o1 models need the
		// newer one.
		//lint:ignore SA1019 the OpenAI-compatible servers we target read max_tokens
		MaxTokens: c.maxTokens,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: sys},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
	}
	switch c.mode {
	case "tools":
		schema, err := Render("reading.schema.tmpl", req)
		if err != nil {
			return Draft{}, Usage{}, err
		}
		creq.Tools = []openai.Tool{{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
			Name: ToolName, Description: "记录这条消息的分类结果", Parameters: json.RawMessage(schema),
		}}}
		creq.ToolChoice = openai.ToolChoice{Type: openai.ToolTypeFunction, Function: openai.ToolFunction{Name: ToolName}}
	case "json":
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	var side sideband
	resp, err := c.c.CreateChatCompletion(withSideband(ctx, &side), creq)
	if err != nil {
		return Draft{}, Usage{}, c.failed(err, resp.Header())
	}
	u := usageOf(resp.Usage, side.Hits)
	raw, err := c.answer(resp, side)
	if err != nil {
		return Draft{}, u, err
	}
	d, err := Decode(raw)
	return d, u, err
}

// fix says, by mode, what to change when the server refuses a request.
func fix(mode string) string {
	switch mode {
	case "json":
		return "if the server does not take response_format json_object (older Ollama and vLLM), set llm.mode: tools or llm.mode: plain"
	case "tools":
		return "if the server or the model does not take tools, set llm.mode: json or llm.mode: plain"
	}
	return "check llm.model and llm.extra_body"
}

// failed wraps a failed call: a refused request is ErrRejected, with what
// to change; a content filter's refusal ErrFiltered; a 429, or a failure
// naming a Retry-After, a *ThrottledError; any other 5xx a *ServerError.
func (c *Client) failed(err error, header http.Header) error {
	var status int
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	case notJSON(err):
		return fmt.Errorf("prompts: chat completion: %w: %w; is llm.base_url the API's address, up to and including /v1?", ErrNotAPI, err)
	default:
		return fmt.Errorf("prompts: chat completion: %w", err)
	}
	if wait, ok := retryAfter(header); status == http.StatusTooManyRequests || ok {
		return &ThrottledError{Status: status, RetryAfter: wait, Err: err}
	}
	switch status {
	case http.StatusBadRequest:
		if filtered(apiErr) {
			return fmt.Errorf("prompts: %w: %w", ErrFiltered, err)
		}
		return &RejectedError{status, fmt.Errorf("prompts: %w (llm.mode %s): %w; %s; a Qwen3 model on DashScope needs llm.extra_body: {enable_thinking: false} (README, 大模型)",
			ErrRejected, c.mode, err, fix(c.mode))}
	case http.StatusUnauthorized, http.StatusForbidden:
		return &RejectedError{status, fmt.Errorf("prompts: %w: %w; check the API key in the environment variable llm.api_key_env names", ErrRejected, err)}
	case http.StatusPaymentRequired:
		return &RejectedError{status, fmt.Errorf("prompts: %w: %w; the account's balance is used up: top it up", ErrRejected, err)}
	case http.StatusNotFound:
		return &RejectedError{status, fmt.Errorf("prompts: %w: %w; check llm.base_url (up to and including /v1) and llm.model (Ollama: ollama pull it first)", ErrRejected, err)}
	}
	if status >= http.StatusInternalServerError {
		return &ServerError{Status: status, Err: err}
	}
	return fmt.Errorf("prompts: chat completion: %w", err)
}

// notJSON reports whether err is a successful response's body that does
// not decode as JSON.
func notJSON(err error) bool {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return errors.As(err, &syntax) || errors.As(err, &typ)
}

// filtered reports whether a 400 is a content filter's refusal of the
// message rather than of the request's settings.
func filtered(e *openai.APIError) bool {
	if e == nil {
		return false
	}
	code, _ := e.Code.(string)
	for _, s := range []string{code, e.Type} {
		switch s {
		case "data_inspection_failed", "content_filter", "content_policy_violation":
			return true
		}
	}
	m := strings.ToLower(e.Message)
	return strings.Contains(m, "inappropriate content") || strings.Contains(m, "content exists risk")
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date taken
// against the response's own Date (the client keeps no clock). ok is
// whether the header was there and readable.
func retryAfter(h http.Header) (wait time.Duration, ok bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(n, 0)) * time.Second, true
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	now, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return 0, false
	}
	return max(at.Sub(now), 0), true
}

// answer picks the reading's JSON out of a response: the message content in
// JSON and plain mode; the record_reading call's arguments in tools mode (or
// the content, when a server answers a forced tool call in plain content).
// A reasoning model's thinking — in reasoning_content, or in vLLM's and
// Ollama's reasoning (side.Reasoning) — is never read: an answer that is
// only thinking, or that was cut off at max_tokens, is no answer. So is an
// answer a content filter or a lack of capacity stopped, a refusal, a
// legacy function_call, and a tool call written out as text.
func (c *Client) answer(resp openai.ChatCompletionResponse, side sideband) (string, error) {
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("prompts: %w: no choices", ErrBadReply)
	}
	choice := resp.Choices[0]
	switch choice.FinishReason {
	case openai.FinishReasonLength:
		return "", fmt.Errorf("prompts: %w: the answer was cut off at max_tokens (%d); a thinking model spends them on thinking: turn thinking off or raise llm.max_tokens", ErrBadReply, c.maxTokens)
	case openai.FinishReasonContentFilter:
		return "", fmt.Errorf("prompts: %w: the endpoint's content filter stopped the answer (finish_reason content_filter)", ErrBadReply)
	case "insufficient_system_resource":
		return "", fmt.Errorf("prompts: %w: the endpoint ran out of capacity before the answer ended (finish_reason insufficient_system_resource)", ErrBadReply)
	}
	msg := choice.Message
	if msg.Refusal != "" {
		return "", fmt.Errorf("prompts: %w: the model refused: %q", ErrBadReply, clip(msg.Refusal, 200))
	}
	if msg.FunctionCall != nil {
		return "", fmt.Errorf("prompts: %w: a legacy function_call (%q) instead of an answer; set llm.mode: json", ErrBadReply, clip(msg.FunctionCall.Name, 60))
	}
	if len(msg.ToolCalls) > 0 {
		if c.mode != "tools" {
			return "", fmt.Errorf("prompts: %w: a tool call in %s mode", ErrBadReply, c.mode)
		}
		for _, tc := range msg.ToolCalls {
			if tc.Function.Name != ToolName {
				return "", fmt.Errorf("prompts: %w: call of unknown tool %q", ErrBadReply, tc.Function.Name)
			}
		}
		if len(msg.ToolCalls) > 1 {
			return "", fmt.Errorf("prompts: %w: %d tool calls", ErrBadReply, len(msg.ToolCalls))
		}
		return msg.ToolCalls[0].Function.Arguments, nil
	}
	content := strings.TrimSpace(msg.Content)
	switch {
	case content == "" && (msg.ReasoningContent != "" || side.Reasoning):
		return "", fmt.Errorf("prompts: %w: only thinking (reasoning_content or reasoning), no answer; turn thinking off (README, 大模型)", ErrBadReply)
	case content == "":
		// DeepSeek's JSON mode blanks an answer that is not JSON.
		return "", fmt.Errorf("prompts: %w: empty or blank content", ErrBadReply)
	case strings.HasPrefix(content, "<tool_call>"):
		return "", fmt.Errorf("prompts: %w: a tool call written out as text (the server did not parse it); set llm.mode: json", ErrBadReply)
	}
	return msg.Content, nil
}

// clip shortens s to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// MaxReply bounds the length of an answer once any reasoning is cut off;
// a reading is a few hundred bytes. MaxRaw bounds the whole content, a
// reasoning model's thinking included.
const (
	MaxReply = 4096
	MaxRaw   = 64 << 10
)

// maxProse bounds the text a model may write around a fenced answer: a
// sentence, not an essay.
const maxProse = 300

// wire is a Draft with presence for the required fields: its own intent
// and confidence stand in for the Draft's (encoding/json fills the
// shallower of two fields of one name).
type wire struct {
	Draft
	Intent     *string  `json:"intent"`
	Confidence *float64 `json:"confidence"`
}

// Decode reads one reading from a model's answer. Two things around the
// answer are cut off, never looked into:
//   - a reasoning model's thinking: everything up to the last </think>
//     (Qwen3, QwQ and DeepSeek-R1 served without a reasoning parser; some
//     templates open <think> in the prompt, so only </think> is in the
//     answer). Thinking that never ends (<think> without </think>) is no
//     answer. The villager's own text reaches the model with < and >
//     made full-width (Request.Fenced), so it cannot supply the tag.
//   - the sentences around one ``` fence (“以下是结果：```json … ```”),
//     when there is exactly one fence and at most maxProse bytes of text
//     outside it.
//
// What remains is decoded strictly: exactly one JSON object, no unknown
// fields, every field of its type, intent and confidence present, nothing
// after it. A bare object with prose around it is refused: without a fence
// nothing says which braces are the answer.
func Decode(raw string) (Draft, error) {
	if len(raw) > MaxRaw {
		return Draft{}, fmt.Errorf("prompts: %w: %d bytes", ErrBadReply, len(raw))
	}
	s, err := unwrap(raw)
	if err != nil {
		return Draft{}, err
	}
	if len(s) > MaxReply {
		return Draft{}, fmt.Errorf("prompts: %w: %d bytes", ErrBadReply, len(s))
	}
	if s == "" {
		return Draft{}, fmt.Errorf("prompts: %w: empty", ErrBadReply)
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var w wire
	if err := dec.Decode(&w); err != nil {
		return Draft{}, fmt.Errorf("prompts: %w: %v", ErrBadReply, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Draft{}, fmt.Errorf("prompts: %w: data after the object", ErrBadReply)
	}
	if !strings.HasPrefix(s, "{") {
		return Draft{}, fmt.Errorf("prompts: %w: not an object", ErrBadReply)
	}
	if w.Intent == nil || w.Confidence == nil {
		return Draft{}, fmt.Errorf("prompts: %w: intent or confidence missing", ErrBadReply)
	}
	d := w.Draft
	d.Intent, d.Confidence = *w.Intent, *w.Confidence
	return d, nil
}

const (
	thinkOpen  = "<think>"
	thinkClose = "</think>"
	fence      = "```"
)

// unwrap cuts a reasoning model's thinking and the prose around a single
// fence off an answer, as Decode describes, and trims it.
func unwrap(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if i := strings.LastIndex(s, thinkClose); i >= 0 {
		s = strings.TrimSpace(s[i+len(thinkClose):])
	} else if strings.HasPrefix(s, thinkOpen) {
		return "", fmt.Errorf("prompts: %w: the model's thinking did not end (cut off at max_tokens?)", ErrBadReply)
	}
	switch strings.Count(s, fence) {
	case 0:
		return s, nil
	case 2:
	default:
		return "", fmt.Errorf("prompts: %w: %d code fences", ErrBadReply, strings.Count(s, fence))
	}
	open := strings.Index(s, fence)
	body := s[open+len(fence):]
	end := strings.Index(body, fence)
	before, after := s[:open], body[end+len(fence):]
	body = body[:end]
	// The fence's language tag, if any, runs to the end of its line.
	if tag, rest, ok := strings.Cut(body, "\n"); ok && !strings.ContainsAny(tag, "{}\"") {
		body = rest
	} else if lang, ok := strings.CutPrefix(body, "json"); ok {
		body = lang
	}
	if len(before)+len(after) > maxProse {
		return "", fmt.Errorf("prompts: %w: %d bytes of text around the fence", ErrBadReply, len(before)+len(after))
	}
	return strings.TrimSpace(body), nil
}
