package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The levels of a hit, and which entry an error code picks alone when entries share it. */
class MatchLevelTest {
  /**
   * Ordinals: 0 and 1 share "shared" and have templates; 2 has a template and 3 none, sharing
   * "mixed"; 4 has "alone" at 400 and 5 at 404; 6 names its code twice; 7 and 8 share "bare" and
   * have no templates.
   */
  private static final EasemobIndex INDEX = new EasemobIndex(
    new int[] {400, 400, 400, 400, 400, 404, 400, 400, 400},
    new String[][] {{"shared"}, {"shared", "first"}, {"mixed"}, {"mixed"}, {"alone"}, {"alone"}, {"twice", "twice"}, {"bare"}, {"bare"}},
    new String[][] {
    {"first {a} thing"}, {"second {b} thing"}, {"mixed {x}"}, {}, {"Alone.", "alone {v} here"}, {"gone {v}"}, {"twice {t}"}, {}, {}},
    new String[][] {{"a"}, {"b"}, {"x"}, {}, {"v"}, {"v"}, {"t"}, {}, {}});

  private static EasemobIndex.Hit find(int status, String error, String description) {
  return INDEX.find(status, error, description);
  }

  private static void found(int entry, EasemobMatchLevel level, EasemobIndex.Hit hit) {
  assertEquals(entry, hit.entry);
  assertEquals(level, hit.level);
  }

  @Test
  void theTemplateLevels() {
  found(4, EasemobMatchLevel.EXACT_TEMPLATE, find(400, "alone", "Alone."));
  found(4, EasemobMatchLevel.EXACT_TEMPLATE, find(400, null, "Alone."));
  EasemobIndex.Hit hit = find(400, "alone", "alone here here");
  found(4, EasemobMatchLevel.TEMPLATE, hit);
  assertArrayEquals(new String[] {"here"}, hit.values);
  }

  @Test
  void aDriftedDescriptionFindsTheOneEntryOfItsCodeWithoutValues() {
  EasemobIndex.Hit hit = find(400, "alone", "Alone");
  found(4, EasemobMatchLevel.ERROR_CODE, hit);
  assertArrayEquals(new String[] {null}, hit.values);
  found(4, EasemobMatchLevel.ERROR_CODE, find(400, "alone", "alone  here"));
  found(4, EasemobMatchLevel.ERROR_CODE, find(400, "alone", null));
  found(5, EasemobMatchLevel.ERROR_CODE, find(404, "alone", "gone"));
  found(1, EasemobMatchLevel.ERROR_CODE, find(400, "first", "something else"));
  found(6, EasemobMatchLevel.ERROR_CODE, find(400, "twice", "twice"));
  }

  @Test
  void aCodeThatEntriesWithTemplatesShareAtAStatusPicksNone() {
  assertNull(find(400, "shared", "third x thing"));
  assertNull(find(400, "shared", null));
  found(0, EasemobMatchLevel.TEMPLATE, find(400, "shared", "first x thing"));
  found(1, EasemobMatchLevel.TEMPLATE, find(400, "shared", "second x thing"));
  }

  @Test
  void anEntryWithoutTemplatesKeepsItsCodeBeforeOneWithTemplates() {
  found(3, EasemobMatchLevel.ERROR_CODE, find(400, "mixed", "mixed"));
  found(2, EasemobMatchLevel.TEMPLATE, find(400, "mixed", "mixed bag"));
  found(7, EasemobMatchLevel.ERROR_CODE, find(400, "bare", "anything"));
  }

  @Test
  void aTemplateOfAnotherCodeComesBeforeTheCodeAlone() {
  found(0, EasemobMatchLevel.TEMPLATE, find(400, "alone", "first x thing"));
  found(3, EasemobMatchLevel.ERROR_CODE, find(400, "mixed", "Alone"));
  }

  @Test
  void whatEachLevelTellsACaller() {
  for (EasemobMatchLevel level : EasemobMatchLevel.values()) {
    boolean entry = level.ordinal() <= EasemobMatchLevel.ERROR_CODE.ordinal();
    assertEquals(entry, level.isEntry(), level.name());
    assertEquals(level.ordinal() < EasemobMatchLevel.ERROR_CODE.ordinal(), level.isSure(), level.name());
  }
  assertTrue(EasemobMatchLevel.EXACT_TEMPLATE.isSure());
  assertFalse(EasemobMatchLevel.STATUS_CLASS.isEntry());
  }
}
