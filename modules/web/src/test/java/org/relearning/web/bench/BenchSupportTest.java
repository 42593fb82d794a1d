package org.relearning.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The parts of the benchmark suite that decide what a run reports: targets, percentiles, forms. */
class BenchSupportTest {

  @Test
  void targetsCompareAsWritten() {
    assertTrue(BenchSupport.Results.meets(1000, "<= 1000"));
    assertFalse(BenchSupport.Results.meets(1000.5, "<= 1000"));
    assertFalse(BenchSupport.Results.meets(50, "< 50"));
    assertTrue(BenchSupport.Results.meets(33, ">= 33"));
    assertFalse(BenchSupport.Results.meets(0.3, "<= 0"));
    assertTrue(BenchSupport.Results.meets(0.3, "< 1"));
  }

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    }
    BenchSupport.Latencies l = BenchSupport.Latencies.of(nanos);
    assertEquals(50.0, l.p50());
    assertEquals(95.0, l.p95());
    assertEquals(99.0, l.p99());
    assertEquals(100.0, l.max());
  }

  @Test
  void cpuSharesAreOfAllCoresOverTheWindow() {
    // 10 s on 2 cores: 20 CPU seconds to share; the machine was busy for 15 of them
    BenchSupport.CpuUse use = new BenchSupport.CpuUse(10, 2, 8, 4, 15);
    assertEquals(40.0, use.share(use.server()), 1e-9);
    assertEquals(20.0, use.share(use.tool()), 1e-9);
    assertEquals(15.0, use.share(use.rest()), 1e-9); // the database and the rest: 15 - 8 - 4
    // unknown stays unknown, and the rest is not guessed without the machine's count
    BenchSupport.CpuUse noMachine = new BenchSupport.CpuUse(10, 2, 8, 4, -1);
    assertEquals(-1.0, noMachine.share(noMachine.rest()));
  }

  @Test
  void aFacesFormIsReadFromItsPage() {
    String html =
        "<form id=\"lesson\" name=\"lesson\" method=\"post\""
            + " action=\"/learn/lesson.xhtml?course=4&amp;id=7\">"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\""
            + " id=\"j_id1:jakarta.faces.ViewState:0\" value=\"-123:456\" autocomplete=\"off\" />";
    assertEquals("-123:456", BenchSupport.hiddenValue(html, "jakarta.faces.ViewState"));
    assertNull(BenchSupport.hiddenValue(html, "missing"));
    assertEquals(
        URI.create("http://127.0.0.1:8080/learn/lesson.xhtml?course=4&id=7"),
        BenchSupport.formAction(URI.create("http://127.0.0.1:8080/"), html, "lesson"));
  }
}
