// Package village holds gridbot's nouns and rules: people and their roles,
// grids, issue reports, their types and the status transitions the township
// plan allows. It imports only the standard library.
package village

import (
	"fmt"
	"slices"
	"strings"
)

// Role is what a person may do in the bot. The string values are the
// Chinese names used in the roster file.
type Role string

const (
	RoleVillager   Role = "村民"
	RoleWorker     Role = "网格员"
	RoleLeader     Role = "网格长"
	RoleScorer     Role = "评分小组"
	RoleShopkeeper Role = "超市管理员"
	RoleOfficer    Role = "镇干部"
	RoleAdmin      Role = "管理员"
)

// Roles lists every role in the order they are shown to users.
var Roles = []Role{RoleVillager, RoleWorker, RoleLeader, RoleScorer, RoleShopkeeper, RoleOfficer, RoleAdmin}

// ParseRole accepts the Chinese role name or its English alias.
func ParseRole(s string) (Role, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "村民", "villager", "居民":
		return RoleVillager, nil
	case "网格员", "worker", "grid_worker":
		return RoleWorker, nil
	case "网格长", "leader", "grid_leader":
		return RoleLeader, nil
	case "评分小组", "评分员", "scorer":
		return RoleScorer, nil
	case "超市管理员", "shopkeeper":
		return RoleShopkeeper, nil
	case "镇干部", "officer", "township_officer":
		return RoleOfficer, nil
	case "管理员", "admin":
		return RoleAdmin, nil
	}
	return "", fmt.Errorf("unknown role %q", s)
}

// Care is the care tier of a person who is phoned rather than messaged.
type Care string

const (
	CareNone   Care = ""
	CareHigh   Care = "高"
	CareFocus  Care = "重点"
	CareNormal Care = "一般"
)

// Person is one row of the roster.
type Person struct {
	Name       string `json:"name"`
	Village    string `json:"village"`
	Household  string `json:"household,omitempty"` // 户号; empty for cadres who live elsewhere
	Relation   string `json:"relation,omitempty"`  // 与户主关系 as read (ReadRelation): 户主, 配偶, 子女…
	Grid       string `json:"grid,omitempty"`      // empty: village-wide (or township-wide for officers)
	Nickname   string `json:"nickname,omitempty"`  // WeChat nickname or group display name
	Phone      string `json:"phone,omitempty"`
	UsesWeChat bool   `json:"uses_wechat"`
	Care       Care   `json:"care,omitempty"`
	Caretaker  string `json:"caretaker,omitempty"` // grid worker who phones this person
	Roles      []Role `json:"roles"`

	// RelationText is the 与户主关系 as written when it differs from
	// Relation ("长子" for 子女), for showing it; Sex is what it tells of
	// the sex.
	RelationText string `json:"relation_text,omitempty"`
	Sex          Sex    `json:"sex,omitempty"`
	// Gender is the register's optional 性别 column (ReadGender):
	// what tells a 配偶's or a 子女's sex, which 与户主关系 often does
	// not. SexOf reads the two together.
	Gender Sex `json:"gender,omitempty"`
	// Address is the register's optional 家庭住址 ("青山村三组17号"): where
	// the duty chat sends help when an alarm names his home (alarm98).
	// Never shown in a group.
	Address string `json:"address,omitempty"`
}

// SexOf is p's sex as the register tells it: its 性别, else what its
// 与户主关系 says ("长子", "妻"); SexUnknown when neither tells.
func (p Person) SexOf() Sex {
	if p.Gender != SexUnknown {
		return p.Gender
	}
	return p.Sex
}

// RelationWritten is p's 与户主关系 as the register writes it, for
// showing it.
func (p Person) RelationWritten() string {
	if p.RelationText != "" {
		return p.RelationText
	}
	return p.Relation
}

// SetRelation sets p's relation from a 与户主关系 as written (ReadRelation).
func (p *Person) SetRelation(written string) {
	p.Relation, p.Sex = ReadRelation(written)
	p.RelationText = ""
	if t := strings.TrimSpace(written); t != p.Relation {
		p.RelationText = t
	}
}

// Key identifies a person across roster re-imports: village, household and name.
func (p Person) Key() string {
	return p.Village + "/" + p.Household + "/" + p.Name
}

// Has reports whether p holds role r.
func (p Person) Has(r Role) bool {
	for _, have := range p.Roles {
		if have == r {
			return true
		}
	}
	return false
}

// VillageWide reports whether p holds a role that serves the whole
// village with no grid (网格长, 网格员, 镇干部, 管理员): such a person may be
// of no grid, where a villager, a scorer or a shopkeeper of a village of
// several grids belongs to one.
func (p Person) VillageWide() bool {
	return slices.ContainsFunc(p.Roles, func(r Role) bool {
		switch r {
		case RoleLeader, RoleWorker, RoleOfficer, RoleAdmin:
			return true
		}
		return false
	})
}

// Covers reports whether p holds role r for the given grid of the given
// village. Grid leaders and workers cover their own grid (or every grid of
// their village when their grid is empty); scorers and shopkeepers cover
// their village; township officers and admins cover the whole township.
func (p Person) Covers(r Role, villageName, grid string) bool {
	if !p.Has(r) {
		return false
	}
	switch r {
	case RoleOfficer, RoleAdmin:
		return true
	case RoleLeader, RoleWorker:
		return p.Village == villageName && (p.Grid == "" || p.Grid == grid)
	}
	return p.Village == villageName
}

// Tends reports whether p is a grid leader or worker of the grid: who
// may file, phone and answer for its people.
func (p Person) Tends(villageName, grid string) bool {
	return p.Covers(RoleLeader, villageName, grid) || p.Covers(RoleWorker, villageName, grid)
}

// CaredBy reports whether w is p's 责任网格员: the grid worker or grid
// leader of p's village the roster names (a namesake of his who is
// neither is not). A small grid's 网格长 often phones its elders himself.
func (p Person) CaredBy(w Person) bool {
	return p.Caretaker != "" && w.Name == p.Caretaker && w.Village == p.Village && (w.Has(RoleWorker) || w.Has(RoleLeader))
}

// Titled names w by his grid role, as the texts call a 责任网格员:
// 网格长王五 when he leads a grid, else 网格员王五.
func (w Person) Titled() string {
	if w.Has(RoleLeader) {
		return string(RoleLeader) + w.Name
	}
	return string(RoleWorker) + w.Name
}

// CaretakerOf is p's 责任网格员 among people (CaredBy); false when p has
// none or he is not among them.
func CaretakerOf(people []Person, p Person) (Person, bool) {
	if p.Caretaker != "" {
		for _, w := range people {
			if p.CaredBy(w) {
				return w, true
			}
		}
	}
	return Person{}, false
}

// Phoner is who phones p, among people (the roster, in its order): p's
// 责任网格员 (CaretakerOf), else the first worker of p's grid, else its
// first leader; no one (an empty Name) when the grid has none.
func Phoner(people []Person, p Person) Person {
	if w, ok := CaretakerOf(people, p); ok {
		return w
	}
	for _, role := range []Role{RoleWorker, RoleLeader} {
		for _, w := range people {
			if w.Covers(role, p.Village, p.Grid) {
				return w
			}
		}
	}
	return Person{}
}

// InGroupOf reports whether p is in the WeChat group of grid g of village
// v: its people and the village's cadres of no grid; people of another
// grid and township officers (of no grid; the roster puts them in a
// village) are not.
func (p Person) InGroupOf(v, g string) bool {
	return p.Village == v && (p.Grid == g || p.Grid == "" && !p.Has(RoleOfficer))
}

// SeesTownship reports whether p sees the township's items when the bot
// talks to him privately: a township officer, or the admin, of no grid
// (each item then named with its village).
func (p Person) SeesTownship() bool {
	return p.Grid == "" && (p.Has(RoleOfficer) || p.Has(RoleAdmin))
}

// IsCadre reports whether p holds any role beyond villager.
func (p Person) IsCadre() bool {
	for _, r := range p.Roles {
		if r != RoleVillager {
			return true
		}
	}
	return false
}

// Frail reports whether p is one whose going missing is an alarm however
// it is told ("王奶奶还没回来"): an elder or anyone in care (a 关爱等级),
// a grandchild of the household (a child, most likely), or one who uses no
// WeChat and holds no role (phoned, not messaged: an elder, a child). A
// grown-up away from his desk is not (see understand.NamedGone).
func (p Person) Frail() bool {
	return p.Care != CareNone || p.Relation == RelGrandchild || !p.UsesWeChat && !p.IsCadre()
}
