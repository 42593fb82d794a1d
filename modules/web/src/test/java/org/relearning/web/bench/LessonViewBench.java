package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * Learners read the lessons of a short course and mark each one done, as in a browser: the lesson
 * page (a view), then its "done" button (a Faces form post that writes progress). Completing the
 * last lesson completes the course and issues the learner's certificate, which the certificate
 * benchmark downloads afterwards. Reports latencies of views and writes, throughput, errors and SQL
 * statements per view and per write (one learner first, alone).
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.LessonViewBench \
 *   --base=http://127.0.0.1:8080/ --learners=1000 --password=... [--clients=16]
 * </pre>
 */
public final class LessonViewBench {

  private LessonViewBench() {}

  private static final class Step {
    long viewNanos;
    long writeNanos;
    String error;
  }

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    int n = s.getInt("learners", 1000);
    String password = s.require("password");
    int clients = s.getInt("clients", 16);
    HttpClient http = BenchSupport.client();
    Map<String, Object> fixture = BenchSupport.fixture(http, base);
    long course = (Long) fixture.get("lessonCourse");
    List<Long> lessons = new ArrayList<>();
    for (Object o : (List<?>) fixture.get("lessons")) {
      lessons.add((Long) o);
    }
    List<Learner> learners = BenchSupport.learners(1, n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);

    // one learner alone: statements of a view and of a progress write
    Learner first = learners.get(0);
    long s0 = BenchSupport.sqlStatements(http, base);
    long viewSql = 0;
    long writeSql = 0;
    for (long lesson : lessons) {
      Step step = new Step();
      long before = BenchSupport.sqlStatements(http, base);
      String html = view(http, base, course, lesson, first, step);
      long middle = BenchSupport.sqlStatements(http, base);
      if (html != null) {
        write(http, base, html, first, step);
      }
      long after = BenchSupport.sqlStatements(http, base);
      viewSql += middle - before;
      writeSql += after - middle;
    }

    List<Learner> rest = learners.subList(1, learners.size());
    ConcurrentLinkedQueue<Learner> queue = new ConcurrentLinkedQueue<>(rest);
    List<Step> steps = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long sqlBefore = BenchSupport.sqlStatements(http, base);
    long t0 = System.nanoTime();
    for (int w = 0; w < clients; w++) {
      pool.execute(
          () -> {
            Learner l;
            while ((l = queue.poll()) != null) {
              if (l.cookie == null) {
                continue;
              }
              for (long lesson : lessons) {
                Step step = new Step();
                String html = view(http, base, course, lesson, l, step);
                if (html != null) {
                  write(http, base, html, l, step);
                }
                steps.add(step);
                if (step.error != null) {
                  errors.incrementAndGet();
                  if (samples.size() < 5) {
                    samples.add(l.username + " lesson " + lesson + ": " + step.error);
                  }
                }
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long sqlAfter = BenchSupport.sqlStatements(http, base);
    Latencies views =
        Latencies.of(steps.stream().mapToLong(x -> x.viewNanos).filter(x -> x > 0).toArray());
    Latencies writes =
        Latencies.of(steps.stream().mapToLong(x -> x.writeNanos).filter(x -> x > 0).toArray());

    String sc = "lesson views + progress";
    Results.add(sc, "learners", n, "count");
    Results.add(sc, "errors", signInFailures + errors.get(), "count", "<= 0");
    Results.latencies(sc, "view", views, null);
    Results.latencies(sc, "progress write", writes, null);
    Results.add(
        sc,
        "throughput (views + writes, " + clients + " clients)",
        (views.count() + writes.count()) / seconds,
        "req/s");
    if (s0 >= 0) {
      Results.add(
          sc, "SQL statements per view (one client)", viewSql / (double) lessons.size(), "stmt");
      Results.add(
          sc,
          "SQL statements per write (one client, last one completes the course)",
          writeSql / (double) lessons.size(),
          "stmt");
      Results.add(
          sc,
          "SQL statements per request (whole run)",
          (sqlAfter - sqlBefore) / (double) Math.max(1, views.count() + writes.count()),
          "stmt");
    }
    BenchSupport.rule();
    BenchSupport.latencyRows("view", views);
    BenchSupport.latencyRows("write", writes);
    BenchSupport.row("errors", String.valueOf(errors.get()));
    BenchSupport.rule();
    samples.forEach(x -> System.out.println("  e.g. " + x));
  }

  /** The lesson page; null (and the error noted) unless it shows the lesson. */
  private static String view(
      HttpClient http, URI base, long course, long lesson, Learner l, Step step) {
    Result r =
        BenchSupport.send(
            http,
            BenchSupport.request(base, "learn/lesson.xhtml?course=" + course + "&id=" + lesson, l)
                .header("Accept", "text/html")
                .GET()
                .build());
    step.viewNanos = r.nanos();
    if (r.status() != 200 || !r.body().contains("lesson-title")) {
      step.error = "view " + r.status() + " " + BenchSupport.clip(BenchSupport.who(r.body()));
      return null;
    }
    return r.body();
  }

  /** Presses "done" (unless already done); the answer must show the lesson as done. */
  private static void write(HttpClient http, URI base, String html, Learner l, Step step) {
    if (!html.contains("lesson:done")) {
      return; // done in an earlier run: nothing to write
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("lesson", "lesson");
    fields.put("lesson:done", "");
    fields.put(
        "jakarta.faces.ViewState", BenchSupport.hiddenValue(html, "jakarta.faces.ViewState"));
    Result r =
        BenchSupport.send(
            http,
            BenchSupport.request(base, "", l)
                .uri(BenchSupport.formAction(base, html, "lesson"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        BenchSupport.form(fields), StandardCharsets.UTF_8))
                .build());
    step.writeNanos = r.nanos();
    if (r.status() != 200 || !r.body().contains("is-done")) {
      step.error = "write " + r.status() + " " + BenchSupport.clip(BenchSupport.who(r.body()));
    }
  }
}
