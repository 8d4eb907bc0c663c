package handlers_test

import (
	"log/slog"
	"testing"

	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallOfNamesakesWithDot (town99): calleesNamed, the namesakes'
// fallback, reads a name with its own 「·」 whole. Two elders of 王五 named
// 阿依古丽·买买提 are asked apart (the worker is shown name·户号 to write),
// and the name·户号 he writes logs hers; one such elder beside a namesake
// who uses WeChat is logged at once.
func TestCallOfNamesakesWithDot(t *testing.T) {
	const name = "阿依古丽·买买提"
	elder := func(household, phone string, wechat bool) village.Person {
		return village.Person{Name: name, Village: "青山村", Household: household, Relation: "户主", Grid: "三组",
			Phone: phone, Care: village.CareHigh, Caretaker: "王五", UsesWeChat: wechat,
			Roles: []village.Role{village.RoleVillager}}
	}
	with := func(t *testing.T, more ...village.Person) *chat {
		cfg, dir := exampleVillage(t, more...)
		st := storagetest.New(t)
		r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
			Reader: understand.Rules{}, Logger: slog.New(slog.DiscardHandler)})
		return &chat{t: t, r: r, st: st, now: at}
	}
	t.Run("two elders", func(t *testing.T) {
		c := with(t, elder("QS-398", "13900000398", false), elder("QS-399", "13900000399", false))
		got := c.say("王五", "回访 "+name+" 已通 身体挺好")
		has(t, "asked which", got, "2 位", name+"·QS-398", name+"·QS-399", "0398", "0399")
		got = c.say("王五", "回访 "+name+"·QS-399 已通 身体挺好")
		has(t, "logged", got, name)
		lacks(t, "logged", got, "没有", "不是", "哪一位")
	})
	t.Run("namesake uses WeChat", func(t *testing.T) {
		c := with(t, elder("QS-398", "13900000398", true), elder("QS-399", "13900000399", false))
		got := c.say("王五", "回访 "+name+" 已通 身体挺好")
		has(t, "logged", got, name)
		lacks(t, "logged", got, "没有", "不是", "哪一位")
	})
}
