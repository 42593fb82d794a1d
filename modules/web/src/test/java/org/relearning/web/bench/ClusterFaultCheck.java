package org.relearning.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.relearning.web.bench.BenchSupport.Learner;
import org.relearning.web.bench.BenchSupport.Result;

/**
 * Losing a node while learners answer, through the cluster's nginx: N learners start an attempt and
 * keep saving answers for a while (deployment/cluster-fault-test.sh kills a node meanwhile); a
 * request that fails with a connection error or a 502/503/504 is sent once more. Then every learner
 * submits, and the check reads everything back through the API: each acknowledged answer must be
 * stored, and each learner must have exactly one attempt, graded, which a second submit leaves as
 * it is. Exits 1 when an answer is lost, an attempt is doubled or graded twice, or a learner could
 * not finish.
 *
 * <pre>
 * java -cp modules/web/target/test-classes org.relearning.web.bench.ClusterFaultCheck \
 *   --base=http://127.0.0.1:8080/ --quiz=ID --learners=100 --password=... \
 *   [--seconds=40] [--pauseMs=300]
 * </pre>
 */
public final class ClusterFaultCheck {

  private ClusterFaultCheck() {}

  /** What happened to one learner. */
  private static final class Run {
    final Learner learner;
    long attempt = -1;
    List<Long> questions = List.of();
    List<List<Long>> options = List.of();

    /** Per question, the last response the server acknowledged. */
    final Map<Long, String> acknowledged = new HashMap<>();

    /** Questions whose last save failed after its last acknowledgement: either value may stand. */
    final Map<Long, String> uncertain = new HashMap<>();

    int saves;
    int failedSaves;
    int retried;
    String problem;
    String status;
    Object score;

    Run(Learner learner) {
      this.learner = learner;
    }
  }

  public static void main(String[] args) throws Exception {
    BenchSupport.Settings s = new BenchSupport.Settings(args);
    URI base = s.base();
    long quizId = Long.parseLong(s.require("quiz"));
    int n = s.getInt("learners", 100);
    String password = s.require("password");
    long seconds = s.getInt("seconds", 40);
    int pauseMs = s.getInt("pauseMs", 300);

    HttpClient http = BenchSupport.client();
    List<Learner> learners = BenchSupport.learners(s.getInt("first", 1), n);
    int signInFailures = BenchSupport.signIn(http, base, learners, password, 4);
    System.out.println("Answering for " + seconds + " s, " + n + " learners");

    long until = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<Run>> futures = new ArrayList<>();
    for (Learner l : learners) {
      futures.add(pool.submit(() -> take(http, base, quizId, l, until, pauseMs)));
    }
    List<Run> runs = BenchSupport.all(futures);
    pool.shutdown();

    // every learner submits, then everything is read back
    int submitFailures = 0;
    int lost = 0;
    int uncertainChecked = 0;
    int attemptsWrong = 0;
    int doubleGraded = 0;
    int readErrors = 0;
    List<String> samples = new ArrayList<>();
    for (Run r : runs) {
      if (r.attempt < 0) {
        continue;
      }
      Result submitted = call(http, r, base, "attempts/" + r.attempt + "/submit", "POST", null);
      if (!submitted.ok()) {
        submitFailures++;
        sample(
            samples, r, "submit " + submitted.status() + " " + BenchSupport.clip(submitted.body()));
        continue;
      }
      Map<String, Object> first = BenchSupport.object(submitted.body());
      r.status = String.valueOf(first.get("status"));
      r.score = first.get("score");
    }
    for (Run r : runs) {
      if (r.attempt < 0 || r.status == null) {
        continue;
      }
      Result paper = call(http, r, base, "attempts/" + r.attempt + "/paper", "GET", null);
      Result mine = call(http, r, base, "quizzes/" + quizId + "/attempts", "GET", null);
      Result again = call(http, r, base, "attempts/" + r.attempt + "/submit", "POST", null);
      if (!paper.ok() || !mine.ok() || !again.ok()) {
        readErrors++;
        sample(
            samples, r, "read back " + paper.status() + "/" + mine.status() + "/" + again.status());
        continue;
      }
      Map<?, ?> stored = (Map<?, ?>) BenchSupport.object(paper.body()).get("responses");
      for (Map.Entry<Long, String> e : r.acknowledged.entrySet()) {
        Object have = stored.get(String.valueOf(e.getKey()));
        String failed = r.uncertain.get(e.getKey());
        if (failed != null) {
          uncertainChecked++;
          if (!e.getValue().equals(have) && !failed.equals(have)) {
            lost++;
            sample(samples, r, "question " + e.getKey() + ": " + have + ", not " + e.getValue());
          }
        } else if (!e.getValue().equals(have)) {
          lost++;
          sample(samples, r, "question " + e.getKey() + ": " + have + ", not " + e.getValue());
        }
      }
      List<?> attempts = (List<?>) BenchSupport.json(mine.body());
      long ofThisQuiz = attempts.size();
      String status = "";
      for (Object o : attempts) {
        Map<?, ?> a = (Map<?, ?>) o;
        if (((Number) a.get("attempt")).longValue() == r.attempt) {
          status = String.valueOf(a.get("status"));
        }
      }
      if (ofThisQuiz != 1 || !status.equals(r.status) || "IN_PROGRESS".equals(status)) {
        attemptsWrong++;
        sample(samples, r, ofThisQuiz + " attempt(s), status " + status + " after " + r.status);
      }
      Map<String, Object> second = BenchSupport.object(again.body());
      if (!Objects.equals(second.get("score"), r.score)
          || !Objects.equals(String.valueOf(second.get("status")), r.status)) {
        doubleGraded++;
        sample(samples, r, "graded " + r.score + ", then " + second.get("score"));
      }
    }

    int started = (int) runs.stream().filter(r -> r.attempt >= 0).count();
    int graded = (int) runs.stream().filter(r -> r.status != null).count();
    int acknowledged = runs.stream().mapToInt(r -> r.acknowledged.size()).sum();
    int saves = runs.stream().mapToInt(r -> r.saves).sum();
    int failed = runs.stream().mapToInt(r -> r.failedSaves).sum();
    int retried = runs.stream().mapToInt(r -> r.retried).sum();
    runs.stream()
        .filter(r -> r.problem != null)
        .limit(5)
        .forEach(r -> sample(samples, r, r.problem));

    System.out.println();
    System.out.println("Cluster fault check: " + n + " learners through " + base);
    BenchSupport.rule();
    BenchSupport.row("sign-in failures", String.valueOf(signInFailures));
    BenchSupport.row("attempts started", String.valueOf(started));
    BenchSupport.row("saves acknowledged (2xx)", String.valueOf(saves));
    BenchSupport.row("requests retried once", String.valueOf(retried));
    BenchSupport.row("saves failed (also after retry)", String.valueOf(failed));
    BenchSupport.row("answers checked (last ack.)", String.valueOf(acknowledged));
    BenchSupport.row("  of them after a failed save", String.valueOf(uncertainChecked));
    BenchSupport.row("lost answers", String.valueOf(lost));
    BenchSupport.row("attempts submitted", String.valueOf(graded));
    BenchSupport.row("submit failures", String.valueOf(submitFailures));
    BenchSupport.row("read-back errors", String.valueOf(readErrors));
    BenchSupport.row("not exactly one finished attempt", String.valueOf(attemptsWrong));
    BenchSupport.row("double-graded", String.valueOf(doubleGraded));
    BenchSupport.rule();
    samples.forEach(x -> System.out.println("  e.g. " + x));
    System.out.printf(
        Locale.ROOT,
        "RESULT acknowledged=%d failed=%d lost=%d double_graded=%d%n",
        saves,
        failed,
        lost,
        doubleGraded);

    boolean ok =
        signInFailures == 0
            && started == n
            && graded == n
            && lost == 0
            && attemptsWrong == 0
            && doubleGraded == 0
            && readErrors == 0
            && submitFailures == 0
            && acknowledged > 0;
    System.out.println(ok ? "CLUSTER FAULT CHECK PASSED" : "CLUSTER FAULT CHECK FAILED");
    System.exit(ok ? 0 : 1);
  }

  /** One learner: start (or resume) the attempt, then save answers until the time is up. */
  private static Run take(
      HttpClient http, URI base, long quizId, Learner l, long until, int pauseMs) {
    Run r = new Run(l);
    if (l.cookie == null) {
      r.problem = "not signed in";
      return r;
    }
    Result start = call(http, r, base, "quizzes/" + quizId + "/attempts", "POST", null);
    if (!start.ok()) {
      r.problem = "start " + start.status() + " " + BenchSupport.clip(start.body());
      return r;
    }
    Map<String, Object> sitting = BenchSupport.object(start.body());
    r.attempt = ((Number) sitting.get("attempt")).longValue();
    List<Long> questions = new ArrayList<>();
    List<List<Long>> options = new ArrayList<>();
    for (Object o : (List<?>) sitting.get("questions")) {
      Map<?, ?> q = (Map<?, ?>) o;
      questions.add(((Number) q.get("id")).longValue());
      List<Long> keys = new ArrayList<>();
      for (Object opt : (List<?>) q.get("options")) {
        keys.add(((Number) ((Map<?, ?>) opt).get("id")).longValue());
      }
      options.add(keys);
    }
    r.questions = questions;
    r.options = options;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int q = random.nextInt(Math.max(1, questions.size()));
    while (System.nanoTime() < until && !questions.isEmpty()) {
      try {
        Thread.sleep(random.nextInt(2 * pauseMs + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      q = (q + 1) % questions.size();
      long question = questions.get(q);
      List<Long> keys = options.get(q);
      String response =
          keys.isEmpty()
              ? "answer " + random.nextInt(1000)
              : String.valueOf(keys.get(random.nextInt(keys.size())));
      Result saved =
          call(
              http,
              r,
              base,
              "attempts/" + r.attempt + "/answers/" + question,
              "PUT",
              "{\"response\":\"" + response + "\"}");
      if (saved.ok() && saved.body().contains("\"saved\":true")) {
        r.saves++;
        r.acknowledged.put(question, response);
        r.uncertain.remove(question);
      } else {
        r.failedSaves++;
        if (r.acknowledged.containsKey(question)) {
          r.uncertain.put(question, response);
        } else {
          // never acknowledged: nothing is promised for this question, whatever is stored
          r.uncertain.remove(question);
        }
        if (r.problem == null) {
          r.problem =
              "save "
                  + saved.status()
                  + " "
                  + BenchSupport.clip(saved.body())
                  + " "
                  + saved.failure();
        }
      }
    }
    return r;
  }

  /**
   * One API request as this learner, sent once more after a connection error or a 502/503/504 (the
   * node went away under it). Keeps the session's cookies as a browser does.
   */
  private static Result call(
      HttpClient http, Run r, URI base, String path, String method, String json) {
    Result first = send(http, r.learner, base, path, method, json);
    if (first.status() == -1
        || first.status() == 502
        || first.status() == 503
        || first.status() == 504) {
      r.retried++;
      return send(http, r.learner, base, path, method, json);
    }
    return first;
  }

  private static Result send(
      HttpClient http, Learner l, URI base, String path, String method, String json) {
    HttpRequest.Builder b = BenchSupport.request(base, "api/v1/" + path, l);
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> res =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      keepCookies(l, res);
      return new Result(res.statusCode(), res.body(), System.nanoTime() - t0, null);
    } catch (IOException e) {
      return new Result(-1, "", System.nanoTime() - t0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "", System.nanoTime() - t0, e.toString());
    }
  }

  /**
   * A replicated session comes with a second cookie, JSESSIONIDVERSION, that tells a node which
   * copy of the session is current; a browser sends it back, and so does this client.
   */
  private static void keepCookies(Learner l, HttpResponse<?> res) {
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    if (l.cookie != null) {
      for (String c : l.cookie.split(";\\s*")) {
        int eq = c.indexOf('=');
        if (eq > 0) {
          jar.put(c.substring(0, eq), c.substring(eq + 1));
        }
      }
    }
    for (String set : res.headers().allValues("Set-Cookie")) {
      String pair = set.contains(";") ? set.substring(0, set.indexOf(';')) : set;
      int eq = pair.indexOf('=');
      String name = eq > 0 ? pair.substring(0, eq) : "";
      if (name.equals("JSESSIONID") || name.equals("JSESSIONIDVERSION")) {
        jar.put(name, pair.substring(eq + 1));
      }
    }
    StringBuilder cookie = new StringBuilder();
    jar.forEach(
        (k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    l.cookie = cookie.length() == 0 ? null : cookie.toString();
  }

  private static synchronized void sample(List<String> samples, Run r, String what) {
    if (samples.size() < 10) {
      samples.add(r.learner.username + ": " + what);
    }
  }
}
