package handlers

// A scorer's decision said with no claim's number: the claims it may
// mean, numbered for one tap (同意), the claims villagers have yet to
// submit (their confirm-back waits for 「1」), and a bare 「都给8分」 after
// 都同意's list, which is that list's score.

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"gridbot/handlers/words"
	"gridbot/village"
)

// claimsUnfiled are the claim confirm-backs this process's copies hold
// waiting for others than t's sender in t's group, still answerable
// (llm.confirm_ttl), oldest asked first. No round trip: a copy this
// process does not hold is not seen (it only words a reply).
func (p *pointsFlow) claimsUnfiled(t *turn) []words.UnfiledClaim {
	if t.where.Kind != words.InGrid {
		return nil
	}
	type asked struct {
		q   question
		who string
	}
	var waiting []asked
	for key, b := range p.r.store.AskedCopiesUnder(p.r.scope(t), t.m.Chat+"|") {
		person, ok := p.r.otherAsked(t, key)
		if !ok {
			continue
		}
		qs, _ := readQuestions(b)
		for _, q := range qs {
			if q.Kind == words.AskConfirm && q.Claim && (q.At.IsZero() || t.at.Sub(q.At) <= p.r.cfg.LLM.ConfirmTTL.Std()) {
				waiting = append(waiting, asked{q, p.r.shown(person)})
			}
		}
	}
	slices.SortFunc(waiting, func(a, b asked) int { return a.q.At.Compare(b.q.At) })
	out := make([]words.UnfiledClaim, len(waiting))
	for i, w := range waiting {
		out[i] = words.UnfiledClaim{Who: w.who, Text: words.ShortText(w.q.Text)}
	}
	return out
}

// approvePick asks a scorer's bare 「同意」 which of the claims waiting
// (cands, the nearest here first, of total) he approves, numbered: his
// number runs 「同意 #C…」 as typed, with the score he wrote (「同意 8分」);
// those the list leaves out are counted, the first as typed (cutList).
// Claims still unsubmitted in the group and those sent privately are
// named.
func (p *pointsFlow) approvePick(ctx context.Context, t *turn, cmd command, cands []words.ClaimCandidate, total, hidden int, unfiled []words.UnfiledClaim) error {
	score := ""
	if pts, ok, _ := words.LeadingPoints(words.ClaimNote(cmd.args)); ok {
		score = " " + strconv.Itoa(pts)
	}
	opts := make([]words.PickOption, len(cands))
	scored := ""
	for i, c := range cands {
		label := p.r.texts.Render("points.noref.cand", c) + " " + cmp.Or(c.Amount, strconv.Itoa(c.Points)+"分")
		if c.Amount != "" && score == "" {
			// its number asks for the score; written with it, it is one step
			label += "（要给分）"
			if i < words.MaxPicks {
				scored = cmp.Or(scored, c.ID) // one listed
			}
		}
		opts[i] = words.PickOption{Ref: c.ID, Line: cmd.word + " #" + c.ID + score, Label: label}
	}
	pick, rest, err := p.r.askPickOne(t, strings.TrimSpace(cmd.word+score), opts, total, false)
	if err != nil {
		return err
	}
	if rest != nil {
		rest.Unit = "项" // claims (claimsListed)
	}
	data := map[string]any{"Verb": cmd.word, "Pick": pick, "Line": opts[0].Line,
		"Rest": rest, "Hidden": hidden, "Unfiled": unfiled, "Scored": scored}
	if len(cands) == 1 {
		// one claim is asked yes or no, not listed as one to pick from:
		// his 「1」 still approves it, a bare 同意 does not
		c := cands[0]
		sep := ""
		if c.Withheld {
			sep = " " // after "否决项"
		}
		data["Label"] = p.r.texts.Render("points.noref.cand", c) + sep + cmp.Or(c.Amount, strconv.Itoa(c.Points)+"分")
		return p.r.reply(ctx, t, "points.noref.one", data)
	}
	return p.r.reply(ctx, t, "points.noref.pick", data)
}

// eachScored is the score of a scorer's bare 「都给8分」 ("8分"), said or
// quoting the bot (its list); "" for any other message or sender.
func (r *Router) eachScored(t *turn) string {
	if t.quote != nil && t.quote.Name != r.cfg.BotName || !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) {
		return ""
	}
	m := words.BareEachScore.FindStringSubmatch(strings.TrimSpace(t.text))
	if m == nil {
		return ""
	}
	return m[1]
}

// allScored answers a scorer's bare 「都给8分」 (score) while 都同意's list
// waits for him (question.All): each listed claim is approved with that
// score as 「同意 #C1 #C2 都给8分」 typed would (an item whose range has
// no such score is refused with its range), in the one commit that takes
// the question. done is false when no such list waits: the message is
// read as usual.
func (r *Router) allScored(ctx context.Context, t *turn, qs []question, raws [][]byte, score string) (done bool, err error) {
	k := -1
	for j := len(qs) - 1; j >= 0 && k < 0; j-- {
		if q := qs[j]; q.Kind == words.AskCommand && len(q.All) > 0 && (q.At.IsZero() || t.at.Sub(q.At) <= r.cfg.LLM.ConfirmTTL.Std()) {
			k = j // the newest list
		}
	}
	if k < 0 {
		return false, nil
	}
	line := string(words.VApprove) + " #" + strings.Join(qs[k].All, " #") + " " + score
	if len(qs[k].All) > 1 {
		line = string(words.VApprove) + " #" + strings.Join(qs[k].All, " #") + " 都给" + score
	}
	return true, r.answering(ctx, t, raws[k:k+1], nil, func(ctx context.Context) error {
		t.meant = true
		_, err := r.run(ctx, t, line)
		return err
	})
}

// rangeYes answers a scorer's 「是」 to 都同意's list q of claims none of
// which has fixed points: nothing to approve without a score, so he is
// asked for it and the list is asked again, in the reply's commit, for
// the 「都给8分」 after it (allScored).
func (r *Router) rangeYes(ctx context.Context, t *turn, q question) error {
	if err := r.ask(t, question{Kind: words.AskCommand, All: q.All, Msg: t.m.ID}); err != nil {
		return err
	}
	return r.reply(ctx, t, "points.all.score", map[string]any{"All": q.All})
}
