package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.relearning.web.bench.BenchSupport.Latencies;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Result;
import org.relearning.web.bench.BenchSupport.Results;

/**
 * The end of the exam: N takers press "submit" within a few seconds. Each taker's attempt is
 * resumed (or started) first, not measured; then they are released through a gate, each at its
 * moment in the spread. Reports errors, grading latency, throughput and SQL statements per submit.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.SubmitRushBench \
 *   --base=http://127.0.0.1:8080/ --quiz=ID --learners=1000 --password=... [--spreadMs=2000]
 * </pre>
 */
public final class SubmitRushBench {

  private SubmitRushBench() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    long quizId = Long.parseLong(s.require("quiz"));
    int n = s.getInt("learners", 1000);
    String password = s.require("password");
    int spreadMs = s.getInt("spreadMs", 2000);

    HttpClient http = BenchSupport.client();
    List<Learner> learners = BenchSupport.learners(s.getInt("first", 1), n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);

    record Taker(Learner learner, long attempt) {}
    AtomicInteger startFailures = new AtomicInteger();
    List<Taker> takers =
        new ArrayList<>(
            BenchSupport.startAll(
                http,
                base,
                quizId,
                learners,
                startFailures,
                (l, body) -> new Taker(l, (Long) body.get("attempt"))));
    Collections.shuffle(takers, new Random(7));

    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, takers.size()));
    CountDownLatch ready = new CountDownLatch(takers.size());
    CountDownLatch gate = new CountDownLatch(1);
    AtomicLongArray nanos = new AtomicLongArray(takers.size());
    AtomicInteger errors = new AtomicInteger();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    long[] opened = new long[1];
    for (int i = 0; i < takers.size(); i++) {
      int slot = i;
      Taker t = takers.get(i);
      long at = takers.size() <= 1 ? 0 : (long) (slot * (spreadMs * 1e6 / takers.size()));
      pool.execute(
          () -> {
            ready.countDown();
            try {
              gate.await();
              long wait = opened[0] + at - System.nanoTime();
              if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
              }
            } catch (InterruptedException e) {
              return;
            }
            Result r =
                BenchSupport.send(
                    http,
                    BenchSupport.request(
                            base, "api/v1/attempts/" + t.attempt() + "/submit", t.learner())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
            nanos.set(slot, r.nanos());
            Map<String, Object> body = r.ok() ? BenchSupport.object(r.body()) : Map.of();
            if (!r.ok() || "IN_PROGRESS".equals(body.get("status"))) {
              errors.incrementAndGet();
              if (samples.size() < 5) {
                samples.add(r.status() + " " + BenchSupport.clip(r.body()) + " " + r.failure());
              }
            }
          });
    }
    ready.await();
    long sqlBefore = BenchSupport.sqlStatements(http, base);
    BenchSupport.CpuWindow cpu = BenchSupport.CpuWindow.open(http, base);
    long t0 = System.nanoTime();
    opened[0] = t0;
    gate.countDown();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    BenchSupport.CpuUse cpuUse = cpu.close();
    long sqlAfter = BenchSupport.sqlStatements(http, base);

    long[] all = new long[takers.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = nanos.get(i);
    }
    Latencies lat = Latencies.of(all);
    System.out.println();
    System.out.println("Submit rush: " + takers.size() + " takers over " + spreadMs + " ms");
    BenchSupport.rule();
    BenchSupport.row("sign-in / start failures", signInFailures + " / " + startFailures.get());
    BenchSupport.row("submit errors", String.valueOf(errors.get()));
    BenchSupport.row("wall time (s)", BenchSupport.ms(seconds));
    BenchSupport.latencyRows("submit", lat);
    cpuUse.print(takers.size(), "submit");
    BenchSupport.rule();
    samples.forEach(x -> System.out.println("  e.g. " + x));

    String sc = "submit";
    Results.add(sc, "takers", takers.size(), "count");
    boolean met =
        Results.add(
            sc,
            "errors (sign-in, resume, submit)",
            signInFailures + startFailures.get() + errors.get() + (n - takers.size()),
            "count",
            "<= 0");
    Results.latencies(sc, "submit", lat, null);
    Results.add(sc, "throughput", takers.size() / seconds, "req/s");
    cpuUse.record(sc, takers.size(), "submit");
    if (sqlBefore >= 0) {
      Results.add(
          sc,
          "SQL statements per submit (whole run)",
          (sqlAfter - sqlBefore) / (double) Math.max(1, takers.size()),
          "stmt");
    }
    System.exit(met ? 0 : 1);
  }
}
