package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path/filepath"

	"gridbot/app"
	"gridbot/understand"
	"gridbot/village"
)

// evalResult is the one JSON line `gridbot eval` prints.
type evalResult struct {
	Reader     string `json:"reader"` // "rules" or "rules+llm:<model>"
	Indicators int    `json:"catalogue_indicators"`
	// OwnTest is the held-back part of the project's labelled set, OwnDev
	// the part the rules were developed on.
	OwnTest understand.SetMetrics `json:"own_test"`
	OwnDev  understand.SetMetrics `json:"own_dev"`
	// Shared are the third-party sets; SharedSkipped says why not.
	Shared        *understand.SharedMetrics `json:"shared,omitempty"`
	SharedSkipped string                    `json:"shared_skipped,omitempty"`
	// DoneWhen checks issue 4's thresholds (shared ones only when scored).
	DoneWhen map[string]bool   `json:"done_when"`
	LLM      *understand.Stats `json:"llm,omitempty"`
}

func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("eval", "eval [-config FILE] [-set DIR] [-data DIR] [-llm] [-misses]", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）：阈值和积分指标库")
	set := fl.String("set", "testdata/messages", "本项目标注好的评测集所在的文件夹（dev.jsonl、test.jsonl）")
	data := fl.String("data", filepath.Join("..", "shared", "data"), "第三方评测集所在的文件夹；不存在就跳过，写 \"\" 也跳过")
	useLLM := fl.Bool("llm", false, "用配置里打开的大模型读（不加就只用规则）；要花 token")
	misses := fl.Bool("misses", false, "把开发集里读错的消息打印到 stderr（留出的测试集和共享评测集的不打印）")
	cfg, _, err := parseConfigFlags(fl, args, cfgPath)
	if err != nil {
		return err
	}
	if *useLLM && !cfg.LLM.Enabled {
		return errors.New("eval: 加了 -llm，可是配置里的大模型没有打开：请用 -config 写上打开了大模型（llm.enabled: true）的配置，或者去掉 -llm 只评测规则")
	}
	cfg.LLM.Enabled = *useLLM
	reader := app.NewReader(cfg, nil, log)
	res := evalResult{Reader: "rules", Indicators: len(cfg.Points.Indicators()), DoneWhen: map[string]bool{}}
	if *useLLM {
		res.Reader = "rules+llm:" + cfg.LLM.Model
	}
	o := understand.EvalOptions{Thresholds: village.Thresholds{Confirm: cfg.LLM.ConfirmAbove, Register: cfg.LLM.RegisterAbove}}

	dev, err := understand.LoadLabelled(filepath.Join(*set, "dev.jsonl"))
	if err != nil {
		return labelledProblem(err, *set)
	}
	test, err := understand.LoadLabelled(filepath.Join(*set, "test.jsonl"))
	if err != nil {
		return labelledProblem(err, *set)
	}
	var devMisses []understand.Miss
	res.OwnDev, devMisses = understand.ScoreSet(ctx, reader, dev, o)
	res.OwnTest, _ = understand.ScoreSet(ctx, reader, test, o)
	t := res.OwnTest
	res.DoneWhen["own_emergency_recall>=0.97"] = t.EmergencyRecall >= 0.97
	res.DoneWhen["own_report_type_accuracy>=0.90"] = t.ReportTypeAccuracy >= 0.90
	res.DoneWhen["own_noise_acted_on<=0.05"] = t.NoiseActedOn <= 0.05
	res.DoneWhen["own_claims_recognised>=0.85"] = t.ClaimsRecognised >= 0.85

	if *data == "" {
		res.SharedSkipped = "-data is empty"
	} else {
		sh, err := understand.ScoreShared(ctx, reader, *data, o)
		switch {
		case errors.Is(err, understand.ErrNoSharedData):
			res.SharedSkipped = err.Error()
		case err != nil:
			return fmt.Errorf("eval: 第三方评测集（-data %s）读不了：请检查这个文件夹里的文件，或者写 -data \"\" 跳过它（%w）", *data, err)
		default:
			res.Shared = &sh
			res.DoneWhen["cec_emergency_recall>=0.80"] = sh.CECEmergencyRecall >= 0.80
			res.DoneWhen["citizen_wrongly_ignored<=0.10"] = sh.CitizenIgnored <= 0.10
			res.DoneWhen["smp2017_acted_on<=0.05"] = sh.SMPActedOn <= 0.05
		}
	}
	if *useLLM {
		st := reader.Stats()
		res.LLM = &st
	}
	if *misses {
		enc := json.NewEncoder(stderr)
		enc.SetEscapeHTML(false)
		for _, m := range devMisses {
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}

// labelledProblem says in Chinese what is wrong with the labelled set in
// the folder set (-set): missing, or which line of which file.
func labelledProblem(err error, set string) error {
	var line *understand.LineError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("eval: 文件夹 %s 里没有评测集（dev.jsonl 和 test.jsonl）：-set 写的是本项目标注好的评测集所在的文件夹，"+
			"不写就是 testdata/messages，要在源码文件夹（有 go.mod 的那个）里运行（%w）", set, err)
	case errors.As(err, &line):
		return fmt.Errorf("eval: 评测集 %s 第 %d 行写得不对：请对照别的行改好（字段名和标签要用评测集里已有的）（%w）", line.Path, line.Line, err)
	}
	return fmt.Errorf("eval: 评测集 %s 读不了：请检查它是不是文件、当前用户能不能读（%w）", set, err)
}
