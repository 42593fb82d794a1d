package org.relearning.course.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One lesson: a sequence of content blocks a learner reads, watches or answers. */
@Entity
@Table(name = "CRS_LESSON")
@NamedQuery(
    name = "Lesson.withBlockRef",
    query =
        "SELECT DISTINCT b.lesson FROM ContentBlock b WHERE b.blockType = :type AND b.refId = :ref")
@NamedQuery(
    name = "Lesson.place",
    query = "UPDATE Lesson l SET l.section = :section, l.position = :position WHERE l.id = :id")
public class Lesson {

  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "SECTION_ID")
  private Section section;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ContentBlock> blocks = new ArrayList<>();

  protected Lesson() {}

  Lesson(Section section, int position, String title) {
    this.section = section;
    this.position = position;
    this.title = title;
  }

  public ContentBlock addBlock(String type, String body, Long refId) {
    ContentBlock block = new ContentBlock(this, blocks.size() + 1, type, body, refId);
    blocks.add(block);
    return block;
  }

  public void removeBlock(ContentBlock block) {
    if (blocks.remove(block)) {
      renumber();
    }
  }

  /** Puts {@code block} at {@code index} (0 first), clamped to the lesson's blocks. */
  public void moveBlock(ContentBlock block, int index) {
    if (!blocks.remove(block)) {
      throw new IllegalArgumentException("Block " + block.getId() + " is not in lesson " + id);
    }
    blocks.add(Math.max(0, Math.min(index, blocks.size())), block);
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < blocks.size(); i++) {
      blocks.get(i).setPosition(i + 1);
    }
  }

  public Long getId() {
    return id;
  }

  public Section getSection() {
    return section;
  }

  public int getPosition() {
    return position;
  }

  void setPosition(int position) {
    this.position = position;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<ContentBlock> getBlocks() {
    return Collections.unmodifiableList(blocks);
  }
}
