package org.relearning.course.version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.relearning.course.LessonOrder;
import org.relearning.course.block.QuizBlock;

/** One published version of a course, as learners go through it. Immutable. */
public final class PublishedCourse implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long courseId;
  private final int number;
  private final LessonOrder order;
  private final List<PublishedSection> sections;

  public PublishedCourse(
      long courseId, int number, LessonOrder order, List<PublishedSection> sections) {
    this.courseId = courseId;
    this.number = number;
    this.order = order;
    this.sections = List.copyOf(sections);
  }

  public long getCourseId() {
    return courseId;
  }

  /** 1 for the first published version, then 2, 3… */
  public int getNumber() {
    return number;
  }

  public LessonOrder getOrder() {
    return order;
  }

  public boolean isSequential() {
    return order == LessonOrder.SEQUENTIAL;
  }

  public List<PublishedSection> getSections() {
    return sections;
  }

  public List<PublishedLesson> lessons() {
    return sections.stream().flatMap(s -> s.getLessons().stream()).toList();
  }

  public Optional<PublishedLesson> lesson(long lessonId) {
    return lessons().stream().filter(l -> l.getId() == lessonId).findFirst();
  }

  public boolean contains(long lessonId) {
    return lesson(lessonId).isPresent();
  }

  public Optional<PublishedSection> sectionOf(long lessonId) {
    return sections.stream()
        .filter(s -> s.getLessons().stream().anyMatch(l -> l.getId() == lessonId))
        .findFirst();
  }

  public Optional<PublishedLesson> previous(long lessonId) {
    List<PublishedLesson> all = lessons();
    int at = indexOf(all, lessonId);
    return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
  }

  public Optional<PublishedLesson> next(long lessonId) {
    List<PublishedLesson> all = lessons();
    int at = indexOf(all, lessonId);
    return at >= 0 && at < all.size() - 1 ? Optional.of(all.get(at + 1)) : Optional.empty();
  }

  /**
   * Whether a learner who has done {@code done} may open the lesson on {@code today}: its section
   * must be released, and in a course taken in order every lesson before it must be done.
   */
  public LessonAccess access(long lessonId, Set<Long> done, LocalDate today) {
    LessonAccess access = accessOfAll(done, today).get(lessonId);
    if (access == null) {
      throw new NoSuchElementException("lesson " + lessonId + " is not in this version");
    }
    return access;
  }

  /**
   * {@link #access} of every lesson, in course order, in one pass over the outline: the course page
   * shows all of them, and asking lesson by lesson would walk the outline once per lesson.
   */
  public Map<Long, LessonAccess> accessOfAll(Set<Long> done, LocalDate today) {
    Map<Long, LessonAccess> all = new LinkedHashMap<>();
    boolean allBeforeDone = true;
    for (PublishedSection section : sections) {
      boolean open = section.isOpenOn(today);
      for (PublishedLesson lesson : section.getLessons()) {
        LessonAccess access;
        if (!open) {
          access = LessonAccess.NOT_YET_RELEASED;
        } else if (isSequential() && !allBeforeDone) {
          access = LessonAccess.AFTER_PREVIOUS;
        } else {
          access = LessonAccess.OPEN;
        }
        all.put(lesson.getId(), access);
        allBeforeDone &= done.contains(lesson.getId());
      }
    }
    return all;
  }

  /** The first lesson not done yet, or the first lesson when all are done. */
  public Optional<PublishedLesson> firstNotDone(Set<Long> done) {
    return lessons().stream()
        .filter(l -> !done.contains(l.getId()))
        .findFirst()
        .or(() -> lessons().stream().findFirst());
  }

  /** The quizzes placed in this version's lessons. */
  public Set<Long> quizIds() {
    return Set.copyOf(
        lessons().stream()
            .flatMap(l -> l.getBlocks().stream())
            .filter(b -> QuizBlock.ID.equals(b.getBlockType()) && b.getRefId() != null)
            .map(PublishedBlock::getRefId)
            .toList());
  }

  /** Lessons in which the quiz is placed: passing it counts as doing them. */
  public List<PublishedLesson> lessonsWithQuiz(long quizId) {
    return lessons().stream()
        .filter(
            l ->
                l.getBlocks().stream()
                    .anyMatch(
                        b ->
                            QuizBlock.ID.equals(b.getBlockType())
                                && Long.valueOf(quizId).equals(b.getRefId())))
        .toList();
  }

  private static int indexOf(List<PublishedLesson> all, long lessonId) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).getId() == lessonId) {
        return i;
      }
    }
    return -1;
  }
}
