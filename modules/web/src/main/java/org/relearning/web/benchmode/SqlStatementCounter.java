package org.relearning.web.benchmode;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the SQL statements all persistence units send to the database, in bench mode only.
 *
 * <p>EclipseLink keeps every persistence unit's session in its global session manager and raises
 * {@code preExecuteCall} on a session's listeners once per statement it executes (a JDBC batch is
 * one call). At start-up this adds one listener to each session found there, so no module's {@code
 * persistence.xml} needs a line for it, and a new module is counted without any change. The
 * EclipseLink types are reached by reflection because the build compiles against the Jakarta EE API
 * only; the listener is a dynamic proxy of {@code SessionEventListener}.
 */
@WebListener
public class SqlStatementCounter implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SqlStatementCounter.class.getName());
  private static final AtomicLong STATEMENTS = new AtomicLong();
  private static final Set<Object> COUNTED = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  public void contextInitialized(ServletContextEvent sce) {
    if (BenchMode.isOn()) {
      int units = install();
      LOG.info(() -> "Bench mode: counting SQL statements of " + units + " persistence units");
    }
  }

  /** Statements executed since the server started, by all counted persistence units. */
  public static long statements() {
    return STATEMENTS.get();
  }

  /** How many persistence units are counted; adds those deployed since the last call. */
  public static synchronized int install() {
    try {
      ClassLoader loader = SqlStatementCounter.class.getClassLoader();
      Class<?> managerType =
          Class.forName("org.eclipse.persistence.sessions.factories.SessionManager", true, loader);
      Class<?> listenerType =
          Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true, loader);
      Object manager = managerType.getMethod("getManager").invoke(null);
      Map<?, ?> sessions = (Map<?, ?>) managerType.getMethod("getSessions").invoke(manager);
      for (Object session : sessions.values()) {
        if (COUNTED.contains(session)) {
          continue;
        }
        Object events = session.getClass().getMethod("getEventManager").invoke(session);
        Object listener =
            Proxy.newProxyInstance(
                listenerType.getClassLoader(), new Class<?>[] {listenerType}, new Counting());
        events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
        COUNTED.add(session);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Bench mode: SQL statements cannot be counted", e);
    }
    return COUNTED.size();
  }

  /** The listener: counts {@code preExecuteCall}, ignores every other session event. */
  private static final class Counting implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      return switch (method.getName()) {
        case "preExecuteCall" -> {
          STATEMENTS.incrementAndGet();
          yield null;
        }
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        case "toString" -> "SQL statement counter";
        default -> null;
      };
    }
  }
}
