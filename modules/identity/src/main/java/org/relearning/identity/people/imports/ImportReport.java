package org.relearning.identity.people.imports;

import java.io.Serializable;
import java.util.List;
import org.relearning.identity.people.IssuedLink;

/**
 * What an import did, row by row: created (with the learner's one-time password link) or skipped
 * with the reason and the line of the file.
 */
public record ImportReport(List<Line> lines) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the file and what became of it. */
  public record Line(
      int line, String username, IssuedLink link, String reasonKey, List<Serializable> arguments)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isCreated() {
      return link != null;
    }
  }

  public long created() {
    return lines.stream().filter(Line::isCreated).count();
  }

  public long skipped() {
    return lines.size() - created();
  }
}
