package com.acme.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountsTest {

  @Test
  void ownEntry() {
    AccountClientException.Forbidden.AccountSuspended e = assertInstanceOf(AccountClientException.Forbidden.AccountSuspended.class,
        AccountErrorMatcher.from(403, "{\"error\":\"acme_account_suspended\",\"error_description\":\"account a-7 is suspended\"}"));
    assertEquals("a-7", e.account());
    assertEquals("The account a-7 is suspended.", e.explanation(Locale.ENGLISH));
  }

  @Test
  void removedAndKeptDefaults() {
    assertNull(AccountError.ofId("registration-closed"));
    assertNotNull(AccountError.ofId("expired-token"));
  }
}
