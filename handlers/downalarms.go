package handlers

import (
	"sync"

	"gridbot/handlers/words"
)

// downAlarms remembers, per group, the alarms sent directly while the
// store was down. With the store down joinEmergency cannot find the item
// to add a witness to, so every villager shouting about one fire would
// reach the duty chat as a new emergency; instead a group's alarm that
// repeats one sent within downAlarmWindow, saying nothing it did not, is
// not sent again: its sender, when new to that alarm, is passed on as a
// witness (with his phone), which the transport sends merged with the
// group's other witnesses, every few minutes. An alarm of another hazard,
// of another place, of the sender's own home, or with any word the sent
// one lacks ("老张家着火了" after "老王家着火了") may be another
// emergency, and goes out.
type downAlarms struct {
	mu   sync.Mutex
	sent map[string][]downAlarm // group → alarms sent within the window
}

// downAlarm is an alarm sent, with who raised it or was passed on as its
// witness (person keys).
type downAlarm struct {
	alarm
	told map[string]bool
}

// repeated reports whether a, raised in chat by who, repeats an alarm sent
// there within downAlarmWindow, and whether who is a new witness of it
// (then recorded as one). It forgets the alarms older than that.
func (d *downAlarms) repeated(chat string, a alarm, who string) (repeat, witness bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	kept := d.sent[chat][:0]
	for _, first := range d.sent[chat] {
		if a.at.Sub(first.at) > words.DownAlarmWindow {
			continue
		}
		kept = append(kept, first)
		if !repeat && a.repeats(first.alarm, words.DownAlarmWindow) && words.SaysNothingNew(a.text, first.text) {
			repeat, witness = true, !first.told[who]
			first.told[who] = true
		}
	}
	if len(kept) == 0 {
		delete(d.sent, chat)
	} else {
		d.sent[chat] = kept
	}
	return repeat, witness
}

// add records that a, raised by who, went out from chat.
func (d *downAlarms) add(chat string, a alarm, who string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sent == nil {
		d.sent = map[string][]downAlarm{}
	}
	d.sent[chat] = append(d.sent[chat], downAlarm{alarm: a, told: map[string]bool{who: true}})
}
