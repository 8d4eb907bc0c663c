package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"gridbot/app"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// classified is one output line of `gridbot classify`: the first six fields
// in this order, then what else the reader found.
type classified struct {
	Intent     village.Intent  `json:"intent"`
	Type       village.Type    `json:"type"`
	Category   string          `json:"category"`
	Indicator  string          `json:"indicator"`
	Confidence float64         `json:"confidence"`
	Source     string          `json:"source"`
	Hazard     village.Hazard  `json:"hazard,omitempty"`
	Also       village.Intent  `json:"also,omitempty"`
	Summary    string          `json:"summary,omitempty"`
	ID         json.RawMessage `json:"id,omitempty"`
	Error      string          `json:"error,omitempty"`
}

// classifyIn is one input line; other fields (labels…) are ignored.
type classifyIn struct {
	Text *string         `json:"text"`
	ID   json.RawMessage `json:"id"`
}

func cmdClassify(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("classify", "classify [-config FILE] [-rules] [-workers N] < in.jsonl > out.jsonl", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）；它的 llm 一节决定用不用大模型")
	rulesOnly := fl.Bool("rules", false, "只用规则，配置里打开了大模型也不用")
	workers := fl.Int("workers", 4, "用大模型时同时读几条（输出仍按输入的顺序）")
	cfg, _, err := parseConfigFlags(fl, args, cfgPath)
	if err != nil {
		return err
	}
	if *rulesOnly {
		cfg.LLM.Enabled = false
	}
	var cache understand.Cache
	if cfg.LLM.Enabled && cfg.Redis.URL != "" {
		st, err := storage.New(storage.Options{URL: cfg.Redis.URL, Password: cfg.RedisPassword(), Prefix: cfg.Redis.Prefix})
		if err != nil {
			return err
		}
		defer st.Close()
		cache = st
	}
	pipeline := app.NewReader(cfg, cache, log)
	var reader understand.Reader = pipeline
	if cfg.LLM.Enabled {
		reader = &llmWatch{Pipeline: pipeline, cfg: cfg, term: stderr}
	}
	n := *workers
	if !cfg.LLM.Enabled || n < 1 {
		n = 1 // the rules are faster alone than with goroutines
	}

	interactive := isTerminal(stdin)
	if interactive {
		// typed at the keyboard: say what to type, and answer each line
		// at once (a pipe is read in batches)
		fmt.Fprintln(stderr, classifyPrompt)
	}
	start := time.Now()
	lines, bad, firstBad, err := classifyStream(ctx, reader, stdin, stdout, n, interactive)
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	attrs := []any{"messages", lines, "seconds", math.Round(secs*1000) / 1000, "llm", cfg.LLM.Enabled}
	if secs > 0 {
		attrs = append(attrs, "msgs_per_s", math.Round(float64(lines)/secs))
	}
	if cfg.LLM.Enabled {
		st := pipeline.Stats()
		attrs = append(attrs, "llm_calls", st.Calls, "llm_failures", st.Failures, "cache_hits", st.CacheHits,
			"prompt_tokens", st.PromptTokens, "completion_tokens", st.CompletionTokens)
	}
	log.Info("classified", attrs...)
	if bad > 0 {
		return fmt.Errorf("classify: %d 行（共 %d 行，第一处是第 %d 行）不是 %s，这些行的输出里 error 写了原因", bad, lines, firstBad, classifyExample)
	}
	return nil
}

// llmWatch reads as its Pipeline does and, the first time the model
// fails to answer, tells the operator why in Chinese and that the rules
// read meanwhile (the log says it in English only, a line per message):
// someone trying a model with classify sees at once that the address or
// the key is wrong, not output that quietly says source "rules".
type llmWatch struct {
	*understand.Pipeline
	cfg  *config.Config
	term io.Writer
	once sync.Once
}

func (w *llmWatch) Read(ctx context.Context, text string) village.Reading {
	rd := w.Pipeline.Read(ctx, text)
	if w.Stats().Failures > 0 {
		w.once.Do(func() {
			// Asked again for the reason: Read falls back without one.
			if err := w.Probe(ctx); err != nil {
				tellLLMDown(w.term, w.cfg, err)
			} else {
				fmt.Fprint(w.term, stepLLMOnce)
			}
			fmt.Fprint(w.term, stepLLMRules)
		})
	}
	return rd
}

// stepLLMOnce is classify's when the model failed a message but answers
// when asked again.
const stepLLMOnce = "注意：大模型有一条消息没有正常回答（原因在日志 llm reading failed 那一行），再问一次又能答了。\n"

// stepLLMRules says which output lines the rules read.
const stepLLMRules = "大模型没答上来的消息由规则理解，输出里是 \"source\":\"rules\"。\n"

// classifyExample is how an input line is written.
const classifyExample = `{"text": "村口路灯坏了"}`

// classifyPrompt is what classify says when its input is the keyboard.
const classifyPrompt = "每行写一句群里的话（如 村口路灯坏了，或 " + classifyExample + "），回车就显示机器人怎么理解；写完按 Ctrl+D 结束。"

// isTerminal says whether r (a reader or a writer) is a terminal:
// someone typing or reading, not a file, a pipe or the journal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// classifyStream writes one result line to w for each line of r, read
// n at a time. Typed (interactive), each line is answered as soon as it
// is read, and a line that is not JSON is the text itself; from a file,
// lines are read in batches and must be {"text": …}. It returns how many
// lines there were, how many were bad and the first bad one.
func classifyStream(ctx context.Context, reader understand.Reader, r io.Reader, w io.Writer, n int, interactive bool) (lines, bad, firstBad int, err error) {
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(w)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	size := 64 * n
	if interactive {
		size = 1
	}
	batch := make([]string, 0, size)
	flush := func() error {
		res := classifyBatch(ctx, reader, batch, n, interactive)
		for i, c := range res {
			if c.Error != "" {
				if bad++; bad == 1 {
					firstBad = lines - len(res) + i + 1
				}
			}
			if err := enc.Encode(c); err != nil {
				return fmt.Errorf("classify: %w", err)
			}
		}
		batch = batch[:0]
		if interactive {
			return out.Flush()
		}
		return nil
	}
	for in.Scan() {
		lines++
		batch = append(batch, in.Text())
		if len(batch) == cap(batch) {
			if err := flush(); err != nil {
				return lines, bad, firstBad, err
			}
		}
	}
	if err := in.Err(); err != nil {
		return lines, bad, firstBad, fmt.Errorf("classify: reading input line %d: %w", lines+1, err)
	}
	return lines, bad, firstBad, flush()
}

// classifyBatch reads lines with n workers and returns the results in
// order. A line that is not JSON is an error, or, plain, the text itself.
func classifyBatch(ctx context.Context, r understand.Reader, lines []string, n int, plain bool) []classified {
	out := make([]classified, len(lines))
	one := func(i int) {
		var in classifyIn
		if plain && !strings.HasPrefix(strings.TrimSpace(lines[i]), "{") {
			text := lines[i]
			in.Text = &text
		} else if err := json.Unmarshal([]byte(lines[i]), &in); err != nil || in.Text == nil {
			msg := "这一行没有 text：请写成 " + classifyExample
			if err != nil {
				msg = "这一行不是 JSON：请写成 " + classifyExample + "（引号用英文的）"
			}
			out[i] = classified{Error: msg, Source: "none"}
			return
		}
		rd := r.Read(ctx, *in.Text)
		out[i] = classified{Intent: rd.Intent, Type: rd.Type, Category: rd.Category, Indicator: rd.Indicator,
			Confidence: math.Round(rd.Confidence*100) / 100, Source: rd.Source, Hazard: rd.Hazard, Also: rd.Also,
			Summary: rd.Summary, ID: in.ID}
	}
	if n <= 1 {
		for i := range lines {
			one(i)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range n {
		wg.Go(func() {
			for i := range next {
				one(i)
			}
		})
	}
	for i := range lines {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
