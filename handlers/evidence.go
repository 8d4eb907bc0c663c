package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// A photo is the evidence of the claim or report its sender makes in the
// same chat, whichever of the two he sends first, within
// wechat.evidence_window: a photo sent after the item is attached to the
// item he made last; one sent before waits for his next item. What his
// photos are matched with lives in the store (storage.Evidence), kept by
// the commit that makes the item, attaches a photo or holds one: every
// process sees it, and a retried message changes it once.

// evidence is what one sender's photos in one chat are matched with.
type evidence struct {
	// Ref is the claim or report he made last ("C3", "R5"), and At when.
	Ref string    `json:"ref,omitempty"`
	At  time.Time `json:"at,omitzero"`
	// Told: he was thanked for a photo of Ref; later ones are attached
	// silently, so that a row of photos does not flood the group.
	Told bool `json:"told,omitempty"`
	// Wait are photos sent when no item of his was recent.
	Wait []photo `json:"wait,omitempty"`
}

type photo struct {
	Path string    `json:"path"`
	At   time.Time `json:"at"`
}

// maxWaiting bounds the photos waiting for an item (WeChat sends at most
// nine at once).
const maxWaiting = 9

// attachTries is how often attaching a photo is tried when the item
// changes meanwhile.
const attachTries = 3

func (r *Router) evidenceWindow() time.Duration {
	return r.cfg.WeChat.WithDefaults().EvidenceWindow.Std()
}

// evidenceKey is where the sender's photos in this chat are matched: his
// village's scope, by chat and person. ok is false where photos belong to
// nothing: township chats, and private chats of people not on the roster.
func evidenceKey(t *turn) (sc storage.Scope, key string, ok bool) {
	if t.where.village == "" || t.where.kind == inOffice {
		return "", "", false
	}
	return storage.VillageScope(t.where.village), t.m.Chat + "|" + t.who.Key(), true
}

func (r *Router) readEvidence(ctx context.Context, sc storage.Scope, key string) (evidence, error) {
	b, err := r.store.EvidenceOf(ctx, sc, key)
	if errors.Is(err, storage.ErrNotFound) {
		return evidence{}, nil
	}
	if err != nil {
		return evidence{}, err
	}
	var e evidence
	if err := json.Unmarshal(b, &e); err != nil {
		r.log.WarnContext(ctx, "evidence: unreadable state forgotten", "key", key, "err", err)
		return evidence{}, nil
	}
	return e, nil
}

func keepEvidence(key string, e evidence, ttl time.Duration) (storage.Kept, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return storage.Kept{}, fmt.Errorf("evidence: %w", err)
	}
	return storage.Evidence(key, b, ttl), nil
}

// madeWith returns the images of the item the turn makes in scope sc, the
// change's first document: the photos the sender sent here within the
// window before it, then the message's own; and what points his later
// photos at the item, for the change to keep. A failed read costs the
// photos only, not the item: with the store down, the item's own commit
// fails and is answered (an emergency still alarms).
func (r *Router) madeWith(ctx context.Context, t *turn, sc storage.Scope) ([]string, []storage.Kept) {
	esc, key, ok := evidenceKey(t)
	if !ok || esc != sc {
		return t.m.Images, nil
	}
	e, err := r.readEvidence(ctx, sc, key)
	if err != nil {
		r.log.WarnContext(ctx, "evidence: photos not matched", "id", t.m.ID, "err", err)
		return t.m.Images, nil
	}
	win := r.evidenceWindow()
	var images []string
	for _, w := range e.Wait {
		if t.at.Sub(w.At) <= win {
			images = append(images, w.Path)
		}
	}
	images = append(images, t.m.Images...)
	k, err := keepEvidence(key, evidence{Ref: storage.RefPlaceholder, At: t.at}, win)
	if err != nil {
		r.log.WarnContext(ctx, "evidence: photos not matched", "id", t.m.ID, "err", err)
		return images, nil
	}
	return images, []storage.Kept{k}
}

// photos handles a message of images only: attached to the item the
// sender made here within the window, else held for the next one.
func (r *Router) photos(ctx context.Context, t *turn) error {
	sc, key, ok := evidenceKey(t)
	if !ok {
		return nil
	}
	t.scope = sc
	win := r.evidenceWindow()
	var err error
	for range attachTries {
		t.out = nil // a conflicted attempt's replies were not sent
		var e evidence
		if e, err = r.readEvidence(ctx, sc, key); err != nil {
			return err
		}
		attached := false
		if e.Ref != "" && !t.at.Before(e.At) && t.at.Sub(e.At) <= win {
			attached, err = r.attach(ctx, t, sc, key, e, win)
		}
		if !attached && err == nil {
			err = r.hold(ctx, t, sc, key, e, win)
		}
		if !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	return err
}

// hold keeps the photos for the sender's next item. Only in a private
// chat, and only at the first of a row, is he told how to attach them:
// villagers post photos in the groups all the time.
func (r *Router) hold(ctx context.Context, t *turn, sc storage.Scope, key string, e evidence, win time.Duration) error {
	wait := make([]photo, 0, len(e.Wait)+len(t.m.Images))
	for _, w := range e.Wait {
		if t.at.Sub(w.At) <= win {
			wait = append(wait, w)
		}
	}
	first := len(wait) == 0
	for _, p := range t.m.Images {
		wait = append(wait, photo{Path: p, At: t.at})
	}
	e.Wait = wait[max(len(wait)-maxWaiting, 0):]
	k, err := keepEvidence(key, e, win)
	if err != nil {
		return err
	}
	if first && t.where.kind == inPrivate {
		t.out = append(t.out, r.back(t, r.texts.Render("evidence.hint", map[string]any{"Minutes": int(win.Minutes())})))
	}
	_, err = r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Keep: []storage.Kept{k}, Out: t.out})
	return err
}

// attach adds the photos to e.Ref in one commit, with at most one reply
// per item. A claim that waited for a photo is now ready for its
// reviewers: those in this group are asked in the reply, the others
// privately. ok is false when the item is gone.
func (r *Router) attach(ctx context.Context, t *turn, sc storage.Scope, key string, e evidence, win time.Duration) (ok bool, err error) {
	n, _ := strconv.Atoi(e.Ref[1:])
	c := storage.Change{Scope: sc, MsgID: t.m.ID,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: fmt.Sprintf("#%s +%d", e.Ref, len(t.m.Images))}}
	data := map[string]any{"Ref": e.Ref}
	var out []bot.Outbound
	switch e.Ref[0] {
	case 'C':
		d, err := r.store.Doc(ctx, sc, storage.ClaimKind, n)
		if errors.Is(err, storage.ErrNotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		cl, err := storage.DecodeClaim(d)
		if err != nil {
			return false, err
		}
		lacked := cl.LacksEvidence()
		cl.Images = append(cl.Images, t.m.Images...)
		if !strings.Contains(cl.Evidence, "照片") {
			cl.Evidence = strings.TrimPrefix(cl.Evidence+"、照片", "、")
		}
		doc, err := storage.ClaimDoc(cl, cl.Status)
		if err != nil {
			return false, err
		}
		c.Docs = []storage.Doc{doc}
		if lacked && !cl.LacksEvidence() && cl.Status == village.ClaimPending {
			here, away := r.points.reviewersFrom(t, &cl)
			data["C"], data["Scorers"], data["Label"] = &cl, here, r.points.label(cl.Village, cl.Household)
			out = r.points.tellReviewers(away, "evidence.scorer", data)
		}
	case 'R':
		rep, err := r.store.Report(ctx, sc, e.Ref)
		if errors.Is(err, storage.ErrNotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		rep.Images = append(rep.Images, t.m.Images...)
		c.Report = &rep
	default:
		return false, nil
	}
	if !e.Told {
		out = append([]bot.Outbound{r.back(t, r.texts.Render("evidence.attached", data))}, out...)
	}
	e.Told = true
	k, err := keepEvidence(key, e, win)
	if err != nil {
		return false, err
	}
	c.Keep, c.Out, t.out = []storage.Kept{k}, out, out
	_, err = r.store.Commit(ctx, c)
	return true, err
}
