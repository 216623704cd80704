package org.easemoberrors.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code, for Jackson, Gson and no JSON library, with user code calling it, compiles
 * at releases 8, 11, 17 and (on JDK 21 and later) 21 under -Xlint:all,-options -Werror
 * (src/it/release-levels).
 */
class ReleaseLevelsIT {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.easemoberrors.it.Jdk#all")
  void compilesWithoutWarningsAtEveryLevel(Jdk jdk) throws Exception {
    UserProject p = UserProject.copy("release-levels", jdk.require());
    Build build = p.mvn("compile").assertSuccess().assertLogLacks("[WARNING] COMPILATION WARNING");
    for (int release : jdk.feature() >= 21 ? new int[] {8, 11, 17, 21} : new int[] {8, 11, 17}) {
      build.assertLogContains("Compiling 4 source files with javac [debug release " + release + "] to target/classes");
      build.assertLogContains("release-" + release + " ");
    }
  }
}
