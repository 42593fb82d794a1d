package org.relearning.identity.people.imports;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.account.Profile;
import org.relearning.identity.account.Usernames;

/**
 * Reads a list of learners a library keeps in a spreadsheet, saved as CSV in UTF-8 (with or without
 * the byte order mark Excel writes). The first line names the columns, in any order: {@code
 * username} and {@code name_th} are required; {@code name_en}, {@code age_group} (youth, student,
 * working_age, retiree), {@code occupation} and {@code province} may be there. Each row is checked
 * on its own and reported with its line number; a broken row never stops the others.
 */
public final class LearnerCsv {

  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 1000;
  public static final List<String> COLUMNS =
      List.of("username", "name_th", "name_en", "age_group", "occupation", "province");
  private static final List<String> REQUIRED = List.of("username", "name_th");

  /** Why a whole file is refused; nothing in it is read. */
  public record FileProblem(String key, Serializable... arguments) {}

  /** One data row: either a learner to create, or the reason it cannot be. */
  public record Row(
      int line,
      String username,
      String nameTh,
      String nameEn,
      Profile profile,
      String problemKey,
      List<Serializable> problemArguments) {

    public boolean isValid() {
      return problemKey == null;
    }
  }

  public record Result(Optional<FileProblem> refused, List<Row> rows) {
    static Result refused(String key, Serializable... arguments) {
      return new Result(Optional.of(new FileProblem(key, arguments)), List.of());
    }
  }

  private LearnerCsv() {}

  public static Result read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Result.refused("import.file.empty");
    }
    if (bytes.length > MAX_BYTES) {
      return Result.refused("import.file.tooLarge", MAX_BYTES / 1024);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Result.refused("import.file.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CsvRecords.Record> records;
    try {
      records = CsvRecords.parse(text, MAX_ROWS + 1);
    } catch (CsvRecords.UnclosedQuote e) {
      return Result.refused("import.file.unclosedQuote", e.line);
    }
    records = records.stream().filter(r -> !blank(r)).toList();
    if (records.isEmpty()) {
      return Result.refused("import.file.empty");
    }
    if (records.size() - 1 > MAX_ROWS) {
      return Result.refused("import.file.tooManyRows", MAX_ROWS);
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        return Result.refused("import.file.unknownColumn", name, String.join(", ", COLUMNS));
      }
      if (column.putIfAbsent(name, i) != null) {
        return Result.refused("import.file.repeatedColumn", name);
      }
    }
    for (String required : REQUIRED) {
      if (!column.containsKey(required)) {
        return Result.refused("import.file.missingColumn", required);
      }
    }
    if (records.size() == 1) {
      return Result.refused("import.file.noRows");
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRecords.Record r : records.subList(1, records.size())) {
      rows.add(row(r, header.size(), column, seen));
    }
    return new Result(Optional.empty(), List.copyOf(rows));
  }

  private static Row row(
      CsvRecords.Record r, int width, Map<String, Integer> column, Map<String, Integer> seen) {
    int line = r.line();
    if (r.fields().size() != width) {
      return problem(line, "", "import.row.columnCount", width, r.fields().size());
    }
    String rawUsername = value(r, column, "username");
    String username = Usernames.normalize(rawUsername);
    if (!Usernames.isValid(username)) {
      return problem(line, username, "account.username.invalid", username);
    }
    Integer earlier = seen.putIfAbsent(username, line);
    if (earlier != null) {
      return problem(line, username, "import.row.duplicateInFile", username, earlier);
    }
    String nameTh = value(r, column, "name_th");
    String nameEn = value(r, column, "name_en");
    if (nameTh.isEmpty()) {
      return problem(line, username, "import.row.nameThMissing");
    }
    if (nameTh.length() > Account.NAME_MAX || nameEn.length() > Account.NAME_MAX) {
      return problem(line, username, "import.row.nameTooLong", Account.NAME_MAX);
    }
    String ageText = value(r, column, "age_group");
    Optional<AgeGroup> age = AgeGroup.parse(ageText);
    if (!ageText.isEmpty() && age.isEmpty()) {
      return problem(line, username, "import.row.ageGroup", ageText);
    }
    String occupation = value(r, column, "occupation");
    String province = value(r, column, "province");
    if (occupation.length() > Account.OCCUPATION_MAX || province.length() > Account.PROVINCE_MAX) {
      return problem(line, username, "import.row.tooLong", Account.PROVINCE_MAX);
    }
    Profile profile = new Profile(age.orElse(null), occupation, province, false);
    return new Row(line, username, nameTh, nameEn, profile, null, List.of());
  }

  private static Row problem(int line, String username, String key, Serializable... args) {
    return new Row(line, username, null, null, null, key, List.of(args));
  }

  private static String value(CsvRecords.Record r, Map<String, Integer> column, String name) {
    Integer i = column.get(name);
    return i == null ? "" : r.fields().get(i).strip();
  }

  private static boolean blank(CsvRecords.Record r) {
    return r.fields().stream().allMatch(String::isBlank);
  }
}
