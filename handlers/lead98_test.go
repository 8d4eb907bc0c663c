package handlers_test

import (
	"log/slog"
	"testing"

	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallLoggedForNameWithDot (lead98): an elder whose name is written
// with 「·」 ("阿依古丽·买买提") is found when her worker logs her call,
// through the roster lookup town98 taught such names (a name·户号 first,
// then the whole name). calleesNamed, the namesakes' fallback, reads such
// a name whole too since town99 (TestCallOfNamesakesWithDot).
func TestCallLoggedForNameWithDot(t *testing.T) {
	const name = "阿依古丽·买买提"
	cfg, dir := exampleVillage(t, village.Person{Name: name, Village: "青山村", Household: "QS-399", Relation: "户主",
		Grid: "三组", Phone: "13900000399", Care: village.CareHigh, Caretaker: "王五", Roles: []village.Role{village.RoleVillager}})
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
		Reader: understand.Rules{}, Logger: slog.New(slog.DiscardHandler)})
	c := &chat{t: t, r: r, st: st, now: at}
	got := c.say("王五", "回访 "+name+" 已通 身体挺好")
	has(t, "logged", got, name)
	lacks(t, "logged", got, "没有", "不是")
}
