package org.relearning.web.benchmode;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.relearning.identity.library.Library;
import org.relearning.web.demo.BenchContent;

/**
 * The measuring points of bench mode (see {@link BenchModeFilter}): {@code /bench/ping} (the
 * servlet container alone), {@code /bench/pk} (one primary-key read), {@code /bench/stats} (SQL
 * statements so far, heap, the process's CPU time, and the caller's own HTTP session serialized)
 * and {@code /bench/fixture} (the ids of the bench fixture, so the benchmarks find it on any
 * server).
 */
@WebServlet({"/bench/ping", "/bench/pk", "/bench/stats", "/bench/fixture"})
public class BenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceContext(unitName = "identity")
  private transient EntityManager em;

  @EJB private transient BenchContent fixture;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    switch (req.getServletPath()) {
      case "/bench/ping" -> text(res, "text/plain", "pong");
      case "/bench/pk" -> pk(res);
      case "/bench/stats" -> text(res, "application/json", stats(req));
      default -> text(res, "application/json", fixture.describe());
    }
  }

  private void pk(HttpServletResponse res) throws IOException {
    Long id = fixture.libraryId();
    Library library = id == null ? null : em.find(Library.class, id);
    if (library == null) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    text(res, "text/plain", library.getCode());
  }

  private static String stats(HttpServletRequest req) {
    if ("true".equals(req.getParameter("gc"))) {
      System.gc();
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    StringBuilder json =
        new StringBuilder()
            .append("{\"sqlCounting\":")
            .append(SqlStatementCounter.install() > 0)
            .append(",\"sqlStatements\":")
            .append(SqlStatementCounter.statements())
            .append(",\"heapUsedBytes\":")
            .append(heap.getUsed())
            .append(",\"heapCommittedBytes\":")
            .append(heap.getCommitted())
            .append(",\"heapMaxBytes\":")
            .append(heap.getMax())
            .append(",\"uptimeMs\":")
            .append(ManagementFactory.getRuntimeMXBean().getUptime())
            .append(",\"processCpuNanos\":")
            .append(processCpuNanos());
    HttpSession session = req.getSession(false);
    if (session != null) {
      session(session, json);
    }
    return json.append('}').toString();
  }

  /** The CPU time this server's process has used so far, all threads; -1 where unknown. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  /**
   * An object stream as the container's session replication writes one: it replaces references to
   * enterprise beans (which plain Java serialization refuses) by handles. Found by name, as it is
   * the server's and not a Jakarta EE API; plain Java serialization where it is missing.
   */
  private static ObjectOutputStream streamFor(ByteArrayOutputStream out) throws IOException {
    try {
      Class<?> globals = Class.forName("org.glassfish.internal.api.Globals");
      Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
      Class<?> ioUtils =
          Class.forName(
              "com.sun.enterprise.container.common.spi.util.JavaEEIOUtils",
              true,
              globals.getClassLoader());
      Object utils =
          locator
              .getClass()
              .getMethod("getService", Class.class, java.lang.annotation.Annotation[].class)
              .invoke(locator, ioUtils, new java.lang.annotation.Annotation[0]);
      if (utils != null) {
        return (ObjectOutputStream)
            ioUtils
                .getMethod("createObjectOutputStream", java.io.OutputStream.class, boolean.class)
                .invoke(utils, out, true);
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      // not on Payara, or not visible to the application: plain Java serialization below
      java.util.logging.Logger.getLogger(BenchServlet.class.getName())
          .fine(() -> "No container object stream, plain Java serialization: " + e);
    }
    return new ObjectOutputStream(out);
  }

  /** The session's attributes serialized one by one, as a replicating cluster would store them. */
  private static void session(HttpSession session, StringBuilder json) {
    long bytes = 0;
    int attributes = 0;
    List<String> notSerializable = new ArrayList<>();
    List<String> largest = new ArrayList<>();
    for (String name : Collections.list(session.getAttributeNames())) {
      attributes++;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ObjectOutputStream oos = streamFor(out)) {
        oos.writeObject(session.getAttribute(name));
      } catch (NotSerializableException e) {
        notSerializable.add(name + " (" + e.getMessage() + ")");
        continue;
      } catch (IOException e) {
        notSerializable.add(name + " (" + e + ")");
        continue;
      }
      bytes += out.size();
      largest.add(String.format(Locale.ROOT, "%s=%d", name, out.size()));
    }
    json.append(",\"session\":{\"bytes\":")
        .append(bytes)
        .append(",\"attributes\":")
        .append(attributes)
        .append(",\"sizes\":")
        .append(strings(largest))
        .append(",\"notSerializable\":")
        .append(strings(notSerializable))
        .append('}');
  }

  private static String strings(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return b.append(']').toString();
  }

  private static void text(HttpServletResponse res, String type, String body) throws IOException {
    res.setContentType(type);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(body);
  }
}
