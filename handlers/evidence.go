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
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// A photo is the evidence of the claim or report its sender makes in the
// same chat, whichever of the two he sends first, within
// wechat.evidence_window: a photo sent after the item is attached to the
// item he made last; one sent before waits for his next item. What his
// photos are matched with lives in the store (storage.Evidence and
// storage.Waiting), kept by the commit that makes the item, attaches a
// photo or holds one: every process sees it, and a retried message changes
// it once. Making an item reads nothing first: its commit assumes no photo
// waits, and only when one does is it made again with the photos.

// evidence names the claim or report a sender made last in a chat.
type evidence struct {
	// Ref is the item ("C3", "R5"), and At when it was made.
	Ref string    `json:"ref,omitempty"`
	At  time.Time `json:"at,omitzero"`
	// Told: he was thanked for a photo of Ref; later ones are attached
	// silently, so that a row of photos does not flood the group.
	Told bool `json:"told,omitempty"`
	// Until: Ref is a claim that asked for photos (photoWait), and his
	// photos here are its until then, past the window; the first that
	// comes ends the wait (a row of photos then as usual).
	Until time.Time `json:"until,omitzero"`
	// raw is the value as read, which an attach is decided on.
	raw []byte
	// late: past Until, but the bot was down while the claim waited
	// (resentAfterDown); attached all the same, and told so.
	late bool
}

// covers reports whether a photo sent at at is of e.Ref: within the
// window after it was made, or while it waits for photos.
func (e evidence) covers(at time.Time, win time.Duration) bool {
	return e.Ref != "" && !at.Before(e.At) && (at.Sub(e.At) <= win || at.Before(e.Until))
}

func (r *Router) evidenceWindow() time.Duration {
	return r.cfg.WeChat.WithDefaults().EvidenceWindow.Std()
}

// evidenceKey is where the sender's photos in this chat are matched: his
// village's scope, by chat and person. ok is false where photos belong to
// nothing: township chats, and private chats of people not on the roster.
func evidenceKey(t *turn) (sc storage.Scope, key string, ok bool) {
	if t.where.Village == "" || t.where.Kind == words.InOffice {
		return "", "", false
	}
	return storage.VillageScope(t.where.Village), t.m.Chat + "|" + t.who.Key(), true
}

// readEvidence reads what the sender's photos are matched with; a value
// that does not decode is forgotten.
func (r *Router) readEvidence(ctx context.Context, sc storage.Scope, key string) (evidence, words.Waiting, error) {
	item, raw, err := r.store.EvidenceOf(ctx, sc, key)
	if err != nil {
		return evidence{}, words.Waiting{}, err
	}
	w, err := decodeWaiting(raw)
	if err != nil {
		r.log.WarnContext(ctx, "evidence: unreadable photos forgotten", "key", key, "err", err)
	}
	return r.decodeEvidence(ctx, key, item), w, nil
}

// decodeWaiting is the photos kept as raw (nil: none); a value that does
// not decode is forgotten (err says why).
func decodeWaiting(raw []byte) (words.Waiting, error) {
	w := words.Waiting{Raw: raw}
	if raw == nil {
		return w, nil
	}
	if err := json.Unmarshal(raw, &w.Photos); err != nil {
		w.Photos = nil
		return w, fmt.Errorf("evidence: photos waiting: %w", err)
	}
	return w, nil
}

// decodeEvidence is the item kept under key as item (nil: none); a value
// that does not decode is forgotten.
func (r *Router) decodeEvidence(ctx context.Context, key string, item []byte) evidence {
	e := evidence{raw: item}
	if item != nil {
		if err := json.Unmarshal(item, &e); err != nil {
			r.log.WarnContext(ctx, "evidence: unreadable item forgotten", "key", key, "err", err)
			e = evidence{raw: item}
		}
	}
	return e
}

func marshalKept(key string, v any, keep func(string, []byte, time.Duration) storage.Kept, ttl time.Duration) (storage.Kept, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return storage.Kept{}, fmt.Errorf("evidence: %w", err)
	}
	return keep(key, b, ttl), nil
}

// madeWith prepares the turn's commit of the item it makes in scope sc
// (the change's first document) and returns the item's images: the
// photos waiting for it (read only after a commit that assumed none
// failed, see photosWaited), then the message's own. The commit keeps
// t.evKeep, guarded by t.unchanged.
func (r *Router) madeWith(t *turn, sc storage.Scope) []string {
	t.evKeep, t.unchanged = nil, nil
	esc, key, ok := evidenceKey(t)
	if !ok || esc != sc {
		return t.m.Images
	}
	win := r.evidenceWindow()
	k, err := r.madeKept(t, key, time.Time{})
	if err != nil {
		r.log.Warn("evidence: later photos not matched", "id", t.m.ID, "err", err)
		return t.m.Images
	}
	t.evKeep = []storage.Kept{k}
	if t.waiting == nil {
		r.knownWaiting(t, sc, key)
	}
	if t.waiting == nil {
		t.unchanged = storage.WaitingAre(key, nil)
		return t.m.Images
	}
	t.evKeep = append(t.evKeep, storage.WaitingTaken(key))
	t.unchanged = storage.WaitingAre(key, t.waiting.Raw)
	return t.photosFor(win)
}

// knownWaiting sets t.waiting to the photos waiting under key as this
// process knows them (storage.Store.EvidenceKnown), when it knows some: the
// item the turn makes takes them in its one commit, which checks they are
// as known (WaitingAre); refused, they are read (photosWaited). Known
// none, or unknown, it stays nil: the commit assumes none, as before.
func (r *Router) knownWaiting(t *turn, sc storage.Scope, key string) {
	_, raw, ok := r.store.EvidenceKnown(sc, key)
	if !ok || raw == nil {
		return
	}
	w, err := decodeWaiting(raw)
	if err != nil {
		r.log.Warn("evidence: unreadable photos copy not used", "id", t.m.ID, "err", err)
		return
	}
	w.Copied = true
	t.waiting = &w
}

// photosFor are the photos of the item the turn makes or names: those
// read as waiting for it, sent within win before it, then the message's
// own.
func (t *turn) photosFor(win time.Duration) []string {
	var images []string
	if t.waiting != nil {
		for _, p := range t.waiting.Photos {
			if t.at.Sub(p.At) <= win {
				images = append(images, p.Path)
			}
		}
	}
	return append(images, t.m.Images...)
}

// madeKept is what the commit of the item the turn makes keeps as the
// sender's last item here (key): his photos are its within the window,
// or until until when later.
func (r *Router) madeKept(t *turn, key string, until time.Time) (storage.Kept, error) {
	ttl := r.evidenceWindow()
	if !until.IsZero() {
		// kept past the wait: a downtime may have cut it (resentAfterDown)
		ttl = max(ttl, until.Sub(t.at)+words.PhotoKeptDown)
	}
	return marshalKept(key, evidence{Ref: storage.RefPlaceholder, At: t.at, Until: until}, storage.Evidence, ttl)
}

// photosWaited reports whether err says that photos wait for the item the
// turn was making (see madeWith), or are not those this process knew
// (knownWaiting): they are read, for the item to be made again with them.
// Once a turn; a failed read leaves err as it is.
func (r *Router) photosWaited(ctx context.Context, t *turn, err error) bool {
	if !errors.Is(err, storage.ErrKeptChanged) || t.waiting != nil && !t.waiting.Copied {
		return false
	}
	sc, key, _ := evidenceKey(t)
	_, w, rerr := r.readEvidence(ctx, sc, key)
	if rerr != nil {
		r.log.WarnContext(ctx, "evidence: waiting photos not read", "id", t.m.ID, "err", rerr)
		return false
	}
	t.waiting = &w
	return true
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
	if item, ok := r.store.EvidenceCopy(sc, key); ok {
		// the item he made just now, as this process's commit kept it:
		// no read. The attach checks it is what Redis holds (EvidenceIs);
		// refused, or the item gone, the photos are matched as stored.
		if e := r.decodeEvidence(ctx, key, item); e.covers(t.at, win) {
			attached, err := r.attach(ctx, t, sc, key, e, win)
			if attached && err == nil || err != nil && !errors.Is(err, storage.ErrConflict) && !errors.Is(err, storage.ErrKeptChanged) {
				return err
			}
		}
	}
	if item, raw, ok := r.store.EvidenceKnown(sc, key); ok {
		// no item of his just now, or photos of his waiting, as this
		// process knows them (its copies, every key copied at its
		// start): no read. The commit checks what it was decided on
		// (EvidenceIs, WaitingOn); refused, the photos are matched as
		// stored.
		t.out = nil
		if w, err := decodeWaiting(raw); err == nil {
			err = r.matchPhotos(ctx, t, sc, key, r.decodeEvidence(ctx, key, item), w, win, true)
			if !photosRefused(err) {
				return err
			}
		}
	}
	return decideAgain(words.AttachTries, photosRefused, func(bool) error {
		t.out = nil // a failed attempt's replies were not sent
		e, w, err := r.readEvidence(ctx, sc, key)
		if err != nil {
			return err
		}
		return r.matchPhotos(ctx, t, sc, key, e, w, win, false)
	})
}

// photosRefused reports whether err is a photo's commit refused because
// what it was decided on changed meanwhile: to be matched again.
func photosRefused(err error) bool {
	return changedMeanwhile(err) || errors.Is(err, storage.ErrKeptChanged)
}

// matchPhotos attaches the turn's photos to e's item when it covers them,
// else to the scene of the group's emergency he raised or joined, else
// holds them for his next item (w: those waiting). known says e and w are
// this process's knowledge, not a read: the hold then checks both.
func (r *Router) matchPhotos(ctx context.Context, t *turn, sc storage.Scope, key string, e evidence, w words.Waiting, win time.Duration, known bool) error {
	var err error
	attached := false
	if !e.covers(t.at, win) {
		// none of his own just now: the scene of the group's
		// emergency he raised or joined
		if e, err = r.scenePhotos(ctx, t, e); err != nil {
			return err
		}
	}
	if !e.covers(t.at, win) {
		if e.late, err = r.resentAfterDown(ctx, t, e); err != nil {
			return err
		}
	}
	if e.late || e.covers(t.at, win) {
		attached, err = r.attach(ctx, t, sc, key, e, win)
	}
	if !attached && err == nil {
		var guard *[]byte
		if known {
			guard = &e.raw
		}
		err = r.hold(ctx, t, sc, key, w, win, guard)
	}
	return err
}

// resentAfterDown reports whether the turn's photos, past the wait of the
// claim e names, are that claim's all the same (words.PhotoResent): the bot
// was down while the wait was open and came back within a day; photos sent
// meanwhile never arrived, and the downtime notice asked for them again.
// The downtime is read (one round trip) only for such a claim.
func (r *Router) resentAfterDown(ctx context.Context, t *turn, e evidence) (bool, error) {
	if e.Ref == "" || e.Ref[0] != 'C' || e.Until.IsZero() || t.at.Before(e.Until) || t.at.Sub(e.Until) > words.PhotoKeptDown {
		return false, nil
	}
	from, to, ok, err := r.store.LastDown(ctx, storage.TownshipScope(r.cfg.Township.Name))
	if err != nil || !ok {
		return false, err
	}
	return words.PhotoResent(e.At, e.Until, from, to, t.at), nil
}

// scenePhotos is e, the sender's evidence, made to point at the group's
// open emergency he reported or joined within words.EmergencyPhotos, when there
// is one: photos posted after the alarm, past the evidence window or by a
// witness, are the scene's (attach), and the duty chat hears of them. e
// is as it was otherwise.
func (r *Router) scenePhotos(ctx context.Context, t *turn, e evidence) (evidence, error) {
	if t.where.Kind != words.InGrid {
		return e, nil
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= words.EmergencyPhotos && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
	})
	if err != nil || !ok {
		return e, err
	}
	if e.Ref != rep.ID {
		e.Told = false // his first photos of this scene
	}
	e.Ref, e.At = rep.ID, t.at
	return e, nil
}

// photosOnClaim adds photos (the turn's, and those that waited for it)
// to claim cl (its evidence then names 照片). When they complete the evidence a pending claim lacked, its
// reviewers are asked: those in this group by the evidence.attached reply
// (data gains C, Scorers and Label), the others privately (out).
func (r *Router) photosOnClaim(t *turn, photos []string, cl *village.Claim, data map[string]any) (out []bot.Outbound) {
	lacked := cl.LacksEvidence()
	cl.Images = append(cl.Images, photos...)
	if !strings.Contains(cl.Evidence, "照片") {
		cl.Evidence = strings.TrimPrefix(cl.Evidence+"、照片", "、")
	}
	if !lacked || cl.LacksEvidence() {
		return nil
	}
	switch cl.Status {
	case village.ClaimPending:
		here, away := r.points.reviewersFrom(t, cl)
		data["C"], data["Scorers"], data["Label"] = cl, here, r.points.label(cl.Village, cl.Household)
		out = r.points.tellReviewers(away, "evidence.scorer", data)
	case village.ClaimRejected:
		// rejected before the photo came (「驳回 #C12 没有照片」 within the
		// day he was told he had, pts93): the claimant hears it is not
		// reviewed by itself, the scorer who rejected it the 加分 that
		// records it after all
		data["C"], data["Rejected"], data["Label"], data["Who"] = cl, true, r.points.label(cl.Village, cl.Household), r.shown(t.who)
		r.points.redoData(data, *cl, t.at)
		if by, err := r.people.Lookup(cl.Village, cl.DecidedBy); err == nil && by.Name != t.who.Name {
			out = r.points.tellReviewers([]village.Person{by}, "evidence.scorer.rejected", data)
		}
	}
	return out
}

// hold keeps the photos for the sender's next item. Only in a private
// chat, and only at the first of a row, is he told how to attach them:
// villagers post photos in the groups all the time. item, when not nil, is
// the item the decision was made on as this process knew it, w too
// (EvidenceKnown): the commit checks both.
func (r *Router) hold(ctx context.Context, t *turn, sc storage.Scope, key string, w words.Waiting, win time.Duration, item *[]byte) error {
	wait := make([]words.Photo, 0, len(w.Photos)+len(t.m.Images))
	for _, p := range w.Photos {
		if t.at.Sub(p.At) <= win {
			wait = append(wait, p)
		}
	}
	first := len(wait) == 0
	for _, p := range t.m.Images {
		wait = append(wait, words.Photo{Path: p, At: t.at})
	}
	k, err := marshalKept(key, wait[max(len(wait)-words.MaxWaiting, 0):], storage.Waiting, win)
	if err != nil {
		return err
	}
	if first && t.where.Kind == words.InPrivate {
		t.out = append(t.out, r.back(t, r.textsFor(t).Render("evidence.hint", map[string]any{"Minutes": int(win.Minutes())})))
	}
	c := storage.Change{Scope: sc, MsgID: t.m.ID, Keep: []storage.Kept{k}, Out: t.out, Unchanged: storage.WaitingAre(key, w.Raw)}
	if item != nil {
		c.Keep[0] = storage.WaitingOn(key, k.Value, w.Raw, win)
		c.Unchanged = storage.EvidenceIs(key, *item)
	}
	_, err = r.commit(ctx, t, c)
	return err
}

// attach adds the photos to e.Ref in one commit, with at most one reply
// per item. A claim that waited for a photo is now ready for its
// reviewers: those in this group are asked in the reply, the others
// privately. ok is false when the item is gone.
func (r *Router) attach(ctx context.Context, t *turn, sc storage.Scope, key string, e evidence, win time.Duration) (ok bool, err error) {
	n, _ := strconv.Atoi(e.Ref[1:])
	c := storage.Change{Scope: sc, MsgID: t.m.ID, Unchanged: storage.EvidenceIs(key, e.raw),
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: fmt.Sprintf("#%s +%d", e.Ref, len(t.m.Images))}}
	data := map[string]any{"Ref": e.Ref, "Late": e.late}
	if e.late {
		e.Told = false
	}
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
		out = r.photosOnClaim(t, t.m.Images, &cl, data)
		doc, err := storage.ClaimDoc(cl, cl.Status)
		if err != nil {
			return false, err
		}
		c.Docs = []storage.Doc{doc}
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
		if rep.Chat == "" && !e.Told {
			// a private report: its handlers saw no photo in a group
			out = r.tellHandlers(t, &rep, "evidence.handler", map[string]any{"R": &rep, "Ref": e.Ref, "Who": r.shown(t.who)})
		}
		if rep.Type == village.Emergency && !e.Told {
			// the duty officer sees no group: he hears there are photos
			// of the scene, and where
			out = append(out, bot.Outbound{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent,
				Text: r.texts.Render("evidence.emergency.duty", map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone,
					"N": len(t.m.Images), "Private": t.where.Kind == words.InPrivate})})
		}
	default:
		return false, nil
	}
	if !e.Told {
		out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render("evidence.attached", data))}, out...)
	}
	e.Told = true
	if !e.Until.IsZero() {
		// the photos asked for came: later ones are of it only in a row
		e.At, e.Until = t.at, time.Time{}
	}
	k, err := marshalKept(key, e, storage.Evidence, win)
	if err != nil {
		return false, err
	}
	c.Keep, c.Out, t.out = []storage.Kept{k}, out, out
	_, err = r.commit(ctx, t, c)
	return true, err
}

// tellHandlers tells rep's handlers privately, but not the sender, block
// rendered with data; one away is replaced by who has his items
// meanwhile (handlersCovers), once: 「同两家又起纠纷」 reaches who acts
// on the quarrel, not the leader at a county training (rep106).
func (r *Router) tellHandlers(t *turn, rep *village.Report, block string, data any) []bot.Outbound {
	var out []bot.Outbound
	me := r.shown(t.who)
	for _, to := range r.handlersReached(t.at, *rep) {
		if to != me {
			out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: r.textsTo(rep.Village, to).Render(block, data)})
		}
	}
	return out
}

// caption reports whether the turn's text is the caption of a photo for
// the claim or report its sender made here just now (sent before the
// photo or after it): the photo belongs to that item, and the caption is
// no new matter ("这是垃圾分类的照片" is no report of 垃圾). It is read
// only for a text that reads as a caption.
func (r *Router) caption(ctx context.Context, t *turn) (bool, error) {
	if !words.CaptionRe.MatchString(strings.TrimSpace(t.text)) {
		return false, nil
	}
	sc, key, ok := evidenceKey(t)
	if !ok {
		return false, nil
	}
	e, _, err := r.readEvidence(ctx, sc, key)
	if err != nil {
		return false, err
	}
	return e.covers(t.at, r.evidenceWindow()), nil
}
