package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.relearning.course.media.MediaKind;
import org.relearning.platform.error.BusinessException;

/**
 * A video: either a file uploaded to the platform (refId, played with seeking through range
 * requests) or a link to YouTube or Vimeo (body, stored in its embeddable form, see {@link
 * EmbedUrls}). A link given replaces an uploaded file.
 */
@ApplicationScoped
public class VideoBlock implements BlockType {

  public static final String ID = "video";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "block.video";
  }

  @Override
  public String deliveryView() {
    return "/WEB-INF/blocks/video.xhtml";
  }

  @Override
  public String editorView() {
    return "/WEB-INF/blocks/video-editor.xhtml";
  }

  @Override
  public Set<MediaKind> acceptedMedia() {
    return Set.of(MediaKind.VIDEO);
  }

  @Override
  public String prepareBody(String authored) {
    if (authored == null || authored.isBlank()) {
      return null;
    }
    return EmbedUrls.normalise(authored)
        .orElseThrow(() -> new BusinessException("block.video.hostNotAllowed"));
  }

  @Override
  public PreparedBlock prepare(String authored, Long refId) {
    String embed = prepareBody(authored);
    if (embed != null) {
      return new PreparedBlock(embed, null);
    }
    if (refId == null) {
      throw new BusinessException("block.video.empty");
    }
    return new PreparedBlock(null, refId);
  }
}
