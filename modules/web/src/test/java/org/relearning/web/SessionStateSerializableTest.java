package org.relearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In cluster mode sessions are replicated (web.xml is distributable): every session- and
 * view-scoped bean is written to the other nodes after each request, with everything it keeps. This
 * test finds those beans among the compiled classes and checks that each is Serializable and that
 * every field that is neither transient nor injected has a serializable type, following records,
 * enums and the element types of lists, sets and maps down to their own fields.
 */
class SessionStateSerializableTest {

  @Test
  void everythingASessionKeepsCanBeReplicated() throws Exception {
    List<Class<?>> beans = scopedBeans();
    assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(10);
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      checkFields(bean, bean.getSimpleName(), problems, seen);
    }
    assertThat(problems).isEmpty();
  }

  private static void checkFields(
      Class<?> type, String path, List<String> problems, Set<Type> seen) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m)
            || Modifier.isTransient(m)
            || f.isAnnotationPresent(Inject.class)) {
          continue;
        }
        if (f.isSynthetic()) {
          continue;
        }
        checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type t, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(t)) {
      return;
    }
    if (t instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type arg : p.getActualTypeArguments()) {
        checkType(arg, path + "<>", problems, seen);
      }
      return;
    }
    if (t instanceof WildcardType w) {
      for (Type upper : w.getUpperBounds()) {
        checkType(upper, path, problems, seen);
      }
      return;
    }
    if (t instanceof GenericArrayType g) {
      checkType(g.getGenericComponentType(), path + "[]", problems, seen);
      return;
    }
    if (!(t instanceof Class<?> c)) {
      return; // a type variable: its bound is checked where it is used
    }
    if (c.isPrimitive() || c == Object.class) {
      return;
    }
    if (c.isArray()) {
      checkType(c.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (c.isInterface()) {
      // List, Set, Map, Collection: the implementations used (ArrayList, HashMap, List.of...)
      // are serializable; the element types are checked through the type arguments
      if (!Collection.class.isAssignableFrom(c)
          && !Map.class.isAssignableFrom(c)
          && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": interface " + c.getName() + " is not Serializable");
      }
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith("org.relearning.")) {
      checkFields(c, path, problems, seen);
    }
  }

  /** Every compiled class of this module that is session-, view- or conversation-scoped. */
  private static List<Class<?>> scopedBeans()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(
                SessionStateSerializableTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolveSibling("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
        if (name.contains("$") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c =
            Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class)
            || c.isAnnotationPresent(SessionScoped.class)
            || c.isAnnotationPresent(ConversationScoped.class)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }
}
