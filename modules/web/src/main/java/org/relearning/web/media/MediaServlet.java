package org.relearning.web.media;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relearning.course.media.Media;
import org.relearning.course.media.MediaContent;
import org.relearning.course.media.MediaService;
import org.relearning.platform.error.BusinessException;

/**
 * {@code /media/{id}/{name}}: a course's picture, video or file, for whoever may see the course
 * (the service decides; others get 404 as if it did not exist). Videos seek through single range
 * requests; everything is sent inert: the type decided at upload, {@code nosniff}, a sandboxing
 * CSP, and {@code attachment} for anything a browser should not show itself.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());
  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(?:/[^/]*)?");

  /** Types a browser shows without running anything; all others are downloaded. */
  static final Set<String> INLINE =
      Set.of(
          "image/jpeg",
          "image/png",
          "image/gif",
          "image/webp",
          "video/mp4",
          "video/webm",
          "audio/mpeg",
          "audio/ogg",
          "audio/mp4",
          "application/pdf");

  @EJB private MediaService media;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    Matcher path = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!path.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    MediaContent content;
    try {
      content = media.open(Long.parseLong(path.group(1)));
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Media file = content.media();
    String etag = "\"" + file.getSha256() + "\"";
    res.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    res.setHeader("Accept-Ranges", "bytes");
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", "private, max-age=86400");
    if (matches(req.getHeader("If-None-Match"), etag)) {
      res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    res.setContentType(file.getContentType());
    res.setHeader("Content-Disposition", disposition(file));
    long size = file.getByteSize();
    ByteRange.Parsed asked = ByteRange.parse(req.getHeader("Range"), size);
    switch (asked.answer()) {
      case UNSATISFIABLE -> {
        res.setHeader("Content-Range", "bytes */" + size);
        res.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      }
      case PARTIAL -> {
        ByteRange range = asked.range();
        res.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        res.setHeader("Content-Range", range.contentRange(size));
        res.setContentLengthLong(range.length());
        send(content, range.start(), range.length(), req, res);
      }
      case WHOLE -> {
        res.setContentLengthLong(size);
        send(content, 0, size, req, res);
      }
    }
  }

  private static void send(
      MediaContent content, long from, long length, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    if ("HEAD".equals(req.getMethod())) {
      // players ask for the size first; reading a whole video to throw it away would be waste
      return;
    }
    try {
      content.writeTo(from, length, res.getOutputStream());
    } catch (IOException e) {
      // most often a player that stopped reading (seeking, closing the page): nothing to repair
      LOG.fine(() -> "Media " + content.media().getId() + " not sent whole: " + e.getMessage());
    }
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag));
  }

  /** RFC 6266 with an RFC 5987 {@code filename*} for Thai names and a plain ASCII fallback. */
  static String disposition(Media file) {
    String type = file.getContentType();
    boolean inline = INLINE.contains(type) || type.startsWith("audio/");
    String ascii = file.getFileName().replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded =
        URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }
}
