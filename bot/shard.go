package bot

import "hash/fnv"

// Shard picks which of n workers handles messages keyed by key (a chat, or
// "@"+sender for private messages): the same key always goes to the same
// worker, so that one chat's messages are handled in order while different
// chats proceed side by side.
func Shard(key string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

// ShardKey is the key Shard is given for a message: its chat, or the
// sender for a private message.
func ShardKey(m Message) string {
	if m.Chat == "" {
		return "@" + m.From
	}
	return m.Chat
}

// DefaultWorkers is how many workers a transport runs unless told
// otherwise: enough for a township's groups to proceed side by side on a
// small machine.
const DefaultWorkers = 4
