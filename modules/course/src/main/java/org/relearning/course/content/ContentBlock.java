package org.relearning.course.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.relearning.course.block.BlockContent;

/**
 * One piece of a lesson. What it holds depends on its type (a {@link
 * org.relearning.course.block.BlockType} plugin): sanitised HTML for rich text, the id of a quiz
 * for a quiz placed in the flow.
 */
@Entity
@Table(name = "CRS_BLOCK")
public class ContentBlock implements BlockContent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "LESSON_ID")
  private Lesson lesson;

  @Column(nullable = false)
  private int position;

  @Column(name = "BLOCK_TYPE", nullable = false, length = 40)
  private String blockType;

  @Lob
  @Column(name = "BODY")
  private String body;

  @Column(name = "REF_ID")
  private Long refId;

  protected ContentBlock() {}

  ContentBlock(Lesson lesson, int position, String blockType, String body, Long refId) {
    this.lesson = lesson;
    this.position = position;
    this.blockType = blockType;
    this.body = body;
    this.refId = refId;
  }

  public Long getId() {
    return id;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public int getPosition() {
    return position;
  }

  public String getBlockType() {
    return blockType;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getRefId() {
    return refId;
  }

  /** Replaces what the block holds, as its block type prepared it. */
  public void update(String newBody, Long newRefId) {
    this.body = newBody;
    this.refId = newRefId;
  }

  void setPosition(int position) {
    this.position = position;
  }
}
