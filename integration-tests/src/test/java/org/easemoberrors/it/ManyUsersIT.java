package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build with many users (src/it/many-users): two annotated packages with different catalogues in
 * one module, one of them read from another module of the build; a module annotating a type with
 * a catalogue that adds, overrides and removes; a module on the default catalogue only. The
 * projects' own tests check the generated API. Then an edit of the other module's catalogue
 * regenerates the module that reads it, through {@code compile} and through {@code package};
 * nothing else is compiled; and a clean build gives the same bytes as the first.
 */
class ManyUsersIT {
  private static final String PARTNER_YAML = "partner-catalog/src/main/resources/com/acme/partner/partner-errors.yaml";
  private static final String PARTNER = "billing/target/classes/com/acme/billing/partner/";
  private static final List<String> MODULES = List.of("billing", "accounts", "plain");

  /** The generated sources and resources of the first build on each JDK, to compare them. */
  static final Map<String, Map<String, byte[]>> GENERATED_BY_JDK = new ConcurrentHashMap<>();

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.easemoberrors.it.Jdk#all")
  void manyUsersInOneBuild(Jdk jdk) throws Exception {
    UserProject p = UserProject.copy("many-users", jdk.require());

    Build first = p.mvn("verify").assertSuccess();
    for (String test : List.of("com.acme.billing.BillingTest", "com.acme.accounts.AccountsTest", "com.acme.plain.PlainTest")) {
      assertEquals(1, first.count("Tests run: \\d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in " + test.replace(".", "\\.") + "$"), test);
    }
    Map<String, byte[]> built = outputs(p);
    GENERATED_BY_JDK.put(jdk.name(), generatedSources(built));
    for (Map.Entry<String, Map<String, byte[]>> other : GENERATED_BY_JDK.entrySet()) {
      // The generated sources and resources do not depend on the JDK either (classes do).
      UserProject.assertSameFiles(other.getValue(), GENERATED_BY_JDK.get(jdk.name()), jdk + " and " + other.getKey());
    }

    // The other module's catalogue changes; compile hands over its classes directory.
    String original = p.read(PARTNER_YAML);
    p.write(PARTNER_YAML, original.replace("en: The partner service is offline.", "en: The partner service is offline for maintenance.")
        + "\n  - id: partner-throttled\n    status: 429\n    error: acme_partner_throttled\n"
        + "    causes:\n      zh_CN: 合作方限流\n      en: The partner throttled the call.\n");
    Map<String, Long> accounts = p.classTimes("accounts/target/classes");
    Map<String, Long> plain = p.classTimes("plain/target/classes");
    Build edited = p.mvn("compile").assertSuccess()
        .assertLogContains("easemob-errors: catalogue com/acme/partner/partner-errors.yaml changed (")
        .assertLogContains("partner-catalog/target/classes/com/acme/partner/partner-errors.yaml)");
    assertEquals(1, edited.count("Recompiling the module"), "billing only");
    assertTrue(p.exists(PARTNER + "PartnerClientException$TooManyRequests$PartnerThrottled.class"));
    assertTrue(p.read(PARTNER + "PartnerMessages_en.properties").contains("entry.partner-offline=The partner service is offline for maintenance.\n"));
    assertEquals(accounts, p.classTimes("accounts/target/classes"));
    assertEquals(plain, p.classTimes("plain/target/classes"));

    // Back as it was; package hands over its jar. The entry that is gone takes its class along,
    // and billing's tests, which expect the first cause, pass again.
    p.write(PARTNER_YAML, original);
    p.mvn("package").assertSuccess()
        .assertLogContains("easemob-errors: catalogue com/acme/partner/partner-errors.yaml changed (")
        .assertLogContains("partner-catalog-1.0.jar!/com/acme/partner/partner-errors.yaml)");
    assertFalse(p.exists(PARTNER + "PartnerClientException$TooManyRequests$PartnerThrottled.class"));
    assertFalse(p.read("billing/target/generated-sources/annotations/com/acme/billing/partner/PartnerClientException.java").contains("PartnerThrottled"));

    // Nothing changed: no module compiles anything.
    Map<String, Map<String, Long>> times = new TreeMap<>();
    for (String module : MODULES) {
      times.put(module, p.classTimes(module + "/target"));
    }
    Build again = p.mvn("package").assertSuccess().assertLogLacks("Recompiling").assertLogLacks("easemob-errors: catalogue ");
    assertEquals(6, again.count("Nothing to compile - all classes are up to date"), "compile and testCompile of three modules");
    for (String module : MODULES) {
      assertEquals(times.get(module), p.classTimes(module + "/target"), module);
    }

    // Reproducible: a clean build writes the same sources, resources and classes as the first.
    p.mvn("clean", "compile").assertSuccess();
    UserProject.assertSameFiles(built, outputs(p), jdk + ", two clean builds");
  }

  /** What the compiler wrote in each module: generated sources, generated resources, classes. */
  private static Map<String, byte[]> outputs(UserProject p) throws Exception {
    Map<String, byte[]> all = new TreeMap<>();
    for (String module : MODULES) {
      p.files(module + "/target/generated-sources/annotations").forEach((k, v) -> all.put(module + "/generated/" + k, v));
      p.files(module + "/target/classes").forEach((k, v) -> all.put(module + "/classes/" + k, v));
    }
    assertTrue(all.keySet().stream().anyMatch(k -> k.endsWith("PayMessages_zh_CN.properties")), all.keySet()::toString);
    return all;
  }

  private static Map<String, byte[]> generatedSources(Map<String, byte[]> outputs) {
    Map<String, byte[]> sources = new TreeMap<>();
    outputs.forEach((k, v) -> {
      if (k.contains("/generated/") || k.endsWith(".properties")) {
        sources.put(k, v);
      }
    });
    return sources;
  }
}
