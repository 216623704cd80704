package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void aTemplateSplitsIntoLiteralsAroundItsNames() {
  EasemobTemplates t = EasemobTemplates.parse("Could not find application for {org}/{app} from URI: {uri}");
  assertEquals(0, t.problem);
  assertArrayEquals(new String[] {"Could not find application for ", "/", " from URI: ", ""}, t.literals);
  assertArrayEquals(new String[] {"org", "app", "uri"}, t.names);
  assertArrayEquals(new int[] {31, 37, 53}, t.starts);
  }

  @Test
  void doubledBracesAreLiteral() {
  EasemobTemplates t = EasemobTemplates.parse("{{a}} is {b}}}");
  assertEquals(0, t.problem);
  assertArrayEquals(new String[] {"{a} is ", "}"}, t.literals);
  assertArrayEquals(new String[] {"b"}, t.names);
  }

  @Test
  void theFirstProblemStopsTheParse() {
  EasemobTemplates unopened = EasemobTemplates.parse("{a} and }");
  assertEquals(EasemobTemplates.UNOPENED, unopened.problem);
  assertEquals(8, unopened.problemAt);
  assertArrayEquals(new String[] {"a"}, unopened.names);
  EasemobTemplates unclosed = EasemobTemplates.parse("x {a {b}");
  assertEquals(EasemobTemplates.UNCLOSED, unclosed.problem);
  assertEquals(2, unclosed.problemAt);
  assertEquals(EasemobTemplates.UNCLOSED, EasemobTemplates.parse("x {a").problem);
  EasemobTemplates empty = EasemobTemplates.parse("x {}");
  assertEquals(EasemobTemplates.EMPTY, empty.problem);
  assertEquals(2, empty.problemAt);
  }

  @Test
  void fillPutsInTheValuesItHas() {
  String[] names = {"value", "application"};
  assertEquals("user dddd of app \u2026, {value}",
    EasemobTemplates.fill("user {value} of app {application}, {{value}}", names, new String[] {"dddd", null}));
  String plain = "no placeholders";
  assertSame(plain, EasemobTemplates.fill(plain, names, new String[2]));
  assertEquals("{other} x", EasemobTemplates.fill("{other} x", names, new String[] {"a", "b"}));
  assertEquals("no file for \u2026 of \u2026", EasemobTemplates.fill("no file for {value} of {application}", names, new String[0]),
    "a match by the error code alone has no values: no {name} reaches a reader");
  }

  @Test
  void fillLeavesAMalformedTextAsItIs() {
  assertEquals("a {b", EasemobTemplates.fill("a {b", new String[] {"b"}, new String[] {"x"}));
  assertEquals("a } {b}", EasemobTemplates.fill("a } {b}", new String[] {"b"}, new String[] {"x"}));
  }
}
