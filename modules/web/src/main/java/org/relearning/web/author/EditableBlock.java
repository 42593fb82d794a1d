package org.relearning.web.author;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Objects;
import org.relearning.course.content.ContentBlock;

/**
 * One block as the lesson editor holds it between requests: what is saved, what the author is
 * typing, and the file they chose (for one request only).
 */
public class EditableBlock implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int index;
  private final Long id;
  private final String blockType;
  private final String savedBody;
  private final Long refId;
  private String body;
  private transient Part upload;

  EditableBlock(int index, Long id, String blockType, String body, Long refId) {
    this.index = index;
    this.id = id;
    this.blockType = blockType;
    this.savedBody = body;
    this.body = body;
    this.refId = refId;
  }

  static EditableBlock of(int index, ContentBlock block) {
    return new EditableBlock(
        index, block.getId(), block.getBlockType(), block.getBody(), block.getRefId());
  }

  /** Whether the author changed the text or chose a file since the page was shown. */
  boolean changed() {
    return hasUpload() || !Objects.equals(blank(body), blank(savedBody));
  }

  boolean hasUpload() {
    return upload != null && upload.getSize() > 0;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public int getIndex() {
    return index;
  }

  public Long getId() {
    return id;
  }

  public String getBlockType() {
    return blockType;
  }

  public String getSavedBody() {
    return savedBody;
  }

  public Long getRefId() {
    return refId;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
