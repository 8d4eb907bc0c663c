package handlers

// Who the grid's cadres are and how to reach them: "网格员的电话是多少",
// "我们组网格长是谁", "有事找谁". Their phones are public (the village's
// 公示 board lists them); a villager's never is.

import (
	"context"
	"strings"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// cadresAsked answers a question after the grid's cadres (see
// understand.AsksCadres) in a grid group or privately: the leaders and
// workers of the grid the message names, or else of the group's grid (of
// the sender's own, privately), with their phones from the roster, and the
// township office's phone when configured. One commit, the reply's. done
// is false for anything else, and where no grid is meant (the township's
// chats, an officer of no grid).
func (r *Router) cadresAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Type == village.Emergency || reading.Intent == village.IntentReport || reading.Intent == village.IntentClaim ||
		!understand.AsksCadres(t.said()) {
		return false, nil
	}
	v, g := t.who.Village, t.who.Grid
	switch t.where.Kind {
	case words.InGrid:
		v, g = t.where.Village, t.where.Grid
	case words.InPrivate:
	default:
		return false, nil
	}
	if named := r.gridNamed(v, t.text); named != "" {
		g = named // "二组网格长是谁"
	}
	if v == "" || g == "" {
		return false, nil
	}
	var people []words.Cadre
	seen := map[string]bool{}
	for _, role := range []village.Role{village.RoleLeader, village.RoleWorker} {
		for _, p := range r.people.InGrid(v, g, role) {
			if seen[p.Key()] {
				continue // a leader who is also a worker is named once
			}
			seen[p.Key()] = true
			people = append(people, words.Cadre{Role: string(role), Name: p.Name, Phone: p.Phone})
		}
	}
	data := map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate, "Place": v + g, "People": people}
	for _, name := range words.ContactOffices {
		if d, ok := r.cfg.Township.Department(name); ok && d.Phone != "" {
			office := d.Name
			if !strings.Contains(office, "镇") {
				office = r.cfg.Township.Name + office // 青山镇党群服务中心
			}
			data["Office"] = map[string]string{"Name": office, "Phone": d.Phone}
			break
		}
	}
	return true, r.reply(ctx, t, "contacts", data)
}

// gridNamed is the one grid of village v that text names, or "".
func (r *Router) gridNamed(v, text string) string {
	found := ""
	for _, cv := range r.cfg.Villages {
		if cv.Name != v {
			continue
		}
		for _, g := range cv.Grids {
			if strings.Contains(text, g.Name) {
				if found != "" {
					return ""
				}
				found = g.Name
			}
		}
	}
	return found
}
