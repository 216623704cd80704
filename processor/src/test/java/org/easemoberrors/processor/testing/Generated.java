package org.easemoberrors.processor.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Calls the generated matcher of a package by reflection, as user code would call it directly. */
public final class Generated {
  private final CompiledClasses classes;
  private final String pkg;
  private final Class<?> matcher;

  public Generated(CompiledClasses classes, String pkg) {
    this.classes = classes;
    this.pkg = pkg;
    this.matcher = classes.load(pkg + ".EasemobErrorMatcher");
  }

  public Class<?> type(String simpleName) {
    return classes.load(pkg + "." + simpleName);
  }

  public Match match(int status, String body) {
    return new Match(invoke(matcher, null, "match", new Class<?>[] {int.class, String.class}, status, body));
  }

  public Match matchFields(int status, String error, String description) {
    return new Match(invoke(matcher, null, "matchFields", new Class<?>[] {int.class, String.class, String.class}, status, error, description));
  }

  public RuntimeException from(int status, String body) {
    return (RuntimeException) invoke(matcher, null, "from", new Class<?>[] {int.class, String.class}, status, body);
  }

  /** A generated match object. */
  public record Match(Object value) {
    public String entryId() {
      return (String) call("entryId");
    }

    public String errorCode() {
      return (String) call("errorCode");
    }

    public String action() {
      Object action = call("action");
      return (String) Generated.invoke(action.getClass(), action, "id", new Class<?>[0]);
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> params() {
      return (Map<String, String>) call("params");
    }

    @SuppressWarnings("unchecked")
    public List<String> explanations(Locale locale) {
      return (List<String>) Generated.invoke(value.getClass(), value, "explanations", new Class<?>[] {Locale.class}, locale);
    }

    public RuntimeException toException() {
      return (RuntimeException) call("toException");
    }

    public Object call(String method) {
      return Generated.invoke(value.getClass(), value, method, new Class<?>[0]);
    }
  }

  static Object invoke(Class<?> type, Object target, String name, Class<?>[] parameters, Object... args) {
    try {
      Method m = type.getMethod(name, parameters);
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError("generated " + name + " threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
