package handlers

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// payWhereSteps are the steps of p's guide that tell where or how its fee
// is paid (words.PayChannelSays: 微信, 支付宝, 银行, 村代收点…) when
// question asks where to pay (words.PayWhereAsked: "医保在哪交都行吗"):
// the 去哪办 line says where one registers, and a daughter working away
// pays on her phone (appr103). nil when it asks no such thing or no step
// tells it.
func payWhereSteps(question string, p *config.Procedure) []string {
	if p == nil || !words.PayWhereAsked(question) {
		return nil
	}
	return stepsSaying(p, words.PayChannelSays)
}

// stepsWhere are the steps of p's guide that keep holds for, in their
// order (a fresh slice).
func stepsWhere(p *config.Procedure, keep func(step string) bool) []string {
	return slices.DeleteFunc(slices.Clone(p.Steps), func(s string) bool { return !keep(s) })
}

// stepsSaying are the steps of p's guide that hold any of says.
func stepsSaying(p *config.Procedure, says []string) []string {
	return stepsWhere(p, func(s string) bool { return words.ContainsAnyOf(s, says...) })
}

// awayLines are parts, the parts of p's guide asked (its 时限), with the
// lines that serve one away who cannot do it from afar (no step says
// 微信, 手机…): the steps that speak of someone away (words.AwaySays:
// 低保年审's 「有人外出打工…随时主动告诉村里」) and the lines that say
// who may do it for him (words.ForHimWords: 「村委会可代办」), in the
// guide's order. "低保年审啥时候截止 俺在外地打工" asks by when, and by whom
// while he is away, not the whole guide (appr108).
func awayLines(p *config.Procedure, parts []string) (steps, all []string) {
	steps = stepsSaying(p, slices.Concat(words.AwaySays, words.ForHimWords))
	_, forHim := linesSaying(p, words.ForHimWords)
	all = slices.Clone(parts)
	for _, part := range forHim {
		if !slices.Contains(all, part) {
			all = append(all, part)
		}
	}
	slices.SortStableFunc(all, func(a, b string) int { return words.GuidePartOrder(a) - words.GuidePartOrder(b) })
	return steps, all
}

// eligibleLines are the lines of p's guide that say who gets it or may
// apply (words.EligibleLine): the steps, and the parts (materials, note)
// with such a line, in the guide's order. "那俺家能领不" after 取暖补贴's
// 时限 hears who it is paid to and what one not listed does, and the
// handlers are asked about his household (appr103).
func eligibleLines(p *config.Procedure) (steps, parts []string) {
	for _, s := range p.Steps {
		if words.EligibleLine(s) {
			steps = append(steps, s)
		}
	}
	if words.EligibleLine(p.Note) {
		parts = append(parts, "note")
	}
	return steps, parts
}

// hoursUntold reports whether text asks the days or hours the office of
// proc works ("结婚登记民政局过年放假不", "周六能办不": words.OfficeDaysAsked)
// and no line of its guide tells them: the leader is to say it, as a
// phone the guide lacks (appr103).
func hoursUntold(text string, proc *config.Procedure) bool {
	if !words.OfficeDaysAsked(text) {
		return false
	}
	return !slices.ContainsFunc(slices.Concat(proc.Steps, proc.Materials, []string{proc.Where, proc.TimeLimit, proc.Note}), func(l string) bool {
		return words.ContainsAnyOf(l, words.OfficeDaysSays...)
	})
}

// paperInPassing reports whether said asks, in few words, which paper is
// to be got ("要开个啥证明不") naming no entry of the guide: just after
// his procedure question it is a further question of that item (返乡人员
// 登记's step names 务工证明; 低保's papers are its own), as namedInPassing's
// 「要回来开证明不」; with none, the guide's 村里开证明 answers it
// (procedureBy; appr103).
func (r *Router) paperInPassing(said understand.Said) bool {
	if utf8.RuneCountInString(said.Raw) > words.FewWords || !understand.PaperAsked(said.Raw) {
		return false
	}
	best, _ := r.procedureSaid(said)
	return best == nil
}

// officeDaysAsked reports whether said asks the days of the office of a
// procedure it names by its keyword ("结婚登记民政局过年放假不"), which the
// reader may take for a mere question (a school's 放假 is one).
func (r *Router) officeDaysAsked(said understand.Said) bool {
	if !words.OfficeDaysAsked(said.Raw) {
		return false
	}
	p, _ := r.procedureSaid(said)
	return p != nil
}

// payoutNewsAsked reports whether said asks whether a procedure it names
// by its keyword is paid out this year at all ("取暖补贴今年还发不发",
// "今年有没有取暖补贴"), which the reader takes for news to ask about.
func (r *Router) payoutNewsAsked(said understand.Said) bool {
	if !words.PayoutNewsAsked(said.Raw) {
		return false
	}
	p, _ := r.procedureSaid(said)
	return p != nil
}

// newsUntold reports whether text asks whether proc is paid out this
// year (words.PayoutNewsAsked): the county's notice of the year says,
// which no guide writes; the leader is asked, and the lines that say when
// and to whom it is paid are told meanwhile (newsLines; appr105).
func newsUntold(text string, proc *config.Procedure) bool {
	return words.PayoutNewsAsked(text) && !words.ContainsAnyOf(text, words.HowAsks...) && !words.StatusEnded(text)
}

// newsLines are the lines of p's guide told to one who asks whether it is
// paid this year (newsUntold): who gets it and what one not listed does
// (eligibleLines), its 时限 and 去哪办, in the guide's order.
func newsLines(p *config.Procedure) (steps, parts []string) {
	steps, parts = eligibleLines(p)
	for part, line := range map[string]string{"where": p.Where, "time": p.TimeLimit} {
		if line != "" && !slices.Contains(parts, part) {
			parts = append(parts, part)
		}
	}
	slices.SortStableFunc(parts, func(a, b string) int { return words.GuidePartOrder(a) - words.GuidePartOrder(b) })
	return steps, parts
}

// mayGetUntold reports whether text, a first question of proc, asks
// whether he or his household may get it ("取暖补贴俺家能领不":
// words.MayGetAsked) and the guide says who gets it (eligibleLines):
// those lines answer what it is paid by, and whether he is on its list
// the leader says (appr103). A guide with no such line tells its whole
// procedure, as before.
func mayGetUntold(text string, proc *config.Procedure) bool {
	if !words.MayGetAsked(text) || words.ContainsAnyOf(text, words.HowAsks...) {
		return false
	}
	steps, parts := eligibleLines(proc)
	return len(steps)+len(parts) > 0 && !groupTold(text, proc)
}

// groupTold reports whether text asks whether a group may get proc, in
// general ("低保户能领取暖补贴不": words.GroupAsked), and a line that tells
// who gets it (eligibleLines) names that group: that line answers it,
// nobody's case is to check (appr110).
func groupTold(text string, proc *config.Procedure) bool {
	return eligibleNames(words.GroupAsked(text), proc)
}

// eligibleNames reports whether a line of proc's guide that tells who
// gets it (eligibleLines: steps and note) names the group said
// (words.GroupNamedIn: 边缘户 by 低保边缘, 一级残疾 by 重度残疾; appr111).
func eligibleNames(said string, proc *config.Procedure) bool {
	if said == "" {
		return false
	}
	steps, parts := eligibleLines(proc)
	if slices.Contains(parts, "note") {
		steps = append(steps, proc.Note)
	}
	return slices.ContainsFunc(steps, func(l string) bool { return words.GroupNamedIn(said, l) })
}

// onListUntold is the group text tells his own household is of, asking
// whether it may get proc ("俺家是低保户 能领取暖补贴不": words.OwnGroupTold),
// when a line of proc's guide that tells who gets it names that group:
// the line says the group gets it, whether his household is on the list
// the guide cannot say, and how to check is told (appr111). "" else.
func onListUntold(text string, proc *config.Procedure) string {
	if g := words.OwnGroupTold(text); eligibleNames(g, proc) {
		return g
	}
	return ""
}

// groupUnnamed is the group text asks of in general (words.GroupAsked:
// "边缘户能领取暖补贴不") when no line of proc's guide that tells who gets
// it names it: whether that group gets it the guide does not say (not
// "您的情况够不够条件": nobody's case was told; appr111). "" else.
func groupUnnamed(text string, proc *config.Procedure) string {
	if g := words.GroupAsked(text); g != "" && !eligibleNames(g, proc) {
		return g
	}
	return ""
}

// newsJoined takes a villager's question in his grid group whether p is
// paid this year (newsUntold: "取暖补贴今年还发不发啊") while a
// neighbour's same question of the last day is open there (newsAgain):
// he follows that item, and hears that the leader is asked already, or
// the leader's answer when given. Nothing new is filed, nobody is @-ed
// again, and the leader's one answer is for both (appr107). done is
// false when no such item is open; his own item is askedAgain's.
func (r *Router) newsJoined(ctx context.Context, t *turn, p *config.Procedure) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.who.IsCadre() || !newsUntold(t.text, p) {
		return false, nil
	}
	fits := func(rep village.Report) bool {
		return rep.Type == village.Approval && !rep.Private() && t.at.Sub(rep.CreatedAt) <= words.MeTooWindow && r.newsAgain(t, rep)
	}
	tell := func(rep *village.Report, again bool) []bot.Outbound {
		data := map[string]any{"R": rep, "Who": t.who.Name, "Proc": p, "News": true, "Joined": !again}
		if answer, ok := village.StandingAnswer(rep.History); ok && rep.ProcedureAnswered() {
			data["Answer"] = answer
		} else if !again {
			// the leader's plain words just after answer it (procanswer.go)
			rep.AskedAgainAt = t.at
		}
		if rep.AwaitsAnswer() {
			data["Handlers"] = rep.Handlers
		}
		return r.replyOut(t, "approval.same", data)
	}
	return r.join(ctx, t, true, func(village.Report) bool { return true }, fits, tell)
}

// dayUntold is the event of proc's steps whose day text asks ("低保名单几号
// 公示": words.StepDayAsked) when a step names it and no line of the guide
// gives a date: the steps that name it are told, the day is the
// leader's to say (the village sets it), "" else (appr110).
func dayUntold(text string, proc *config.Procedure) (event string, steps, parts []string) {
	e := words.StepDayAsked(text)
	if e == "" {
		return "", nil, nil
	}
	if e == words.PaidEvent {
		// "高龄补贴的钱几号到账": how it is paid, and the 时限
		if steps = stepsSaying(proc, words.PaySays); guideHolds(proc, "time") {
			parts = []string{"time"}
		}
		if len(steps)+len(parts) == 0 {
			return "", nil, nil
		}
		return e, steps, parts
	}
	if steps = stepsSaying(proc, []string{e}); len(steps) == 0 {
		return "", nil, nil
	}
	return e, steps, nil
}

// statusBlanked is said with the groups he names blanked (words.GroupWords),
// ok when key, the keyword said names a procedure by, lies in the group he
// tells his household is of ("俺家是低保户 能领烤火费不": 低保户 names 低保,
// but he asks of 烤火费; words.OwnGroupTold): the procedure is to be found
// without it (appr111).
func statusBlanked(said understand.Said, key string) (understand.Said, bool) {
	status := words.OwnGroupTold(said.Raw)
	if status == "" || key == "" || !strings.Contains(status, key) && !strings.Contains(key, status) {
		return said, false
	}
	return understand.Hear(words.BlankWords(said.Raw, words.GroupWords())), true
}

// statusOnly reports whether the only procedure said names is by the
// group he tells his household is of ("俺家是低保户 能领不"): he asks what
// his household gets and whether it is on the list, not how to apply for
// 低保 (statusBlanked; appr111).
func (r *Router) statusOnly(said understand.Said) bool {
	_, key := r.procedureSaid(said)
	blanked, ok := statusBlanked(said, key)
	if !ok {
		return false
	}
	other, _ := r.procedureSaid(blanked)
	return other == nil
}

// groupGets are the names of the procedures other than p whose lines that
// tell who gets them (eligibleLines) name the group said ("冬季取暖补贴"
// for 低保户): what his household may ask after (appr111).
func (r *Router) groupGets(said string, p *config.Procedure) []string {
	var out []string
	for i := range r.cfg.Procedures {
		if q := &r.cfg.Procedures[i]; q.Name != p.Name && eligibleNames(said, q) {
			out = append(out, q.Name)
		}
	}
	return out
}

// seasonUntold is what text asks may be done at a time of the year
// ("宅基地批下来了 冬天能开工不" → 冬天能不能开工: words.SeasonDoAsked) when a
// line of proc's guide names the thing (开工: the longest start of what
// follows 能 that a step or a sentence of the note holds), with those
// lines: the steps, and the note's sentences that name the thing or the
// season (「提示：批下来后在批准书写的期限内开工…冬天施工注意防冻和安全。」).
// Whether it may be done then the guide does not write; the leader is
// asked (appr111). "" when it asks no such thing, or the office's days
// (hoursUntold), or no line names it.
func seasonUntold(text string, proc *config.Procedure) (asked string, lines []string) {
	season, rest := words.SeasonDoAsked(text)
	if season == "" || hoursUntold(text, proc) || words.BackPayAsked(text) || words.DeadlineAsked(text) {
		return "", nil
	}
	var sentences []string
	for _, s := range strings.SplitAfter(proc.Note, "。") {
		if s = strings.TrimSpace(s); s != "" {
			sentences = append(sentences, s)
		}
	}
	all := slices.Concat(proc.Steps, sentences)
	runes := []rune(words.GuideVerbs.Replace(rest))
	for n := len(runes); n >= 2; n-- {
		thing := string(runes[:n])
		if !slices.ContainsFunc(all, func(l string) bool { return strings.Contains(l, thing) }) {
			continue
		}
		lines = stepsSaying(proc, []string{thing})
		for _, s := range sentences {
			if strings.Contains(s, thing) || strings.Contains(s, season) {
				lines = append(lines, "提示："+s)
			}
		}
		return season + "能不能" + thing, lines
	}
	return "", nil
}

// stoppedSteps are the steps of proc, the guide's entry for what is done
// after a death (deathEntry), that name a scheme said asks after beside
// the death it tells ("俺爹上个月走了 高龄补贴还发不": 「到村委会报告，停发高龄
// 补贴、低保等」): it stops, which the guide says; no news of the year
// (newsUntold) is asked of the leader (appr111). nil else.
func (r *Router) stoppedSteps(said understand.Said, proc *config.Procedure) []string {
	if proc == nil || !words.DeathTold(said.Raw) || proc != r.procedureNamed(deathEntry) {
		return nil
	}
	var named []string
	for _, q := range r.cfg.Procedures {
		if q.Name == proc.Name {
			continue
		}
		for _, k := range append([]string{q.Name}, q.Keywords...) {
			if strings.Contains(said.Raw, k) {
				named = append(named, k)
			}
		}
	}
	if len(named) == 0 {
		return nil
	}
	return stepsSaying(proc, named)
}
