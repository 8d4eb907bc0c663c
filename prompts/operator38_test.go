package prompts_test

import (
	"errors"
	"testing"

	"gridbot/prompts"
	"gridbot/prompts/promptstest"
)

// A 200 whose body is a web page or bytes is ErrNotAPI (check then says the
// address answers no model API, not that nothing answers), still no
// ErrBadReply (TestExtractBadReplies); a model's bad answer is not
// ErrNotAPI.
func TestExtractNotAPI(t *testing.T) {
	for _, tc := range []struct {
		name string
		resp promptstest.Response
		want bool
	}{
		{"web page", promptstest.Response{Raw: "<html>captive portal</html>"}, true},
		{"bytes", promptstest.Response{Raw: "\x00\x01\xff"}, true},
		{"a model's bad answer", promptstest.Response{Content: "{intent: report"}, false},
		{"server error", promptstest.Response{Status: 500}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := promptstest.New(t, promptstest.Always(tc.resp))
			_, _, err := client(srv, "json").Extract(t.Context(), request("村口那个灯又不亮了"))
			if errors.Is(err, prompts.ErrNotAPI) != tc.want {
				t.Errorf("error %v: ErrNotAPI = %v, want %v", err, errors.Is(err, prompts.ErrNotAPI), tc.want)
			}
		})
	}
}
