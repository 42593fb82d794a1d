package org.relearning.course.block;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Videos from other sites that a lesson may show in a frame: YouTube (through its no-cookie domain)
 * and Vimeo, whatever form of link the author pasted. Everything else is refused: a frame from any
 * site would let that site put anything in front of learners.
 */
public final class EmbedUrls {

  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
  private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");
  private static final Set<String> YOUTUBE_HOSTS =
      Set.of(
          "youtube.com",
          "www.youtube.com",
          "m.youtube.com",
          "music.youtube.com",
          "youtube-nocookie.com",
          "www.youtube-nocookie.com");
  private static final Set<String> VIMEO_HOSTS =
      Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com");

  private EmbedUrls() {}

  /** The embeddable form of a link, e.g. {@code https://www.youtube-nocookie.com/embed/ID}. */
  public static Optional<String> normalise(String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawUserInfo() != null) {
      return Optional.empty();
    }
    if (uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    String[] parts = path.split("/");
    if (host.equals("youtu.be")) {
      return youtube(parts.length > 1 ? parts[1] : null);
    }
    if (YOUTUBE_HOSTS.contains(host)) {
      if (path.equals("/watch")) {
        return youtube(query(uri, "v"));
      }
      if (parts.length > 2
          && (parts[1].equals("embed") || parts[1].equals("shorts") || parts[1].equals("live"))) {
        return youtube(parts[2]);
      }
      return Optional.empty();
    }
    if (VIMEO_HOSTS.contains(host)) {
      String id =
          host.equals("player.vimeo.com")
              ? (parts.length > 2 && parts[1].equals("video") ? parts[2] : null)
              : (parts.length > 1 ? parts[parts.length - 1] : null);
      return id != null && VIMEO_ID.matcher(id).matches()
          ? Optional.of("https://player.vimeo.com/video/" + id)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a stored body is an embed this class made (checked again before it is shown). */
  public static boolean isEmbed(String url) {
    return url != null && normalise(url).filter(url::equals).isPresent();
  }

  private static Optional<String> youtube(String id) {
    return id != null && YOUTUBE_ID.matcher(id).matches()
        ? Optional.of("https://www.youtube-nocookie.com/embed/" + id)
        : Optional.empty();
  }

  private static String query(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
