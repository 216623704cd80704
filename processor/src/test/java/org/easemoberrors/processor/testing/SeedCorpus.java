package org.easemoberrors.processor.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The seed corpus: real Easemob error responses, one JSON object a line, each with what the
 * default catalogue must make of it. Kept in this module's test resources as
 * {@code org/easemoberrors/processor/seed-responses.jsonl}.
 */
public final class SeedCorpus {

  public static final String RESOURCE = "/org/easemoberrors/processor/seed-responses.jsonl";

  private SeedCorpus() {}

  /** The corpus's lines, blank ones included. */
  public static List<String> lines() throws IOException {
    try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not on the test class path");
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }
}
