package export

// The outreach exports: phone-call tasks to elders who use no WeChat (for
// the township's files and the monthly visit target), and notices with the
// households that answered 收到 and those that did not.

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// OutreachWhats are the values of Options.What of the outreach exports
// (this file), accepted besides Whats and PointsWhats.
var OutreachWhats = []string{"calls", "notices"}

// OutreachOptions are what the notices export needs beyond the store.
type OutreachOptions struct {
	// People is the roster: which households live in the grids a notice
	// was posted to.
	People []village.Person
	// GridOfGroup names the village and grid of a WeChat group
	// ((*config.Config).GridOfGroup). nil counts no household.
	GridOfGroup func(group string) (v, grid string, ok bool)
}

// CallSource reads phone-call tasks; *storage.Store has it.
type CallSource interface {
	Calls(ctx context.Context, sc storage.Scope, index string) ([]village.Call, error)
}

// NoticeSource reads notices and their 收到 counters; *storage.Store has it.
type NoticeSource interface {
	Notices(ctx context.Context, sc storage.Scope, index string) ([]village.Notice, error)
	Counters(ctx context.Context, sc storage.Scope, hash string) (map[string]int64, error)
}

// outreachExport reads and tables what o.What asks for: calls from the
// village scopes, notices from the township scopes.
func outreachExport(ctx context.Context, src Source, o Options, loc *time.Location) (table, any, error) {
	if o.What == "notices" {
		return noticesExport(ctx, src, o, loc)
	}
	cs, ok := src.(CallSource)
	if !ok {
		return table{}, nil, errors.New("export: calls: the source cannot read phone calls")
	}
	calls, err := readAll(ctx, o.Scopes, "v:", "calls", func(sc storage.Scope) ([]village.Call, error) {
		return cs.Calls(ctx, sc, storage.CallsAll)
	})
	if err != nil {
		return table{}, nil, err
	}
	return callTable(calls, loc), calls, nil
}

func noticesExport(ctx context.Context, src Source, o Options, loc *time.Location) (table, any, error) {
	ns, ok := src.(NoticeSource)
	if !ok {
		return table{}, nil, errors.New("export: notices: the source cannot read notices")
	}
	gridOf := o.Outreach.GridOfGroup
	if gridOf == nil {
		gridOf = func(string) (string, string, bool) { return "", "", false }
	}
	notices, err := readAll(ctx, o.Scopes, "t:", "notices", func(sc storage.Scope) ([]village.NoticeReplies, error) {
		return storage.NoticeReplies(ctx, ns, sc, o.Outreach.People, gridOf)
	})
	if err != nil {
		return table{}, nil, err
	}
	return noticeTable(notices, householdLabels(o.Outreach.People), loc), notices, nil
}

var callColumns = []column{
	{"编号", 8}, {"村", 10}, {"网格", 8}, {"老人", 10}, {"电话", 14}, {"关爱等级", 8}, {"网格员", 10}, {"事由", 36},
	{"应打日期", 17}, {"状态", 8}, {"未接通次数", 10}, {"结果", 8}, {"记录", 36}, {"记录时间", 17}, {"记录人", 10}, {"转成事项", 8},
}

func callTable(calls []village.Call, loc *time.Location) table {
	t := newTable(Sheets["calls"], callColumns)
	for _, c := range calls {
		t.rows = append(t.rows, []string{
			c.ID, c.Village, c.Grid, c.Person, c.Phone, string(c.Care), c.Worker, c.Topic,
			fmtTime(c.Due, loc), c.StatusLabel(), strconv.Itoa(c.Misses), c.Outcome, c.Note,
			fmtTime(c.LoggedAt, loc), c.LoggedBy, c.Report,
		})
	}
	return t
}

// noticeColumns: a notice to the households counts households (发给 names
// its groups); one to the cadres counts people (发给 says so).
var noticeColumns = []column{
	{"编号", 8}, {"发布时间", 17}, {"发布人", 10}, {"内容", 50}, {"发给", 30}, {"已收到数", 10},
	{"未回复数", 10}, {"已收到", 40}, {"未回复", 40}, {"已告知网格员", 12},
}

// noticeTable names households by their head and 户号 ("张三户（QS-301）"),
// with the village first when a notice reached more than one village; the
// cadres of a notice to them by name, grid and role ("李四（三组网格长）").
func noticeTable(notices []village.NoticeReplies, label func(v, hh string) string, loc *time.Location) table {
	t := newTable(Sheets["notices"], noticeColumns)
	for _, n := range notices {
		followed := "否"
		if n.FollowedUp {
			followed = "是"
		}
		if len(n.Cadres) > 0 {
			answered, pending := cadreNames(n.CadreReplies)
			t.rows = append(t.rows, []string{
				n.ID, fmtTime(n.At, loc), n.By, n.Text, "网格员、网格长（私信，按人算）", strconv.Itoa(len(answered)),
				strconv.Itoa(len(pending)), strings.Join(answered, "、"), strings.Join(pending, "、"), followed,
			})
			continue
		}
		villages := map[string]bool{}
		for _, k := range slices.Concat(n.Acknowledged, n.Pending) {
			v, _, _ := strings.Cut(k, "/")
			villages[v] = true
		}
		names := func(keys []string) string {
			out := make([]string, 0, len(keys))
			for _, k := range keys {
				v, hh, _ := strings.Cut(k, "/")
				name := label(v, hh)
				if !strings.Contains(name, hh) { // a namesake head's label has it already
					name += "（" + hh + "）"
				}
				if len(villages) > 1 {
					name = v + name
				}
				out = append(out, name)
			}
			return strings.Join(out, "、")
		}
		t.rows = append(t.rows, []string{
			n.ID, fmtTime(n.At, loc), n.By, n.Text, strings.Join(n.Groups, "、"), strconv.Itoa(len(n.Acknowledged)),
			strconv.Itoa(len(n.Pending)), names(n.Acknowledged), names(n.Pending), followed,
		})
	}
	return t
}

// cadreNames names the cadres of a notice to them who answered it and who
// have not, each with his grid and role ("李四（三组网格长）"), the village
// first when they are of several.
func cadreNames(replies []village.CadreReply) (answered, pending []string) {
	villages := map[string]bool{}
	for _, c := range replies {
		villages[c.Village] = true
	}
	for _, c := range replies {
		var roles []string
		for _, r := range c.Roles {
			roles = append(roles, string(r))
		}
		where := c.Grid + strings.Join(roles, "、")
		if len(villages) > 1 || c.Grid == "" {
			where = c.Village + where
		}
		name := c.Name
		if where != "" {
			name += "（" + where + "）"
		}
		if c.Acknowledged {
			answered = append(answered, name)
		} else {
			pending = append(pending, name)
		}
	}
	return answered, pending
}
