package org.easemoberrors.spring;

/**
 * Stands for the generated base exception of an annotated package, so that this module compiles
 * alone. Not copied into packages.
 */
class EasemobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EasemobException(String message) {
    super(message);
  }
}
