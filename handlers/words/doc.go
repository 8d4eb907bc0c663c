// Package words reads villagers' and cadres' chat words: whether a message
// denies, says done, names a place, a person, a number, a date or an item,
// asks or answers, and the word lists and small result types those readings
// share. It holds no state and does no I/O: every function is a plain
// reading of the text (and of plain values) it is given, so the chat flows
// in package handlers decide what to do with what the words say.
package words
