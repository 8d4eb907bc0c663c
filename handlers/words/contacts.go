package words

// ContactOffices are the township departments a villager may phone when
// the grid's cadres cannot be reached, the first listed with a phone
// being told: the office that takes the grids' matters, or the service
// centre.
var ContactOffices = []string{"党群服务中心", "综治中心", "党政办", "党办", ServiceCenter}

// Cadre is one line of the contact answer.
type Cadre struct{ Role, Name, Phone string }
