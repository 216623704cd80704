package com.acme.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.acme.plain.errors.EasemobAction;
import com.acme.plain.errors.EasemobClientException.BadRequest;
import com.acme.plain.errors.EasemobErrorMatch;
import com.acme.plain.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.Test;

class PlainTest {

  @Test
  void defaultCatalogue() {
    EasemobErrorMatch m = EasemobErrorMatcher.match(400, "{\"error\":\"duplicate_unique_property_exists\","
        + "\"error_description\":\"Application appEntity user requires that property named username be unique, value of bob exists\"}");
    assertEquals("duplicate-username", m.entryId());
    assertEquals(EasemobAction.FIX_REQUEST, m.action());
    assertEquals("bob", assertInstanceOf(BadRequest.DuplicateUsername.class, m.toException()).value());
  }
}
