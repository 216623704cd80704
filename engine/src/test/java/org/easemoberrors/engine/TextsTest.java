package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {
  /** TestMessages_fr.properties exists as a resource too, but the processor did not write it. */
  private final EasemobTexts texts = new EasemobTexts(TextsTest.class, "TestMessages", "", "_en", "_zh", "_zh_CN");

  @Test
  void theLocaleThenItsLanguageThenTheFallbackThenTheKey() {
  assertEquals("China a: {value}", texts.text(Locale.SIMPLIFIED_CHINESE, "entry.a"));
  assertEquals("\u4e2d\u6587 {value}", texts.text(Locale.TRADITIONAL_CHINESE, "entry.a"));
  assertEquals("English a: {value}", texts.text(Locale.UK, "entry.a"));
  assertEquals("Fallback of a {value}", texts.text(Locale.JAPAN, "entry.a"));
  assertEquals("Fallback of a {value}", texts.text(Locale.FRENCH, "entry.a"));
  assertEquals("Fallback of a {value}", texts.text(Locale.ROOT, "entry.a"));
  assertEquals("Fallback of a {value}", texts.text(null, "entry.a"));
  assertEquals("Bad Request", texts.text(Locale.ENGLISH, "status.400"));
  assertEquals("entry.none", texts.text(Locale.ENGLISH, "entry.none"));
  }

  @Test
  void aLanguageWithoutAFileOfItsOwnReadsItsFirstCountrysFile() {
  // As the default catalogue declares only zh_CN: Chinese without a country, or of another one,
  // reads zh_CN rather than the English fallback.
  EasemobTexts cn = new EasemobTexts(TextsTest.class, "TestMessages", "", "_zh_CN", "_en");
  assertEquals("China a: {value}", cn.text(Locale.CHINESE, "entry.a"));
  assertEquals("China a: {value}", cn.text(Locale.TRADITIONAL_CHINESE, "entry.a"));
  assertEquals("China a: {value}", cn.text(Locale.forLanguageTag("zh-Hans"), "entry.a"));
  assertEquals("English a: {value}", cn.text(Locale.US, "entry.a"));
  assertEquals("Fallback of a {value}", cn.text(Locale.JAPAN, "entry.a"));
  assertEquals("Bad Request", cn.text(Locale.CHINESE, "status.400"), "a key the file lacks: the fallback");
  }

  @Test
  void findTellsAMissingKeyByNull() {
  assertEquals("English a: {value}", texts.find(Locale.UK, "entry.a"));
  assertEquals("Fallback of a {value}", texts.find(Locale.JAPAN, "entry.a"));
  org.junit.jupiter.api.Assertions.assertNull(texts.find(Locale.ENGLISH, "entry.none"));
  }

  @Test
  void aMissingFileReadsAsEmpty() {
  EasemobTexts missing = new EasemobTexts(TextsTest.class, "NoSuchMessages", "", "_en");
  assertEquals("entry.a", missing.text(Locale.ENGLISH, "entry.a"));
  }

  @Test
  void whatIsKeptIsBoundedByTheFilesWhateverTheLocales() {
  for (int i = 0; i < 400_000; i++) {
    texts.text(new Locale("q" + i, "ZZ"), "entry.a");
    texts.text(new Locale("zh", "Q" + i), "entry.a");
  }
  assertTrue(texts.loadedFiles() <= 4, texts.loadedFiles() + " files held");
  assertEquals("China a: {value}", texts.text(Locale.SIMPLIFIED_CHINESE, "entry.a"));
  }
}
