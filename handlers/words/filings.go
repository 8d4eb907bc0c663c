package words

import (
	"strings"
)

// JsonRef is a reference placeholder as JSON writes it.
func JsonRef(ref string) []byte {
	return []byte(strings.ReplaceAll(ref, "\x01", `\u0001`))
}
