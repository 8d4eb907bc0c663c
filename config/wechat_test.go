package config

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestWeChatDefaults(t *testing.T) {
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	w := c.WeChat
	got := []any{w.Account, w.HotLoginOn(), w.DataDir, w.MaxImageMB, w.ImageDays, w.ImageBudgetMB, w.MaxMessageAge.Std(), w.PerMinute,
		w.Backoff.Std(), w.Liveness.Std(), w.HandleTimeout.Std(), w.TownshipOn(), w.Healthz, w.Alert.URLEnv, w.Alert.Kind, w.EvidenceWindow.Std()}
	want := []any{"default", true, "data/wechat", 10, 180, 2048, 10 * time.Minute, 20,
		2 * time.Minute, 5 * time.Minute, 2 * time.Minute, true, "127.0.0.1:9090", "GRIDBOT_ALERT_WEBHOOK", "wecom", 10 * time.Minute}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("wechat defaults (-got +want):\n%s", diff)
	}
	// The example documents the defaults.
	ex := mustLoadExample(t)
	ex.WeChat.HotLogin, ex.WeChat.Township = nil, nil
	if diff := cmp.Diff(ex.WeChat, w); diff != "" {
		t.Errorf("example wechat differs from defaults (-example +default):\n%s", diff)
	}
	// A WeChat built in code gets the same defaults as a parsed one.
	if diff := cmp.Diff(WeChat{}.WithDefaults(), w); diff != "" {
		t.Errorf("WithDefaults differs from Parse's defaults (-WithDefaults +Parse):\n%s", diff)
	}
}

func TestServedVillages(t *testing.T) {
	two := minimal + "  - name: 白水村\n    grids:\n      - name: 一组\n        group: 白水村一组群\n"
	names := func(vs []Village) (out []string) {
		for _, v := range vs {
			out = append(out, v.Name)
		}
		return out
	}
	for _, tt := range []struct {
		name, yaml string
		want       []string
	}{
		{"default: every village", "", []string{"青山村", "白水村"}},
		{"empty list: every village", "wechat:\n  villages: []\n", []string{"青山村", "白水村"}},
		{"one of two", "wechat:\n  villages: [白水村]\n", []string{"白水村"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(two + tt.yaml))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(names(c.ServedVillages()), tt.want); diff != "" {
				t.Errorf("ServedVillages (-got +want):\n%s", diff)
			}
		})
	}
}

func TestWeChatValidation(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"account with a brace", "wechat:\n  account: a{b}\n", "wechat.account"},
		{"too fast", "wechat:\n  per_minute: 100\n", "wechat.per_minute"},
		{"liveness too short", "wechat:\n  liveness: 10s\n", "wechat.liveness"},
		{"images kept forever", "wechat:\n  image_days: 99999\n", "wechat.image_days"},
		{"evidence window too short", "wechat:\n  evidence_window: 30s\n", "wechat.evidence_window 写的是 30s：请写 1m 到 2h"},
		{"image budget below one image", "wechat:\n  max_image_mb: 20\n  image_budget_mb: 5\n", "wechat.image_budget_mb"},
		{"handle timeout too short", "wechat:\n  handle_timeout: 1s\n", "wechat.handle_timeout 写的是 1s：请写 10s 到 30m"},
		{"handle timeout too long", "wechat:\n  handle_timeout: 2h\n", "wechat.handle_timeout 写的是 2h：请写 10s 到 30m"},
		{"handle timeout within the LLM's", "wechat:\n  handle_timeout: 10s\nllm:\n  enabled: true\n  base_url: http://127.0.0.1:11434/v1\n  model: qwen2.5:7b\n  timeout: 20s\n",
			"请把 wechat.handle_timeout 调大（如 1m20s），或把 llm.timeout 调小（比 10s 短）"},
		{"unknown alert kind", "wechat:\n  alert:\n    kind: dingtalk\n", "wechat.alert.kind"},
		{"unknown served village", "wechat:\n  villages: [白水村]\n", "wechat.villages"},
		{"switches off", "wechat:\n  hot_login: false\n  township: false\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(minimal + tt.yaml))
			if tt.want == "" {
				if err != nil || c.WeChat.HotLoginOn() || c.WeChat.TownshipOn() {
					t.Errorf("Parse: %v; want both switches off", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func TestHandleTimeoutIsRead(t *testing.T) {
	c, err := Parse([]byte(minimal + "wechat:\n  handle_timeout: 45s\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.WeChat.HandleTimeout.Std(); got != 45*time.Second {
		t.Errorf("handle_timeout = %s, want 45s", got)
	}
}
