package words

import (
	"regexp"
	"time"
)

// PhotoWait is how long a claim that needs photos and was sent without
// them takes its claimant's photos in the chat: he may go home to take
// them.
const PhotoWait = 24 * time.Hour

// Photo is one photo waiting for its sender's next item.
type Photo struct {
	Path string    `json:"path"`
	At   time.Time `json:"at"`
}

// Waiting are the photos read as waiting for the item a turn makes: Raw as
// stored (nil: none), Photos decoded.
type Waiting struct {
	Raw    []byte
	Photos []Photo
	// Copied: known from the process's copy of them, not read
	Copied bool
}

// MaxWaiting bounds the photos waiting for an item (WeChat sends at most
// nine at once).
const MaxWaiting = 9

// AttachTries is how often handling a photo is tried when what it was
// decided on changes meanwhile.
const AttachTries = 3

// EmergencyPhotos is how long after an emergency was raised photos its
// reporter or a witness posts in its group are of its scene.
const EmergencyPhotos = 2 * time.Hour

// CaptionRe is a message that only says what a photo shows ("这是垃圾分类
// 的照片", "这张是我家院子的图片"): what WeChat cannot send with the photo.
var CaptionRe = regexp.MustCompile(`^(?:这|这个|这张|这几张|这些|上面|图上|照片上|发的)?是?[^，,。；;！!？?\s]{0,12}的(?:照片|图片|相片)[了啊呀哈嘛。！!~～]*$`)
