package village

import (
	"encoding/json"
	"fmt"
	"time"
)

// PhoneFix is a number a grid worker gave for a person the roster lists
// with another ("白凤兰电话换了 新号139…"): kept in the village's scope
// under PhoneKey, it stands in for the roster's number wherever the bot
// shows it (call lists, emergency posts) while the roster still holds
// Was. The roster file stays the operator's source: once it is updated
// (to this number or any other), the fix no longer applies.
type PhoneFix struct {
	Person    string    `json:"person"`
	PersonKey string    `json:"person_key"`
	Phone     string    `json:"phone"` // the number now
	Was       string    `json:"was"`   // the roster's number when it was given
	By        string    `json:"by"`
	At        time.Time `json:"at"`
}

// PhoneKey is the kept key of the person with key personKey's number.
func PhoneKey(personKey string) string { return "phone:" + personKey }

// PhoneFixKept is how long a fix is kept: the operator has a year to
// write it into the roster file.
const PhoneFixKept = 366 * 24 * time.Hour

// Fixed is p with the number fix gives, when fix is p's and the roster
// still holds the number it replaced.
func (fix PhoneFix) Fixed(p Person) Person {
	if fix.PersonKey == p.Key() && fix.Phone != "" && p.Phone == fix.Was {
		p.Phone = fix.Phone
	}
	return p
}

// PhoneFixOf decodes a kept PhoneFix; a zero fix (which fixes nothing)
// for none.
func PhoneFixOf(b []byte) (PhoneFix, error) {
	var fix PhoneFix
	if len(b) == 0 {
		return fix, nil
	}
	if err := json.Unmarshal(b, &fix); err != nil {
		return PhoneFix{}, fmt.Errorf("phone fix: %w", err)
	}
	return fix, nil
}
