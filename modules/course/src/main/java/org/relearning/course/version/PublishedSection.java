package org.relearning.course.version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A section as it was published, with the day its lessons open (none: open at once). */
public final class PublishedSection implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final LocalDate opensOn;
  private final List<PublishedLesson> lessons;

  public PublishedSection(long id, String title, LocalDate opensOn, List<PublishedLesson> lessons) {
    this.id = id;
    this.title = title;
    this.opensOn = opensOn;
    this.lessons = List.copyOf(lessons);
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

  public boolean isOpenOn(LocalDate day) {
    return opensOn == null || !day.isBefore(opensOn);
  }

  public List<PublishedLesson> getLessons() {
    return lessons;
  }
}
