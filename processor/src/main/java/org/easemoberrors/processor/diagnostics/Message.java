package org.easemoberrors.processor.diagnostics;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor can report: its stable tag, its severity and its text.
 *
 * <p>The tag (shown in brackets, such as {@code [EasemobUnknownKey]}) never changes once released,
 * so that builds, tests and documentation can refer to it. Texts are {@link String#format}
 * patterns.
 */
public enum Message {
  // ---- finding and reading files ----------------------------------------------------------
  FILE_NOT_FOUND("EasemobCatalogNotFound", Kind.ERROR, "catalogue file '%s' not found%s; looked in:%s"),
  FILE_IN_WORKING_DIRECTORY(
      "EasemobCatalogPath",
      Kind.ERROR,
      "catalogue file '%s' was found only as %s, relative to the directory the build was started in"
          + " (javac searches it because the class path has an empty entry); a build started"
          + " elsewhere (mvn -f) would not find it, nor would easemob-errors-maven-plugin; %s"),
  FILE_NOT_FOUND_PATH(
      "EasemobCatalogNotFound",
      Kind.ERROR,
      "catalogue file '%s' not found%s; looked in:%s%nA name is a path under a resource directory or"
          + " a directory of the class path, never under the project: write catalog = \"%s\""),
  RELATIVE_SEARCH_PATH(
      "EasemobCatalogPath",
      Kind.WARNING,
      "the directory '%s' of the option easemob.errors.path is relative, so what it names depends on"
          + " the directory the build was started in (here %s); give it as an absolute path, such as"
          + " ${project.basedir}/src/main/resources in a POM"),
  FILE_UNREADABLE("EasemobCatalogUnreadable", Kind.ERROR, "cannot read catalogue file '%s': %s"),
  FILE_EMPTY("EasemobCatalogEmpty", Kind.ERROR, "the catalogue file is empty"),
  FILE_NOT_UTF8(
      "EasemobNotUtf8",
      Kind.ERROR,
      "the catalogue file is not UTF-8: byte 0x%02X cannot start or continue a UTF-8 character;"
          + " save the file as UTF-8"),
  FILE_TOO_LARGE(
      "EasemobCatalogTooLarge", Kind.ERROR, "the catalogue file is %,d bytes; the limit is %,d"),
  FILE_TOO_LARGE_STREAM(
      "EasemobCatalogTooLarge", Kind.ERROR, "the catalogue file is larger than the limit of %,d bytes"),

  // ---- YAML structure ----------------------------------------------------------------------
  YAML_SYNTAX("EasemobYamlSyntax", Kind.ERROR, "YAML syntax error: %s"),
  YAML_LIMIT("EasemobYamlLimit", Kind.ERROR, "the YAML is refused: %s"),
  YAML_TAG(
      "EasemobYamlTag",
      Kind.ERROR,
      "the YAML tag '%s' is not allowed; a catalogue holds plain data only (maps, lists, strings,"
          + " numbers)"),
  MERGE_KEY(
      "EasemobMergeKey",
      Kind.ERROR,
      "merge keys ('<<') are not supported in a catalogue: write the fields out; an alias (*name)"
          + " may still stand for a whole value, such as the causes"),
  BAD_CHARACTER(
      "EasemobBadCharacter",
      Kind.ERROR,
      "the catalogue file holds the character %s, which YAML does not allow; remove it"),
  DUPLICATE_KEY("EasemobDuplicateKey", Kind.ERROR, "duplicate key '%s' in %s (first at line %d)"),
  UNKNOWN_KEY("EasemobUnknownKey", Kind.ERROR, "unknown key '%s' in %s%s"),
  MISSING_FIELD("EasemobMissingField", Kind.ERROR, "%s has no '%s'"),
  WRONG_TYPE("EasemobWrongType", Kind.ERROR, "%s must be %s, not %s"),
  NOT_DECIMAL(
      "EasemobNotDecimal",
      Kind.ERROR,
      "%s must be a plain decimal number: YAML reads '%s' as %s%s; write %s"),
  BAD_VERSION(
      "EasemobCatalogVersion", Kind.ERROR, "unsupported catalogue format version %s; this processor reads version 1"),

  // ---- values ------------------------------------------------------------------------------
  BAD_STATUS("EasemobBadStatus", Kind.ERROR, "status %s is not an HTTP error status (400-599)"),
  UNKNOWN_ACTION(
      "EasemobUnknownAction",
      Kind.ERROR,
      "unknown action '%s'; use one of retry, backoff, split, refresh_token, fix_request, alert%s"),
  BAD_ID(
      "EasemobBadId",
      Kind.ERROR,
      "entry id '%s' must be lower-case words joined by '-' (like 'duplicate-username')"),
  DUPLICATE_ID("EasemobDuplicateId", Kind.ERROR, "entry id '%s' is already defined at %s"),
  BAD_NAME("EasemobBadName", Kind.ERROR, "'%s' cannot be used as a Java name: %s"),
  NAME_CLASH("EasemobNameClash", Kind.ERROR, "%s would generate %s, which %s also generates"),
  NESTED_NAME(
      "EasemobNameClash",
      Kind.ERROR,
      "%s would generate %s, a class named like the class it is nested in, which Java forbids;"
          + " set 'class'"),
  TYPE_EXISTS(
      "EasemobNameClash",
      Kind.ERROR,
      "the package already has a type %s, which the processor would generate; rename that type or"
          + " set another prefix"),
  BAD_LOCALE("EasemobBadLocale", Kind.ERROR, "'%s' is not a locale tag like zh_CN or en"),
  UNDECLARED_LOCALE(
      "EasemobUndeclaredLocale", Kind.ERROR, "locale '%s' is not declared in 'locales' (%s)"),
  MISSING_TRANSLATION("EasemobMissingTranslation", Kind.ERROR, "%s has no %s text for locale '%s'"),
  MISSING_OPTIONAL_TRANSLATION(
      "EasemobMissingTranslation",
      Kind.WARNING,
      "%s has no %s text for locale '%s'; the '%s' text is used instead"),
  CAUSE_COUNT(
      "EasemobCauseCount",
      Kind.WARNING,
      "%s has %d causes in '%s' but %d in '%s'; give each locale the same causes"),

  TEXT_TOO_LONG(
      "EasemobTextTooLong",
      Kind.ERROR,
      "%s is %,d characters long; the limit is %,d, as the generated code holds it as one string"
          + " constant"),

  // ---- templates ---------------------------------------------------------------------------
  TEMPLATE_SYNTAX("EasemobTemplateSyntax", Kind.ERROR, "template error: %s"),
  BAD_PLACEHOLDER(
      "EasemobBadPlaceholder", Kind.ERROR, "placeholder '{%s}' is not a Java identifier%s"),
  DUPLICATE_PLACEHOLDER(
      "EasemobDuplicatePlaceholder", Kind.ERROR, "placeholder '{%s}' appears twice in the template"),
  ADJACENT_PLACEHOLDERS(
      "EasemobAdjacentPlaceholders",
      Kind.ERROR,
      "placeholders '{%s}' and '{%s}' have nothing between them, so a description cannot be split"
          + " between them"),
  UNKNOWN_PLACEHOLDER(
      "EasemobUnknownPlaceholder",
      Kind.ERROR,
      "the cause uses '{%s}', but no description template of entry '%s' has it%s"),
  UNKNOWN_HELP_PLACEHOLDER(
      "EasemobUnknownPlaceholder", Kind.ERROR, "the help of %s uses '{%s}', but %s"),

  // ---- the catalogue as a whole -----------------------------------------------------------
  AMBIGUOUS(
      "EasemobAmbiguous",
      Kind.ERROR,
      "entries '%s' (%s) and '%s' (%s) would both match %s at the same specificity"),
  AMBIGUOUS_MORE(
      "EasemobAmbiguous",
      Kind.ERROR,
      "and %,d more entries would match a description at the same specificity as an earlier entry"
          + " (the first %d are reported above)"),
  SHADOWED(
      "EasemobShadowed",
      Kind.ERROR,
      "entry '%s' can never be matched: entry '%s' (%s) always wins first: %s"),
  OVERRIDE_UNKNOWN("EasemobOverrideUnknown", Kind.ERROR, "cannot %s entry '%s': no catalogue before this one defines it%s"),
  OVERRIDE_REMOVED(
      "EasemobOverrideUnknown", Kind.ERROR, "cannot %s entry '%s': it was removed at %s"),
  UNKNOWN_SUPPRESSION(
      "EasemobUnknownSuppression", Kind.ERROR, "'%s' is not a warning tag that can be suppressed (those are %s)%s"),

  // ---- the annotation and the processor ---------------------------------------------------
  BAD_PREFIX("EasemobBadPrefix", Kind.ERROR, "prefix '%s' is not a valid start of a Java type name"),
  PREFIX_CLASH(
      "EasemobBadPrefix",
      Kind.ERROR,
      "prefix '%s' makes the type %s, which is also the name of %s: one would hide the other"
          + " where both are in scope; choose another prefix"),
  NON_ASCII_PREFIX(
      "EasemobBadPrefix",
      Kind.ERROR,
      "prefix '%s' is not ASCII: generated type names must be ASCII letters and digits, since each"
          + " type is written to a file of its name, which a build under another locale (LANG=C)"
          + " cannot create"),
  BLANK_CATALOG_NAME(
      "EasemobCatalogName",
      Kind.ERROR,
      "@EasemobErrors(catalog = \"%s\") names no file: give the catalogue's path under a resource"
          + " directory, such as catalog = \"acme-errors.yaml\", or leave 'catalog' out to use the"
          + " default catalogue alone"),
  DUPLICATE_PACKAGE(
      "EasemobDuplicatePackage",
      Kind.ERROR,
      "package %s is annotated with @EasemobErrors more than once (also on %s)"),
  NO_JSON_LIBRARY(
      "EasemobNoJsonLibrary",
      Kind.WARNING,
      "no JSON library is on the compile class path, so the generated match(status, body) and"
          + " from(status, body) cannot read the body and match on the status only; add the"
          + " dependency com.fasterxml.jackson.core:jackson-core or com.google.code.gson:gson, or"
          + " set @EasemobErrors(json = NONE) if you call matchFields(status, error, description) only"),
  JSON_LIBRARY_MISSING(
      "EasemobJsonLibraryMissing",
      Kind.ERROR,
      "@EasemobErrors(json = %s) asks for %s, which is not on the compile class path"),
  TOO_MANY_ENTRIES(
      "EasemobTooManyEntries",
      Kind.ERROR,
      "the catalogue has %,d entries, more than the %,d that one Java enum can hold: each constant"
          + " takes %d bytes of the enum's initialisation, which Java caps at 64 KB; split the"
          + " catalogue over two annotated packages"),
  ENTRY_TOO_LARGE(
      "EasemobEntryTooLarge",
      Kind.ERROR,
      "entry '%s' has %,d error codes, templates and placeholders together, more than the %,d"
          + " that the generated code can hold for one entry, as Java caps one method at 64 KB;"
          + " split it into several entries"),
  INTERNAL_ERROR(
      "EasemobInternalError",
      Kind.ERROR,
      "the easemob-errors processor failed unexpectedly: %s. This is a bug in easemob-errors;"
          + " please report it with this message and the stack trace below.%n%s");

  private final String tag;
  private final Kind kind;
  private final String format;

  Message(String tag, Kind kind, String format) {
    this.tag = tag;
    this.kind = kind;
    this.format = format;
  }

  /** The stable tag, without brackets. */
  public String tag() {
    return tag;
  }

  public Kind kind() {
    return kind;
  }

  /** The message text with its tag, such as {@code [EasemobUnknownKey] unknown key 'x' in entry 'y'}. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(java.util.Locale.ROOT, format, args);
  }
}
