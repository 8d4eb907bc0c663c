package words

import (
	"regexp"
	"strings"
	"time"

	"gridbot/village"
)

// PhotoWait is how long a claim that needs photos and was sent without
// them takes its claimant's photos in the chat: he may go home to take
// them.
const PhotoWait = 24 * time.Hour

// PhotoKeptDown is how long past its wait a claim that waited for photos
// stays its claimant's last item in the chat (the evidence key's life):
// the bot may have been down when the wait ended (PhotoResent).
const PhotoKeptDown = 7 * 24 * time.Hour

// PhotoAfterDown is how long after the bot came back from a downtime a
// photo resent for a claim whose wait the downtime cut still counts.
const PhotoAfterDown = 24 * time.Hour

// PhotoResent reports whether a photo sent at at, past the wait of a claim
// made at made and waiting for photos until until, is still the claim's:
// the bot was down from from to to while the wait was open (WeChat never
// delivers what was sent meanwhile, and the downtime notice asks people to
// send it again), and came back less than PhotoAfterDown before at.
func PhotoResent(made, until, from, to, at time.Time) bool {
	return !until.IsZero() && !at.Before(until) && from.Before(until) && to.After(made) &&
		!at.Before(to) && at.Sub(to) <= PhotoAfterDown
}

// PhotoAwaited reports until when claim c, sent without a photo that it
// needs or said would come (「…有照片」), still takes its claimant's photos
// (PhotoWait: the claim's reply told him 「24小时内都行」); ok is false
// when it has photos, none was asked for, or the wait is over at at.
func PhotoAwaited(c village.Claim, at time.Time) (until time.Time, ok bool) {
	if len(c.Images) > 0 || c.CreatedAt.IsZero() || !PhotoAsked(c) {
		return time.Time{}, false
	}
	until = c.CreatedAt.Add(PhotoWait)
	return until, at.Before(until)
}

// PhotoAsked reports whether claim c needs a photo or said one would
// come (「…有照片」): its claimant was told he may send it later.
func PhotoAsked(c village.Claim) bool {
	return c.Needs == village.EvidencePhoto || strings.Contains(c.Evidence, "照片")
}

// photoReason are words of a scorer's reason that say a photo is missing.
var photoReason = regexp.MustCompile(`照片|相片|图片|拍照|照相|截图`)

// PhotoReason reports whether a rejection's reason is (or names) the
// photo: 「没有照片」, 「缺少现场照片」, 「照片没发」.
func PhotoReason(note string) bool { return photoReason.MatchString(note) }

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
