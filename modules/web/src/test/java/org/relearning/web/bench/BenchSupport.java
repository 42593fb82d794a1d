package org.relearning.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the load benchmarks share: their settings, one HTTP client, signing learners in once for a
 * session cookie, a small JSON reader, and latency percentiles. Only the JDK is needed to run them.
 */
final class BenchSupport {

  private BenchSupport() {}

  /** Settings from {@code --name=value} arguments, then system properties {@code bench.name}. */
  static final class Settings {
    private final Map<String, String> values = new LinkedHashMap<>();

    Settings(String[] args) {
      for (String a : args) {
        if (a.startsWith("--") && a.contains("=")) {
          values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        } else {
          throw new IllegalArgumentException("Arguments are --name=value, not " + a);
        }
      }
    }

    String get(String name, String fallback) {
      String v = values.get(name);
      if (v == null) {
        v = System.getProperty("bench." + name);
      }
      return v == null || v.isBlank() ? fallback : v;
    }

    int getInt(String name, int fallback) {
      return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    double getDouble(String name, double fallback) {
      return Double.parseDouble(get(name, String.valueOf(fallback)));
    }

    String require(String name) {
      String v = get(name, null);
      if (v == null) {
        throw new IllegalArgumentException(
            "--" + name + "=... (or -Dbench." + name + ") is needed");
      }
      return v;
    }

    /** The application's address, ending in a slash. */
    URI base() {
      String b = get("base", "http://127.0.0.1:8080/");
      return URI.create(b.endsWith("/") ? b : b + "/");
    }
  }

  /** One learner: username, session cookie once signed in. */
  static final class Learner {
    final int index;
    final String username;
    volatile String cookie;

    Learner(int index) {
      this.index = index;
      this.username = String.format(Locale.ROOT, "bench-%04d", index);
    }
  }

  /** The answer to one request: status, body, nanoseconds it took; status -1 for an exception. */
  record Result(int status, String body, long nanos, String failure) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .executor(
            Executors.newFixedThreadPool(
                8,
                r -> {
                  // daemon: a benchmark that fails ends instead of hanging on the client's threads
                  Thread t = new Thread(r, "bench-http");
                  t.setDaemon(true);
                  return t;
                }))
        .build();
  }

  static HttpRequest.Builder request(URI base, String path, Learner learner) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    if (learner.cookie != null) {
      b.header("Cookie", learner.cookie);
    }
    return b;
  }

  static Result send(HttpClient http, HttpRequest request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Result(r.statusCode(), r.body(), System.nanoTime() - t0, null);
    } catch (IOException e) {
      return new Result(-1, "", System.nanoTime() - t0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "", System.nanoTime() - t0, e.toString());
    }
  }

  /**
   * Signs every learner in once with Basic auth (expensive by design: PBKDF2) and keeps the session
   * cookie; then checks that the cookie alone is enough. Not measured. Returns the failures.
   */
  /**
   * Starts (or resumes) the quiz for every signed-in learner, 16 at a time, not measured; {@code
   * taken} turns each learner's start answer into what the caller keeps. Failures are counted.
   */
  static <T> List<T> startAll(
      HttpClient http,
      URI base,
      long quizId,
      List<Learner> learners,
      AtomicInteger failures,
      BiFunction<Learner, Map<String, Object>, T> taken)
      throws InterruptedException {
    List<T> started = Collections.synchronizedList(new ArrayList<>());
    ExecutorService starter = Executors.newFixedThreadPool(16);
    for (Learner l : learners) {
      if (l.cookie == null) {
        continue;
      }
      starter.execute(
          () -> {
            Result r =
                send(
                    http,
                    request(base, "api/v1/quizzes/" + quizId + "/attempts", l)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
            if (r.ok()) {
              started.add(taken.apply(l, object(r.body())));
            } else {
              failures.incrementAndGet();
            }
          });
    }
    starter.shutdown();
    starter.awaitTermination(10, TimeUnit.MINUTES);
    return started;
  }

  static int signIn(HttpClient http, URI base, List<Learner> learners, String password, int threads)
      throws InterruptedException {
    long t0 = System.nanoTime();
    AtomicInteger failed = new AtomicInteger();
    Map<String, String> cached = Cookies.load();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (Learner l : learners) {
      pool.execute(
          () -> {
            // a session kept from an earlier benchmark of the same run saves the hashing
            l.cookie = cached.get(l.username);
            if (l.cookie != null
                && send(http, request(base, "api/v1/certificates", l).GET().build()).status()
                    == 200) {
              return;
            }
            l.cookie = null;
            String basic =
                Base64.getEncoder()
                    .encodeToString((l.username + ":" + password).getBytes(StandardCharsets.UTF_8));
            HttpRequest r =
                request(base, "api/v1/certificates", l)
                    .header("Authorization", "Basic " + basic)
                    .GET()
                    .build();
            HttpResponse<String> res;
            try {
              res = http.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
              failed.incrementAndGet();
              return;
            }
            // the session id and, in cluster mode, JSESSIONIDVERSION: a node needs it to trust its
            // copy of a session that was just made, as a browser sends it
            String cookie =
                res.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("JSESSIONIDVERSION="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .sorted()
                    .reduce((a, b) -> a + "; " + b)
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .orElse(null);
            if (res.statusCode() != 200 || cookie == null) {
              failed.incrementAndGet();
              return;
            }
            l.cookie = cookie;
            // the cookie alone must carry the sign-in: no password sent, no hashing
            Result check = send(http, request(base, "api/v1/certificates", l).GET().build());
            if (check.status() != 200) {
              l.cookie = null;
              failed.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    Cookies.save(learners);
    System.out.printf(
        Locale.ROOT,
        "Signed in %d learners (session cookies, %d failed) in %.1f s%n",
        learners.size() - failed.get(),
        failed.get(),
        (System.nanoTime() - t0) / 1e9);
    return failed.get();
  }

  /** The start of a body, on one line, for error samples. */
  static String clip(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 240 ? flat.substring(0, 240) + "..." : flat;
  }

  /** Whom an HTML error page says is signed in, if it says so; else the body. */
  static String who(String body) {
    int at = body == null ? -1 : body.indexOf("<span class=\"who\">");
    if (at < 0) {
      return body;
    }
    int end = body.indexOf('<', at + 18);
    return "page for " + body.substring(at + 18, end < 0 ? body.length() : end);
  }

  static List<Learner> learners(int first, int count) {
    List<Learner> list = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      list.add(new Learner(i));
    }
    return list;
  }

  static <T> List<T> all(List<Future<T>> futures) throws Exception {
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  // ---- latency

  /** Percentiles of request times, nearest rank. */
  record Latencies(int count, double p50, double p95, double p99, double max, double mean) {
    static Latencies of(long[] nanos) {
      if (nanos.length == 0) {
        return new Latencies(0, 0, 0, 0, 0, 0);
      }
      long[] s = nanos.clone();
      Arrays.sort(s);
      return new Latencies(
          s.length,
          ms(rank(s, 50)),
          ms(rank(s, 95)),
          ms(rank(s, 99)),
          ms(s[s.length - 1]),
          ms((long) Arrays.stream(s).average().orElse(0)));
    }

    private static long rank(long[] sorted, double p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  static void row(String name, String value) {
    System.out.printf(Locale.ROOT, "| %-34s | %22s |%n", name, value);
  }

  static void rule() {
    System.out.println("|" + "-".repeat(36) + "|" + "-".repeat(24) + "|");
  }

  static void latencyRows(String what, Latencies l) {
    row(what + " requests", String.valueOf(l.count()));
    row(what + " p50 (ms)", String.format(Locale.ROOT, "%.1f", l.p50()));
    row(what + " p95 (ms)", String.format(Locale.ROOT, "%.1f", l.p95()));
    row(what + " p99 (ms)", String.format(Locale.ROOT, "%.1f", l.p99()));
    row(what + " max (ms)", String.format(Locale.ROOT, "%.1f", l.max()));
    row(what + " mean (ms)", String.format(Locale.ROOT, "%.1f", l.mean()));
  }

  // ---- what the suite shares between its benchmarks

  /**
   * Session cookies of signed-in learners, kept in the file named by {@code -Dbench.cookies} so
   * that the benchmarks of one run sign each learner in (PBKDF2, expensive by design) only once.
   */
  static final class Cookies {
    private Cookies() {}

    static Map<String, String> load() {
      String file = System.getProperty("bench.cookies");
      Map<String, String> m = new java.util.concurrent.ConcurrentHashMap<>();
      if (file == null || !Files.exists(Path.of(file))) {
        return m;
      }
      try {
        for (String line : Files.readAllLines(Path.of(file))) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            m.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return m;
    }

    static synchronized void save(List<Learner> learners) {
      String file = System.getProperty("bench.cookies");
      if (file == null) {
        return;
      }
      Map<String, String> m = load();
      for (Learner l : learners) {
        if (l.cookie != null) {
          m.put(l.username, l.cookie);
        }
      }
      StringBuilder b = new StringBuilder();
      new java.util.TreeMap<>(m).forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
      try {
        Files.writeString(Path.of(file), b.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The results file of a run ({@code -Dbench.results}, a TSV): one line per measured value with
   * scenario, metric, value, unit, target and whether it is met ({@code yes}, {@code no} or {@code
   * -} without a target). {@link BenchReport} turns it into the table.
   */
  static final class Results {
    private Results() {}

    static void add(String scenario, String metric, double value, String unit) {
      write(scenario, metric, value, unit, "", "-");
    }

    /** A value with a target, e.g. {@code "<= 1000"}; met is worked out from the target. */
    static boolean add(String scenario, String metric, double value, String unit, String target) {
      boolean met = meets(value, target);
      write(scenario, metric, value, unit, target, met ? "yes" : "no");
      return met;
    }

    static boolean meets(double value, String target) {
      String t = target.trim();
      String op = t.startsWith("<=") || t.startsWith(">=") ? t.substring(0, 2) : t.substring(0, 1);
      double limit = Double.parseDouble(t.substring(op.length()).trim());
      return switch (op) {
        case "<=" -> value <= limit;
        case ">=" -> value >= limit;
        case "<" -> value < limit;
        case ">" -> value > limit;
        default -> value == limit;
      };
    }

    static void latencies(String scenario, String what, Latencies l, String p95Target) {
      add(scenario, what + " p50", l.p50(), "ms");
      if (p95Target == null) {
        add(scenario, what + " p95", l.p95(), "ms");
      } else {
        add(scenario, what + " p95", l.p95(), "ms", p95Target);
      }
      add(scenario, what + " p99", l.p99(), "ms");
    }

    private static synchronized void write(
        String scenario, String metric, double value, String unit, String target, String met) {
      String line =
          String.join(
                  "\t",
                  scenario,
                  metric,
                  String.format(Locale.ROOT, "%.2f", value),
                  unit,
                  target,
                  met)
              + "\n";
      String file = System.getProperty("bench.results");
      if (file == null) {
        System.out.print("result: " + line);
        return;
      }
      try {
        Files.writeString(
            Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code /bench/fixture}: the ids of the bench fixture on this server. */
  static Map<String, Object> fixture(HttpClient http, URI base) {
    Result r = send(http, HttpRequest.newBuilder(base.resolve("bench/fixture")).GET().build());
    if (!r.ok()) {
      throw new IllegalStateException(
          "No bench fixture at " + base + " (" + r.status() + "): is RELEARN_BENCH_LEARNERS set?");
    }
    return object(r.body());
  }

  /** {@code /bench/stats} as seen from a learner's session (or none). */
  static Map<String, Object> stats(HttpClient http, URI base, Learner learner, boolean gc) {
    Learner who = learner == null ? new Learner(0) : learner;
    Result r = send(http, request(base, "bench/stats" + (gc ? "?gc=true" : ""), who).GET().build());
    return r.ok() ? object(r.body()) : Map.of();
  }

  /**
   * Where the machine's CPU went over a window of a run: the server's process (its own count, from
   * {@code /bench/stats}), this load tool's process, and the whole machine (from {@code
   * /proc/stat}, where there is one, and only for a server on this machine). Here the load tool,
   * the server and the database share one machine, so what the tool and the database take is CPU
   * the server did not have.
   */
  static final class CpuWindow {
    private final HttpClient http;
    private final URI base;
    private final long wall;
    private final long server;
    private final long tool;
    private final long[] machine;

    private CpuWindow(HttpClient http, URI base) {
      this.http = http;
      this.base = base;
      this.server = serverCpuNanos(http, base);
      this.tool = toolCpuNanos();
      this.machine = onThisMachine(base) ? machineJiffies() : null;
      this.wall = System.nanoTime();
    }

    static CpuWindow open(HttpClient http, URI base) {
      return new CpuWindow(http, base);
    }

    CpuUse close() {
      double seconds = (System.nanoTime() - wall) / 1e9;
      long[] m = machine == null ? null : machineJiffies();
      long s = serverCpuNanos(http, base);
      long t = toolCpuNanos();
      int cores = Runtime.getRuntime().availableProcessors();
      double busy =
          machine == null || m == null || m[1] == machine[1]
              ? -1
              : (m[0] - machine[0]) / (double) (m[1] - machine[1]) * seconds * cores;
      return new CpuUse(
          seconds,
          cores,
          server < 0 || s < 0 ? -1 : (s - server) / 1e9,
          tool < 0 || t < 0 ? -1 : (t - tool) / 1e9,
          busy);
    }

    private static long serverCpuNanos(HttpClient http, URI base) {
      Object v = stats(http, base, null, false).get("processCpuNanos");
      return v instanceof Long l ? l : -1;
    }

    private static long toolCpuNanos() {
      return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime()
          : -1;
    }

    private static boolean onThisMachine(URI base) {
      try {
        return java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }

    /** Busy and total jiffies of all cores together, or null without {@code /proc/stat}. */
    private static long[] machineJiffies() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
          total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle, waiting for I/O
        return new long[] {total - idle, total};
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  /**
   * CPU seconds used over a window of {@code seconds} on a machine of {@code cores}: by the server,
   * by the load tool, and by everything on the machine together ({@code machineBusy}); -1 where
   * unknown.
   */
  record CpuUse(double seconds, int cores, double server, double tool, double machineBusy) {

    /** CPU seconds as a percentage of what all the cores had over the window. */
    double share(double cpuSeconds) {
      return cpuSeconds < 0 ? -1 : 100 * cpuSeconds / (seconds * cores);
    }

    double rest() {
      return machineBusy < 0 || server < 0 || tool < 0
          ? -1
          : Math.max(0, machineBusy - server - tool);
    }

    /**
     * Prints the server's CPU per request, and the shares of the machine taken by the server, the
     * load tool and the rest (the database server and anything else running).
     */
    void print(int requests, String request) {
      if (server >= 0 && requests > 0) {
        row("server CPU per " + request + " (ms)", ms(server * 1000 / requests));
      }
      row(
          String.format(Locale.ROOT, "CPU of %d cores over %.1f s", cores, seconds),
          String.format(
              Locale.ROOT,
              "server %.0f %%, load tool %.0f %%, rest %.0f %%, idle %.0f %%",
              share(server),
              share(tool),
              share(rest()),
              machineBusy < 0 ? -1 : 100 - share(machineBusy)));
    }

    /** Records what {@link #print} shows in the results file. */
    void record(String scenario, int requests, String request) {
      if (server >= 0 && requests > 0) {
        Results.add(scenario, "server CPU per " + request, server * 1000 / requests, "ms");
        Results.add(scenario, "CPU share: server", share(server), "%");
      }
      if (tool >= 0) {
        Results.add(scenario, "CPU share: load tool", share(tool), "%");
      }
      if (rest() >= 0) {
        Results.add(
            scenario, "CPU share: rest of the machine (database, other)", share(rest()), "%");
      }
    }
  }

  /** SQL statements executed so far by the server, or -1 when it does not count them. */
  static long sqlStatements(HttpClient http, URI base) {
    Map<String, Object> s = stats(http, base, null, false);
    return Boolean.TRUE.equals(s.get("sqlCounting")) ? (Long) s.get("sqlStatements") : -1;
  }

  /**
   * SQL statements per request: the counter before and after {@code n} requests sent one after
   * another by one client, so that nothing else mixes in (the stats request itself runs none).
   * Returns -1 when the server does not count.
   */
  static double sqlPerRequest(HttpClient http, URI base, int n, Function<Integer, Result> request) {
    long before = sqlStatements(http, base);
    for (int i = 0; i < n; i++) {
      request.apply(i);
    }
    long after = sqlStatements(http, base);
    return before < 0 ? -1 : (after - before) / (double) n;
  }

  /** What a closed-loop load measured: requests, errors, seconds and latencies. */
  record Load(int requests, int errors, double seconds, Latencies latencies, List<String> samples) {
    double perSecond() {
      return requests / seconds;
    }
  }

  /**
   * {@code clients} workers send requests back to back for {@code seconds}; worker {@code w} builds
   * its next request with {@code request.apply(w)} and a result counts as an error unless {@code
   * ok} accepts it. Bounded in time, stops by itself.
   */
  static Load closedLoop(
      HttpClient http,
      int clients,
      double seconds,
      Function<Integer, HttpRequest> request,
      java.util.function.Predicate<Result> ok)
      throws InterruptedException {
    List<long[]> perWorker = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    for (int w = 0; w < clients; w++) {
      int worker = w;
      pool.execute(
          () -> {
            long[] nanos = new long[1024];
            int n = 0;
            while (System.nanoTime() < end) {
              Result r = send(http, request.apply(worker));
              if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
              }
              nanos[n++] = r.nanos();
              if (!ok.test(r)) {
                failed(r, errors, samples);
              }
            }
            perWorker.add(Arrays.copyOf(nanos, n));
          });
    }
    pool.shutdown();
    pool.awaitTermination((long) seconds + 120, TimeUnit.SECONDS);
    double took = (System.nanoTime() - t0) / 1e9;
    long[] all = perWorker.stream().flatMapToLong(Arrays::stream).toArray();
    return new Load(all.length, errors.get(), took, Latencies.of(all), samples);
  }

  /**
   * Requests sent at a steady {@code perSecond} for {@code seconds}, whatever the server's pace (an
   * open loop: people opening pages, not clients waiting on each other); request {@code i} is built
   * with {@code request.apply(i)}. A latency runs from when the request was due, not from when a
   * thread got to send it, so a server falling behind shows in it. At most {@code maxInFlight} are
   * waiting at once; one due beyond that is counted as an error. Bounded in time, stops by itself.
   */
  static Load openLoop(
      HttpClient http,
      double perSecond,
      double seconds,
      int maxInFlight,
      Function<Integer, HttpRequest> request,
      java.util.function.Predicate<Result> ok)
      throws InterruptedException {
    int total = (int) Math.round(perSecond * seconds);
    // -1 until answered; read once the pool has finished
    java.util.concurrent.atomic.AtomicLongArray nanos =
        new java.util.concurrent.atomic.AtomicLongArray(total);
    for (int i = 0; i < total; i++) {
      nanos.set(i, -1);
    }
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(maxInFlight);
    long t0 = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = t0 + (long) (i * 1e9 / perSecond);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      if (inFlight.incrementAndGet() > maxInFlight) {
        inFlight.decrementAndGet();
        errors.incrementAndGet();
        continue;
      }
      int n = i;
      pool.execute(
          () -> {
            Result r = send(http, request.apply(n));
            nanos.set(n, System.nanoTime() - due);
            inFlight.decrementAndGet();
            if (!ok.test(r)) {
              failed(r, errors, samples);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination((long) seconds + 120, TimeUnit.SECONDS);
    double took = (System.nanoTime() - t0) / 1e9;
    long[] done = new long[total];
    int k = 0;
    for (int i = 0; i < total; i++) {
      if (nanos.get(i) >= 0) {
        done[k++] = nanos.get(i);
      }
    }
    return new Load(k, errors.get(), took, Latencies.of(Arrays.copyOf(done, k)), samples);
  }

  /** Counts a failed request, keeping the first three as examples. */
  private static void failed(Result r, AtomicInteger errors, List<String> samples) {
    errors.incrementAndGet();
    if (samples.size() < 3) {
      samples.add(r.status() + " " + clip(who(r.body())) + " " + r.failure());
    }
  }

  /** The value of a hidden input of a Faces page, e.g. {@code jakarta.faces.ViewState}. */
  static String hiddenValue(String html, String name) {
    int at = html.indexOf("name=\"" + name + "\"");
    if (at < 0) {
      return null;
    }
    int tagStart = html.lastIndexOf('<', at);
    int tagEnd = html.indexOf('>', at);
    String tag = html.substring(tagStart, tagEnd);
    int v = tag.indexOf("value=\"");
    return v < 0 ? null : tag.substring(v + 7, tag.indexOf('"', v + 7));
  }

  /** The action of the form with this id, made absolute and unescaped. */
  static URI formAction(URI base, String html, String formId) {
    int at = html.indexOf("id=\"" + formId + "\"");
    int tagStart = html.lastIndexOf("<form", at);
    int tagEnd = html.indexOf('>', at);
    String tag = html.substring(tagStart, tagEnd);
    int a = tag.indexOf("action=\"");
    String action = tag.substring(a + 8, tag.indexOf('"', a + 8)).replace("&amp;", "&");
    return base.resolve(action);
  }

  static String form(Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append('&');
          }
          b.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return b.toString();
  }

  static String ms(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  // ---- JSON, just enough to read the API's answers

  /** Parses JSON into maps, lists, strings, numbers (as long or double), booleans and null. */
  static Object json(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.space();
    if (p.i != text.length()) {
      throw new IllegalArgumentException("Trailing text in JSON at " + p.i);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    return (Map<String, Object>) json(text);
  }

  private static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    Object value() {
      space();
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return obj();
        case '[':
          return arr();
        case '"':
          return str();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default:
          return num();
      }
    }

    Map<String, Object> obj() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      space();
      if (s.charAt(i) == '}') {
        i++;
        return m;
      }
      while (true) {
        space();
        String k = str();
        space();
        i++; // colon
        m.put(k, value());
        space();
        char c = s.charAt(i++);
        if (c == '}') {
          return m;
        }
      }
    }

    List<Object> arr() {
      List<Object> l = new ArrayList<>();
      i++;
      space();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        space();
        char c = s.charAt(i++);
        if (c == ']') {
          return l;
        }
      }
    }

    String str() {
      StringBuilder b = new StringBuilder();
      i++;
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    Object num() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String n = s.substring(start, i);
      return n.contains(".") || n.contains("e") || n.contains("E")
          ? (Object) Double.parseDouble(n)
          : (Object) Long.parseLong(n);
    }
  }
}
