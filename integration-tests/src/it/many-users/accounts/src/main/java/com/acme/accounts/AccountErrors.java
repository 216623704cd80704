package com.acme.accounts;

import org.easemoberrors.EasemobErrors;

/** Holds the annotation on a type rather than on the package: the code goes to this package. */
@EasemobErrors(catalog = "accounts-errors.yaml", prefix = "Account")
public final class AccountErrors {
  private AccountErrors() {}
}
