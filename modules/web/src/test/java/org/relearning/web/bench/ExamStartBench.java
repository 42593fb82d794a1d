package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.relearning.web.bench.BenchSupport.Latencies;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Result;

/**
 * Exam day: N learners press "start" within a few seconds, some of them twice at once, against a
 * running server. Signs everyone in first (not measured), then releases them through a start gate,
 * each at its moment in the spread. Before that, each learner has the quiz open, as people do when
 * they wait for the invigilator's word: one request for their list of attempts, several seconds
 * before the gate (--openAheadMs; 0: no such request), which also leaves their browser's connection
 * open. Reports errors, attempts per learner (from the answers, and then from each learner's list
 * of attempts) and start latency. Exits 1 when a target is missed.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.ExamStartBench \
 *   --base=http://127.0.0.1:8080/ --quiz=ID --learners=1000 --password=... \
 *   [--first=1] [--spreadMs=2000] [--doubleEvery=10] [--threads=N] [--targetP95Ms=1000]
 *   [--openAheadMs=6000]
 * </pre>
 */
public final class ExamStartBench {

  private ExamStartBench() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    long quizId = Long.parseLong(s.require("quiz"));
    int n = s.getInt("learners", 1000);
    int first = s.getInt("first", 1);
    String password = s.require("password");
    int spreadMs = s.getInt("spreadMs", 2000);
    int doubleEvery = s.getInt("doubleEvery", 10);
    double targetP95 = s.getDouble("targetP95Ms", 1000);
    int openAheadMs = s.getInt("openAheadMs", 6000);

    HttpClient http = BenchSupport.client();
    List<Learner> learners = BenchSupport.learners(first, n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);

    // every press: learner, moment after the gate opens
    record Press(Learner learner, long atNanos) {}
    List<Press> presses = new ArrayList<>();
    for (Learner l : learners) {
      long at = n <= 1 ? 0 : (long) ((l.index - first) * (spreadMs * 1e6 / n));
      presses.add(new Press(l, at));
      if (doubleEvery > 0 && (l.index - first) % doubleEvery == 0) {
        presses.add(new Press(l, at)); // the impatient double tap: both at the same moment
      }
    }
    Collections.shuffle(presses, new Random(42));
    int threads = s.getInt("threads", presses.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(presses.size());
    CountDownLatch gate = new CountDownLatch(1);
    AtomicLongArray nanos = new AtomicLongArray(presses.size());
    AtomicInteger errors = new AtomicInteger();
    Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Map<String, Set<Long>> idsByLearner = new ConcurrentHashMap<>();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    long[] opened = new long[1];
    for (int i = 0; i < presses.size(); i++) {
      int slot = i;
      Press p = presses.get(i);
      pool.execute(
          () -> {
            if (openAheadMs > 0) {
              // the quiz page open: the learner's attempts so far (none), not measured
              BenchSupport.send(
                  http,
                  BenchSupport.request(base, "api/v1/quizzes/" + quizId + "/attempts", p.learner())
                      .GET()
                      .build());
            }
            ready.countDown();
            try {
              gate.await();
            } catch (InterruptedException e) {
              return;
            }
            long wait = opened[0] + p.atNanos() - System.nanoTime();
            if (wait > 0) {
              try {
                TimeUnit.NANOSECONDS.sleep(wait);
              } catch (InterruptedException e) {
                return;
              }
            }
            HttpRequest r =
                BenchSupport.request(base, "api/v1/quizzes/" + quizId + "/attempts", p.learner())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            Result res = BenchSupport.send(http, r);
            nanos.set(slot, res.nanos());
            statuses
                .computeIfAbsent(String.valueOf(res.status()), k -> new AtomicInteger())
                .incrementAndGet();
            if (!res.ok()) {
              errors.incrementAndGet();
              if (samples.size() < 5) {
                samples.add(
                    p.learner().username
                        + " "
                        + res.status()
                        + " "
                        + BenchSupport.clip(BenchSupport.who(res.body()))
                        + " "
                        + res.failure());
              }
              return;
            }
            Map<String, Object> body = BenchSupport.object(res.body());
            Object questions = body.get("questions");
            if (res.body().contains("\"correct\"")
                || !(questions instanceof List<?> q)
                || q.isEmpty()) {
              errors.incrementAndGet();
              samples.add("paper missing or showing correctness: " + BenchSupport.clip(res.body()));
              return;
            }
            idsByLearner
                .computeIfAbsent(p.learner().username, k -> ConcurrentHashMap.newKeySet())
                .add((Long) body.get("attempt"));
          });
    }
    ready.await();
    Thread.sleep(Math.max(200, openAheadMs));
    long sqlBefore = BenchSupport.sqlStatements(http, base);
    BenchSupport.CpuWindow cpu = BenchSupport.CpuWindow.open(http, base);
    long t0 = System.nanoTime();
    opened[0] = t0;
    gate.countDown();
    pool.shutdown();
    boolean finished = pool.awaitTermination(10, TimeUnit.MINUTES);
    double wallSeconds = (System.nanoTime() - t0) / 1e9;
    BenchSupport.CpuUse cpuUse = cpu.close();
    // the server does nothing else meanwhile: the run's statements over its presses
    long sqlAfter = BenchSupport.sqlStatements(http, base);

    // afterwards: each learner's own list of attempts, as the database has them
    int notOne = 0;
    int checkErrors = 0;
    int mismatched = 0;
    Set<Long> distinct = new HashSet<>();
    for (Learner l : learners) {
      if (l.cookie == null) {
        continue;
      }
      Result list =
          BenchSupport.send(
              http,
              BenchSupport.request(base, "api/v1/quizzes/" + quizId + "/attempts", l)
                  .GET()
                  .build());
      if (!list.ok()) {
        checkErrors++;
        continue;
      }
      List<?> attempts = (List<?>) BenchSupport.json(list.body());
      if (attempts.size() != 1) {
        notOne++;
      } else {
        long id = (Long) ((Map<?, ?>) attempts.get(0)).get("attempt");
        distinct.add(id);
        Set<Long> seen = idsByLearner.getOrDefault(l.username, Set.of());
        if (!seen.isEmpty() && (seen.size() != 1 || !seen.contains(id))) {
          mismatched++;
        }
      }
    }
    long moreThanOneId = idsByLearner.values().stream().filter(x -> x.size() > 1).count();

    long[] all = new long[presses.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = nanos.get(i);
    }
    Latencies lat = Latencies.of(all);
    System.out.println();
    System.out.println("Exam start: " + n + " learners, " + presses.size() + " presses");
    BenchSupport.rule();
    BenchSupport.row("server", base.toString());
    BenchSupport.row("quiz", String.valueOf(quizId));
    BenchSupport.row("presses spread over (ms)", String.valueOf(spreadMs));
    BenchSupport.row("double presses", String.valueOf(presses.size() - n));
    BenchSupport.row("client threads", String.valueOf(threads));
    BenchSupport.row("sign-in failures", String.valueOf(signInFailures));
    BenchSupport.row("start errors (non-2xx, exceptions)", String.valueOf(errors.get()));
    BenchSupport.row("statuses", new java.util.TreeMap<>(statuses).toString());
    BenchSupport.row("learners with >1 attempt id seen", String.valueOf(moreThanOneId));
    BenchSupport.row("learners without exactly 1 attempt", String.valueOf(notOne));
    BenchSupport.row("list id differs from start id", String.valueOf(mismatched));
    BenchSupport.row("attempt check errors", String.valueOf(checkErrors));
    BenchSupport.row("distinct attempts in lists", String.valueOf(distinct.size()));
    BenchSupport.row("wall time (s)", String.format(Locale.ROOT, "%.2f", wallSeconds));
    BenchSupport.latencyRows("start", lat);
    cpuUse.print(presses.size(), "start");
    BenchSupport.rule();
    samples.forEach(x -> System.out.println("  e.g. " + x));

    String sc = "start";
    BenchSupport.Results.add(sc, "learners", n, "count");
    BenchSupport.Results.add(sc, "presses", presses.size(), "count");
    BenchSupport.Results.add(
        sc,
        "errors (start, one attempt each)",
        signInFailures + errors.get() + moreThanOneId + notOne + mismatched + checkErrors,
        "count",
        "<= 0");
    BenchSupport.Results.latencies(sc, "start", lat, "<= " + targetP95);
    BenchSupport.Results.add(sc, "throughput", presses.size() / wallSeconds, "req/s");
    cpuUse.record(sc, presses.size(), "start");
    if (sqlBefore >= 0) {
      BenchSupport.Results.add(
          sc,
          "SQL statements per start (whole run)",
          (sqlAfter - sqlBefore) / (double) presses.size(),
          "stmt");
    }

    boolean met =
        finished
            && signInFailures == 0
            && errors.get() == 0
            && moreThanOneId == 0
            && notOne == 0
            && mismatched == 0
            && checkErrors == 0
            && distinct.size() == n
            && lat.p95() <= targetP95;
    System.out.println(
        met
            ? "TARGETS MET: 0 errors, one attempt each, start p95 <= " + targetP95 + " ms"
            : "TARGETS MISSED");
    System.exit(met ? 0 : 1);
  }
}
