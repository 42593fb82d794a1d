package org.relearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ADR 34: a bean that is never passivated (an EJB, a servlet, a filter, a request- or
 * application-scoped bean) refers to an enterprise bean with {@code @EJB}. Through {@code @Inject}
 * every call went through Weld's proxy to Payara's lookup of the bean's no-interface view, which
 * threw and caught an exception each time. Session- and view-scoped beans keep {@code @Inject}:
 * their state is replicated across the cluster, and only Weld's proxy serializes (an {@code @EJB}
 * field there fails {@link SessionStateSerializableTest}).
 */
class EjbReferencesTest {

  @Test
  void beansThatAreNeverPassivatedReferToEnterpriseBeansWithEjb() throws Exception {
    List<Class<?>> classes = relearnClasses();
    assertThat(classes.stream().filter(EjbReferencesTest::isEnterpriseBean))
        .as("enterprise beans found in every module")
        .hasSizeGreaterThan(20);
    List<String> problems = new ArrayList<>();
    int ejbFields = 0;
    for (Class<?> c : classes) {
      if (isPassivated(c)) {
        continue;
      }
      for (Field f : c.getDeclaredFields()) {
        if (!isEnterpriseBean(f.getType())) {
          continue;
        }
        if (f.isAnnotationPresent(Inject.class)) {
          problems.add(c.getName() + "." + f.getName() + " injects " + f.getType().getSimpleName());
        }
        if (f.isAnnotationPresent(EJB.class)) {
          ejbFields++;
        }
      }
    }
    assertThat(ejbFields).as("@EJB references found").isGreaterThan(100);
    assertThat(problems).as("use @EJB for these").isEmpty();
  }

  private static boolean isEnterpriseBean(Class<?> c) {
    return c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class);
  }

  private static boolean isPassivated(Class<?> c) {
    return c.isAnnotationPresent(ViewScoped.class)
        || c.isAnnotationPresent(SessionScoped.class)
        || c.isAnnotationPresent(ConversationScoped.class);
  }

  /**
   * The application's classes from every module on the class path: the modules' class directories
   * in a reactor build, their jars otherwise.
   */
  private static List<Class<?>> relearnClasses() throws IOException, ClassNotFoundException {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p) && p.getFileName().toString().equals("classes")) {
        try (Stream<Path> files = Files.walk(p)) {
          files
              .map(f -> p.relativize(f).toString().replace(File.separatorChar, '/'))
              .forEach(names::add);
        }
      } else if (p.getFileName().toString().startsWith("relearn-")
          && p.toString().endsWith(".jar")) {
        try (JarFile jar = new JarFile(p.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            names.add(e.nextElement().getName());
          }
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (!name.startsWith("org/relearning/") || !name.endsWith(".class") || name.contains("$")) {
        continue;
      }
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      classes.add(Class.forName(className, false, EjbReferencesTest.class.getClassLoader()));
    }
    return classes;
  }
}
