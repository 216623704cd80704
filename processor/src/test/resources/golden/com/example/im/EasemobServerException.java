package com.example.im;

import javax.annotation.processing.Generated;

/**
 * An Easemob error with a 5xx status: the server failed.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public class EasemobServerException extends EasemobException {
  private static final long serialVersionUID = 1L;

  EasemobServerException(EasemobErrorMatch match) {
    super(match);
  }
}
