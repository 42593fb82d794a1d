package org.relearning.web.benchmode;

/** Whether this server runs with the bench fixture, the only case in which bench mode is on. */
public final class BenchMode {

  private BenchMode() {}

  public static boolean isOn() {
    String learners = System.getenv("RELEARN_BENCH_LEARNERS");
    return learners != null && !learners.isBlank();
  }
}
