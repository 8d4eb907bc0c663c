package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkCallOwnWords: 王五's call notes in his own words (call70).
// Each round is a day: the morning's list naming the elder is committed
// (not measured), then his note is measured. "unsure": 「白凤兰耳朵背 说了
// 半天 也不知道听懂没有」; "dead number": 「白凤兰的电话是空号」, a visit
// asked of 李四; "name last": 「打了三次都没人接 白凤兰」; "away":
// 「白凤兰去她女儿家住了 这个月不在村里」; "new number": 「白凤兰电话换了
// 新号…」, kept with her open call; "unread": 「白凤兰那个事 我回头再跟你讲」.
func BenchmarkCallOwnWords(b *testing.B) {
	for _, tc := range []struct{ name, text string }{
		{"unsure", "白凤兰耳朵背 说了半天 也不知道听懂没有"},
		{"dead number", "白凤兰的电话是空号"},
		{"name last", "打了三次都没人接 白凤兰"},
		{"away", "白凤兰去她女儿家住了 这个月不在村里"},
		{"new number", "白凤兰电话换了 新号139%08d"},
		{"unread", "白凤兰那个事 我回头再跟你讲"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 挺好"})
			benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i+1) * 25 * time.Hour)
				if _, err := st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprintf("list70-%d", i),
					Docs: []storage.Doc{callDoc66(b, "白凤兰", day)}}); err != nil {
					b.Fatal(err)
				}
				text := tc.text
				if tc.name == "new number" {
					text = fmt.Sprintf(tc.text, i)
				}
				return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Hour), Private: true, From: "王五", Text: text}, nil
			})
		})
	}
}
