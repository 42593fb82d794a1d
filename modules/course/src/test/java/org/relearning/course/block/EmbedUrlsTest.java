package org.relearning.course.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relearning.platform.error.BusinessException;

class EmbedUrlsTest {

  private static final String KHANOM = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42",
        "http://m.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=abc",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "  https://youtu.be/dQw4w9WgXcQ  "
      })
  void everyYoutubeLinkBecomesTheNoCookieEmbed(String link) {
    assertThat(EmbedUrls.normalise(link)).contains(KHANOM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://vimeo.com/76979871",
        "https://www.vimeo.com/channels/staffpicks/76979871",
        "https://player.vimeo.com/video/76979871?h=abc"
      })
  void vimeoLinksBecomeThePlayer(String link) {
    assertThat(EmbedUrls.normalise(link)).contains("https://player.vimeo.com/video/76979871");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/embed/dQw4w9WgXcQ",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"x",
        "https://vimeo.com/abc",
        "ftp://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com:8443/embed/dQw4w9WgXcQ",
        "not a link"
      })
  void anythingElseIsRefused(String link) {
    assertThat(EmbedUrls.normalise(link)).isEmpty();
    assertThatThrownBy(() -> new VideoBlock().prepare(link, null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("block.video.hostNotAllowed");
  }

  @Test
  void onlyStoredEmbedsAreShown() {
    assertThat(EmbedUrls.isEmbed(KHANOM)).isTrue();
    assertThat(EmbedUrls.isEmbed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isFalse();
    assertThat(EmbedUrls.isEmbed(null)).isFalse();
  }

  @Test
  void aVideoBlockHoldsALinkOrAFileAndAPictureNeedsItsDescription() {
    assertThat(new VideoBlock().prepare("https://youtu.be/dQw4w9WgXcQ", 5L))
        .isEqualTo(new PreparedBlock(KHANOM, null));
    assertThat(new VideoBlock().prepare("", 5L)).isEqualTo(new PreparedBlock(null, 5L));
    assertThatThrownBy(() -> new VideoBlock().prepare(" ", null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("block.video.empty");
    assertThatThrownBy(() -> new ImageBlock().prepare("  ", 5L))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("block.image.altRequired");
    assertThat(new ImageBlock().prepare(" ขนมครก\nในเตา ", 5L))
        .isEqualTo(new PreparedBlock("ขนมครก ในเตา", 5L));
  }
}
