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
 */
class CataloguePipelineFuzzTest {

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
    CataloguePipeline.run(yaml, "fuzz.p", json, classes);
  }
}
