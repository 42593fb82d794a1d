package org.relearning.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet, written as Office Open XML (XLSX) directly: text, whole numbers and
 * numbers with one decimal, a bold header row and a wide first column. That is all a report needs,
 * and writing the few XML parts ourselves keeps a spreadsheet library of some ten thousand classes
 * (which every start of the server would scan) out of the application (ADR 35).
 *
 * <p>Text is written inline in its cell (no shared-strings part), which every spreadsheet program
 * reads. Characters XML 1.0 cannot carry are dropped.
 */
final class Spreadsheet {

  /** Cell styles, in the order of {@code cellXfs} in the styles part. */
  enum Style {
    PLAIN,
    BOLD,
    ONE_DECIMAL
  }

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final int MAX_SHEET_NAME = 31;

  private final String sheetName;
  private final List<StringBuilder> rows = new ArrayList<>();
  private int firstColumnWidth;
  private int nextColumn;

  Spreadsheet(String sheetName) {
    this.sheetName = sheetName(sheetName);
  }

  /** Starts a new row; the cells added next go into it, from column A. */
  Spreadsheet row() {
    rows.add(new StringBuilder());
    nextColumn = 0;
    return this;
  }

  Spreadsheet text(String value, Style style) {
    StringBuilder cell = cell(style, "inlineStr");
    cell.append("<is><t xml:space=\"preserve\">");
    escape(value, cell);
    cell.append("</t></is></c>");
    return this;
  }

  Spreadsheet number(long value) {
    cell(Style.PLAIN, null).append("<v>").append(value).append("</v></c>");
    return this;
  }

  /** A number shown with one decimal; an empty cell when there is none. */
  Spreadsheet oneDecimal(BigDecimal value) {
    if (value == null) {
      return empty();
    }
    cell(Style.ONE_DECIMAL, null).append("<v>").append(value.toPlainString()).append("</v></c>");
    return this;
  }

  Spreadsheet empty() {
    StringBuilder row = current();
    row.append("<c r=\"").append(reference()).append("\"/>");
    return this;
  }

  /** The first column's width, in characters. */
  Spreadsheet firstColumnWidth(int characters) {
    this.firstColumnWidth = characters;
    return this;
  }

  byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      part(zip, "[Content_Types].xml", contentTypes());
      part(zip, "_rels/.rels", relationships(DOC_RELS + "/officeDocument", "xl/workbook.xml"));
      part(zip, "xl/workbook.xml", workbook());
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          relationships(DOC_RELS + "/worksheet", "worksheets/sheet1.xml")
              .replace(
                  "</Relationships>",
                  "<Relationship Id=\"rId2\" Type=\""
                      + DOC_RELS
                      + "/styles\" Target=\"styles.xml\"/></Relationships>"));
      part(zip, "xl/styles.xml", styles());
      part(zip, "xl/worksheets/sheet1.xml", worksheet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- the parts

  private static String contentTypes() {
    String ooxml = "application/vnd.openxmlformats-";
    return XML
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\""
        + ooxml
        + "package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
        + ooxml
        + "officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
        + ooxml
        + "officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\""
        + ooxml
        + "officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>";
  }

  private static String relationships(String type, String target) {
    return XML
        + "<Relationships xmlns=\""
        + RELS
        + "\"><Relationship Id=\"rId1\" Type=\""
        + type
        + "\" Target=\""
        + target
        + "\"/></Relationships>";
  }

  private String workbook() {
    StringBuilder name = new StringBuilder();
    escape(sheetName, name);
    return XML
        + "<workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + DOC_RELS
        + "\"><sheets><sheet name=\""
        + name.toString().replace("\"", "&quot;")
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  }

  /** Number format 164 is "0.0"; fonts 0 (regular) and 1 (bold); styles as in {@link Style}. */
  private static String styles() {
    return XML
        + "<styleSheet xmlns=\""
        + MAIN
        + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        + "</cellStyleXfs>"
        + "<cellXfs count=\"3\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + " applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";
  }

  private String worksheet() {
    StringBuilder xml =
        new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN).append("\">");
    if (firstColumnWidth > 0) {
      xml.append("<cols><col min=\"1\" max=\"1\" width=\"")
          .append(firstColumnWidth)
          .append("\" customWidth=\"1\"/></cols>");
    }
    xml.append("<sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      xml.append("<row r=\"").append(r + 1).append("\">").append(rows.get(r)).append("</row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  // ---- cells

  private StringBuilder cell(Style style, String type) {
    StringBuilder row = current();
    row.append("<c r=\"").append(reference()).append('"');
    if (style != Style.PLAIN) {
      row.append(" s=\"").append(style.ordinal()).append('"');
    }
    if (type != null) {
      row.append(" t=\"").append(type).append('"');
    }
    return row.append('>');
  }

  private StringBuilder current() {
    if (rows.isEmpty()) {
      throw new IllegalStateException("row() first");
    }
    return rows.get(rows.size() - 1);
  }

  /** The next cell's reference in the current row, such as "C7". */
  private String reference() {
    return column(nextColumn++) + rows.size();
  }

  /** Column letters for a zero-based index: 0 is A, 25 is Z, 26 is AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * A sheet name a spreadsheet program accepts: none of {@code []:*?/\}, not blank, at most 31
   * characters.
   */
  static String sheetName(String name) {
    String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (cleaned.isEmpty()) {
      cleaned = "Sheet1";
    }
    return cleaned.length() > MAX_SHEET_NAME ? cleaned.substring(0, MAX_SHEET_NAME) : cleaned;
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              out.append(c);
            }
          }
        }
      }
    }
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
