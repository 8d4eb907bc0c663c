package words

// AskReopen asks the reporter of an item closed lately whether his short
// word that something is not done is of it (reopenOffer): yes reopens it,
// no leaves it closed.
const AskReopen = "reopen"

// ReopenMaxRunes is how long a message may be to be read as a reporter's
// word on his closed item: 「还是不亮」, 「路灯又不亮了」. A longer one tells
// a matter in its own words, and is filed as one (linked to the closed
// item when it names its thing: settledNews).
const ReopenMaxRunes = 12

// ReopenWords say that something is as it was, or back: 还是, 又, 仍, 还没.
var ReopenWords = []string{"还是", "又", "仍", "还没"}
