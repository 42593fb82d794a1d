package org.relearning.web.media;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relearning.course.block.EmbedUrls;
import org.relearning.course.media.Media;
import org.relearning.course.media.MediaService;

/**
 * What block fragments need about the media a block refers to, by the block's {@code refId} only:
 * {@code #{mediaLinks.url(block.refId)}}. Media the caller may not see has no link.
 */
@Named
@RequestScoped
public class MediaLinks {

  @EJB private MediaService media;
  @Inject private ServletContext servletContext;

  private final Map<Long, Optional<Media>> seen = new HashMap<>();

  private Optional<Media> of(Long refId) {
    if (refId == null) {
      return Optional.empty();
    }
    return seen.computeIfAbsent(refId, id -> media.describe(id));
  }

  /** The address the browser fetches the file from, or null. */
  public String url(Long refId) {
    return of(refId)
        .map(
            m ->
                servletContext.getContextPath()
                    + "/media/"
                    + m.getId()
                    + "/"
                    + URLEncoder.encode(m.getFileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
        .orElse(null);
  }

  public String name(Long refId) {
    return of(refId).map(Media::getFileName).orElse("");
  }

  /** The size for people: "820 KB", "4.2 MB". */
  public String size(Long refId) {
    return of(refId).map(m -> readable(m.getByteSize())).orElse("");
  }

  /** A video link to show in a frame, checked again against the allowed sites; else null. */
  public String embed(String body) {
    return EmbedUrls.isEmbed(body) ? body : null;
  }

  static String readable(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
