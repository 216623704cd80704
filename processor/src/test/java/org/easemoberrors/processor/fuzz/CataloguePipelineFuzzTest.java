package org.easemoberrors.processor.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.easemoberrors.processor.generate.Context;

/**
 * The whole pipeline on random but well-formed catalogues: the fuzzer's bytes choose what {@link
 * RandomCatalogs} writes (locales, statuses, entries, templates, texts of any characters), so
 * that its inputs get past the YAML parser to the merger, the validator and the generator. See
 * {@link CataloguePipeline} for what is checked.
 *
 * <p>In the normal build this replays the saved inputs beside it ({@code
 * CataloguePipelineFuzzTestInputs}); {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign (see
 * the README).
 *
 * <p>Generating is most of an execution's cost, so a campaign checks that a second generation gives
 * the same sources for one catalogue in {@value #TWICE_ONE_IN}, chosen by the catalogue's text (a
 * finding replays the same way); replaying the saved inputs checks it for every one.
 */
class CataloguePipelineFuzzTest {
  static final int TWICE_ONE_IN = 8;
  private static final boolean CAMPAIGN = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

  @FuzzTest(maxDuration = "30m", maxExecutions = 2_000_000)
  void pipeline(FuzzedDataProvider data) {
    Context.JsonLibrary json = Context.JsonLibrary.values()[data.consumeInt(0, 2)];
    Context.ExceptionClasses classes = data.consumeBoolean() ? Context.ExceptionClasses.ALL : Context.ExceptionClasses.STATUS_ONLY;
    String yaml = RandomCatalogs.catalogue(new RandomCatalogs.Choices() {
      @Override
      public int below(int bound) {
        return data.consumeInt(0, bound - 1);
      }

      @Override
      public String anyText(int max) {
        return data.consumeString(max);
      }
    });
    boolean twice = !CAMPAIGN || Math.floorMod(yaml.hashCode(), TWICE_ONE_IN) == 0;
    CataloguePipeline.run(yaml, "fuzz.p", json, classes, twice);
  }
}
