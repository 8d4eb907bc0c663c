package roster

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"gridbot/village"
)

// header is the first row of a written register, read back by Parse.
var header = []string{"姓名", "户号", "与户主关系", "网格", "微信昵称", "手机号", "使用微信", "关爱等级", "责任网格员", "角色", "村"}

// genderHeader is the optional last column of a written register: written
// only when someone has a 性别, so a register without one reads back as it
// was.
const genderHeader = "性别"

// addressHeader is the optional column after it, written only when
// someone has a 家庭住址.
const addressHeader = "家庭住址"

// Write writes people in the format filename's extension asks for: an XLSX
// workbook for .xlsx (Parse reads a .xlsx name as a workbook, so CSV text
// there would stop the bot from starting), CSV otherwise.
func Write(w io.Writer, people []village.Person, filename string) error {
	if strings.EqualFold(filepath.Ext(filename), ".xlsx") {
		return writeXLSX(w, people)
	}
	return writeCSV(w, people)
}

// writeCSV writes people as a UTF-8 register with a BOM (so Excel opens it
// correctly) and the Chinese header ParseCSV reads back to the same people.
func writeCSV(w io.Writer, people []village.Person) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	cw := csv.NewWriter(w)
	for _, row := range rowsOf(people) {
		_ = cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("roster: write: %w", err)
	}
	return nil
}

// writeXLSX writes people as a one-sheet workbook with the header Parse
// reads back to the same people. Cells are text, so phone numbers stay as
// written.
func writeXLSX(w io.Writer, people []village.Person) error {
	if err := buildXLSX(w, people); err != nil {
		return fmt.Errorf("roster: write xlsx: %w", err)
	}
	return nil
}

func buildXLSX(w io.Writer, people []village.Person) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": text
	if err != nil {
		return err
	}
	if err := f.SetColStyle(sheet, "A:M", text); err != nil {
		return err
	}
	for i, row := range rowsOf(people) {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	return f.Write(w)
}

// rowsOf are the header and people's rows; with a 性别 column last
// when anyone has one.
func rowsOf(people []village.Person) [][]string {
	gender := slices.ContainsFunc(people, func(p village.Person) bool { return p.Gender != village.SexUnknown })
	address := slices.ContainsFunc(people, func(p village.Person) bool { return p.Address != "" })
	rows := [][]string{slices.Clone(header)}
	if gender {
		rows[0] = append(rows[0], genderHeader)
	}
	if address {
		rows[0] = append(rows[0], addressHeader)
	}
	for _, p := range people {
		row := fields(p)
		if gender {
			row = append(row, string(p.Gender))
		}
		if address {
			row = append(row, p.Address)
		}
		rows = append(rows, row)
	}
	return rows
}

// fields are p's cells in the order of header.
func fields(p village.Person) []string {
	wechat := "是"
	if !p.UsesWeChat {
		wechat = "否"
	}
	roles := make([]string, len(p.Roles))
	for i, r := range p.Roles {
		roles[i] = string(r)
	}
	return []string{p.Name, p.Household, p.RelationWritten(), p.Grid, p.Nickname, p.Phone, wechat,
		string(p.Care), p.Caretaker, strings.Join(roles, ";"), p.Village}
}
