package org.relearning.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook the reports download, read back with Apache POI as a spreadsheet program would. */
class SpreadsheetTest {

  private static Sheet read(Spreadsheet sheet) throws Exception {
    XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.toBytes()));
    assertThat(book.getNumberOfSheets()).isEqualTo(1);
    return book.getSheetAt(0);
  }

  @Test
  void textNumbersAndStylesComeBackAsWritten() throws Exception {
    Spreadsheet written =
        new Spreadsheet("รายงานผล")
            .row()
            .text("หลักสูตร", Spreadsheet.Style.BOLD)
            .text("ผู้ลงทะเบียน", Spreadsheet.Style.BOLD)
            .text("อัตราการจบ (%)", Spreadsheet.Style.BOLD)
            .row()
            .text("ขนมไทย <ชั้น> & \"ลูกชุบ\"", Spreadsheet.Style.PLAIN)
            .number(1234)
            .oneDecimal(new BigDecimal("66.7"))
            .row()
            .text("  leading and trailing spaces  ", Spreadsheet.Style.PLAIN)
            .number(0)
            .oneDecimal(null)
            .firstColumnWidth(40);

    Sheet sheet = read(written);

    assertThat(sheet.getSheetName()).isEqualTo("รายงานผล");
    assertThat(sheet.getLastRowNum()).isEqualTo(2);
    Row header = sheet.getRow(0);
    assertThat(header.getCell(0).getStringCellValue()).isEqualTo("หลักสูตร");
    assertThat(header.getCell(2).getStringCellValue()).isEqualTo("อัตราการจบ (%)");
    assertThat(
            sheet
                .getWorkbook()
                .getFontAt(header.getCell(1).getCellStyle().getFontIndex())
                .getBold())
        .isTrue();

    Row first = sheet.getRow(1);
    assertThat(first.getCell(0).getStringCellValue()).isEqualTo("ขนมไทย <ชั้น> & \"ลูกชุบ\"");
    assertThat(
            sheet.getWorkbook().getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold())
        .isFalse();
    assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1234.0);
    Cell rate = first.getCell(2);
    assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(rate.getNumericCellValue()).isEqualTo(66.7);
    assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0");

    Row second = sheet.getRow(2);
    assertThat(second.getCell(0).getStringCellValue()).isEqualTo("  leading and trailing spaces  ");
    assertThat(second.getCell(1).getNumericCellValue()).isZero();
    Cell none = second.getCell(2);
    assertThat(none == null || none.getCellType() == CellType.BLANK).isTrue();

    assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
  }

  @Test
  void charactersXmlCannotCarryAreDroppedNotFatal() throws Exception {
    Sheet sheet =
        read(new Spreadsheet("x").row().text("a\u0000b\u0007c\td", Spreadsheet.Style.PLAIN));

    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("abc\td");
  }

  @Test
  void sheetNamesAreMadeAcceptable() {
    assertThat(Spreadsheet.sheetName("รายงาน [2569/10]: ทั้งหมด?"))
        .isEqualTo("รายงาน  2569 10   ทั้งหมด");
    assertThat(Spreadsheet.sheetName("   ")).isEqualTo("Sheet1");
    assertThat(Spreadsheet.sheetName("a".repeat(40))).hasSize(31);
  }

  @Test
  void columnLettersGoPastZ() {
    assertThat(Spreadsheet.column(0)).isEqualTo("A");
    assertThat(Spreadsheet.column(25)).isEqualTo("Z");
    assertThat(Spreadsheet.column(26)).isEqualTo("AA");
    assertThat(Spreadsheet.column(27)).isEqualTo("AB");
    assertThat(Spreadsheet.column(701)).isEqualTo("ZZ");
    assertThat(Spreadsheet.column(702)).isEqualTo("AAA");
  }
}
