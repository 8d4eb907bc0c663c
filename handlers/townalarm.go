package handlers

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// Emergencies told outside a grid group.
//
// A township officer who writes "青山村三组后山着火了" in the office's chat
// or the duty chat, or a cadre who tells the bot so privately, raises an
// alarm as a villager in the grid's group does: the place his words name
// is read as a grid (placeOf), the emergency is filed there with him as its
// reporter, the duty chat and the grid's group are alerted, and he hears
// where it was filed. When his words name no grid, the duty chat is
// alerted all the same (an emergency of no grid, as one told privately by
// someone of no grid is) and he is asked which grid; his answer naming it
// ("三组") files it there and closes the unplaced one (locate). An
// emergency already raised in the grid's group, or the officer's own
// placed one, is joined, not alarmed twice (joinEmergency).

// placeOf is the grid an emergency told outside a grid group is about: the
// grid its words name ("青山村三组", "三组", "3组"), the only grid of the
// village they name, or the grid of the villager whose home they name
// ("王奶奶家着火了"), inside the village or grid they name if any. ok is
// false when nothing or several grids fit; v is then the village the
// words name, if one.
func (r *Router) placeOf(text string) (v, g string, ok bool) {
	p := r.places.In(text)
	if p.Kind == village.PlaceGrid || p.Kind == village.PlaceVillage {
		if len(p.Grids) == 1 {
			return p.Grids[0].Village, p.Grids[0].Name, true
		}
		if p.Kind == village.PlaceVillage {
			v = p.Name
		}
	}
	var fit *village.Person
	for _, q := range r.roster.All() {
		if q.Grid == "" || utf8.RuneCountInString(q.Name) < 2 || !strings.Contains(text, q.Name) ||
			len(p.Grids) > 0 && !p.Grids.Has(q.Village, q.Grid) {
			continue
		}
		if fit != nil && (fit.Village != q.Village || fit.Grid != q.Grid) {
			return v, "", false // two homes named, in two grids
		}
		fit = &q
	}
	if fit == nil {
		return v, "", false
	}
	return fit.Village, fit.Grid, true
}

// townshipAlarm files an emergency told in free text in a township chat
// (see above); done is false when the text reads as none.
func (r *Router) townshipAlarm(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil && t.quote.Name == r.cfg.BotName {
		return false, nil // an answer to the bot's post: its own flows read it
	}
	if done, err := r.locate(ctx, t); done {
		return true, err
	}
	if words.ContainsAnyOf(t.text, words.WarningWords...) {
		return false, nil // a warning passed on to the villages, no alarm
	}
	reading := r.read(ctx, t, t.text)
	if reading.Type != village.Emergency || reading.Intent != village.IntentReport {
		return false, nil
	}
	v, g, ok := r.placeOf(t.text)
	t.where.Village, t.where.Grid, t.placed = cmp.Or(v, t.who.Village, r.cfg.Villages[0].Name), g, ok
	if ok {
		done, err := r.joinEmergency(ctx, t, reading)
		if err == nil && done {
			return true, nil
		}
		if err != nil {
			// a life-safety alarm goes out fresh rather than not at all
			r.log.WarnContext(ctx, "township alarm: joining an open emergency failed; alarming anew", "err", err)
		}
	}
	return true, r.report(ctx, t, t.text, village.Emergency)
}

// placeAlarm reads the grid a cadre's emergency told privately names
// ("二组村口有人落水了" from the leader of 三组): it is filed there, not in
// his own grid. A villager's stays in his grid, whatever it names.
//
// Either way an alarm told privately is in a grid (the one named, else
// the sender's own) whose group's open emergencies it may be news of
// (joinEmergency): "我妈又在给骗子转账了" from 张三 is his group's open
// scam broken out again, not a second alarm of it.
func (r *Router) placeAlarm(t *turn) {
	if t.where.Kind != words.InPrivate {
		return
	}
	if v, g, ok := r.placeOf(t.text); ok && t.who.IsCadre() {
		t.where.Village, t.where.Grid, t.placed = v, g, true
		return
	}
	t.placed = t.who.Grid != "" && t.where.Grid == t.who.Grid
}

// locate places the officer's unplaced emergency (filed in no grid, by
// him, within unplacedWindow) when his message is only a grid's name
// ("三组", "青山村三组"): it is filed in that grid, and the unplaced one
// closed as merged into it, in one commit (when both are of one village).
// A place word naming no grid or several ("四组", "青山村") is answered
// with the grids to choose from. done is false when his words are no
// place, or he has no such emergency.
func (r *Router) locate(ctx context.Context, t *turn) (done bool, err error) {
	word := strings.Trim(t.text, " 。，,.!！在是就：:")
	p := r.places.Named(word, t.who.Village)
	one := (p.Kind == village.PlaceGrid || p.Kind == village.PlaceVillage) && len(p.Grids) == 1
	if !one && p.Kind != village.PlaceGrid && p.Kind != village.PlaceVillage && r.places.Unknown(word) != word {
		return false, nil
	}
	home := cmp.Or(t.who.Village, r.cfg.Villages[0].Name)                 // where townshipAlarm files it
	open, err := r.store.OpenReports(ctx, storage.VillageScope(home), "") // the open:<no grid> index
	if err != nil {
		return true, err
	}
	i := slices.IndexFunc(open, func(rep village.Report) bool {
		return rep.Type == village.Emergency && rep.Grid == "" && rep.Reporter == t.who.Name && t.at.Sub(rep.CreatedAt) <= words.UnplacedWindow
	})
	if i < 0 {
		return false, nil
	}
	unplaced := open[i]
	if !one {
		choices := r.places.Choices()
		if p.Kind == village.PlaceVillage {
			choices = p.Grids.Choices()
		}
		return true, r.reply(ctx, t, "report.emergency.which", map[string]any{"Word": word, "R": &unplaced, "Places": choices})
	}
	g := p.Grids[0]
	t.where.Village, t.where.Grid, t.placed, t.unplaced = g.Village, g.Name, true, &unplaced
	if g.Village != home {
		// another village's scope: its commit cannot close this one; the
		// duty chat, told which it was, closes it (重复)
		t.unplaced = nil
	}
	t.text = unplaced.Text
	return true, r.report(ctx, t, unplaced.Text, village.Emergency)
}
