package org.relearning.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relearning.quiz.question.Question;

/** A quiz of a course: its questions and the mark (in percent) a learner needs to pass. */
@Entity
@Table(name = "QZ_QUIZ")
@NamedQuery(
    name = "Quiz.ofCourse",
    query = "SELECT q FROM Quiz q WHERE q.courseId = :course ORDER BY q.id")
public class Quiz {

  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Column(name = "OWNER_ID", nullable = false)
  private Long ownerId;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "PASS_MARK", nullable = false)
  private int passMark;

  @Version private long version;

  @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  protected Quiz() {}

  public Quiz(Long courseId, Long libraryId, Long ownerId, String title, int passMark) {
    this.courseId = courseId;
    this.libraryId = libraryId;
    this.ownerId = ownerId;
    this.title = title;
    this.passMark = passMark;
  }

  public Question addQuestion(String type, String text, int points) {
    Question q = new Question(this, questions.size() + 1, type, text, points);
    questions.add(q);
    return q;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public List<Question> getQuestions() {
    return Collections.unmodifiableList(questions);
  }
}
