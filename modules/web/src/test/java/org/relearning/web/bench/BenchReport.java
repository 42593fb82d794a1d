package org.relearning.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a run's results (TSV, see {@link BenchSupport.Results}) into a markdown table with the
 * previous run's value and the change beside each value, writes it and prints it. With {@code
 * --strict=true} it exits 1 when a target is missed.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.BenchReport \
 *   --results=latest.tsv [--previous=previous.tsv] --out=latest.md [--title=...] [--strict=true]
 * </pre>
 */
public final class BenchReport {

  private BenchReport() {}

  record Row(String scenario, String metric, double value, String unit, String target, String met) {
    String key() {
      return scenario + "\t" + metric;
    }
  }

  public static void main(String[] args) throws IOException {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    List<Row> rows = read(Path.of(s.require("results")));
    Map<String, Row> previous = new HashMap<>();
    String prev = s.get("previous", null);
    if (prev != null && Files.exists(Path.of(prev))) {
      read(Path.of(prev)).forEach(r -> previous.put(r.key(), r));
    }
    StringBuilder md = new StringBuilder();
    md.append("# ").append(s.get("title", "Benchmark results")).append("\n\n");
    md.append("| scenario | metric | value | unit | target | met? | previous | change |\n");
    md.append("|---|---|---:|---|---|---|---:|---:|\n");
    int missed = 0;
    for (Row r : rows) {
      Row p = previous.get(r.key());
      String change = "";
      if (p != null && p.value() != 0) {
        change =
            String.format(
                Locale.ROOT, "%+.0f %%", 100 * (r.value() - p.value()) / Math.abs(p.value()));
      }
      if ("no".equals(r.met())) {
        missed++;
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
              r.scenario(),
              r.metric(),
              number(r.value()),
              r.unit(),
              r.target(),
              "no".equals(r.met()) ? "**no**" : r.met(),
              p == null ? "" : number(p.value()),
              change));
    }
    md.append("\nTargets missed: ").append(missed).append('\n');
    Files.writeString(Path.of(s.require("out")), md.toString());
    System.out.println(md);
    if ("true".equals(s.get("strict", "false")) && missed > 0) {
      System.exit(1);
    }
  }

  private static String number(double v) {
    return Math.abs(v) >= 100 || v == Math.rint(v)
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  private static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4], f[5]));
    }
    return rows;
  }
}
