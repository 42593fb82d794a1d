package org.relearning.quiz;

import java.util.EnumSet;
import java.util.Set;

/** What a learner may see when reviewing a submitted attempt. */
public enum ReviewItem {
  /** Their own responses. */
  RESPONSES,
  /** Whether each answer was right, and the points it earned. */
  MARKS,
  /** The correct answers. */
  CORRECT,
  /** The feedback of the options they chose and of each question. */
  FEEDBACK;

  static Set<ReviewItem> parse(String stored) {
    Set<ReviewItem> items = EnumSet.noneOf(ReviewItem.class);
    if (stored != null) {
      for (String s : stored.split(",")) {
        for (ReviewItem r : values()) {
          if (r.name().equals(s.trim())) {
            items.add(r);
          }
        }
      }
    }
    return items;
  }

  static String format(Set<ReviewItem> items) {
    StringBuilder b = new StringBuilder();
    for (ReviewItem r : values()) {
      if (items.contains(r)) {
        b.append(b.length() == 0 ? "" : ",").append(r.name());
      }
    }
    return b.toString();
  }
}
