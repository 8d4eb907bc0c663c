// Package roster imports a village household register (花名册) into
// []village.Person and indexes it for lookups by name, nickname, grid,
// role and household.
//
// # File format
//
// The register is a CSV file (UTF-8, with or without a BOM, or GBK as Excel
// and WPS on Chinese Windows save "CSV"; UTF-16 with a BOM as Excel saves
// "Unicode 文本"; lines ending in LF, CRLF or a bare CR as old Mac
// software saves; separated by commas, or by tabs or semicolons when its
// header line has more of them) or an .xlsx workbook, of which the
// first sheet with a 姓名 header is read; when several sheets have one (a
// workbook kept one sheet a 组), all of them are, each with its own header,
// and a sheet with no 网格 column gives its rows the grid its name names
// (一组, 青山村一组: see Places). The header is the first non-blank
// row with a 姓名 cell among the first five (title rows above it are
// skipped), or else the first non-blank row; every later non-blank row is
// one person. In a workbook, a cell merged down over several rows (a
// family's 户号 or 网格 written once) holds its value on each of them.
// Header cells are matched ignoring case, spaces (also inside:
// 姓　名) and a parenthesised suffix, so "使用微信", "使用微信(是/否)",
// "使用微信（是/否）" and "WeChat" all name the same column; common other
// headers ("所属网格", "联系电话": see columnAliases) do too. Columns may
// come in any order and only 姓名 is required. A header that is not one
// of the columns below is read for nothing and named once (Sheet.Unread:
// 出生日期, 备注), unless it looks like one of them the file
// lacks (微信号, 手机号码1, 网隔: likeColumns), which is an error, so a
// misspelt column is never silently ignored. A column of ID numbers
// (身份证号) is never held nor logged. Values are trimmed of spaces.
//
//   - 姓名 (name): required.
//   - 户号 (household): the household number. 村, 户号 and 姓名 together
//     identify a person when the register is imported again.
//   - 与户主关系 (relation): 户主, 配偶, 子女…
//   - 网格 (grid): the person's grid. Empty for a 网格员 or 网格长 who
//     covers every grid of the village.
//   - 微信昵称 (nickname): WeChat nickname or group display name.
//   - 手机号 (phone): an 11-digit mobile number starting with 1, such as
//     13912345678 (also written 139-1234-5678, 139 1234 5678 or with +86:
//     kept as the 11 digits), or a landline with one hyphen and 7 to 13
//     digits, such as 0871-1234567. Full-width digits and hyphens
//     (１３９…, ０８７１－…) are read as ASCII ones.
//   - 使用微信 (wechat): 是 or 否; yes/no, y/n, 1/0 and true/false also work.
//     Empty means 是. A person with 否 must have a 手机号: the bot phones
//     them instead of messaging them.
//   - 关爱等级 (care): 高, 重点, 一般 or empty.
//   - 责任网格员 (caretaker): the 姓名 of the 网格员 (or 网格长) who phones
//     this person. It must be a person of the same 村 in the same file
//     whose 角色 include 网格员 or 网格长.
//   - 角色 (roles): one or more of 村民, 网格员, 网格长, 评分小组,
//     超市管理员, 镇干部, 管理员 (or their English names villager, worker,
//     leader, scorer, shopkeeper, officer, admin), separated by ; ； 、 , ，
//     or /. Empty means 村民.
//   - 村 (village): the village. Empty means the default village the
//     importer is given, which is how a single-village register needs no
//     村 column.
//   - 性别 (gender): 男 or 女 (男性, 女性, M, F also work), optional. It
//     tells whom kin words mean ("我家老头子", "我闺女") where 与户主关系
//     does not (配偶, 子女); it must not contradict it (长子 and 女).
//   - 家庭住址 (address; also 住址, 地址, 家庭地址): optional, as written.
//     The duty chat's post of an alarm at his home names it (alarm98).
//
// The same 村 + 户号 + 姓名 may appear only once. A register with no one
// in it is rejected, so an empty export cannot wipe the roster.
//
// Every problem is reported in Chinese, for the volunteer who keeps the
// register, with its row (the spreadsheet row, where the header of a file
// that starts with it is row 1), the column as written in the header and
// what to write instead, for example
//
//	roster.csv 第 7 行「手机号」："1390000" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）
//
// Up to 20 problems (and a count of the rest) are reported at once so that
// all of them can be fixed before importing again.
package roster

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	textunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/width"

	"gridbot/internal/near"
	"gridbot/internal/phone"
	"gridbot/village"
)

// maxErrors is how many row errors are reported at once.
const maxErrors = 20

// RowError is a problem with one cell (or, for header problems, one column)
// of the register.
type RowError struct {
	Row    int    // 1-based row in the file; the header is row 1
	Column string // the column's header as written in the file
	Msg    string
	// Sheet is the workbook's sheet of the row when several were read
	// (one sheet a 组); "" for a file of one.
	Sheet string
}

func (e RowError) Error() string {
	at := rowAt(e.Sheet, e.Row)
	if e.Column == "" {
		return fmt.Sprintf("%s：%s", at, e.Msg)
	}
	return fmt.Sprintf("%s「%s」：%s", at, e.Column, e.Msg)
}

// rowAt names a row as the volunteer finds it: "第 7 行", or with its
// sheet when the register is several sheets, "工作表「二组」第 7 行".
func rowAt(sheet string, row int) string {
	if sheet == "" {
		return fmt.Sprintf("第 %d 行", row)
	}
	return fmt.Sprintf("工作表「%s」第 %d 行", sheet, row)
}

// Parse reads a register from r. It is read as XLSX when filename ends in
// .xlsx or the content is a zip archive, and as CSV otherwise. Errors are
// prefixed with filename.
func Parse(r io.Reader, filename string, defaultVillage string) ([]village.Person, error) {
	people, _, err := ParseSheet(r, filename, Places{Village: defaultVillage})
	if err != nil {
		return nil, err // not the rows that read (ParseSheet)
	}
	return people, nil
}

// ParseSheet is Parse that also says where in the file each person is,
// reading the register against the config's places (a workbook of one
// sheet a 组 is read by them). With cells that are wrong (RowError) it
// returns the people of the rows that read, and their sheet, with the
// errors.
func ParseSheet(r io.Reader, filename string, at Places) ([]village.Person, *Sheet, error) {
	br := bufio.NewReader(r)
	magic, _ := br.Peek(4) // a shorter file is simply not a zip archive
	ext := strings.ToLower(filepath.Ext(filename))
	var im *importer
	var err error
	switch {
	case ext == ".xls" && string(magic) == zipMagic:
		im, err = parseXLSX(br, at) // a workbook named .xls
	case ext == ".xls":
		err = errors.New("不支持老的 .xls 格式：请在 Excel 或 WPS 里另存为 .xlsx，或者「CSV UTF-8」")
	case ext == ".xlsx" && string(magic) == oleMagic:
		err = errors.New("其实是老的 .xls 格式（只是文件名写成了 .xlsx），读不了：请在 Excel 或 WPS 里打开它，另存为 .xlsx 或者「CSV UTF-8」")
	case ext == ".xlsx" && string(magic) != zipMagic && textual(br):
		// a CSV renamed .xlsx, as the config names the register: read
		// as what it is ("打不开这个 Excel 文件" would send him looking
		// for damage)
		im, err = parseCSV(br, at)
	case ext == ".yaml" || ext == ".yml":
		// the config given as the register (-import my.yaml): read as
		// CSV it would only say the 姓名 column is missing
		err = errors.New("这是配置文件，" + notConfig)
	case slices.Contains([]string{".json", ".toml", ".ini", ".conf", ".doc", ".docx", ".pdf", ".wps", ".md", ".zip", ".rar", ".jpg", ".jpeg", ".png"}, ext):
		err = errors.New("不是花名册（要 .csv 或 .xlsx 表格）：请在 Excel 或 WPS 里打开花名册，另存为 .xlsx 或「CSV UTF-8」，再用 -import 导入那个文件")
	case ext == ".xlsx" || string(magic) == zipMagic:
		im, err = parseXLSX(br, at)
	default:
		im, err = parseCSV(br, at)
	}
	if err != nil && im != nil {
		// cells wrong (RowErrors): the rows that read are returned too,
		// so that roster -import can check them against the config in
		// the same run
		return im.people, im.sheet(filename), inFile(filename, err)
	}
	if err != nil {
		return nil, nil, inFile(filename, err)
	}
	return im.people, im.sheet(filename), nil
}

// notConfig says how the config and the register are given, to whom gave
// the config as the register.
const notConfig = "不是花名册（要 .csv 或 .xlsx 表格）：配置文件写在 -config 后面，-import 后面写花名册，如 -config 我的配置.yaml -import 花名册.xlsx"

// yamlLines is how many lines yamlLike reads.
const yamlLines = 40

// yamlLike reports whether data, given as a register, is YAML: the
// config (or a copy of it) saved as .csv or .txt, which the CSV reader
// would take for a register with one odd column and no 姓名. Among its
// first yamlLines lines, blank lines and comments (#) aside, the first is
// a top-level key ("township:"), there are at least two, and every other
// is a key, a list item ("- 一组") or indented under one. A register's
// header (姓名,户号…) or title row (花名册) is none of these.
func yamlLike(data []byte) bool {
	tops := 0
	for i, line := range strings.SplitN(string(data), "\n", yamlLines+1) {
		if i == yamlLines {
			break
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		top := yamlKey(line)
		if tops == 0 && !top {
			return false
		}
		if top {
			tops++
		} else if !yamlKey(t) && t != "-" && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(line, " ") {
			return false
		}
	}
	return tops >= 2
}

// yamlKey reports whether line starts with a YAML mapping key as the
// config writes them: ASCII letters, digits, _ and -, then a colon ending
// the line or before a space.
func yamlKey(line string) bool {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i+1 < len(line) && line[i+1] != ' ' {
		return false
	}
	for j, c := range []byte(line[:i]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || j > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return true
}

// ParseCSV reads a register from CSV text in UTF-8 or GBK.
func ParseCSV(r io.Reader, defaultVillage string) ([]village.Person, error) {
	im, err := parseCSV(r, Places{Village: defaultVillage})
	if err != nil {
		return nil, err
	}
	return im.people, nil
}

// badLine is the line (counting from 1) of the first bytes that are no
// UTF-8 in data that is UTF-8 Chinese before them, over a whole line at
// least: a UTF-8 file with some garbage pasted in, not a file in another
// encoding. 0 otherwise.
func badLine(data []byte) int {
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	head := data[:i]
	if i == len(data) || bytes.IndexByte(head, '\n') < 0 || utf8.RuneCount(head) == len(head) {
		return 0 // all valid, or nothing of a first line, or no Chinese to go by
	}
	return bytes.Count(head, []byte("\n")) + 1
}

func parseCSV(r io.Reader, at Places) (*importer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if u16, ok := fromUTF16(data); ok {
		// Excel's "Unicode 文本" (and WPS's text export): UTF-16 with a
		// byte order mark, tab-separated.
		data = u16
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		// Excel and WPS on Chinese Windows save "CSV" in the system code
		// page, GBK. Anything else decoded as GB18030 does not find the
		// 姓名 header, so build still refuses it.
		gbk, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(gbk, utf8.RuneError) {
			if line := badLine(data); line > 0 {
				return nil, fmt.Errorf("第 %d 行有乱码（不是文字的字节，多半是从别处粘贴进来的）：请在 Excel 或 WPS 里打开，把这一行有乱码的格子重新输入，另存为「CSV UTF-8」，或者直接用 .xlsx", line)
			}
			return nil, errors.New("文件不是 UTF-8 编码：请在 Excel 或 WPS 里另存为「CSV UTF-8」，或者直接用 .xlsx")
		}
		data = gbk
	}
	data = unixLines(data)
	if yamlLike(data) {
		return nil, errors.New("文件里是配置（YAML 格式的设置），" + notConfig)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	var recs []record
	row, lines, offset := 0, 0, 0
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		// Count rows as a spreadsheet shows them: the blank lines the
		// CSV reader skips are rows, a quoted multi-line cell is not.
		start, _ := cr.FieldPos(0)
		row += start - lines
		end := int(cr.InputOffset())
		lines += bytes.Count(data[offset:end], []byte("\n"))
		offset = end
		recs = append(recs, record{row, fields})
	}
	return build(recs, at)
}

// unixLines ends every line with a bare LF: Windows' CRLF and the bare CR
// of old Mac software (and some Excel exports "CSV (Macintosh)") alike,
// which the CSV reader would otherwise take for one long row. A line break
// inside a quoted cell becomes an LF too.
func unixLines(data []byte) []byte {
	if !bytes.ContainsRune(data, '\r') {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// fromUTF16 decodes text that starts with a UTF-16 byte order mark; ok is
// false for any other text.
func fromUTF16(data []byte) (_ []byte, ok bool) {
	if !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, false
	}
	dec := textunicode.UTF16(textunicode.LittleEndian, textunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(data)
	return out, err == nil
}

// separator is the field separator of the register's header: a comma,
// unless the first line with a 姓名 (or name) cell among the first
// titleRows lines has more tabs or semicolons than commas, as a text
// export (制表符分隔) or a CSV from a European locale has.
func separator(data []byte) rune {
	for i, line := range bytes.SplitN(data, []byte("\n"), titleRows+1) {
		if i == titleRows {
			break
		}
		if !bytes.Contains(line, []byte("姓名")) && !bytes.Contains(bytes.ToLower(line), []byte("name")) {
			continue
		}
		best, most := ',', bytes.Count(line, []byte(","))
		for _, sep := range []rune{'\t', ';'} {
			if n := bytes.Count(line, []byte(string(sep))); n > most {
				best, most = sep, n
			}
		}
		return best
	}
	return ','
}

// The first bytes of a ZIP archive (an .xlsx) and of an OLE compound file
// (an old .xls).
const (
	zipMagic = "PK\x03\x04"
	oleMagic = "\xd0\xcf\x11\xe0"
)

// textual reports whether the start of br is text (no NUL byte), as a
// CSV in UTF-8 or GBK is and a workbook is not.
func textual(br *bufio.Reader) bool {
	head, _ := br.Peek(512)
	return len(head) > 0 && !bytes.Contains(head, []byte{0})
}

// parseXLSX reads a register from the sheets of an XLSX workbook that
// have a 姓名 header (several when it is kept one sheet a 组), or else from
// its first sheet.
func parseXLSX(r io.Reader, at Places) (*importer, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("打不开这个 Excel 文件，请确认是 .xlsx 并且没有损坏（%w）", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("这个 Excel 文件里没有工作表")
	}
	// The register is the sheets with a 姓名 header: a workbook often
	// starts with a sheet of instructions (填表说明), and one sheet a 组
	// is how many villages keep it.
	var first []record
	var named []string             // the sheets with a 姓名 header
	found := map[string][]record{} // their rows
	for i, sheet := range sheets {
		// Raw values keep long phone numbers from being shown as 1.39E+10.
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("读不了工作表「%s」（%w）", sheet, err)
		}
		merged, err := f.GetMergeCells(sheet)
		if err != nil {
			return nil, fmt.Errorf("读不了工作表「%s」的合并单元格（%w）", sheet, err)
		}
		fillMergedDown(rows, merged)
		recs := make([]record, len(rows))
		for i, fields := range rows {
			recs[i] = record{i + 1, fields}
		}
		if headerRow(recs) >= 0 {
			named, found[sheet] = append(named, sheet), recs
		}
		if i == 0 {
			first = recs
		}
	}
	switch len(named) {
	case 0:
		return build(first, at)
	case 1:
		return build(found[named[0]], at)
	}
	// one sheet a 组: each read with its own header, each row told with
	// its sheet; -write keeps them as one sheet with a 网格 column
	im := newImporter(at)
	for _, sheet := range named {
		if err := im.read(sheet, found[sheet]); err != nil {
			return nil, err
		}
	}
	return im.finish()
}

// fillMergedDown copies the value of each merged range down its first
// column: a family's 户号 or 网格 merged over its rows belongs to each of
// them, where Excel keeps it in the top cell only; a blank row stays
// blank. Across is left alone:
// a title merged over the columns must not become a row of headers.
func fillMergedDown(rows [][]string, merged []excelize.MergeCell) {
	for _, m := range merged {
		col, top, err := excelize.CellNameToCoordinates(m.GetStartAxis())
		if err != nil {
			continue
		}
		_, bottom, err := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err != nil || top > len(rows) || len(rows[top-1]) < col {
			continue
		}
		v := rows[top-1][col-1]
		for r := top + 1; r <= bottom && r <= len(rows); r++ {
			if !slices.ContainsFunc(rows[r-1], func(f string) bool { return f != "" }) {
				continue // a blank row inside the merge stays blank
			}
			for len(rows[r-1]) < col {
				rows[r-1] = append(rows[r-1], "")
			}
			if rows[r-1][col-1] == "" {
				rows[r-1][col-1] = v
			}
		}
	}
}

// titleRows is how many rows above the header headerRow looks through: a
// register often starts with a title (青山村花名册), merged across the
// columns, and a line such as 填表日期.
const titleRows = 5

// headerRow is the index in recs of the first row, among the first
// titleRows that are not blank, that has a 姓名 column; -1 when none has.
func headerRow(recs []record) int {
	seen := 0
	for i, r := range recs {
		if r.blank() {
			continue
		}
		if slices.ContainsFunc(r.fields, func(f string) bool {
			c, ok := findColumn(f)
			return ok && c == colName
		}) {
			return i
		}
		if seen++; seen == titleRows {
			break
		}
	}
	return -1
}

// inFile prefixes each of the (possibly joined) errors with the file name.
func inFile(name string, err error) error {
	if name == "" {
		return err
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = slices.Clone(joined.Unwrap())
	}
	for i, e := range errs {
		sep := "："
		if _, ok := e.(RowError); ok {
			sep = " "
		}
		errs[i] = fmt.Errorf("%s%s%w", name, sep, e)
	}
	return errors.Join(errs...)
}

// record is one row of the file.
type record struct {
	row    int
	fields []string
}

func (r record) blank() bool {
	return !slices.ContainsFunc(r.fields, func(f string) bool { return f != "" })
}

// build turns the rows of a file of one sheet into people, validating
// all of them; the importer holds them and where they are.
func build(recs []record, at Places) (*importer, error) {
	im := newImporter(at)
	if err := im.read("", recs); err != nil {
		return nil, err
	}
	return im.finish()
}

func newImporter(at Places) *importer {
	return &importer{places: at, seen: map[string]loc{}}
}

// read reads the rows of one sheet, named sheet when the register is
// several ("" for a file of one): its header, then each row. It fails,
// with no rows read, when the sheet has nothing or no 姓名 column.
func (im *importer) read(sheet string, recs []record) error {
	for _, r := range recs {
		for i, f := range r.fields {
			r.fields[i] = trimCell(f)
		}
	}
	recs = slices.DeleteFunc(recs, record.blank)
	if len(recs) == 0 {
		return errors.New("文件是空的：第一行应当是表头，至少有「姓名」一列")
	}
	if h := headerRow(recs); h > 0 {
		recs = recs[h:] // title rows above the header
	}
	if len(recs) > 1 && subHeader(recs[0], recs[1]) {
		// a header of two rows (联系方式 merged over 手机号 and 微信昵称):
		// one header of the lower cells where they are written
		for i, f := range recs[1].fields {
			if i >= len(recs[0].fields) {
				recs[0].fields = append(recs[0].fields, "")
			}
			if f != "" {
				recs[0].fields[i] = f
			}
		}
		recs = slices.Delete(recs, 1, 2)
	}
	im.tabs = append(im.tabs, tab{name: sheet})
	// The rows are checked even when the header has errors, so that one
	// run reports all of them; without a name column they cannot be.
	if im.parseHeader(recs[0]); im.index[colName] < 0 {
		return im.err()
	}
	im.sheetGrids()
	for _, r := range recs[1:] {
		im.add(r)
	}
	if n := len(im.unreachable); n > 0 {
		who := strings.Join(im.unreachable[:min(n, 5)], "、")
		if n > 5 {
			who += " 等"
		}
		im.fail(im.header, colPhone, "缺少「手机号」一列，可是有 %d 人「%s」是否：%s。不用微信的人要打电话联系，请在表头加上「手机号」一列，填上他们的手机号或座机",
			n, im.names[colWeChat], who)
		im.unreachable = nil
	}
	im.tellPosts()
	return nil
}

// post is a cell of a 职务 column read as 角色 that is no role (书记).
type post struct {
	row   int
	value string
	err   error
}

// tellPosts tells the posts of the sheet read (im.posts): one on its cell
// with how to keep the posts; several, as a 村干部 sheet writes them
// (书记, 主任, 会计), once on the header, naming them.
func (im *importer) tellPosts() {
	col := im.names[colRoles]
	switch n := len(im.posts); {
	case n == 1:
		im.fail(im.posts[0].row, colRoles, "%v（这一列是「%s」：要留着村里的职务，就另加一列「角色」写网格长、网格员、村民，「%s」这一列机器人就不读了）",
			im.posts[0].err, col, col)
	case n > 1:
		var cells []string
		for _, p := range im.posts[:min(n, 5)] {
			cells = append(cells, fmt.Sprintf("第 %d 行「%s」", p.row, p.value))
		}
		who := "给网格长、网格员写上角色，别人空着就是村民"
		if im.tab().cadres {
			who = cadreRoles
		}
		im.fail(im.header, colRoles, "这一列写的是村里的职务（%s%s），不是机器人认的角色（%s）：请在这张表另加一列「角色」，"+
			"%s；有了「角色」，「%s」这一列留着，机器人就不读了", strings.Join(cells, "、"), more(n, 5), acceptedRoles(), who, col)
	}
	im.posts = nil
}

// more is " 等 N 处" for a list of n cut to shown.
func more(n, shown int) string {
	if n <= shown {
		return ""
	}
	return fmt.Sprintf(" 等 %d 处", n)
}

// finish checks what spans the register (each 责任网格员 against the
// grid workers of every sheet) and returns the importer, with the errors.
func (im *importer) finish() (*importer, error) {
	im.tellTwice()
	im.checkCaretakers()
	if len(im.errs) > 0 {
		return im, im.err() // the rows that read, for checks of their own
	}
	if len(im.people) == 0 {
		return nil, errors.New("表头下面一个人也没有：请把花名册填在表头下面")
	}
	return im, nil
}

// column is one field of village.Person in the register.
type column int

const (
	colName column = iota
	colHousehold
	colRelation
	colGrid
	colNickname
	colPhone
	colWeChat
	colCare
	colCaretaker
	colRoles
	colVillage
	colGender
	colAddress
	numColumns
)

// columnNames holds each column's Chinese header and its English alias.
var columnNames = [numColumns][2]string{
	{"姓名", "name"}, {"户号", "household"}, {"与户主关系", "relation"},
	{"网格", "grid"}, {"微信昵称", "nickname"}, {"手机号", "phone"},
	{"使用微信", "wechat"}, {"关爱等级", "care"}, {"责任网格员", "caretaker"},
	{"角色", "roles"}, {"村", "village"}, {"性别", "gender"},
	{"家庭住址", "address"},
}

// columnAliases are other headers village forms use for a column ("所属
// 网格", "联系电话"); the error for an unknown header lists columnNames
// only.
var columnAliases = map[string]column{
	"名字": colName, "户编号": colHousehold, "与户主的关系": colRelation, "关系": colRelation,
	"所属网格": colGrid, "所在网格": colGrid, "网格名称": colGrid, "网格名": colGrid,
	"所在组": colGrid, "所属组": colGrid, "组别": colGrid, "村民小组": colGrid,
	"组": colGrid, "小组": colGrid, "组名": colGrid, "所属组别": colGrid, "所在组别": colGrid, "所属小组": colGrid, "所在小组": colGrid,
	"微信名": colNickname, "微信名称": colNickname, "昵称": colNickname,
	"性別": colGender, "sex": colGender,
	"联系电话": colPhone, "联系方式": colPhone, "电话": colPhone, "手机": colPhone, "手机号码": colPhone, "电话号码": colPhone,
	"是否使用微信": colWeChat, "有无微信": colWeChat, "关爱级别": colCare,
	"所属村": colVillage, "所在村": colVillage, "村名": colVillage, "村庄": colVillage,
	"住址": colAddress, "地址": colAddress, "家庭地址": colAddress, "现住址": colAddress, "居住地址": colAddress, "现居住地址": colAddress, "家庭住址门牌号": colAddress,
}

// findColumn matches a header cell to a column.
func findColumn(header string) (column, bool) {
	header = headerWord(header)
	for c, names := range columnNames {
		if header == names[0] || header == names[1] {
			return column(c), true
		}
	}
	c, ok := columnAliases[header]
	return c, ok
}

// headerWord is a header cell as findColumn compares it: before a
// parenthesised suffix, full-width letters as ASCII, lower case, and no
// spaces inside, as forms space two-character headers out to the width
// of longer ones (姓　名, with an ideographic space).
func headerWord(header string) string {
	header = width.Fold.String(header)
	if i := strings.IndexByte(header, '('); i > 0 {
		header = header[:i]
	}
	return strings.ToLower(strings.Join(strings.Fields(header), ""))
}

// Columns village forms have that the bot reads nothing from, and that
// are no data it must not hold: 序号 (the row's number, often written
// down a template's empty rows too). A row with nothing but these is
// blank. 职务 is one too when the file has a 角色 column (parseHeader).
var unreadColumns = []string{"序号", "序", "no", "no."}

// rolesPost is the header of a column of village posts (村长, 书记): read
// as 角色 when the file has none, so its cells are told one by one.
const rolesPost = "职务"

// subHeader reports whether lower, the row under the header upper, is
// the second row of a header of two (a group cell such as 联系方式
// merged over 手机号 and 微信昵称, or 姓名 merged down over both rows):
// it is the next row of the file and every cell written in it is a
// header the register knows, one at least not the cell above it.
func subHeader(upper, lower record) bool {
	if lower.row != upper.row+1 {
		return false
	}
	differs := false
	for i, f := range lower.fields {
		if f == "" {
			continue
		}
		w := headerWord(f)
		if _, ok := findColumn(f); !ok && !slices.Contains(unreadColumns, w) && w != rolesPost {
			return false
		}
		if i >= len(upper.fields) || upper.fields[i] != f {
			differs = true
		}
	}
	return differs
}

// trimCell trims what is around a cell's text: spaces (the ideographic
// and the no-break one too) and the invisible characters copied from web
// pages and chat (zero-width space, byte order mark).
func trimCell(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' })
}

// joinName writes a name the way the bot and WeChat remark names write it:
// a Chinese name spaced out to align with longer ones in a form (张  三,
// 王　芳) without the spaces; any other name (one in Latin letters) is
// kept as written.
func joinName(s string) string {
	parts := strings.Fields(s)
	if len(parts) < 2 {
		return s
	}
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Han, r) && r != '·' {
			return s
		}
	}
	return strings.Join(parts, "")
}

// narrow writes full-width letters, digits and punctuation (ＱＳ－３０１,
// Ｙ, 网格员；评分小组) as ASCII: typed with a Chinese input method in
// cells the bot compares with what others typed (户号) or reads as words.
func narrow(s string) string { return width.Fold.String(s) }

// Columns of a village's register that are none of the bot's: most are
// read for nothing (出生日期, 民族, 备注), kept in the file and
// named once (Sheet.Unread); one that looks like a column of the bot's
// the file lacks (手机号码1, 微信号 with no 微信昵称: likeColumns) is
// refused, for a misspelt column must not be silently dropped; a
// column of private numbers (身份证号) is read for nothing, never held,
// and said so once.

// privateWords mark a header of numbers the bot must never hold or log:
// 身份证号 (公民身份号码, 证件号码) and bank or social-security card numbers.
var privateWords = []string{"身份证", "身份号码", "证件号", "银行卡", "银行账号", "社保卡号", "医保卡号"}

// private reports whether a header (as headerWord has it) is of numbers
// the bot must not hold.
// idHeader names, in Unread, a header cell written as an ID number (a
// data row taken for the header) without showing the number.
const idHeader = "表头里像身份证号的那一格"

func private(w string) bool {
	return slices.ContainsFunc(privateWords, func(p string) bool { return strings.Contains(w, p) })
}

// columnWords are words a header holds when it is meant as the column
// (手机号码1, 家庭电话, 微信号): 姓名 and 村 have none, every register
// has 姓名 and 村 is told by the config's check.
var columnWords = [numColumns][]string{
	colHousehold: {"户号"}, colRelation: {"关系"}, colGrid: {"网格", "组别", "小组", "村组"}, colNickname: {"昵称", "微信名"},
	colPhone: {"手机", "电话"}, colWeChat: {"微信"}, colCare: {"关爱"}, colCaretaker: {"责任"},
	colRoles: {"角色"}, colGender: {"性别"},
}

// likeColumns are the columns a header that is none (w, as headerWord
// has it) may be meant as: it holds one of their words, or is a slip of
// one of their names of two characters or more (网隔, nmae); nil when
// the sheet has one of them already (present), for then it is another
// column beside it (家庭电话 beside 手机号).
func likeColumns(w string, present [numColumns]bool) []column {
	var like []column
	for c := range numColumns {
		names := []string{columnNames[c][0], columnNames[c][1]}
		for a, ac := range columnAliases {
			if ac == c {
				names = append(names, a)
			}
		}
		names = slices.DeleteFunc(names, func(n string) bool { return utf8.RuneCountInString(n) < 2 })
		if slices.ContainsFunc(columnWords[c], func(k string) bool { return strings.Contains(w, k) }) || len(near.Closest(w, names)) > 0 {
			if present[c] {
				return nil
			}
			like = append(like, c)
		}
	}
	return like
}

// likeColumn tells a header that may be meant as one of the columns like
// that the sheet lacks.
func likeColumn(like []column) string {
	var names []string
	for _, c := range like {
		names = append(names, columnNames[c][0])
	}
	n := strings.Join(names, "」或「")
	return fmt.Sprintf("不认得这一列，像是「%s」（表里没有这一列）：是的话请把表头改成「%s」；不是的话请删掉这一列再导入"+
		"（机器人用不上的列一般可以留着，不读就是了，可这一列太像「%s」，怕是它写错了）", n, names[0], n)
}

// importer accumulates people and errors row by row, sheet by sheet;
// index to unread and header are the sheet's being read.
type importer struct {
	places    Places
	index     [numColumns]int    // field index of each column, -1 when absent
	names     [numColumns]string // header of each column as written
	known     []bool             // which field indexes have a header
	misheaded []bool             // which field indexes have a header in error (reported once, on the header)
	unread    []bool             // which field indexes are columns read for nothing (序号)
	ignored   []bool             // which field indexes are a village's columns none of the bot's (出生日期, 身份证号)

	header int // file row of the header

	// tabs are the sheets read, the last the one being read.
	tabs []tab

	people []village.Person
	rows   []loc          // where each person is
	seen   map[string]loc // Person.Key() → where
	errs   []RowError
	// unreachable are "张三（第 2 行）" for the people who use no WeChat
	// when the file has no phone column: one error on the header names them.
	unreachable []string
	// posts are the sheet's cells of a 职务 read as 角色 that are no role
	// (tellPosts).
	posts []post
	// twice are the people met again (tellTwice).
	twice []twice
	// renamed are the 网格 cells read as a grid the config names
	// otherwise (gridOfCell), in the order first met.
	renamed []renamed
}

// tab is one sheet read: its name when the register is several ("" for a
// file of one), its header and the grids its rows are of when it has no
// 网格 column.
type tab struct {
	name   string
	header int
	index  [numColumns]int
	names  [numColumns]string
	grids  []Grid // the config's grids its name names (Places.Named), or its village's with no grid name when cadres
	// cadres: the sheet is the village's cadres (村干部, Places.Cadres),
	// who serve the whole village and are of no grid.
	cadres bool
	// ignored are its headers (as written) of columns none of the bot's,
	// read for nothing; private those of them the bot must never hold
	// (身份证号).
	ignored, private []string
}

// loc is where a person is: the sheet (an index of importer.tabs) and
// the row.
type loc struct{ tab, row int }

// fail tells a problem of the sheet being read, at row, in column c.
func (im *importer) fail(row int, c column, format string, args ...any) {
	im.failAt(loc{len(im.tabs) - 1, row}, c, format, args...)
}

// failAt tells a problem at l (of any sheet read), in column c.
func (im *importer) failAt(l loc, c column, format string, args ...any) {
	t := im.tabs[l.tab]
	im.errs = append(im.errs, RowError{Row: l.row, Column: t.names[c], Msg: fmt.Sprintf(format, args...), Sheet: t.name})
}

// where names l as the volunteer finds it (rowAt).
func (im *importer) where(l loc) string { return rowAt(im.tabs[l.tab].name, l.row) }

// err sorts the errors by sheet and row and joins the first maxErrors of
// them.
func (im *importer) err() error {
	order := func(e RowError) int { return slices.IndexFunc(im.tabs, func(t tab) bool { return t.name == e.Sheet }) }
	slices.SortStableFunc(im.errs, func(a, b RowError) int { return cmp.Or(order(a)-order(b), a.Row-b.Row) })
	var errs []error
	for _, e := range im.errs[:min(len(im.errs), maxErrors)] {
		errs = append(errs, e)
	}
	if n := len(im.errs) - maxErrors; n > 0 {
		errs = append(errs, fmt.Errorf("还有 %d 处错误没有列出，改好上面的再导入一次就能看到", n))
	}
	return errors.Join(errs...)
}

func (im *importer) parseHeader(r record) {
	im.header = r.row
	im.known = make([]bool, len(r.fields))
	im.misheaded = make([]bool, len(r.fields))
	im.unread = make([]bool, len(r.fields))
	im.ignored = make([]bool, len(r.fields))
	for c := range im.index {
		im.index[c], im.names[c] = -1, columnNames[c][0]
	}
	var present [numColumns]bool
	for _, h := range r.fields {
		if c, ok := findColumn(h); ok {
			present[c] = true
		}
	}
	t := im.tab()
	for i, header := range r.fields {
		c, ok := findColumn(header)
		w := headerWord(header)
		if w == rolesPost && !present[colRoles] {
			c, ok = colRoles, true // 职务 as 角色, each cell told (parseRoles)
		} else if slices.Contains(unreadColumns, w) || w == rolesPost {
			im.unread[i] = true
			continue
		}
		switch {
		case header == "":
		case !ok && idLike(header):
			// a data row taken for the header: its ID is named, never shown
			im.ignored[i] = true
			t.private = appendNew(t.private, idHeader)
		case !ok && private(w):
			im.ignored[i] = true
			t.private = appendNew(t.private, header)
		case !ok:
			if like := likeColumns(w, present); len(like) > 0 {
				im.errs = append(im.errs, RowError{Row: r.row, Column: header, Msg: likeColumn(like), Sheet: t.name})
				im.misheaded[i] = true
				continue
			}
			im.ignored[i] = true
			t.ignored = appendNew(t.ignored, header)
		case im.index[c] >= 0:
			im.errs = append(im.errs, RowError{Row: r.row, Column: header, Msg: fmt.Sprintf("和「%s」是同一列，出现了两次：请删掉一列", im.names[c]), Sheet: t.name})
			im.misheaded[i] = true
		default:
			im.index[c], im.names[c], im.known[i] = i, header, true
		}
	}
	t.header, t.index, t.names = im.header, im.index, im.names
	if im.index[colName] < 0 {
		im.fail(r.row, colName, "缺少必填的「姓名」一列：请在表头加上「姓名」")
	}
}

// appendNew appends s to list unless it holds it already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// tab is the sheet being read.
func (im *importer) tab() *tab { return &im.tabs[len(im.tabs)-1] }

// add validates one row and appends its person.
func (im *importer) add(r record) {
	if im.unreadOnly(r) {
		return // only a 序号: a template's row not filled in
	}
	for i, f := range r.fields {
		if f != "" && (i >= len(im.known) || !im.known[i] && !im.misheaded[i] && !im.unread[i] && !im.ignored[i]) {
			im.errs = append(im.errs, RowError{Row: r.row, Column: excelColumn(i) + " 列", Msg: fmt.Sprintf("%s 所在的这一列没有表头：请补上表头或删掉这一格", shown(f)), Sheet: im.tab().name})
		}
	}
	get := func(c column) string {
		if i := im.index[c]; i >= 0 && i < len(r.fields) {
			return r.fields[i]
		}
		return ""
	}
	p := village.Person{
		Name:      joinName(get(colName)),
		Village:   get(colVillage),
		Household: narrow(get(colHousehold)),
		Grid:      get(colGrid),
		Nickname:  get(colNickname),
		Phone:     normalPhone(phone.Fold(get(colPhone))),
		Caretaker: joinName(get(colCaretaker)),
		Address:   get(colAddress),
	}
	p.SetRelation(get(colRelation))
	if p.Village == "" {
		p.Village = im.places.Village
	}
	im.gridOfSheet(r.row, &p, get(colVillage))
	im.gridOfCell(r.row, &p)
	if p.Name == "" {
		im.fail(r.row, colName, "姓名是空的：请填上姓名，或删掉这一行")
	} else if footer(p.Name) {
		// no person: nothing else of the row is told (two sheets' 合计
		// are no person twice)
		im.fail(r.row, colName, "%q 不是人名，像是表尾的合计、填表人这样的行：请删掉这一行（整行删掉，不是只清空这一格）", get(colName))
		return
	}
	if err := checkPhone(p.Phone, get(colPhone), im.names[colPhone]); err != nil {
		im.fail(r.row, colPhone, "%v", err)
	}
	var err error
	if p.UsesWeChat, err = parseYesNo(narrow(get(colWeChat))); err != nil {
		im.fail(r.row, colWeChat, "%v", err)
	} else if !p.UsesWeChat && im.index[colPhone] < 0 {
		im.unreachable = append(im.unreachable, fmt.Sprintf("%s（第 %d 行）", p.Name, r.row))
	} else if !p.UsesWeChat && p.Phone == "" {
		im.fail(r.row, colPhone, "手机号是空的，但「%s」是否：不用微信的人要打电话联系，请填上%s的手机号或座机", im.names[colWeChat], cmp.Or(p.Name, "他"))
	}
	im.gender(r.row, &p, narrow(get(colGender)))
	if p.Care, err = parseCare(get(colCare)); err != nil {
		im.fail(r.row, colCare, "%v", err)
	}
	if p.Roles, err = parseRoles(narrow(get(colRoles))); err != nil {
		if headerWord(im.names[colRoles]) == rolesPost {
			im.posts = append(im.posts, post{r.row, get(colRoles), err})
		} else {
			im.fail(r.row, colRoles, "%v", err)
		}
	}
	im.cadreRow(r.row, p, get(colRoles))
	here := loc{len(im.tabs) - 1, r.row}
	if first, dup := im.seen[p.Key()]; dup && p.Name != "" {
		im.twice = append(im.twice, twice{p.Name, first, here}) // told by tellTwice
	}
	im.seen[p.Key()] = here
	im.people = append(im.people, p)
	im.rows = append(im.rows, here)
}

// unreadOnly reports whether r has nothing but columns read for nothing
// (a 序号 numbered down a template's rows nobody filled in).
func (im *importer) unreadOnly(r record) bool {
	for i, f := range r.fields {
		if f != "" && (i >= len(im.unread) || !im.unread[i]) {
			return false
		}
	}
	return true
}

// footer reports whether a 姓名 cell holds a form's footer rather than a
// name: a total (合计 95 人) or who filled the form in (填表人：王五), which
// would be imported as a person.
func footer(name string) bool {
	for _, w := range []string{"合计", "小计", "总计", "共计", "填表", "制表", "审核", "负责人", "联系人", "说明", "备注"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return strings.ContainsAny(name, ":：")
}

// gender reads p's 性别 (written), when given: 男 or 女, and not the
// other sex than its 与户主关系 tells ("长子" and 女): one of the two is
// wrong, and the bot would find the wrong person for "我儿子".
func (im *importer) gender(row int, p *village.Person, written string) {
	g, ok := village.ReadGender(written)
	switch {
	case !ok:
		im.fail(row, colGender, "%q 不是性别：请写 男 或 女，不知道就空着", written)
	case g != village.SexUnknown && p.Sex != village.SexUnknown && g != p.Sex:
		im.fail(row, colGender, "写的是%s，可「%s」%s是%s的：请改对其中一个", g, im.names[colRelation], p.RelationWritten(), p.Sex)
	default:
		p.Gender = g
	}
}

// checkCaretakers requires every 责任网格员 to be a grid worker or grid
// leader of the same village in the file.
func (im *importer) checkCaretakers() {
	if !slices.ContainsFunc(im.tabs, func(t tab) bool { return t.index[colRoles] >= 0 }) {
		im.caretakersWithoutRoles()
		return
	}
	workers := map[[2]string]bool{}
	elsewhere := map[string]int{} // a worker's name → his index, whatever his village
	for i, p := range im.people {
		if p.Has(village.RoleWorker) || p.Has(village.RoleLeader) {
			workers[[2]string{p.Village, p.Name}] = true
			if _, ok := elsewhere[p.Name]; !ok {
				elsewhere[p.Name] = i
			}
		}
	}
	for i, p := range im.people {
		if p.Caretaker == "" || workers[[2]string{p.Village, p.Caretaker}] {
			continue
		}
		if j, ok := elsewhere[p.Caretaker]; ok {
			// a 村 mistyped on one of the two rows ("石桥村" for 青山村): say
			// where the other row is, rather than that he is no worker
			im.failAt(im.rows[i], colCaretaker, "%q 是%s%s的网格员或网格长，这一行的「村」却是%s：两行的村要一样，多半是其中一行的「村」写错了",
				p.Caretaker, im.where(im.rows[j]), im.people[j].Village, p.Village)
			continue
		}
		if j := slices.IndexFunc(im.people, func(q village.Person) bool {
			return q.Village == p.Village && q.Name == p.Caretaker && q.Roles == nil
		}); j >= 0 {
			// his 角色 did not parse ("网络员"): that cell is what is
			// wrong, not this one
			at := im.where(im.rows[j])
			im.failAt(im.rows[i], colCaretaker, "%q 在%s的「%s」没写对（见%s那一处）：那一格改成网格员或网格长，这一格就不用改",
				p.Caretaker, at, im.tabs[im.rows[j].tab].names[colRoles], at)
			continue
		}
		im.failAt(im.rows[i], colCaretaker, "%q 不是这份花名册里%s的网格员或网格长：请写%s一位网格员或网格长的姓名（他的「角色」里要有网格员或网格长）", p.Caretaker, p.Village, p.Village)
	}
}

// caretakersWithoutRoles: with no 角色 column nobody is a grid worker,
// so every 责任网格员 would be told he is none, a row each (ops81: a
// register whose roles are under 「职务」 drew twenty such errors). One
// error on the header says the column is what is missing.
func (im *importer) caretakersWithoutRoles() {
	var names []string
	for _, p := range im.people {
		if p.Caretaker != "" && !slices.Contains(names, p.Caretaker) {
			names = append(names, p.Caretaker)
		}
	}
	if len(names) == 0 {
		return
	}
	who := strings.Join(names[:min(len(names), 5)], "、")
	if len(names) > 5 {
		who += fmt.Sprintf(" 等 %d 人", len(names))
	}
	im.failAt(loc{0, im.tabs[0].header}, colCaretaker, "表头没有「角色」这一列，花名册里就没有网格员、网格长，「%s」写的 %s 都对不上："+
		"请加上「角色」一列，给网格员、网格长写上角色（表里写职务的那一列，把表头改成「角色」）", im.tabs[0].names[colCaretaker], who)
}

// excelColumn names a 0-based column index as a spreadsheet does: A, B, … AA.
func excelColumn(i int) string {
	name, _ := excelize.ColumnNumberToName(i + 1)
	return name
}

// normalPhone writes a mobile number as its 11 digits when it was
// written in groups ("137-1234-0007", "137 1234 0007") or with the
// country code (+86): as people and spreadsheets format it. Anything else,
// landlines included (their area code starts with 0), is kept as written.
func normalPhone(s string) string {
	if n, ok := exactScientific(s); ok {
		s = n
	}
	d := strings.NewReplacer(" ", "", "\u3000", "", "-", "").Replace(s)
	d = strings.TrimPrefix(strings.TrimPrefix(d, "+"), "86")
	if len(d) == 11 && d[0] == '1' && digits(d) {
		return d
	}
	return s
}

// exactScientific writes a number in scientific notation whose digits are
// all there (1.3912345678E+10, as a workbook may store a phone typed as a
// number) as its digits; ok is false for any other text, and for a number
// whose last digits were cut (1.39123E+10, as Excel shows it and saves CSV).
func exactScientific(s string) (_ string, ok bool) {
	mantissa, exp, sci := strings.Cut(strings.ToUpper(s), "E")
	exp = strings.TrimPrefix(exp, "+")
	whole, frac, _ := strings.Cut(mantissa, ".")
	if !sci || len(whole) != 1 || !digits(whole) || !digits(frac) || exp == "" || len(exp) > 2 || !digits(exp) {
		return "", false
	}
	e := int(exp[0] - '0')
	if len(exp) == 2 {
		e = e*10 + int(exp[1]-'0')
	}
	if len(frac) != e {
		return "", false // a fraction, or digits cut (zeros in their place)
	}
	return whole + frac, true
}

// checkPhone checks s, the number as normalPhone and phone.Fold left it;
// its errors quote typed, the cell as written, which is what the volunteer
// finds in his sheet.
func checkPhone(s, typed, column string) error {
	if s == "" {
		return nil
	}
	if mantissa, _, sci := strings.Cut(strings.ToUpper(s), "E"); sci && strings.Contains(mantissa, ".") {
		// Excel shows a long number as 1.39123E+10 and saves CSV as shown:
		// the last digits are gone.
		return fmt.Errorf("%q 是 Excel 显示成科学计数法的号码，存成 CSV 时后几位已经丢了：请在 Excel 里把「%s」这一列设成「文本」格式、重新填上号码，或者直接导入 .xlsx 文件", typed, column)
	}
	area, number, landline := strings.Cut(s, "-")
	if !landline || !strings.HasPrefix(area, "0") {
		// no area code (it starts with 0): a mobile number, in groups
		// with a slip ("138-0000-1005x") — not a landline to rewrite
		if len(s) != 11 || s[0] != '1' || !digits(s) {
			return fmt.Errorf("%s 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）", shown(typed))
		}
		return nil
	}
	if n := len(area) + len(number); area == "" || number == "" || !digits(area+number) || n < 7 || n > 13 {
		return fmt.Errorf("%s 不是座机号码，请写成 0871-1234567 这样：区号、一个短横、号码", shown(typed))
	}
	return nil
}

// shown is a cell as an error quotes it ("1390000"), but for what looks
// like an ID number (idLike), which is never repeated on the screen or in
// a log: it says what the cell holds instead.
func shown(cell string) string {
	if idLike(cell) {
		return "这一格（像是身份证号，这里不显示）"
	}
	return fmt.Sprintf("%q", cell)
}

// idLike reports whether s is written as a 身份证号: 18 characters (or
// the old 15), digits but for a last X, spaces aside.
func idLike(s string) bool {
	s = strings.ToUpper(strings.Join(strings.Fields(width.Fold.String(s)), ""))
	if len(s) != 18 && len(s) != 15 {
		return false
	}
	return digits(strings.TrimSuffix(s, "X"))
}

func digits(s string) bool {
	return strings.TrimLeft(s, "0123456789") == ""
}

func parseYesNo(s string) (bool, error) {
	// forms write the column's word after it: 有微信, 没有微信, 不会用
	word := strings.Join(strings.Fields(strings.ToLower(s)), "")
	if w := strings.TrimSuffix(word, "微信"); w != "" {
		word = w // 微信 alone says nothing
	}
	switch word {
	case "", "是", "有", "用", "会", "会用", "在用", "√", "✓", "yes", "y", "1", "true":
		return true, nil
	case "否", "无", "没有", "没", "不用", "不会", "不会用", "没用", "×", "✗", "no", "n", "0", "false":
		return false, nil
	}
	return false, fmt.Errorf("%q 看不懂，请写「是」或「否」", s)
}

func parseCare(s string) (village.Care, error) {
	// Village forms write the level with the column's words around it
	// (重点关爱, 一般关注, 高关爱对象) or 无 for none (ops81).
	// Some counties grade it 一级/二级/三级 (一级 the most care).
	word := strings.Join(strings.Fields(s), "")
	graded := false
	for _, fix := range []string{"对象", "关爱", "关注", "等级", "级"} {
		cut, ok := strings.CutSuffix(word, fix)
		word, graded = cut, graded || ok && fix == "级"
	}
	switch word {
	case "无", "否", "/", "-", "—":
		word = ""
	case "中":
		word = string(village.CareFocus) // forms of 高、中、低
	case "低":
		word = string(village.CareNormal)
	}
	if graded {
		if c, ok := careGrades[word]; ok {
			word = string(c)
		}
	}
	switch c := village.Care(word); c {
	case village.CareNone, village.CareHigh, village.CareFocus, village.CareNormal:
		return c, nil
	}
	return "", fmt.Errorf("%q 不是关爱等级：请写「高」「重点」「一般」（默认每周、每月、每季度给他打一次回访电话），或者空着（不定期打）；低保、特困、独居这类情况不写在这一列", s)
}

// careGrades are the 关爱等级 written as grades (一级, 2级): 一级 is the
// most care (appr91).
var careGrades = map[string]village.Care{
	"一": village.CareHigh, "1": village.CareHigh, "Ⅰ": village.CareHigh,
	"二": village.CareFocus, "2": village.CareFocus, "Ⅱ": village.CareFocus,
	"三": village.CareNormal, "3": village.CareNormal, "Ⅲ": village.CareNormal,
}

// parseRoles splits a 角色 cell; empty means villager.
func parseRoles(s string) ([]village.Role, error) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(";；、,，/", r) })
	var roles []village.Role
	for _, part := range parts {
		if strings.TrimSpace(part) == "" {
			continue
		}
		role, err := village.ParseRole(part)
		if err != nil {
			hint := "；村里的其他职务（村长、组长、书记…）不用写，按他在网格里做的事写网格长或网格员"
			if strings.Contains(part, "调解") {
				hint = "；调解员写在配置的 villages[].mediators 里，这里写村民（或他另有的角色）"
			}
			return nil, fmt.Errorf("%q 不是能用的角色%s，请写其中一个或几个（用 ; 或 、 分开）：%s%s", strings.TrimSpace(part), roleMeant(part), acceptedRoles(), hint)
		}
		if !slices.Contains(roles, role) {
			roles = append(roles, role)
		}
	}
	if len(roles) == 0 {
		roles = []village.Role{village.RoleVillager}
	}
	return roles, nil
}

// roleMeant is 「（是不是 网格员？）」 for a role typed a slip away from
// one of the roles (网格圆, 超市管理; 网格: 网格员 或 网格长), "" when
// none is that close. A village post (村干部) is no slip for 镇干部: the
// hint after it says what to write.
func roleMeant(typed string) string {
	typed = strings.TrimSpace(typed)
	if strings.Contains(typed, "村") {
		return ""
	}
	names := make([]string, len(village.Roles))
	for i, r := range village.Roles {
		names[i] = string(r)
	}
	meant := near.Closest(typed, names)
	if alike := slices.DeleteFunc(slices.Clone(meant), func(n string) bool { return !soundsLike(typed, n) }); len(alike) > 0 {
		meant = alike // 网格圆: 员 typed as 圆, not 长
	}
	if len(meant) == 0 {
		return ""
	}
	return "（是不是 " + strings.Join(meant, " 或 ") + "？）"
}

// soundsLike reports whether typed is name with characters of the same
// sound put for some of its own (网格圆 for 网格员), the slip a pinyin
// input method makes: same length, each character that differs one of
// sameSound's with name's.
func soundsLike(typed, name string) bool {
	a, b := []rune(typed), []rune(name)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !slices.ContainsFunc(sameSound, func(g string) bool {
			return strings.ContainsRune(g, a[i]) && strings.ContainsRune(g, b[i])
		}) {
			return false
		}
	}
	return true
}

// sameSound are characters of the roles' names, each with others a
// pinyin input method offers for the same sound.
var sameSound = []string{"员圆园原元源远院", "长常场厂尝", "格隔个各阁", "网往忘望王", "管馆", "理里礼李", "评平苹凭",
	"分份粉纷", "小晓笑效", "组祖阻", "超抄钞", "市是事式世示", "镇真针阵震", "干赶感敢", "部步不布", "民明名", "村存寸"}

func acceptedRoles() string {
	var s []string
	for _, r := range village.Roles {
		s = append(s, string(r))
	}
	return strings.Join(s, "、")
}
