package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.relearning.web.bench.BenchSupport.Latencies;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Result;

/**
 * Exam day, while answering: N takers save an answer to each question of their attempt, against a
 * running server. Two rounds: "paced", each taker spreading its saves over a window as people do,
 * then "burst", every taker saving as fast as the server answers. Reports errors, throughput and
 * save latency per round, then reads every attempt back and checks that each acknowledged answer is
 * stored. Exits 1 when a target is missed.
 *
 * <p>The latency target applies to the paced round: an exam as it happens. By default each taker
 * answers its ten questions within 100 seconds, a save every 5 seconds on average, 200 saves a
 * second from a thousand takers, faster than anyone reads a question. The burst round is a stress
 * figure without a target: a thousand takers that never pause keep a thousand requests waiting at
 * every moment, so each waits about 1,000 / throughput seconds, whatever the server does (at the 50
 * ms target that would take 20,000 saves a second).
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.AnswerSaveBench \
 *   --base=http://127.0.0.1:8080/ --quiz=ID --learners=1000 --password=... \
 *   [--first=1] [--paceSeconds=100] [--rounds=paced,burst] [--targetP95Ms=50]
 * </pre>
 */
public final class AnswerSaveBench {

  private AnswerSaveBench() {}

  /** A taker's attempt: its questions and, for each, the options a response may name. */
  private record Taking(
      Learner learner, long attempt, List<Long> questions, List<List<Long>> options) {}

  /** What one round measured. */
  private record Round(
      String name,
      int saves,
      int errors,
      double seconds,
      Latencies latencies,
      List<String> samples) {
    double perSecond() {
      return saves / seconds;
    }

    boolean paced() {
      return name.equals("paced");
    }
  }

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    long quizId = Long.parseLong(s.require("quiz"));
    int n = s.getInt("learners", 1000);
    int first = s.getInt("first", 1);
    String password = s.require("password");
    int paceSeconds = s.getInt("paceSeconds", 100);
    double targetP95 = s.getDouble("targetP95Ms", 50);
    String[] rounds = s.get("rounds", "paced,burst").split(",");

    HttpClient http = BenchSupport.client();
    List<Learner> learners = BenchSupport.learners(first, n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);

    // each taker's attempt (started, or resumed if the start benchmark ran first); not measured
    AtomicInteger startFailures = new AtomicInteger();
    List<Taking> takings =
        BenchSupport.startAll(http, base, quizId, learners, startFailures, AnswerSaveBench::taking);

    Map<Long, Map<Long, String>> lastSaved = new ConcurrentHashMap<>();
    List<Round> results = new ArrayList<>();
    for (String round : rounds) {
      results.add(round(http, base, takings, round.trim(), paceSeconds, lastSaved));
    }

    // read every attempt back: each acknowledged answer must be stored
    int missing = 0;
    int readErrors = 0;
    for (Taking t : takings) {
      Result r =
          BenchSupport.send(
              http,
              BenchSupport.request(base, "api/v1/attempts/" + t.attempt() + "/paper", t.learner())
                  .GET()
                  .build());
      if (!r.ok()) {
        readErrors++;
        continue;
      }
      Map<?, ?> stored = (Map<?, ?>) BenchSupport.object(r.body()).get("responses");
      for (Map.Entry<Long, String> e : lastSaved.getOrDefault(t.attempt(), Map.of()).entrySet()) {
        if (!e.getValue().equals(stored.get(String.valueOf(e.getKey())))) {
          missing++;
        }
      }
    }
    int acknowledged = lastSaved.values().stream().mapToInt(Map::size).sum();

    System.out.println();
    System.out.println("Answer saving: " + n + " takers");
    BenchSupport.rule();
    BenchSupport.row("server", base.toString());
    BenchSupport.row("quiz", String.valueOf(quizId));
    BenchSupport.row("sign-in failures", String.valueOf(signInFailures));
    BenchSupport.row("start/resume failures", String.valueOf(startFailures.get()));
    BenchSupport.row("takers with an attempt", String.valueOf(takings.size()));
    boolean latencyMet = true;
    int errors = 0;
    for (Round r : results) {
      BenchSupport.rule();
      BenchSupport.row(r.name() + ": saves", String.valueOf(r.saves()));
      BenchSupport.row(r.name() + ": errors", String.valueOf(r.errors()));
      BenchSupport.row(
          r.name() + ": wall time (s)", String.format(Locale.ROOT, "%.2f", r.seconds()));
      BenchSupport.row(
          r.name() + ": throughput (saves/s)", String.format(Locale.ROOT, "%.0f", r.perSecond()));
      BenchSupport.latencyRows(r.name() + " save", r.latencies());
      errors += r.errors();
      if (r.paced()) {
        latencyMet &= r.latencies().p95() < targetP95;
      }
    }
    BenchSupport.rule();
    BenchSupport.row("answers checked (last saved)", String.valueOf(acknowledged));
    BenchSupport.row("acknowledged but not stored", String.valueOf(missing));
    BenchSupport.row("read-back errors", String.valueOf(readErrors));
    BenchSupport.rule();
    results.forEach(r -> r.samples().forEach(x -> System.out.println("  e.g. " + x)));

    String sc = "save";
    BenchSupport.Results.add(sc, "takers", n, "count");
    BenchSupport.Results.add(
        sc,
        "errors (sign-in, start, save, read-back, lost answers)",
        signInFailures + startFailures.get() + errors + missing + readErrors + (n - takings.size()),
        "count",
        "<= 0");
    for (Round r : results) {
      BenchSupport.Results.latencies(
          sc, r.name() + " save", r.latencies(), r.paced() ? "< " + targetP95 : null);
      BenchSupport.Results.add(sc, r.name() + " throughput", r.perSecond(), "req/s");
    }
    if (!takings.isEmpty()) {
      Taking t = takings.get(0);
      double sql =
          BenchSupport.sqlPerRequest(
              http,
              base,
              10,
              i -> BenchSupport.send(http, save(base, t, i % t.questions().size(), "0")));
      if (sql >= 0) {
        BenchSupport.Results.add(sc, "SQL statements per save (one client)", sql, "stmt");
      }
      sessionMidQuiz(http, base, quizId, t);
    }

    boolean met =
        signInFailures == 0
            && startFailures.get() == 0
            && takings.size() == n
            && errors == 0
            && missing == 0
            && readErrors == 0
            && latencyMet;
    System.out.println(
        met
            ? "TARGETS MET: 0 errors, every answer stored, save p95 < " + targetP95 + " ms"
            : "TARGETS MISSED (save p95 target " + targetP95 + " ms, paced round)");
    System.exit(met ? 0 : 1);
  }

  /** A save of question {@code q} with the response, or the question's first option. */
  private static HttpRequest save(URI base, Taking t, int q, String fallback) {
    List<Long> keys = t.options().get(q);
    String response = keys.isEmpty() ? fallback : String.valueOf(keys.get(0));
    return BenchSupport.request(
            base,
            "api/v1/attempts/" + t.attempt() + "/answers/" + t.questions().get(q),
            t.learner())
        .header("Content-Type", "application/json")
        .PUT(
            HttpRequest.BodyPublishers.ofString(
                "{\"response\":\"" + response + "\"}", StandardCharsets.UTF_8))
        .build();
  }

  /**
   * The HTTP session of a taker in the middle of the quiz: answers saved, the quiz page open (its
   * Faces view kept in the session), as {@code /bench/stats} serializes it.
   */
  private static void sessionMidQuiz(HttpClient http, URI base, long quizId, Taking t) {
    Result page =
        BenchSupport.send(
            http,
            BenchSupport.request(
                    base, "learn/quiz.xhtml?id=" + quizId + "&attempt=" + t.attempt(), t.learner())
                .header("Accept", "text/html")
                .GET()
                .build());
    Map<String, Object> stats = BenchSupport.stats(http, base, t.learner(), false);
    Object session = stats.get("session");
    if (page.status() != 200 || !(session instanceof Map<?, ?> m)) {
      BenchSupport.Results.add("session", "quiz page or session not found", 1, "count", "<= 0");
      return;
    }
    BenchSupport.Results.add(
        "session", "session size mid-quiz", ((Long) m.get("bytes")) / 1024.0, "KB", "< 50");
    BenchSupport.Results.add(
        "session",
        "attributes that do not serialize",
        ((List<?>) m.get("notSerializable")).size(),
        "count",
        "<= 0");
    System.out.println("Session mid-quiz: " + session);
  }

  private static Taking taking(Learner l, Map<String, Object> sitting) {
    List<Long> questions = new ArrayList<>();
    List<List<Long>> options = new ArrayList<>();
    for (Object o : (List<?>) sitting.get("questions")) {
      Map<?, ?> q = (Map<?, ?>) o;
      questions.add((Long) q.get("id"));
      List<Long> keys = new ArrayList<>();
      for (Object opt : (List<?>) q.get("options")) {
        keys.add((Long) ((Map<?, ?>) opt).get("id"));
      }
      options.add(keys);
    }
    return new Taking(l, (Long) sitting.get("attempt"), questions, options);
  }

  /**
   * One round: every taker saves one answer per question, in order, in a thread of its own; paced
   * takers wait a random share of the window before each save.
   */
  private static Round round(
      HttpClient http,
      URI base,
      List<Taking> takings,
      String name,
      int paceSeconds,
      Map<Long, Map<Long, String>> lastSaved)
      throws InterruptedException {
    boolean paced = name.equals("paced");
    int perTaker = takings.isEmpty() ? 0 : takings.get(0).questions().size();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, takings.size()));
    CountDownLatch ready = new CountDownLatch(takings.size());
    CountDownLatch gate = new CountDownLatch(1);
    long[] nanos = new long[takings.size() * Math.max(1, perTaker) * 2];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    for (Taking t : takings) {
      pool.execute(
          () -> {
            ready.countDown();
            try {
              gate.await();
              for (int q = 0; q < t.questions().size(); q++) {
                if (paced) {
                  long gap = paceSeconds * 1000L / Math.max(1, t.questions().size());
                  Thread.sleep(ThreadLocalRandom.current().nextLong(gap + 1));
                }
                List<Long> keys = t.options().get(q);
                String response =
                    keys.isEmpty()
                        ? "answer " + q
                        : String.valueOf(
                            keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
                long question = t.questions().get(q);
                HttpRequest r =
                    BenchSupport.request(
                            base,
                            "api/v1/attempts/" + t.attempt() + "/answers/" + question,
                            t.learner())
                        .header("Content-Type", "application/json")
                        .PUT(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"response\":\"" + response + "\"}", StandardCharsets.UTF_8))
                        .build();
                Result res = BenchSupport.send(http, r);
                int i = count.getAndIncrement();
                if (i < nanos.length) {
                  nanos[i] = res.nanos();
                }
                if (res.ok() && res.body().contains("\"saved\":true")) {
                  lastSaved
                      .computeIfAbsent(t.attempt(), k -> new ConcurrentHashMap<>())
                      .put(question, response);
                } else {
                  errors.incrementAndGet();
                  if (samples.size() < 5) {
                    samples.add(
                        res.status() + " " + BenchSupport.clip(res.body()) + " " + res.failure());
                  }
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    ready.await();
    long t0 = System.nanoTime();
    gate.countDown();
    pool.shutdown();
    pool.awaitTermination(20, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int saves = Math.min(count.get(), nanos.length);
    long[] measured = new long[saves];
    System.arraycopy(nanos, 0, measured, 0, saves);
    return new Round(name, saves, errors.get(), seconds, Latencies.of(measured), samples);
  }
}
