package org.relearning.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now", so that deadlines, expiry and dates are testable. */
@ApplicationScoped
public class Clocks {

  /** Thai libraries live in one time zone; dates on certificates are Bangkok dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  @Produces
  public Clock clock() {
    return Clock.system(ZONE);
  }
}
