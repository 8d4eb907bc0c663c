package bot

import "strings"

// ParseQuote splits a WeChat quoted reply, which arrives as plain text
//
//	「name：quoted text」
//	- - - - - - - - - - - - - - -
//	reply
//
// into the quote and the reply. ok is false when text is not a quoted reply.
func ParseQuote(text string) (q Quote, reply string, ok bool) {
	t := strings.TrimLeft(text, " \n")
	if !strings.HasPrefix(t, "「") {
		return Quote{}, text, false
	}
	end := strings.Index(t, "」\n")
	for end >= 0 {
		rest := t[end+len("」\n"):]
		line, after, _ := strings.Cut(rest, "\n")
		if isDashLine(line) {
			inner := t[len("「"):end]
			name, quoted, found := strings.Cut(inner, "：")
			if !found {
				name, quoted, found = strings.Cut(inner, ":")
			}
			if !found {
				name, quoted = "", inner
			}
			return Quote{Name: strings.TrimSpace(name), Text: strings.TrimSpace(quoted)}, strings.TrimSpace(after), true
		}
		next := strings.Index(rest, "」\n")
		if next < 0 {
			break
		}
		end += len("」\n") + next
	}
	return Quote{}, text, false
}

// isDashLine reports whether line is WeChat's separator: dashes and spaces,
// at least three dashes.
func isDashLine(line string) bool {
	line = strings.TrimSpace(line)
	if strings.Count(line, "-") < 3 {
		return false
	}
	return strings.Trim(line, "- ") == ""
}
