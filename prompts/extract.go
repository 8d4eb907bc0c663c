package prompts

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// ErrBadReply means the endpoint answered, but not with one reading in the
// agreed shape: no choices, an empty or oversized answer, invalid JSON,
// extra or mistyped fields, an unknown tool.
var ErrBadReply = errors.New("model reply is not a reading")

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

// Usage is the tokens one call used, as the endpoint reported them.
type Usage struct {
	Prompt, Completion, Total int
}

// Add sums two usages.
func (u Usage) Add(v Usage) Usage {
	return Usage{u.Prompt + v.Prompt, u.Completion + v.Completion, u.Total + v.Total}
}

// ToolName is the function the model is made to call in tools mode.
const ToolName = "record_reading"

// Options configure a Client.
type Options struct {
	// BaseURL is the endpoint up to and including /v1, e.g.
	// https://api.deepseek.com/v1 or http://127.0.0.1:11434/v1. Required.
	BaseURL string
	// Model is the model name. Required.
	Model string
	// APIKey is sent as a bearer token; empty for Ollama and vLLM.
	APIKey string
	// Mode is "json" (JSON mode, the default) or "tools" (a forced call of
	// the record_reading tool).
	Mode string
	// MaxTokens bounds the answer. Default 400.
	MaxTokens int
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
	if o.HTTPClient != nil {
		cfg.HTTPClient = o.HTTPClient
	}
	if o.Mode == "" {
		o.Mode = "json"
	}
	if o.MaxTokens == 0 {
		o.MaxTokens = 400
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
	if c.mode == "tools" {
		schema, err := Render("reading.schema.tmpl", req)
		if err != nil {
			return Draft{}, Usage{}, err
		}
		creq.Tools = []openai.Tool{{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
			Name: ToolName, Description: "记录这条消息的分类结果", Parameters: json.RawMessage(schema),
		}}}
		creq.ToolChoice = openai.ToolChoice{Type: openai.ToolTypeFunction, Function: openai.ToolFunction{Name: ToolName}}
	} else {
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	resp, err := c.c.CreateChatCompletion(ctx, creq)
	if err != nil {
		return Draft{}, Usage{}, fmt.Errorf("prompts: chat completion: %w", err)
	}
	u := Usage{resp.Usage.PromptTokens, resp.Usage.CompletionTokens, resp.Usage.TotalTokens}
	raw, err := c.answer(resp)
	if err != nil {
		return Draft{}, u, err
	}
	d, err := Decode(raw)
	return d, u, err
}

// answer picks the reading's JSON out of a response: the message content in
// JSON mode; the record_reading call's arguments in tools mode (or the
// content, when a server answers a forced tool call in plain content).
func (c *Client) answer(resp openai.ChatCompletionResponse) (string, error) {
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("prompts: %w: no choices", ErrBadReply)
	}
	msg := resp.Choices[0].Message
	if len(msg.ToolCalls) > 0 {
		if c.mode != "tools" {
			return "", fmt.Errorf("prompts: %w: a tool call in JSON mode", ErrBadReply)
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
	return msg.Content, nil
}

// MaxReply bounds the length of an answer; a reading is a few hundred bytes.
const MaxReply = 4096

// wire is a Draft with presence for the required fields.
type wire struct {
	Intent     *string  `json:"intent"`
	Also       string   `json:"also"`
	Type       string   `json:"type"`
	Category   string   `json:"category"`
	Hazard     string   `json:"hazard"`
	Summary    string   `json:"summary"`
	Place      string   `json:"place"`
	People     []string `json:"people"`
	Indicator  string   `json:"indicator"`
	Confidence *float64 `json:"confidence"`
}

// Decode reads one reading from a model's answer, strictly: exactly one
// JSON object (optionally inside one ``` fence), no unknown fields, every
// field of its type, intent and confidence present, nothing after it.
func Decode(raw string) (Draft, error) {
	s := strings.TrimSpace(raw)
	if len(s) > MaxReply {
		return Draft{}, fmt.Errorf("prompts: %w: %d bytes", ErrBadReply, len(s))
	}
	if rest, ok := strings.CutPrefix(s, "```"); ok {
		rest = strings.TrimPrefix(rest, "json")
		if body, ok := strings.CutSuffix(strings.TrimSpace(rest), "```"); ok {
			s = strings.TrimSpace(body)
		}
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
	if !bytes.HasPrefix([]byte(s), []byte("{")) {
		return Draft{}, fmt.Errorf("prompts: %w: not an object", ErrBadReply)
	}
	if w.Intent == nil || w.Confidence == nil {
		return Draft{}, fmt.Errorf("prompts: %w: intent or confidence missing", ErrBadReply)
	}
	return Draft{Intent: *w.Intent, Also: w.Also, Type: w.Type, Category: w.Category, Hazard: w.Hazard,
		Summary: w.Summary, Place: w.Place, People: w.People, Indicator: w.Indicator, Confidence: *w.Confidence}, nil
}
