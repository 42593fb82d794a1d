package org.relearning.web.bench;

import java.net.http.HttpClient;
import java.util.Map;

/**
 * The server after the run: heap in use after a full collection, and whether SQL statements were
 * counted ({@code /bench/stats?gc=true}).
 */
public final class ServerStatsBench {

  private ServerStatsBench() {}

  public static void main(String[] args) {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    HttpClient http = BenchSupport.client();
    Map<String, Object> stats = BenchSupport.stats(http, s.base(), null, true);
    if (stats.isEmpty()) {
      BenchSupport.Results.add("server", "stats not available", 1, "count", "<= 0");
      return;
    }
    double mb = 1024.0 * 1024.0;
    BenchSupport.Results.add(
        "server",
        "heap used after the run (after GC)",
        (Long) stats.get("heapUsedBytes") / mb,
        "MB");
    BenchSupport.Results.add("server", "heap max", (Long) stats.get("heapMaxBytes") / mb, "MB");
    BenchSupport.Results.add(
        "server", "SQL statements, whole run", (Long) stats.get("sqlStatements"), "stmt");
    System.out.println("Server: " + stats);
  }
}
