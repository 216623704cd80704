package org.easemoberrors.sample;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sample app's command line: {@code explain} and {@code demo}. */
@Command(
    name = "easemob-errors-sample",
    mixinStandardHelpOptions = true,
    version = "easemob-errors sample 0.1.0",
    description = "Shows easemob-errors at work on Easemob REST API error responses.",
    subcommands = {ExplainCommand.class, DemoCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
