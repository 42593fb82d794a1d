package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.relearning.course.media.MediaKind;
import org.relearning.platform.error.BusinessException;

/**
 * A file to download (a worksheet, a recipe as PDF) with a label saying what it is; without a label
 * the learner sees the file's name.
 */
@ApplicationScoped
public class FileBlock implements BlockType {

  public static final String ID = "file";
  public static final int LABEL_MAX = 200;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "block.file";
  }

  @Override
  public String deliveryView() {
    return "/WEB-INF/blocks/file.xhtml";
  }

  @Override
  public String editorView() {
    return "/WEB-INF/blocks/file-editor.xhtml";
  }

  @Override
  public Set<MediaKind> acceptedMedia() {
    return Set.of(MediaKind.DOCUMENT, MediaKind.IMAGE, MediaKind.AUDIO);
  }

  @Override
  public String prepareBody(String authored) {
    return BlockTexts.plain(authored, LABEL_MAX);
  }

  @Override
  public PreparedBlock prepare(String authored, Long refId) {
    if (refId == null) {
      throw new BusinessException("block.file.fileRequired");
    }
    return new PreparedBlock(prepareBody(authored), refId);
  }
}
