package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.relearning.web.bench.BenchSupport.Latencies;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Result;
import org.relearning.web.bench.BenchSupport.Results;

/**
 * N learners download their certificate of the lesson course as a PDF, the way the "my learning"
 * page links it ({@code /certificates/{id}.pdf}), rendered on demand. The certificates exist once
 * the lesson benchmark completed the course for each learner. Reports certificates per second,
 * latency, errors and SQL statements per certificate.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.CertificateBench \
 *   --base=http://127.0.0.1:8080/ --learners=1000 --password=... [--clients=8]
 * </pre>
 */
public final class CertificateBench {

  private CertificateBench() {}

  record Download(Learner learner, String uid) {}

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    int n = s.getInt("learners", 1000);
    String password = s.require("password");
    int clients = s.getInt("clients", 8);
    HttpClient http = BenchSupport.client();
    long course = (Long) BenchSupport.fixture(http, base).get("lessonCourse");
    List<Learner> learners = BenchSupport.learners(1, n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);

    // each learner's certificate of the lesson course, from their own list; not measured
    ConcurrentLinkedQueue<Download> queue = new ConcurrentLinkedQueue<>();
    AtomicInteger missing = new AtomicInteger();
    for (Learner l : learners) {
      if (l.cookie == null) {
        continue;
      }
      Result r =
          BenchSupport.send(
              http, BenchSupport.request(base, "api/v1/certificates", l).GET().build());
      String uid = null;
      if (r.ok()) {
        for (Object o : (List<?>) BenchSupport.json(r.body())) {
          Map<?, ?> c = (Map<?, ?>) o;
          if (Long.valueOf(course).equals(c.get("courseId"))) {
            uid = (String) c.get("id");
          }
        }
      }
      if (uid == null) {
        missing.incrementAndGet();
      } else {
        queue.add(new Download(l, uid));
      }
    }
    int count = queue.size();
    Download sample = queue.peek();
    double sql =
        sample == null
            ? -1
            : BenchSupport.sqlPerRequest(
                http, base, 5, i -> BenchSupport.send(http, pdf(base, sample)));

    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    for (int w = 0; w < clients; w++) {
      pool.execute(
          () -> {
            Download d;
            while ((d = queue.poll()) != null) {
              Result r = BenchSupport.send(http, pdf(base, d));
              nanos[next.getAndIncrement()] = r.nanos();
              if (r.status() != 200 || !r.body().startsWith("%PDF")) {
                errors.incrementAndGet();
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Latencies lat = Latencies.of(nanos);

    String sc = "certificates";
    Results.add(sc, "certificates downloaded", count, "count", ">= " + n);
    Results.add(
        sc,
        "errors (sign-in, missing, download)",
        signInFailures + missing.get() + errors.get(),
        "count",
        "<= 0");
    Results.add(
        sc, "certificates per second (" + clients + " clients)", count / seconds, "1/s", ">= 33");
    Results.latencies(sc, "PDF", lat, null);
    if (sql >= 0) {
      Results.add(sc, "SQL statements per certificate (one client)", sql, "stmt");
    }
    BenchSupport.rule();
    BenchSupport.row("certificates", String.valueOf(count));
    BenchSupport.row("missing / errors", missing.get() + " / " + errors.get());
    BenchSupport.row("per second", String.format("%.1f", count / seconds));
    BenchSupport.latencyRows("PDF", lat);
    BenchSupport.rule();
  }

  static java.net.http.HttpRequest pdf(URI base, Download d) {
    return BenchSupport.request(base, "certificates/" + d.uid() + ".pdf?lang=th", d.learner())
        .header("Accept", "application/pdf")
        .GET()
        .build();
  }
}
