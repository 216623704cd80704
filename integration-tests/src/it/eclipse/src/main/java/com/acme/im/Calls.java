package com.acme.im;

/** User code that calls the generated matcher, compiled in the same run as the processor. */
public final class Calls {
  private Calls() {}

  /** The generated exception for a response, as a caller would throw it. */
  public static RuntimeException failure(int status, String body) {
    return EasemobErrorMatcher.from(status, body);
  }
}
