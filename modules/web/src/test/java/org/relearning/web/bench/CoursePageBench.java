package org.relearning.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Load;
import org.relearning.web.bench.BenchSupport.Results;

/**
 * A learner's course page of a course with 20 sections of 100 lessons: opened by signed-in learners
 * back to back for a fixed time (throughput, and latency when every core is busy); at a steady pace
 * ({@code pacedPerSecond}, 100 by default: the latency target applies here, as people open pages);
 * by one learner at a time; with every lesson listed; and in turns with the empty Faces page
 * ({@code rounds}, 3 by default), for the ratio of the two throughputs. SQL statements per page are
 * counted for this course and for one of 2 x 5 lessons: they must not grow with the lessons.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.CoursePageBench \
 *   --base=http://127.0.0.1:8080/ --password=... [--clients=16] [--seconds=15] [--pacedPerSecond=100] [--rounds=3]
 * </pre>
 */
public final class CoursePageBench {

  private CoursePageBench() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    String password = s.require("password");
    double seconds = s.getDouble("seconds", 15);
    HttpClient http = BenchSupport.client();
    Map<String, Object> fixture = BenchSupport.fixture(http, base);
    long big = (Long) fixture.get("bigCourse");
    long small = (Long) fixture.get("smallCourse");
    int clients = (int) Math.min(s.getInt("clients", 16), (Long) fixture.get("coursePageLearners"));
    List<Learner> learners = BenchSupport.learners(1, clients);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);
    // only signed-in learners load the page (a failed sign-in is counted as an error once)
    learners.removeIf(l -> l.cookie == null);
    if (learners.isEmpty()) {
      throw new IllegalStateException("No learner could sign in at " + base);
    }
    clients = learners.size();
    Learner one = learners.get(0);

    String bigPage = "learn/course.xhtml?id=" + big;
    String smallPage = "learn/course.xhtml?id=" + small;
    for (int i = 0; i < 5; i++) { // warm up: the first visit may move the learner to a version
      BenchSupport.send(http, page(base, bigPage, one));
      BenchSupport.send(http, page(base, smallPage, one));
    }
    double sqlBig =
        BenchSupport.sqlPerRequest(
            http, base, 20, i -> BenchSupport.send(http, page(base, bigPage, one)));
    double sqlSmall =
        BenchSupport.sqlPerRequest(
            http, base, 20, i -> BenchSupport.send(http, page(base, smallPage, one)));
    java.util.function.Predicate<BenchSupport.Result> showsCourse =
        r -> r.status() == 200 && r.body().contains("20 x 100");
    Load course =
        BenchSupport.closedLoop(
            http, clients, seconds, w -> page(base, bigPage, learners.get(w)), showsCourse);
    // learners opening the page at a steady pace (by default 1,000 learners, one page each every
    // ten seconds), as on a busy day: the latency target applies here. The back-to-back run above
    // keeps every core busy, so its latency is mostly waiting: about clients / throughput.
    double pacedPerSecond = s.getDouble("pacedPerSecond", 100);
    BenchSupport.CpuWindow cpu = BenchSupport.CpuWindow.open(http, base);
    Load paced =
        BenchSupport.openLoop(
            http,
            pacedPerSecond,
            seconds,
            200,
            i -> page(base, bigPage, learners.get(i % learners.size())),
            showsCourse);
    BenchSupport.CpuUse pacedCpu = cpu.close();
    // one learner at a time: the page's own time, without waiting behind the other clients
    Load alone =
        BenchSupport.closedLoop(
            http, 1, Math.max(3, seconds / 3), w -> page(base, bigPage, one), showsCourse);
    // the same course with every lesson listed, as a learner gets it by asking for all of them:
    // no target, for the cost of the 200 KB page the page no longer sends by default
    Load everyLesson =
        BenchSupport.closedLoop(
            http,
            clients,
            seconds,
            w -> page(base, bigPage + "&section=all", learners.get(w)),
            showsCourse);
    // the share: the course page and the empty Faces page in turns, so that a machine getting
    // slower or faster (the JIT, other work) weighs on both alike
    int rounds = Math.max(1, s.getInt("rounds", 3));
    double roundSeconds = Math.max(2, seconds / rounds);
    int courseInTurns = 0;
    int emptyInTurns = 0;
    double courseSeconds = 0;
    double emptySeconds = 0;
    int turnErrors = 0;
    List<String> emptySamples = new java.util.ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      Load c =
          BenchSupport.closedLoop(
              http, clients, roundSeconds, w -> page(base, bigPage, learners.get(w)), showsCourse);
      Load e =
          BenchSupport.closedLoop(
              http,
              clients,
              roundSeconds,
              w -> page(base, "bench/empty.xhtml", learners.get(w)),
              x -> x.status() == 200 && x.body().contains("empty"));
      courseInTurns += c.requests();
      courseSeconds += c.seconds();
      emptyInTurns += e.requests();
      emptySeconds += e.seconds();
      turnErrors += c.errors() + e.errors();
      emptySamples.addAll(e.samples());
    }
    double coursePerSecondInTurns = courseInTurns / courseSeconds;
    double emptyPerSecond = emptyInTurns / emptySeconds;

    String sc = "course page 20x100";
    Results.add(
        sc,
        "errors",
        signInFailures
            + course.errors()
            + paced.errors()
            + alone.errors()
            + everyLesson.errors()
            + turnErrors,
        "count",
        "<= 0");
    Results.latencies(
        sc, String.format("page, %.0f a second", pacedPerSecond), paced.latencies(), "< 50");
    pacedCpu.record(sc, paced.requests(), "page at " + Math.round(pacedPerSecond) + "/s");
    Results.latencies(sc, "page, " + clients + " clients back to back", course.latencies(), null);
    Results.add(sc, "page p95, one learner at a time", alone.latencies().p95(), "ms");
    Results.add(sc, "throughput (" + clients + " clients)", course.perSecond(), "req/s");
    Results.add(
        sc,
        "empty Faces page throughput, same clients, in turns with the course page",
        emptyPerSecond,
        "req/s");
    Results.add(sc, "course page throughput in those turns", coursePerSecondInTurns, "req/s");
    Results.add(
        sc, "all 2,000 lessons listed (section=all): p95", everyLesson.latencies().p95(), "ms");
    Results.add(
        sc, "all 2,000 lessons listed (section=all): throughput", everyLesson.perSecond(), "req/s");
    Results.add(
        sc,
        "share of empty Faces page throughput",
        100 * coursePerSecondInTurns / Math.max(0.001, emptyPerSecond),
        "%",
        ">= 20");
    if (sqlBig >= 0) {
      Results.add(sc, "SQL statements per page, 20 x 100", sqlBig, "stmt");
      Results.add(sc, "SQL statements per page, 2 x 5", sqlSmall, "stmt");
      Results.add(
          sc,
          // below one: a background sweep may add a statement while this is counted, but a page
          // whose statements grew with the lessons would add at least one per section
          "SQL statements added by 1,990 more lessons",
          sqlBig - sqlSmall,
          "stmt",
          "< 1");
    }
    BenchSupport.rule();
    BenchSupport.row("course page req/s", String.format("%.0f", course.perSecond()));
    BenchSupport.latencyRows("course page", course.latencies());
    BenchSupport.latencyRows(
        String.format("course page at %.0f/s", pacedPerSecond), paced.latencies());
    pacedCpu.print(paced.requests(), "page at " + Math.round(pacedPerSecond) + "/s");
    BenchSupport.row("empty Faces page req/s", String.format("%.0f", emptyPerSecond));
    BenchSupport.row("course page req/s, in turns", String.format("%.0f", coursePerSecondInTurns));
    BenchSupport.row("SQL per page 20x100 / 2x5", sqlBig + " / " + sqlSmall);
    BenchSupport.rule();
    course.samples().forEach(x -> System.out.println("  e.g. " + x));
    emptySamples.forEach(x -> System.out.println("  e.g. " + x));
  }

  static HttpRequest page(URI base, String path, Learner l) {
    return BenchSupport.request(base, path, l).header("Accept", "text/html").GET().build();
  }
}
