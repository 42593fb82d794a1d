package org.relearning.web.learn;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relearning.course.version.LessonAccess;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.course.version.PublishedSection;
import org.relearning.learning.LearningService;
import org.relearning.learning.LearningService.MyCourse;
import org.relearning.learning.Progress;
import org.relearning.learning.completion.Missing;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * A learner's view of a course they follow: progress, what is still needed, where to resume, and
 * the outline of their version with what is locked and why. View-scoped: the buttons that move to
 * the latest version or start again are shown only when that applies, so the postback must find the
 * state that decided it.
 */
@Named("learnCourse")
@ViewScoped
public class LearnCourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LearningService learning;
  @Inject private Clock clock;
  @Inject private Language language;

  private Long id;
  private String section;
  private String title;
  private List<OutlineSection> outline;
  private Progress progress;
  private List<Missing> missing;
  private Integer newerVersion;
  private LocalDate renewalDue;
  private int roundNo;

  public void load() {
    MyCourse page = learning.myCoursePage(Params.required(id, "course"));
    title = page.course().getTitle();
    progress = page.progress();
    outline =
        outlineOf(
            page.version(),
            progress,
            clock.instant().atZone(Clocks.ZONE).toLocalDate(),
            shownSection(page.version(), section, progress.lastLessonId()));
    missing = page.missing();
    newerVersion = page.newerVersion().orElse(null);
    renewalDue = page.renewalDue().orElse(null);
    roundNo = page.roundNo();
  }

  /** Starts the course again, to renew the learner's certificate; refused when not due. */
  public void retake() {
    learning.retake(id);
    Messages.info("learn.retake.started");
    Navigation.redirect("/learn/course.xhtml?id=" + id);
  }

  /** Why renewing is offered: "Your certificate is valid until …" or "… expired on …". */
  public String getRenewalReason() {
    if (renewalDue == null) {
      return null;
    }
    LocalDate today = clock.instant().atZone(Clocks.ZONE).toLocalDate();
    String day = Dates.longDate(renewalDue, language.getLocale());
    return Messages.text(
        renewalDue.isBefore(today) ? "learn.retake.expired" : "learn.retake.expires", day);
  }

  /** Whether the learner may take the course again now to renew their certificate. */
  public boolean isRenewalDue() {
    return renewalDue != null;
  }

  /** 1 for the first take, 2 and up while taking the course again to renew a certificate. */
  public int getRoundNo() {
    return roundNo;
  }

  public void moveToLatest() {
    learning.moveToLatest(id);
    Messages.info("learn.movedToLatest");
    Navigation.redirect("/learn/course.xhtml?id=" + id);
  }

  /** Where "continue" leads: the last lesson opened, else the first not done. */
  public Long getResumeLessonId() {
    return progress.lastLessonId();
  }

  /**
   * A course with more lessons than this shows the lessons of one section at a time, the others by
   * their titles and how many of their lessons are done: a phone would otherwise get a page of
   * thousands of links (20 sections of 100 lessons made 200 KB of HTML).
   */
  static final int ALL_LESSONS_UP_TO = 150;

  /** The {@code section} parameter that shows every lesson of a large course. */
  static final String ALL_SECTIONS = "all";

  /**
   * The section whose lessons the page lists, or null for every section: all of them in a course of
   * up to {@link #ALL_LESSONS_UP_TO} lessons or when asked for {@link #ALL_SECTIONS}; else the
   * section asked for, else the one with the lesson to resume, else the first.
   */
  static Long shownSection(PublishedCourse version, String asked, Long resumeLessonId) {
    List<PublishedSection> sections = version.getSections();
    int lessons = sections.stream().mapToInt(s -> s.getLessons().size()).sum();
    if (lessons <= ALL_LESSONS_UP_TO || ALL_SECTIONS.equals(asked) || sections.isEmpty()) {
      return null;
    }
    if (asked != null) {
      for (PublishedSection s : sections) {
        if (String.valueOf(s.getId()).equals(asked)) {
          return s.getId();
        }
      }
    }
    if (resumeLessonId != null) {
      Optional<PublishedSection> holding = version.sectionOf(resumeLessonId);
      if (holding.isPresent()) {
        return holding.get().getId();
      }
    }
    return sections.get(0).getId();
  }

  /**
   * The outline as the page shows it, worked out once: whether each lesson is done and open, and
   * which sections list their lessons ({@code shown}, or all when null). A course of 20 sections of
   * 100 lessons is read in one pass, not once per lesson, and the view keeps these rows instead of
   * the version with every lesson's content.
   */
  static List<OutlineSection> outlineOf(
      PublishedCourse version, Progress progress, LocalDate day, Long shown) {
    Map<Long, LessonAccess> access = version.accessOfAll(progress.doneLessonIds(), day);
    List<OutlineSection> sections = new ArrayList<>(version.getSections().size());
    for (PublishedSection s : version.getSections()) {
      List<OutlineLesson> lessons = new ArrayList<>(s.getLessons().size());
      int done = 0;
      for (PublishedLesson l : s.getLessons()) {
        boolean isDone = progress.isDone(l.getId());
        done += isDone ? 1 : 0;
        lessons.add(
            new OutlineLesson(
                l.getId(), l.getTitle(), isDone, access.get(l.getId()) == LessonAccess.OPEN));
      }
      boolean listed = shown == null || shown == s.getId();
      sections.add(
          new OutlineSection(
              s.getId(),
              s.getTitle(),
              s.getOpensOn(),
              listed ? List.copyOf(lessons) : null,
              done,
              lessons.size()));
    }
    return List.copyOf(sections);
  }

  /**
   * A section of the learner's outline; {@code opensOn} is null when it is released, {@code
   * lessons} null when the page shows only its title and count (a large course, another section).
   */
  public static final class OutlineSection implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String title;
    private final LocalDate opensOn;
    private final List<OutlineLesson> lessons;
    private final int done;
    private final int lessonCount;

    OutlineSection(
        long id,
        String title,
        LocalDate opensOn,
        List<OutlineLesson> lessons,
        int done,
        int lessonCount) {
      this.id = id;
      this.title = title;
      this.opensOn = opensOn;
      this.lessons = lessons;
      this.done = done;
      this.lessonCount = lessonCount;
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public LocalDate getOpensOn() {
      return opensOn;
    }

    /** The lessons, or null when the page lists another section's. */
    public List<OutlineLesson> getLessons() {
      return lessons;
    }

    public boolean isListed() {
      return lessons != null;
    }

    public int getDone() {
      return done;
    }

    public int getLessonCount() {
      return lessonCount;
    }
  }

  /** A lesson of the learner's outline: done by them, and open to them today. */
  public static final class OutlineLesson implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String title;
    private final boolean done;
    private final boolean open;

    OutlineLesson(long id, String title, boolean done, boolean open) {
      this.id = id;
      this.title = title;
      this.done = done;
      this.open = open;
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public boolean isDone() {
      return done;
    }

    public boolean isOpen() {
      return open;
    }

    /** The list item's classes: {@code done}, {@code locked}, both or none. */
    public String getStyleClass() {
      return done ? (open ? "done" : "done locked") : (open ? "" : "locked");
    }
  }

  public List<OutlineSection> getOutline() {
    return outline;
  }

  /** The link to a lesson of this course, without the lesson's id at the end. */
  public String getLessonLink() {
    return contextPath() + "/learn/lesson.xhtml?course=" + id + "&id=";
  }

  /** The link to this page listing a section's lessons, without the section's id at the end. */
  public String getSectionLink() {
    return contextPath() + "/learn/course.xhtml?id=" + id + "&section=";
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  /** What the learner still lacks, one line per thing, from the completion rules. */
  public List<Missing> getMissing() {
    return missing;
  }

  public String describe(Missing m) {
    return Messages.text(m.key(), m.arguments().toArray());
  }

  public String getTitle() {
    return title;
  }

  public Integer getNewerVersion() {
    return newerVersion;
  }

  public Progress getProgress() {
    return progress;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
