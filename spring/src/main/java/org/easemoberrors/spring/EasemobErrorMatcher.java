package org.easemoberrors.spring;

/**
 * Stands for the generated matcher of an annotated package, so that this module compiles alone:
 * the handlers call only this method of it. Not copied into packages.
 */
final class EasemobErrorMatcher {
  private EasemobErrorMatcher() {
  }

  static EasemobException from(int status, String body, String retryAfter) {
    return new EasemobException(status + " " + body + (retryAfter == null ? "" : " retry after " + retryAfter));
  }
}
