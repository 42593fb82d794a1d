package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.relearning.course.CourseService;
import org.relearning.course.block.BlockType;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.block.RichTextBlock;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.media.MediaKind;
import org.relearning.course.media.MediaLimits;
import org.relearning.course.media.MediaUpload;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * The lesson editor: the lesson's blocks in order, each in its type's editor, to add, change,
 * delete and reorder. Every action first saves what was typed, so nothing is lost, and then reloads
 * the page (post-redirect-get). A new lesson starts with an empty text block.
 */
@Named("authorLesson")
@ViewScoped
public class AuthorLessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_PASS_MARK = 60;

  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private BlockTypes blockTypes;

  private Long id;
  private Long courseId;
  private String title;
  private final List<EditableBlock> blocks = new ArrayList<>();
  private String newType = RichTextBlock.ID;
  private Long dragBlockId;
  private Integer dragTo;

  public void load() {
    Lesson lesson = courses.getLessonForEditing(Params.required(id, "lesson"));
    courseId = lesson.getSection().getCourse().getId();
    title = lesson.getTitle();
    blocks.clear();
    for (ContentBlock block : lesson.getBlocks()) {
      blocks.add(EditableBlock.of(blocks.size(), block));
    }
    if (blocks.isEmpty()) {
      blocks.add(new EditableBlock(0, null, RichTextBlock.ID, "", null));
    }
  }

  /** Saves every changed block and goes back to the course. */
  public void save() {
    saveChanged(null);
    Messages.info("action.saved");
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  /** Saves and stays, e.g. to see an uploaded picture. */
  public void apply() {
    saveChanged(null);
    Messages.info("action.saved");
    reload();
  }

  public void add() {
    saveChanged(null);
    if (QuizBlock.ID.equals(newType)) {
      Quiz quiz = quizzes.create(courseId, title, DEFAULT_PASS_MARK);
      courses.placeQuiz(id, quiz.getId());
      Navigation.redirect("/author/quiz.xhtml?id=" + quiz.getId());
      return;
    }
    courses.addBlock(id, newType);
    reload();
  }

  public void remove(EditableBlock block) {
    saveChanged(block);
    if (block.getId() != null) {
      courses.removeBlock(block.getId());
    }
    Messages.info("block.removed");
    reload();
  }

  public void moveUp(EditableBlock block) {
    move(block, block.getIndex() - 1);
  }

  public void moveDown(EditableBlock block) {
    move(block, block.getIndex() + 1);
  }

  /** The drop of a drag-and-drop, sent by lesson-editor.js through two hidden fields. */
  public void moveDragged() {
    blocks.stream()
        .filter(b -> b.getId() != null && b.getId().equals(dragBlockId))
        .findFirst()
        .ifPresentOrElse(b -> move(b, dragTo == null ? b.getIndex() : dragTo), this::reload);
  }

  private void move(EditableBlock block, int index) {
    saveChanged(null);
    if (block.getId() != null) {
      courses.moveBlock(block.getId(), Math.max(0, index));
    }
    reload();
  }

  /** Saves the blocks the author changed, except {@code skipped} (about to be removed). */
  private void saveChanged(EditableBlock skipped) {
    for (EditableBlock block : blocks) {
      if (block == skipped || !block.changed() || QuizBlock.ID.equals(block.getBlockType())) {
        continue;
      }
      if (block.getId() == null) {
        courses.saveLessonText(id, block.getBody());
      } else if (block.hasUpload()) {
        try (InputStream in = block.getUpload().getInputStream()) {
          courses.updateBlock(
              block.getId(),
              block.getBody(),
              new MediaUpload(block.getUpload().getSubmittedFileName(), in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        courses.updateBlock(block.getId(), block.getBody(), null);
      }
    }
  }

  private void reload() {
    Navigation.redirect("/author/lesson.xhtml?id=" + id);
  }

  /** The type's editor fragment, or its delivery fragment for types that have none. */
  public String editorOf(EditableBlock block) {
    BlockType type = blockTypes.get(block.getBlockType());
    return type.editorView() != null ? type.editorView() : type.deliveryView();
  }

  public String labelOf(EditableBlock block) {
    return blockTypes.get(block.getBlockType()).labelKey();
  }

  public List<BlockType> getTypes() {
    return blockTypes.all();
  }

  /** The upload limit in MB for a kind of media, to tell authors before they try. */
  public long limitMb(String kind) {
    return MediaLimits.maxBytes(MediaKind.valueOf(kind)) / MediaLimits.MB;
  }

  public List<EditableBlock> getBlocks() {
    return blocks;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getTitle() {
    return title;
  }

  public String getNewType() {
    return newType;
  }

  public void setNewType(String newType) {
    this.newType = newType;
  }

  public Long getDragBlockId() {
    return dragBlockId;
  }

  public void setDragBlockId(Long dragBlockId) {
    this.dragBlockId = dragBlockId;
  }

  public Integer getDragTo() {
    return dragTo;
  }

  public void setDragTo(Integer dragTo) {
    this.dragTo = dragTo;
  }
}
