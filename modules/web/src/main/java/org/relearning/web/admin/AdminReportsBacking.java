package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathReport;
import org.relearning.platform.error.BusinessException;
import org.relearning.web.report.GroupBy;
import org.relearning.web.report.ImpactReport;
import org.relearning.web.report.ImpactReports;
import org.relearning.web.report.ReportRequest;
import org.relearning.web.report.ReportRow;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * The impact report page: a period of months, a library (the system administrator picks one or
 * all), what the rows are; then the table, a bar chart of the same rows and the same report as CSV
 * or XLSX. What may be read is decided by {@link ImpactReports}; the page only asks.
 */
@Named("adminReports")
@ViewScoped
public class AdminReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many months back the period choices reach. */
  static final int MONTHS_OFFERED = 60;

  @Inject private ImpactReports reports;
  @Inject private LibraryService libraries;
  @Inject private Language language;
  @Inject private Clock clock;
  @Inject private CurriculumService curricula;

  /** Months as 2026-11, the values of the period choices. */
  private String from;

  private String to;
  private Long libraryFilter;
  private GroupBy groupBy = GroupBy.MONTH;
  private ImpactReport report;
  private transient List<PathRow> paths;
  private transient LibraryLookup libraryLookup;

  @PostConstruct
  void init() {
    YearMonth now = YearMonth.now(clock);
    to = now.toString();
    from = now.minusMonths(11).toString();
    show();
  }

  /** A career path with its all-time numbers, for the paths table under the impact report. */
  public record PathRow(Curriculum path, PathReport report) {}

  /**
   * The career paths the reader authors for (their library's; every library's, or the one chosen,
   * for the system administrator), with enrolled and completed learners; each links to its report.
   */
  public List<PathRow> getPaths() {
    if (paths == null) {
      paths =
          curricula.authoredByCaller().stream()
              .filter(c -> libraryFilter == null || libraryFilter.equals(c.getLibraryId()))
              .map(c -> new PathRow(c, curricula.report(c.getId())))
              .toList();
    }
    return paths;
  }

  /** Reads the report again for the filters chosen. */
  public void show() {
    report = reports.report(request(), language.getLocale());
    paths = null;
  }

  private ReportRequest request() {
    return new ReportRequest(month(from), month(to), libraryFilter, groupBy);
  }

  private static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (RuntimeException e) {
      throw new BusinessException("report.error.period");
    }
  }

  /** The months to choose from, newest first, as 2026-11. */
  public List<String> getMonths() {
    List<String> months = new ArrayList<>();
    YearMonth now = YearMonth.now(clock);
    for (int i = 0; i < MONTHS_OFFERED; i++) {
      months.add(now.minusMonths(i).toString());
    }
    return months;
  }

  /** "พฤศจิกายน 2569" / "November 2026". */
  public String monthLabel(String month) {
    return ImpactReports.month(YearMonth.parse(month), language.getLocale());
  }

  public List<GroupBy> getGroupings() {
    return List.of(GroupBy.values());
  }

  public List<Library> getLibraries() {
    return lookup().all();
  }

  private LibraryLookup lookup() {
    if (libraryLookup == null) {
      libraryLookup = new LibraryLookup(libraries);
    }
    return libraryLookup;
  }

  /** The same report as a file: {@code csv} or {@code xlsx}, in the page's language. */
  public String fileUrl(String kind) {
    if (report == null) {
      return "";
    }
    ReportRequest r = report.request();
    String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return path
        + "/admin/reports."
        + kind
        + "?from="
        + r.from()
        + "&to="
        + r.to()
        + "&by="
        + r.groupBy().name()
        + (r.libraryId() == null ? "" : "&library=" + r.libraryId());
  }

  /** The chart's Chart.js configuration: one bar per row for the counted measures. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    report.rows().forEach(r -> labels.add(r.label()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("enrolments", ReportRow::enrolments, "#1f6f8b"))
            .add(dataset("completions", ReportRow::completions, "#99a8b2"))
            .add(dataset("certificates", ReportRow::certificates, "#e6a400"))
            .add(dataset("activeLearners", ReportRow::activeLearners, "#5b8c5a"));
    JsonObjectBuilder config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("beginAtZero", true)
                                    .add(
                                        "ticks", Json.createObjectBuilder().add("precision", 0)))));
    return config.build().toString();
  }

  private JsonObjectBuilder dataset(
      String measure, ToLongFunction<ReportRow> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    report.rows().forEach(r -> data.add(value.applyAsLong(r)));
    return Json.createObjectBuilder()
        .add("label", Messages.text(language.getLocale(), "report.measure." + measure))
        .add("backgroundColor", colour)
        .add("data", data);
  }

  public ImpactReport getReport() {
    return report;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public Long getLibraryFilter() {
    return libraryFilter;
  }

  public void setLibraryFilter(Long libraryFilter) {
    this.libraryFilter = libraryFilter;
  }

  public GroupBy getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(GroupBy groupBy) {
    this.groupBy = groupBy;
  }
}
