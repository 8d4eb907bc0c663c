package handlers

import (
	"context"
	"encoding/json"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// fallAsked asks back a villager in a grid group who tells of someone who
// fell and nothing of how he is (understand.FellUntold: 「俺爹骑摩托车在冰
// 上摔了」), which nothing else took: whether he is hurt, with 120 and what
// to say for the alarm (emergency.fall.ask). Nothing is registered; the
// reply is its one commit (alarm104: such words got silence in the ice).
// A question whether to lift him (understand.FallAsked: 「老人摔了能不能
// 扶」, a query) is answered the same way, how to tell first (alarm105).
// The question is kept with the reply (fallMemo, no extra trip), so that
// his answer is read against it (fallAnswered, alarm106).
func (r *Router) fallAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	asked := reading.Intent == village.IntentQuery && understand.FallAsked(t.said())
	if t.where.Kind != words.InGrid || reading.Intent != village.IntentNoise && !asked || t.who.Tends(t.where.Village, t.where.Grid) ||
		!understand.FellUntold(t.said()) {
		return false, nil
	}
	// kept as the fall told, its lift question cut off: the duty chat
	// may read it (alarm107)
	if err := r.keepFall(t, fallKey(t), fallMemo{Text: words.ShortText(understand.FallTold(t.text)), At: t.at, Msg: t.m.ID}); err != nil {
		return true, err
	}
	return true, r.reply(ctx, t, "emergency.fall.ask", map[string]any{"Who": t.who.Name, "Asked": asked,
		"Ice": words.ContainsAnyOf(t.text, "冰", "雪", "路滑", "地滑", "太滑", "好滑"), "Ride": understand.SceneOf(t.said(), village.HazardMedical).Crash})
}

// fallAnswerWindow is how long the fall's question waits for its asker's
// answer: he answers from beside the one who fell, within minutes.
const fallAnswerWindow = 20 * time.Minute

// fallMemo is the fall a villager was asked about (emergency.fall.ask),
// kept under fallKey: its words (with a sore limb he answered since),
// when, and the message that told it.
type fallMemo struct {
	Text string    `json:"text"`
	At   time.Time `json:"at"`
	Msg  string    `json:"msg"`
}

// fallKey keeps t's sender's fallMemo in his chat (r.scope(t)).
func fallKey(t *turn) string { return "fall|" + askKey(t) }

// keepFall puts m, the fall asked about under key, in the turn's commit.
func (r *Router) keepFall(t *turn, key string, m fallMemo) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	t.keep = append(t.keep, storage.Ask(key, b, fallAnswerWindow))
	return nil
}

// fallWaiting is the fall's question t answers (its key and kept words):
// the sender's own, else one asked of someone of his household in this
// chat (「俺娘在院里冰上滑了一跤」 told by her son, 「不能动」 by his wife
// beside her, alarm107), the newest of them. ok is false when none waits
// within fallAnswerWindow.
func (r *Router) fallWaiting(t *turn) (key string, b []byte, m fallMemo, ok bool) {
	keys := []string{fallKey(t)}
	if t.who.Household != "" {
		for _, p := range r.people.Household(t.who.Village, t.who.Household) {
			if p.Key() != t.who.Key() {
				keys = append(keys, "fall|"+t.m.Chat+"|"+p.Key())
			}
		}
	}
	for _, k := range keys {
		kb, found := r.store.AskedCopy(r.scope(t), k)
		var km fallMemo
		if !found || json.Unmarshal(kb, &km) != nil || km.Msg == t.m.ID || t.at.Before(km.At) || t.at.Sub(km.At) > fallAnswerWindow {
			continue
		}
		if !ok || km.At.After(m.At) {
			key, b, m, ok = k, kb, km, true
		}
		if k == fallKey(t) {
			break // his own question first
		}
	}
	return key, b, m, ok
}

// fallAnswered reads t as its sender's answer to the fall's question he
// (or one of his household: fallWaiting) was asked in this group within
// fallAnswerWindow (this process's copy of
// fallMemo: no round trip), as understand.FallAnswer tells: a sign for
// 120 (「不能动」「还有气」「腰疼」) raises the alarm with the fall's words
// and his (「俺爹骑电动车在冰上摔了 不能动」: the duty chat hears of the
// fall, its scene's lines with it); a sore limb (「腿疼」) is asked again
// whether he can stand, the question kept on; well (「能动」,
// 「没事 起来了」) is told how to help him up and what to watch for. Each takes the
// question in its one commit. done is false when no question waits, or
// t answers nothing of it, or tells another alarm (a fire).
func (r *Router) fallAnswered(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || reading.Type == village.Emergency && reading.Hazard != village.HazardMedical {
		return false, nil
	}
	key, b, m, ok := r.fallWaiting(t)
	if !ok {
		return false, nil
	}
	state := understand.FallAnswer(t.said())
	if state == understand.FallUntold {
		return false, nil
	}
	data := map[string]any{"Who": t.who.Name}
	switch state {
	case understand.FallHurt:
		t.keep = append(t.keep, storage.AskTaken(key).DecidedOn(b))
		t.text = m.Text + " " + t.text
		merged := r.read(ctx, t, t.text)
		if merged.Type != village.Emergency {
			// a sign the alarm rules read in no fall's words: an
			// alarm still (safety first), of no hazard
			merged.Type, merged.Intent = village.Emergency, village.IntentReport
		}
		return true, r.alarmText(ctx, t, merged)
	case understand.FallSore:
		// asked again, the sore limb kept with the fall's words
		m.Text, m.At, m.Msg = words.ShortText(m.Text+" "+t.text), t.at, t.m.ID
		if err := r.keepFall(t, key, m); err != nil {
			return true, err
		}
		return true, r.reply(ctx, t, "emergency.fall.sore", data)
	}
	t.keep = append(t.keep, storage.AskTaken(key).DecidedOn(b))
	return true, r.reply(ctx, t, "emergency.fall.fine", data)
}
