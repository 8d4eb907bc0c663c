package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRecoverMiddleware(t *testing.T) {
	handlerErr := errors.New("storage: accept R12: connection refused")
	tests := []struct {
		name       string
		handler    HandlerFunc
		wantErr    error  // matched with errors.Is, when set
		wantSubstr string // the error text contains it, when set
	}{
		{"no error", func(context.Context, Message) error { return nil }, nil, ""},
		{"error passes through", func(context.Context, Message) error { return handlerErr }, handlerErr, ""},
		{"panic with a string", func(context.Context, Message) error { panic("boom") }, nil, "panic handling wx-42: boom"},
		{"panic with an error", func(context.Context, Message) error { panic(errors.New("nil map")) }, nil, "panic handling wx-42: nil map"},
		{"nil pointer", func(_ context.Context, m Message) error { return errors.New(m.Quote.Text) }, nil, "panic handling wx-42: runtime error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Chain(tt.handler, Recover())
			err := h.Handle(t.Context(), Message{ID: "wx-42", Chat: "青山村三组网格群", From: "张三", Text: "确认 #R12"})
			switch {
			case tt.wantSubstr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantSubstr) {
					t.Errorf("Handle error = %v; want one containing %q", err, tt.wantSubstr)
				}
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("Handle error = %v; want %v", err, tt.wantErr)
				}
			case err != nil:
				t.Errorf("Handle error = %v; want nil", err)
			}
		})
	}
}

func TestLogMiddleware(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		wantLog []map[string]any
	}{
		{"success logs nothing", nil, nil},
		{"error logged once and swallowed", errors.New("storage: accept R12: timeout"), []map[string]any{{
			"level": "ERROR", "msg": "message not handled", "id": "wx-7", "chat": "青山村三组网格群", "from": "李四",
			"err": "storage: accept R12: timeout",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			calls := 0
			h := Chain(HandlerFunc(func(context.Context, Message) error { calls++; return tt.err }),
				Log(slog.New(slog.NewJSONHandler(&buf, nil))))
			if err := h.Handle(t.Context(), Message{ID: "wx-7", Chat: "青山村三组网格群", From: "李四", Text: "办结 #R12"}); err != nil {
				t.Errorf("Handle = %v; want nil", err)
			}
			if calls != 1 {
				t.Errorf("handler called %d times; want 1", calls)
			}
			if diff := cmp.Diff(logRecords(t, &buf), tt.wantLog); diff != "" {
				t.Errorf("log (-got +want):\n%s", diff)
			}
		})
	}
}

// TestLogRecoverChain is the order main uses: a panic becomes an error that
// Log records once with the message id.
func TestLogRecoverChain(t *testing.T) {
	var buf bytes.Buffer
	h := Chain(HandlerFunc(func(context.Context, Message) error { panic("index out of range") }),
		Log(slog.New(slog.NewJSONHandler(&buf, nil))), Recover())
	if err := h.Handle(t.Context(), Message{ID: "wx-9", From: "王五", Private: true}); err != nil {
		t.Fatalf("Handle = %v; want nil", err)
	}
	recs := logRecords(t, &buf)
	if len(recs) != 1 {
		t.Fatalf("got %d log records; want 1: %v", len(recs), recs)
	}
	if got, want := recs[0]["id"], "wx-9"; got != want {
		t.Errorf("logged id = %v; want %v", got, want)
	}
	if msg, _ := recs[0]["err"].(string); !strings.Contains(msg, "panic handling wx-9: index out of range") {
		t.Errorf("logged err = %q; want the panic", msg)
	}
}
