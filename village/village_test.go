package village

import "testing"

func TestParseRole(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Role
		wantErr bool
	}{
		{"villager", "村民", RoleVillager, false},
		{"resident alias", "居民", RoleVillager, false},
		{"villager english", "villager", RoleVillager, false},
		{"worker", "网格员", RoleWorker, false},
		{"worker english", "worker", RoleWorker, false},
		{"worker snake case", "grid_worker", RoleWorker, false},
		{"leader", "网格长", RoleLeader, false},
		{"leader english upper case", "Leader", RoleLeader, false},
		{"leader snake case", "grid_leader", RoleLeader, false},
		{"scorer", "评分小组", RoleScorer, false},
		{"scorer alias", "评分员", RoleScorer, false},
		{"scorer english", "scorer", RoleScorer, false},
		{"shopkeeper", "超市管理员", RoleShopkeeper, false},
		{"shopkeeper english", "SHOPKEEPER", RoleShopkeeper, false},
		{"officer", "镇干部", RoleOfficer, false},
		{"officer english", "officer", RoleOfficer, false},
		{"officer snake case", "township_officer", RoleOfficer, false},
		{"admin", "管理员", RoleAdmin, false},
		{"admin english", "admin", RoleAdmin, false},
		{"surrounding spaces", "  网格长 \t", RoleLeader, false},
		{"unknown", "村支书", "", true},
		{"unknown english", "boss", "", true},
		{"two roles in one cell", "网格员;网格长", "", true},
		{"empty", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRole(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseRole(%q) error = %v; wantErr %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseRole(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPersonCovers(t *testing.T) {
	var (
		leader3     = Person{Name: "王强", Village: "青山村", Grid: "三组", Roles: []Role{RoleVillager, RoleLeader}}
		leaderAll   = Person{Name: "赵刚", Village: "青山村", Roles: []Role{RoleLeader}}
		worker3     = Person{Name: "李芳", Village: "青山村", Grid: "三组", Roles: []Role{RoleWorker}}
		scorer      = Person{Name: "陈书记", Village: "青山村", Grid: "一组", Roles: []Role{RoleScorer}}
		shopkeeper  = Person{Name: "刘姐", Village: "青山村", Roles: []Role{RoleShopkeeper}}
		officer     = Person{Name: "周干部", Village: "镇政府", Roles: []Role{RoleOfficer}}
		admin       = Person{Name: "孙管理", Roles: []Role{RoleAdmin}}
		villager    = Person{Name: "张三", Village: "青山村", Grid: "三组", Roles: []Role{RoleVillager}}
		otherLeader = Person{Name: "钱五", Village: "绿水村", Grid: "三组", Roles: []Role{RoleLeader}}
	)
	tests := []struct {
		name    string
		p       Person
		role    Role
		village string
		grid    string
		want    bool
	}{
		{"leader covers own grid", leader3, RoleLeader, "青山村", "三组", true},
		{"leader does not cover another grid", leader3, RoleLeader, "青山村", "一组", false},
		{"leader does not cover the village level", leader3, RoleLeader, "青山村", "", false},
		{"leader does not cover same grid name elsewhere", leader3, RoleLeader, "绿水村", "三组", false},
		{"leader role not held as worker", leader3, RoleWorker, "青山村", "三组", false},
		{"leader is also a villager", leader3, RoleVillager, "青山村", "一组", true},
		{"village-wide leader covers every grid", leaderAll, RoleLeader, "青山村", "一组", true},
		{"village-wide leader covers the village level", leaderAll, RoleLeader, "青山村", "", true},
		{"village-wide leader not another village", leaderAll, RoleLeader, "绿水村", "一组", false},
		{"worker covers own grid", worker3, RoleWorker, "青山村", "三组", true},
		{"worker does not cover another grid", worker3, RoleWorker, "青山村", "二组", false},
		{"scorer covers every grid of the village", scorer, RoleScorer, "青山村", "三组", true},
		{"scorer not another village", scorer, RoleScorer, "绿水村", "一组", false},
		{"shopkeeper covers the village", shopkeeper, RoleShopkeeper, "青山村", "二组", true},
		{"shopkeeper not another village", shopkeeper, RoleShopkeeper, "绿水村", "", false},
		{"officer covers any village", officer, RoleOfficer, "绿水村", "五组", true},
		{"officer is not a leader", officer, RoleLeader, "绿水村", "五组", false},
		{"admin covers any village", admin, RoleAdmin, "青山村", "三组", true},
		{"villager holds no leader role", villager, RoleLeader, "青山村", "三组", false},
		{"other village leader", otherLeader, RoleLeader, "青山村", "三组", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Covers(tt.role, tt.village, tt.grid); got != tt.want {
				t.Errorf("%s.Covers(%s, %s, %q) = %v; want %v", tt.p.Name, tt.role, tt.village, tt.grid, got, tt.want)
			}
		})
	}
}

func TestTends(t *testing.T) {
	leader := Person{Name: "李四", Village: "青山村", Grid: "三组", Roles: []Role{RoleLeader}}
	worker := Person{Name: "王五", Village: "青山村", Roles: []Role{RoleWorker}} // village-wide
	villager := Person{Name: "张三", Village: "青山村", Grid: "三组", Roles: []Role{RoleVillager}}
	for _, tc := range []struct {
		p     Person
		grid  string
		tends bool
	}{
		{leader, "三组", true}, {leader, "一组", false}, {worker, "一组", true}, {villager, "三组", false},
	} {
		if got := tc.p.Tends("青山村", tc.grid); got != tc.tends {
			t.Errorf("%s Tends 青山村%s = %v, want %v", tc.p.Name, tc.grid, got, tc.tends)
		}
	}
}
