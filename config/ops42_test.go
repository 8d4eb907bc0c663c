package config

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// userDocs are the operator's manual and the behaviour reference moved out
// of it (docs/usage.md), whose examples must match the keys a config file
// can have: unknown keys are rejected at start.
var userDocs = []string{"../README.md", "../docs/usage.md"}

// readUserDocs is the text of userDocs, one after the other.
func readUserDocs(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, p := range userDocs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestReadmeNamesOnlyRealKeys: every dotted config key the README (and
// docs/usage.md) names in
// backquotes (`llm.base_url`, `villages[].grids[].group`) is a key Config
// has. A volunteer who writes a key the manual names and the bot rejects
// has no way to tell which of the two is wrong.
func TestReadmeNamesOnlyRealKeys(t *testing.T) {
	data := readUserDocs(t)
	keys := map[string]bool{}
	tops := map[string]bool{}
	for _, k := range allKeys(reflect.TypeFor[Config](), "") {
		keys[k] = true
		top, _, _ := strings.Cut(k, ".")
		tops[strings.TrimSuffix(top, "[]")] = true
	}
	// `llm.timeout`, `villages[].mediators`, `wechat.alert.url_env`; an
	// index (`villages[0]`) is the same key as `villages[]`.
	named := regexp.MustCompile("`([a-z_]+(?:\\[\\d*\\])?(?:\\.[a-z_]+(?:\\[\\d*\\])?)+)")
	index := regexp.MustCompile(`\[\d+\]`)
	// Names that look like keys and are not: files, and a /healthz field.
	notKeys := []string{"roster.csv", "redis.conf", "llm.start_check"}
	var unknown []string
	for _, m := range named.FindAllStringSubmatch(data, -1) {
		k := index.ReplaceAllString(m[1], "[]")
		top, _, _ := strings.Cut(k, ".")
		if !tops[strings.TrimSuffix(top, "[]")] || keys[k] || mapKey(keys, k) || slices.Contains(notKeys, k) {
			continue
		}
		if !slices.Contains(unknown, m[1]) {
			unknown = append(unknown, m[1])
		}
	}
	if len(unknown) > 0 {
		t.Errorf("README or docs/usage.md names config keys Config does not have: %q", unknown)
	}
}

// mapKey says k is inside a map-valued key (llm.extra_body.x), which takes
// any key.
func mapKey(keys map[string]bool, k string) bool {
	for i := strings.LastIndexByte(k, '.'); i > 0; i = strings.LastIndexByte(k[:i], '.') {
		if keys[k[:i]] && mapped(k[:i]) {
			return true
		}
	}
	return false
}

// mapped says the key at path holds a map.
func mapped(path string) bool {
	t := reflect.TypeFor[Config]()
	for _, part := range strings.Split(path, ".") {
		part = strings.TrimSuffix(part, "[]")
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		found := false
		for i := range t.NumField() {
			if tag, ok := yamlKey(t.Field(i)); ok && tag == part {
				t, found = t.Field(i).Type, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return t.Kind() == reflect.Map
}

// TestReadmeLLMExamplesParse: the llm examples of the README and
// docs/usage.md, done as they say
// (change the lines of the example config's llm: block, add none), give a
// config that loads with the values written — the ```yaml blocks, and
// every extra_body the services table asks for with each of its base_url.
func TestReadmeLLMExamplesParse(t *testing.T) {
	readme := readUserDocs(t)
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	var snippets []string
	for _, block := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(readme, -1) {
		if strings.HasPrefix(block[1], "llm:\n") {
			snippets = append(snippets, strings.TrimPrefix(block[1], "llm:\n"))
		}
	}
	urls := regexp.MustCompile("\\| `(https?://[^`]+)` \\|").FindAllStringSubmatch(readme, -1)
	extras := regexp.MustCompile("`(extra_body: \\{[^`]+\\})`").FindAllStringSubmatch(readme, -1)
	if len(snippets) < 2 || len(urls) < 4 || len(extras) < 3 {
		t.Fatalf("found %d llm blocks, %d base_url and %d extra_body in README and docs/usage.md; the test reads them wrongly", len(snippets), len(urls), len(extras))
	}
	for i, u := range urls {
		snippets = append(snippets, "  enabled: true\n  base_url: "+u[1]+"\n  model: m\n  "+extras[i%len(extras)][1]+"\n")
	}
	for _, s := range snippets {
		text, err := changeLLMLines(string(example), s)
		if err != nil {
			t.Errorf("README llm example %q: %v", s, err)
			continue
		}
		c, err := Parse([]byte(text))
		if err != nil {
			t.Errorf("README llm example %q does not load: %v", s, err)
			continue
		}
		if !c.LLM.Enabled || c.LLM.BaseURL == "" || c.LLM.Model == "" {
			t.Errorf("README llm example %q loads as %+v", s, c.LLM)
		}
		if strings.Contains(s, "extra_body") && len(c.LLM.ExtraBody) == 0 {
			t.Errorf("README llm example %q: extra_body is empty", s)
		}
	}
}

// changeLLMLines changes the lines of the llm: block of example whose keys
// snippet (lines "  key: value") writes, as the README says to do; a key
// the block does not have is an error.
func changeLLMLines(example, snippet string) (string, error) {
	lines := strings.Split(example, "\n")
	start := slices.Index(lines, "llm:")
	if start < 0 {
		return "", os.ErrNotExist
	}
	end := start + 1
	for end < len(lines) && (lines[end] == "" || strings.HasPrefix(lines[end], " ") || strings.HasPrefix(lines[end], "#")) {
		end++
	}
	for _, l := range strings.Split(strings.TrimRight(snippet, "\n"), "\n") {
		key, _, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok {
			continue
		}
		at := slices.IndexFunc(lines[start:end], func(s string) bool { return strings.HasPrefix(s, "  "+key+":") })
		if at < 0 {
			return "", &keyError{key}
		}
		code, _, _ := strings.Cut(l, "   #") // the README's trailing comment
		lines[start+at] = strings.TrimRight(code, " ")
	}
	return strings.Join(lines, "\n"), nil
}

type keyError struct{ key string }

func (e *keyError) Error() string { return "the example's llm: block has no line " + e.key + ":" }
