package words

import (
	"time"
)

// TakeBackWithin is how soon after his plain words went to the township
// as his answer a cadre's bare 「不是答复」 or 「撤回」 takes them back.
const TakeBackWithin = time.Hour
