package org.easemoberrors.sample;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the sample client against an emulated Easemob server, one step per kind of error. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts an emulated Easemob server on loopback and walks the sample client through each kind of error:",
      "typed catches, retries with backoff and jitter, Retry-After, token refresh, batch splitting, ALERT lines."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag of the causes, such as zh-CN or en (default: en).")
  String locale = "en";

  @Option(names = "--retry-delay", paramLabel = "MS", description = "First delay of a retry, in milliseconds (default: ${DEFAULT-VALUE}).")
  long retryDelayMillis = 20;

  @Option(names = "--backoff-delay", paramLabel = "MS", description = "First delay of a backoff without Retry-After, in milliseconds (default: ${DEFAULT-VALUE}).")
  long backoffDelayMillis = 60;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return new DemoScenario(out, err, Locale.forLanguageTag(locale),
        DemoScenario.demoSettings(Duration.ofMillis(retryDelayMillis), Duration.ofMillis(backoffDelayMillis)),
        Duration.ofMillis(300)).run();
  }
}
