package wechat

import (
	"errors"
	"strings"

	"gridbot/bot"
	"gridbot/roster"
	"gridbot/village"
)

// Roster is the part of the roster the transport needs to decide which
// name a sender may speak under.
type Roster interface {
	// Lookup finds who in villageName by exact name, then nickname (as
	// roster.Directory does).
	Lookup(villageName, who string) (village.Person, error)
	// Address is the name the handlers write to the person with this key
	// as: the bare name, or name·household among namesakes.
	Address(key, name string) string
}

// Identities turns what WeChat says about a sender into bot.Message.From.
//
// Privileged roles (网格长, 网格员, 评分小组, 超市管理员, 镇干部, 管理员) are
// bound only through the bot account's own remark names (备注) on its
// friends: only the account's operator can set them. A group display name
// or nickname is chosen by the sender himself, so it may name an ordinary
// villager but never a role holder: a villager who renames himself "李四"
// speaks as "李四(未核实)", which the roster does not know, so he gets a
// villager's rights only.
type Identities struct {
	roster    Roster
	villages  []string
	protected map[string]bool // folded names and nicknames of role holders
	people    []village.Person
}

// NewIdentities indexes people, the whole roster, for the guard.
func NewIdentities(r Roster, villages []string, people []village.Person) *Identities {
	id := &Identities{roster: r, villages: villages, protected: map[string]bool{}, people: people}
	for _, p := range people {
		if privileged(p) {
			for _, n := range []string{p.Name, p.Nickname} {
				if k := roster.FoldName(n); k != "" {
					id.protected[k] = true
				}
			}
		}
	}
	return id
}

// privileged reports whether p holds any role beyond villager.
func privileged(p village.Person) bool {
	for _, r := range p.Roles {
		if r != village.RoleVillager {
			return true
		}
	}
	return false
}

// Sender is what WeChat tells about who sent a message.
type Sender struct {
	// Remark is the bot account's remark name (备注) of the sender, when
	// the sender is its friend; set only by the account's operator.
	Remark string
	// Display is the sender's display name in the group (群昵称).
	Display string
	// Nick is the sender's own WeChat nickname.
	Nick string
}

// From returns the name a message of s in villageName (empty: a private
// message, any village) is handled under, and whether it is a verified
// roster identity (by remark name).
func (id *Identities) From(villageName string, s Sender) (from string, verified bool) {
	if r := roster.CleanName(s.Remark); r != "" {
		if p, err := id.lookup(villageName, r); err == nil {
			if r != p.Name && !strings.HasPrefix(r, p.Name+"·") {
				// a remark that is his nickname: the handlers know
				// role holders by name only
				r = id.roster.Address(p.Key(), p.Name)
			}
			return r, true
		}
	}
	var first string
	for _, c := range []string{s.Display, s.Nick, s.Remark} {
		c = roster.CleanName(c)
		if c == "" {
			continue
		}
		if first == "" {
			first = c
		}
		if id.protected[roster.FoldName(c)] {
			return id.guest(villageName, c), false
		}
		p, err := id.lookup(villageName, c)
		switch {
		case err == nil && (privileged(p) || !p.UsesWeChat):
			// a role holder is known by remark name only; one who uses
			// no WeChat (王奶奶) is not the member showing her name
			return id.guest(villageName, c), false
		case err == nil:
			return c, false
		case errors.Is(err, errAmbiguous):
			return id.guest(villageName, c), false
		}
	}
	if first == "" {
		return id.guest(villageName, "微信用户"), false
	}
	return first, false
}

var errAmbiguous = errors.New("ambiguous")

// lookup finds c in villageName, or in any village for a private message.
func (id *Identities) lookup(villageName, c string) (village.Person, error) {
	vs := id.villages
	if villageName != "" {
		vs = []string{villageName}
	}
	var found []village.Person
	for _, v := range vs {
		p, err := id.roster.Lookup(v, c)
		if err == nil {
			found = append(found, p)
			continue
		}
		if errors.Is(err, roster.ErrAmbiguous) {
			return village.Person{}, errAmbiguous
		}
	}
	switch len(found) {
	case 0:
		return village.Person{}, errors.New("unknown")
	case 1:
		return found[0], nil
	}
	if found[0].Key() == found[1].Key() {
		return found[0], nil // a township officer found from every village
	}
	return village.Person{}, errAmbiguous
}

// guest is a name the roster does not know, derived from c.
func (id *Identities) guest(villageName, c string) string {
	g := c + bot.UnverifiedSuffix
	for i := 0; i < 3; i++ {
		if _, err := id.lookup(villageName, g); err != nil && !id.protected[roster.FoldName(g)] {
			return g
		}
		g += "?"
	}
	return g
}

// Canonical returns the name the handlers address the person from
// resolves to as (qualified by household among namesakes, so that a
// private message meant for one 张三 never reaches the other), or "" when
// from resolves to no one (or to several people).
func (id *Identities) Canonical(from string) string {
	p, err := id.lookup("", from)
	if err != nil {
		return ""
	}
	return id.roster.Address(p.Key(), p.Name)
}

// Ambiguous reports whether s's group name matches several villagers of
// villageName (and no remark name tells who it is).
func (id *Identities) Ambiguous(villageName string, s Sender) bool {
	if roster.CleanName(s.Remark) != "" {
		return false
	}
	for _, c := range []string{s.Display, s.Nick} {
		if c = roster.CleanName(c); c == "" {
			continue
		}
		_, err := id.lookup(villageName, c)
		return errors.Is(err, errAmbiguous)
	}
	return false
}

// Person returns the roster person from names in villageName (any village
// when empty).
func (id *Identities) Person(villageName, from string) (village.Person, bool) {
	p, err := id.lookup(villageName, from)
	return p, err == nil
}
