package understand

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gridbot/village"
)

// Reader is anything that reads a message: Rules or a Pipeline.
type Reader interface {
	Read(ctx context.Context, text string) village.Reading
}

// Labelled is one message of the project's own labelled set
// (testdata/messages/*.jsonl), written for evaluation by this project.
type Labelled struct {
	Text      string         `json:"text"`
	Intent    village.Intent `json:"intent"`
	Also      village.Intent `json:"also,omitempty"`
	Type      village.Type   `json:"type,omitempty"`
	Category  string         `json:"category,omitempty"`
	Hazard    village.Hazard `json:"hazard,omitempty"`
	Indicator string         `json:"indicator,omitempty"`
}

// LineError is a labelled set's line that cannot be read or holds a label
// outside the scheme.
type LineError struct {
	Path string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// LoadLabelled reads a JSONL file of labelled messages, strictly: an
// unknown field or a label outside the scheme is an error naming its line.
func LoadLabelled(path string) ([]Labelled, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("labelled set: %w", err)
	}
	var out []Labelled
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var l Labelled
		if err := dec.Decode(&l); err != nil {
			return nil, &LineError{Path: path, Line: n, Err: err}
		}
		if err := l.check(); err != nil {
			return nil, &LineError{Path: path, Line: n, Err: err}
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

func (l Labelled) check() error {
	switch {
	case l.Text == "":
		return errors.New("empty text")
	case !slices.Contains([]village.Intent{village.IntentReport, village.IntentClaim, village.IntentQuery, village.IntentNoise}, l.Intent):
		return fmt.Errorf("intent %q", l.Intent)
	case l.Intent == village.IntentReport && !l.Type.Valid():
		return fmt.Errorf("report without a valid type: %q", l.Type)
	case l.Category != "" && !slices.Contains(village.Categories, l.Category):
		return fmt.Errorf("category %q", l.Category)
	case l.Hazard != "" && !slices.Contains(village.Hazards, l.Hazard):
		return fmt.Errorf("hazard %q", l.Hazard)
	}
	return nil
}

func (l Labelled) claims() bool {
	return l.Intent == village.IntentClaim || l.Also == village.IntentClaim
}

// EvalOptions say how the bot acts on a reading.
type EvalOptions struct {
	Thresholds village.Thresholds
	// MaxRunes mirrors the router: of longer free text, only the head is
	// read (village.Head) and acted on as village.Reading.LongHandling
	// says. Default village.DefaultMaxRunes.
	MaxRunes int
}

// read reads text as the router does free text from a villager in a grid
// group who does not address the bot: its head only when it is long (see
// village.Head), and decides what the bot would do with it.
func (o EvalOptions) read(ctx context.Context, r Reader, text string) (got village.Reading, act village.Handling, long bool) {
	head, long := village.Head(text, o.MaxRunes)
	got = r.Read(ctx, head)
	if long {
		return got, got.LongHandling(false, false, o.Thresholds), true
	}
	return got, got.Handling(false, o.Thresholds), false
}

// SetMetrics are the scores over the project's labelled set. Rates are
// fractions in [0, 1]; -1 means no message of that kind.
type SetMetrics struct {
	N         int `json:"n"`
	Emergency int `json:"emergency_n"`
	Reports   int `json:"report_n"`
	Noise     int `json:"noise_n"`
	ClaimsN   int `json:"claim_n"`
	Queries   int `json:"query_n"`
	// EmergencyRecall: labelled emergencies read as emergencies.
	EmergencyRecall float64 `json:"emergency_recall"`
	// EmergencyFalseAlarms: non-emergencies read as emergencies, over all non-emergencies.
	EmergencyFalseAlarms float64 `json:"emergency_false_alarm_rate"`
	// ReportTypeAccuracy: labelled reports (all four types) read as reports of the right type.
	ReportTypeAccuracy float64 `json:"report_type_accuracy"`
	// ReportCategoryAccuracy: labelled reports read with the right category.
	ReportCategoryAccuracy float64 `json:"report_category_accuracy"`
	// ReportsActedOn: labelled reports the bot would register or confirm back, unaddressed.
	ReportsActedOn float64 `json:"reports_acted_on"`
	// HazardAccuracy: labelled emergencies with a hazard read with that hazard.
	HazardAccuracy float64 `json:"hazard_accuracy"`
	// NoiseActedOn: labelled noise the bot would register or confirm back, unaddressed.
	NoiseActedOn float64 `json:"noise_acted_on"`
	// QueriesActedOn: labelled queries the bot would register or confirm back, unaddressed.
	QueriesActedOn float64 `json:"queries_acted_on"`
	// ClaimsRecognised: labelled claims (main or second intent) read as
	// claims that the bot would offer to file.
	ClaimsRecognised float64 `json:"claims_recognised"`
	// IndicatorAccuracy: labelled claims read with the labelled indicator.
	IndicatorAccuracy float64 `json:"indicator_accuracy"`
	// IntentAccuracy: main intent right, over all messages.
	IntentAccuracy float64 `json:"intent_accuracy"`
	// LLMShare: readings that came from the LLM.
	LLMShare float64 `json:"llm_share"`
}

// Miss is one message read wrongly, for looking at the development split.
type Miss struct {
	Text string          `json:"text"`
	Want Labelled        `json:"want"`
	Got  village.Reading `json:"got"`
	What string          `json:"what"`
}

// ScoreSet reads every message with r and scores the readings; misses
// lists the messages read wrongly.
func ScoreSet(ctx context.Context, r Reader, set []Labelled, o EvalOptions) (SetMetrics, []Miss) {
	var misses []Miss
	var emerg, falseAlarm, typ, cat, acted, haz, noise, query, claim, ind, intent, llm tally
	for _, l := range set {
		got, act, _ := o.read(ctx, r, l.Text)
		miss := func(what string) { misses = append(misses, Miss{Text: l.Text, Want: l, Got: got, What: what}) }
		// want counts a message that should hold hit, unwanted one that
		// should not; each tells a message that does not do as it should.
		want := func(t *tally, hit bool, what string) {
			if !t.add(hit) {
				miss(what)
			}
		}
		unwanted := func(t *tally, hit bool, what string) {
			if t.add(hit) {
				miss(what)
			}
		}
		llm.add(got.Source == SourceLLM)
		want(&intent, got.Intent == l.Intent, "intent")
		if l.Type == village.Emergency {
			want(&emerg, got.Type == village.Emergency, "emergency missed")
			if l.Hazard != "" && !haz.add(got.Hazard == l.Hazard) && got.Type == village.Emergency {
				miss("hazard")
			}
		} else {
			unwanted(&falseAlarm, got.Type == village.Emergency, "false alarm")
		}
		switch l.Intent {
		case village.IntentReport:
			want(&typ, got.Intent == village.IntentReport && got.Type == l.Type, "type")
			want(&cat, l.Category == "" || got.Category == l.Category, "category")
			want(&acted, act != village.HandleIgnore, "report ignored")
		case village.IntentNoise:
			unwanted(&noise, act != village.HandleIgnore, "noise acted on")
		case village.IntentQuery:
			unwanted(&query, act != village.HandleIgnore, "query acted on")
		}
		if l.claims() {
			want(&claim, got.Claims() && act != village.HandleIgnore, "claim missed")
			if l.Indicator != "" && !ind.add(got.Indicator == l.Indicator) && got.Claims() {
				miss("indicator")
			}
		}
	}
	return SetMetrics{
		N: intent.n, Emergency: emerg.n, Reports: typ.n, Noise: noise.n, ClaimsN: claim.n, Queries: query.n,
		EmergencyRecall:        emerg.rate(),
		EmergencyFalseAlarms:   falseAlarm.rate(),
		ReportTypeAccuracy:     typ.rate(),
		ReportCategoryAccuracy: cat.rate(),
		ReportsActedOn:         acted.rate(),
		HazardAccuracy:         haz.rate(),
		NoiseActedOn:           noise.rate(),
		QueriesActedOn:         query.rate(),
		ClaimsRecognised:       claim.rate(),
		IndicatorAccuracy:      ind.rate(),
		IntentAccuracy:         intent.rate(),
		LLMShare:               llm.rate(),
	}, misses
}

// tally counts the messages something was asked of (n) and those it held
// for (hit).
type tally struct{ n, hit int }

// add counts one message, hit when it held; it returns hit.
func (t *tally) add(hit bool) bool {
	t.n++
	if hit {
		t.hit++
	}
	return hit
}

// rate is the share of hits (see rate).
func (t tally) rate() float64 { return rate(t.hit, t.n) }

func rate(hit, n int) float64 {
	if n == 0 {
		return -1
	}
	return math.Round(float64(hit)/float64(n)*10000) / 10000
}

// SharedMetrics are the scores over the third-party sets in
// ../shared/data (see its README): read there, never copied, never tuned on.
type SharedMetrics struct {
	// Files maps each file read to the first 12 hex digits of its SHA-256,
	// so that numbers can be tied to the data they came from.
	Files map[string]string `json:"files"`
	// SMP2017 (chatbot utterances, all noise).
	SMPN       int     `json:"smp2017_n"`
	SMPActedOn float64 `json:"smp2017_acted_on"`
	// Noise vs not noise over combined_coarse_eval.csv: precision and
	// recall of leaving a message alone.
	IgnorePrecision float64 `json:"noise_ignore_precision"`
	IgnoreRecall    float64 `json:"noise_ignore_recall"`
	// CEC emergency news.
	CECN               int     `json:"cec_n"`
	CECEmergencyRecall float64 `json:"cec_emergency_recall"`
	// Citizen appeals (泰迪杯, labelled and unlabelled).
	CitizenN                int     `json:"citizen_n"`
	CitizenIgnored          float64 `json:"citizen_wrongly_ignored"`
	CitizenFlaggedEmergency float64 `json:"citizen_flagged_emergency"`
	// CitizenTooLong: the share of appeals longer than the bot reads
	// whole (EvalOptions.MaxRunes): only their head is read, and a report
	// in it is asked back, never registered unasked (see
	// village.Reading.LongHandling).
	CitizenTooLong float64 `json:"citizen_too_long"`
	// 泰迪杯 labelled messages: category in the candidate set, on the
	// title (chat length) and on the whole text; exact match on the two
	// unambiguous classes (交通运输→道路交通, 环境保护→环境卫生), on titles.
	TaidiN              int     `json:"taidi_n"`
	TaidiTitleHit       float64 `json:"taidi_title_category_hit"`
	TaidiTextHit        float64 `json:"taidi_text_category_hit"`
	TaidiUnambiguousHit float64 `json:"taidi_title_unambiguous_hit"`
}

// ErrNoSharedData means the shared data folder is absent.
var ErrNoSharedData = errors.New("shared evaluation data not found")

// ScoreShared scores r on the third-party sets under dir. It returns
// ErrNoSharedData when dir does not hold them. Only aggregate numbers
// come out: the rows are not for reading while writing rules.
func ScoreShared(ctx context.Context, r Reader, dir string, o EvalOptions) (SharedMetrics, error) {
	m := SharedMetrics{Files: map[string]string{}}
	fsys := os.DirFS(dir)
	const combined, taidi = "combined_coarse_eval.csv", "taidi2020c/labeled_messages.csv"
	if _, err := fs.Stat(fsys, combined); err != nil {
		return m, fmt.Errorf("%w: %s", ErrNoSharedData, filepath.Join(dir, combined))
	}
	rows, err := readCSV(fsys, combined, m.Files)
	if err != nil {
		return m, err
	}
	var ignored, ignoredNoise, noise, smpActed, cecHit, cit, citIgnored, citEmerg, citLong int
	for _, row := range rows {
		text, label, source := row["text"], row["label"], row["source"]
		got, act, long := o.read(ctx, r, text)
		ign := act == village.HandleIgnore
		if ign {
			ignored++
		}
		switch label {
		case "noise":
			noise++
			if ign {
				ignoredNoise++
			}
			if strings.Contains(source, "smp") || source == "" {
				m.SMPN++
				if !ign {
					smpActed++
				}
			}
		case "emergency":
			m.CECN++
			if got.Type == village.Emergency {
				cecHit++
			}
		case "citizen_appeal":
			cit++
			if ign {
				citIgnored++
			}
			if got.Type == village.Emergency {
				citEmerg++
			}
			if long {
				citLong++
			}
		}
	}
	m.SMPActedOn = rate(smpActed, m.SMPN)
	m.IgnorePrecision = rate(ignoredNoise, ignored)
	m.IgnoreRecall = rate(ignoredNoise, noise)
	m.CECEmergencyRecall = rate(cecHit, m.CECN)
	m.CitizenN = cit
	m.CitizenIgnored = rate(citIgnored, cit)
	m.CitizenFlaggedEmergency = rate(citEmerg, cit)
	m.CitizenTooLong = rate(citLong, cit)

	trows, err := readCSV(fsys, taidi, m.Files)
	if err != nil {
		return m, err
	}
	var titleHit, textHit, unamb, unambHit int
	for _, row := range trows {
		cands := strings.Split(row["our_category_candidates"], "|")
		m.TaidiN++
		title := r.Read(ctx, row["title"])
		if slices.Contains(cands, title.Category) {
			titleHit++
		}
		if slices.Contains(cands, r.Read(ctx, row["text"]).Category) {
			textHit++
		}
		want := map[string]string{"交通运输": "道路交通", "环境保护": "环境卫生"}[row["label"]]
		if want != "" {
			unamb++
			if title.Category == want {
				unambHit++
			}
		}
	}
	m.TaidiTitleHit = rate(titleHit, m.TaidiN)
	m.TaidiTextHit = rate(textHit, m.TaidiN)
	m.TaidiUnambiguousHit = rate(unambHit, unamb)
	return m, nil
}

// readCSV reads a CSV file with a header row into maps keyed by column
// name, and records the file's checksum.
func readCSV(fsys fs.FS, name string, sums map[string]string) ([]map[string]string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("shared data: %w", err)
	}
	sum := sha256.Sum256(b)
	sums[name] = hex.EncodeToString(sum[:6])
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("shared data %s: %w", name, err)
	}
	var out []map[string]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("shared data %s: %w", name, err)
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(rec) {
				row[strings.TrimPrefix(h, "\ufeff")] = rec[i]
			}
		}
		out = append(out, row)
	}
	return out, nil
}
