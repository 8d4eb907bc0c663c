package handlers

// A grid cadre's plain-words answer to a villager's procedure question
// the bot could not answer alone ("要带原件，复印件也带一份" right after
// "那要带户口本原件吗"): recorded as 答复 would record it.

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// procedureAnswer reads a grid cadre's words in the group, that name no
// item, as his answer to a procedure question waiting for one there
// (village.Report.AwaitsAnswer): quoting the bot's message about it, or
// its villager's message, or said quoting nothing soon after the villager
// asked (answerWindow) in words that answer (answerLeads) or share words
// with the question's procedure. Of the group's items only one may wait
// so, or, of several, the one his words fit best (answered). It is the
// item's 答复, decided on the read of the group's open
// reports (one round trip). done is false for anything else: a question,
// a bare acknowledgement, an emergency, or no item, or several, waiting,
// or none known while the store is down.
func (r *Router) procedureAnswer(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) || len(village.FindRefs(t.text)) > 0 ||
		utf8.RuneCountInString(t.text) > 120 || strings.ContainsAny(t.text, "?？吗") || understand.IsQuestion(t.text) || words.ContainsAnyOf(t.text, "有啥", "啥事", "哪些") || words.IsAck(t.text) || words.IsAssent(t.text) {
		return false, nil
	}
	if _, forHer := words.AskedFor(t.text, r.nameIn(t.where.Village)); (forHer || words.ContainsAnyOf(t.text, words.ProcedureAsks...)) && r.procedure(t.said()) != nil {
		// "帮王奶奶问一下高龄补贴要带啥": asked for an elder (appr99)
		// "残疾证去哪办" from a worker for his own household: a procedure
		// asked, answered as anyone's, not his answer to the question
		// waiting (appr97)
		return false, nil
	}
	if _, asks := understand.RulesAsked(t.said()); asks {
		// "参加义务劳动算不算积分": a question of the points' rules
		return false, nil
	}
	var quoted *village.Ref
	var quotedWho village.Person
	if q := t.quote; q != nil {
		refs := words.ReportRefs(village.FindRefs(q.Text))
		switch {
		case q.Name == r.cfg.BotName && len(refs) == 1:
			quoted = &refs[0]
		case q.Name == r.cfg.BotName || len(refs) > 0:
			return false, nil
		default:
			quotedWho, _ = r.identify(t.where, q.Name)
		}
	}
	fits := func(rep village.Report) bool {
		if !rep.AwaitsAnswer() || rep.Chat != t.m.Chat || rep.RecordedBy(t.who) || rep.ReportedBy(t.who) {
			// the worker who passed on 王奶奶's question ("她自己不会弄
			// 手机") tells more of it, he does not answer it (appr101)
			return false
		}
		if may, _, _ := r.mayNow(t, words.VAnswer, rep); !may {
			return false
		}
		switch {
		case quoted != nil:
			return rep.ID == quoted.String()
		case t.quote != nil:
			return rep.ReportedBy(quotedWho) || rep.RecordedBy(quotedWho)
		}
		if named := r.procedure(t.said()); named != nil && named != r.procedure(t.hear(rep.Text)) {
			// "取暖补贴今年啥时候发" from a worker while 张三's 医保
			// question waits: another procedure named, his own question,
			// not the answer to that one (appr100)
			return false
		}
		asked := rep.CreatedAt
		if rep.AskedAgainAt.After(asked) {
			asked = rep.AskedAgainAt
		}
		return t.at.Sub(asked) <= words.AnswerWindow && (words.StartsWithAny(t.text, words.AnswerLeads...) || r.procedureFit(t, t.text, rep) > 0)
	}
	if r.read(ctx, t, t.text).Type == village.Emergency {
		return false, nil // an alarm, however it opens ("要出人命了"), is raised
	}
	for attempt := 0; ; attempt++ {
		open, read, err := r.groupOpen(ctx, t)
		if err != nil {
			// what the store cannot tell is no answer: the message goes
			// on as it would have (an alarm is still raised)
			return false, nil
		}
		waiting := r.answered(t, words.Newest(open, words.MaxCandidates, fits))
		if len(waiting) != 1 {
			return false, nil
		}
		if done, err := r.runChosen(ctx, t, attempt, &waiting[0], read, "答复 #"+waiting[0].ID+" "+t.text); done {
			return true, err
		}
	}
}

// answered narrows the items waiting for an answer that a cadre's words
// may answer to the one they fit best (procedureFit: "要去县残联指定的医院，
// 行动不便可以申请上门评定" is 残疾证's, not the 丧葬补助 amount asked
// before it), when one fits strictly better than every other; with none
// such, all are kept and nothing is guessed. One item is kept as it is.
func (r *Router) answered(t *turn, waiting []village.Report) []village.Report {
	if len(waiting) < 2 {
		return waiting
	}
	if news := slices.DeleteFunc(slices.Clone(waiting), func(rep village.Report) bool { return !r.newsAnswered(t, rep) }); len(news) == 1 {
		// "今年照常发 月底前打到一卡通" while 张三's 「今年有没有取暖补贴」
		// and 王乐's 危房改造 wait: whether it is paid this year is what
		// the first asked, though the other's guide shares 打到一卡通 (appr108)
		return news
	}
	best, bestFit, second := -1, 0, 0
	for i, rep := range waiting {
		switch fit := r.procedureFit(t, t.text, rep); {
		case fit > bestFit:
			best, bestFit, second = i, fit, bestFit
		case fit > second:
			second = fit
		}
	}
	if best < 0 || bestFit == second {
		return waiting
	}
	return waiting[best : best+1]
}

// newsAnswered reports whether t's words tell whether rep's procedure is
// paid this year (words.PayoutTold: 照常发, 取消了, 打到一卡通…) and rep asks
// just that (newsUntold: "今年有没有取暖补贴", which no guide answers).
func (r *Router) newsAnswered(t *turn, rep village.Report) bool {
	p := r.procedure(t.hear(rep.Text))
	return p != nil && newsUntold(rep.Text, p) && words.PayoutTold(t.text)
}
