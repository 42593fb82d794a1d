package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Load;
import org.relearning.web.bench.BenchSupport.Results;

/**
 * What the server can do at best on this machine, measured in the same run as the scenarios: a
 * trivial servlet, one primary-key read, an empty Faces page and a static PDF (bench-mode endpoints
 * under {@code /bench/}). Each for a fixed time with a number of concurrent clients, each client
 * keeping its own session.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.CeilingBench \
 *   --base=http://127.0.0.1:8080/ [--clients=16] [--seconds=10]
 * </pre>
 */
public final class CeilingBench {

  private CeilingBench() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    int clients = s.getInt("clients", 16);
    double seconds = s.getDouble("seconds", 10);
    HttpClient http = BenchSupport.client();

    String[][] ceilings = {
      {"trivial servlet", "bench/ping", "pong"},
      {"primary-key query", "bench/pk", "BENCH"},
      {"empty Faces page", "bench/empty.xhtml", "<p>-</p>"},
      {"static PDF", "bench/static.pdf", "%PDF"},
    };
    BenchSupport.rule();
    for (String[] c : ceilings) {
      List<Learner> sessions = sessions(http, base, c[1], clients);
      double sql =
          BenchSupport.sqlPerRequest(
              http, base, 20, i -> BenchSupport.send(http, get(base, c[1], sessions.get(0))));
      Load load =
          BenchSupport.closedLoop(
              http,
              clients,
              seconds,
              w -> get(base, c[1], sessions.get(w)),
              r -> r.ok() && r.body().contains(c[2]));
      String sc = "ceiling: " + c[0];
      Results.add(sc, "throughput (" + clients + " clients)", load.perSecond(), "req/s");
      Results.latencies(sc, "request", load.latencies(), null);
      Results.add(sc, "errors", load.errors(), "count", "<= 0");
      if (sql >= 0) {
        Results.add(sc, "SQL statements per request (one client)", sql, "stmt");
      }
      BenchSupport.row(c[0] + " req/s", String.format("%.0f", load.perSecond()));
      BenchSupport.row(c[0] + " p95 (ms)", BenchSupport.ms(load.latencies().p95()));
      load.samples().forEach(x -> System.out.println("  e.g. " + x));
    }
    BenchSupport.rule();
  }

  /** One session per client, from a first request (an anonymous Faces view needs a session). */
  static List<Learner> sessions(HttpClient http, URI base, String path, int clients) {
    List<Learner> list = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Learner l = new Learner(0);
      try {
        var r = http.send(get(base, path, l), java.net.http.HttpResponse.BodyHandlers.discarding());
        l.cookie =
            r.headers().allValues("Set-Cookie").stream()
                .filter(x -> x.startsWith("JSESSIONID="))
                .map(x -> x.substring(0, x.indexOf(';') < 0 ? x.length() : x.indexOf(';')))
                .findFirst()
                .orElse(null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      list.add(l);
    }
    return list;
  }

  static HttpRequest get(URI base, String path, Learner l) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html,application/pdf,*/*");
    if (l.cookie != null) {
      b.header("Cookie", l.cookie);
    }
    return b.GET().build();
  }
}
