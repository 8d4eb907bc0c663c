package roster

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"gridbot/village"
)

// WriteCSV writes people as a UTF-8 register with a BOM (so Excel opens it
// correctly) and the Chinese header ParseCSV reads back to the same people.
func WriteCSV(w io.Writer, people []village.Person) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"姓名", "户号", "与户主关系", "网格", "微信昵称", "手机号", "使用微信", "关爱等级", "责任网格员", "角色", "村"})
	for _, p := range people {
		wechat := "是"
		if !p.UsesWeChat {
			wechat = "否"
		}
		roles := make([]string, len(p.Roles))
		for i, r := range p.Roles {
			roles[i] = string(r)
		}
		_ = cw.Write([]string{p.Name, p.Household, p.Relation, p.Grid, p.Nickname, p.Phone, wechat,
			string(p.Care), p.Caretaker, strings.Join(roles, ";"), p.Village})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	return nil
}
