package org.relearning.platform.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans author-written HTML with an allow-list (OWASP Java HTML Sanitizer): formatting, lists,
 * links, tables and images survive; scripts, event handlers, styles and {@code javascript:} URLs do
 * not. Stored HTML is always the sanitised form, so views may render it unescaped.
 */
public final class HtmlSanitizer {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("hr", "br", "pre", "code", "span")
                  .allowAttributes("class")
                  .matching(false, "ql-align-center", "ql-align-right", "ql-indent-1")
                  .onElements("p", "span", "li")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .toFactory());

  private HtmlSanitizer() {}

  public static String clean(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
