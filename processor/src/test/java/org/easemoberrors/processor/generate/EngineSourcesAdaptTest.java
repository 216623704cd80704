package org.easemoberrors.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;

/** What {@link EngineSources#adapt} changes in an engine file, and what it leaves alone. */
class EngineSourcesAdaptTest {
  private static final String SOURCE = "package org.easemoberrors.engine;\n\nimport java.util.List;\n\n"
      + "/** Reads an Easemob body for {@code EasemobIndex}; EasemobIndexer and MyEasemobTexts are not engine types. */\n"
      + "final class EasemobTexts {\n    EasemobIndex.Hit hit;\n    EasemobIndexer other;\n    MyEasemobTexts mine;\n}\n";

  @Test
  void onlyThePackageThePrefixAndTheAnnotationChange() {
    String adapted = EngineSources.adapt(SOURCE, "com.example.im", "Im", ClassName.get("javax.annotation", "Generated"));
    assertEquals("package com.example.im;\n\nimport java.util.List;\n\n"
        + "/** Reads an Easemob body for {@code ImIndex}; EasemobIndexer and MyEasemobTexts are not engine types. */\n"
        + "@javax.annotation.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n"
        + "final class ImTexts {\n    ImIndex.Hit hit;\n    EasemobIndexer other;\n    MyEasemobTexts mine;\n}\n", adapted);
  }

  @Test
  void aPublicEnumGetsTheAnnotationToo() {
    String adapted = EngineSources.adapt("package org.easemoberrors.engine;\n\n/** Levels. */\npublic enum EasemobMatchLevel {\n    A\n}\n",
        "com.example.im", "Im", ClassName.get("javax.annotation", "Generated"));
    assertEquals("package com.example.im;\n\n/** Levels. */\n"
        + "@javax.annotation.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n"
        + "public enum ImMatchLevel {\n    A\n}\n", adapted);
  }

  @Test
  void theUnnamedPackageGetsNoPackageLineAndNoAnnotationWhenThereIsNone() {
    String adapted = EngineSources.adapt(SOURCE, "", "", null);
    assertEquals("\nimport java.util.List;\n\n"
        + "/** Reads an Easemob body for {@code Index}; EasemobIndexer and MyEasemobTexts are not engine types. */\n"
        + "final class Texts {\n    Index.Hit hit;\n    EasemobIndexer other;\n    MyEasemobTexts mine;\n}\n", adapted);
  }

  @Test
  void anAdaptationIsRememberedApartForEachPackagePrefixAndAnnotation() {
    ClassName generated = ClassName.get("javax.annotation", "Generated");
    String first = EngineSources.adapt(SOURCE, "com.example.im", "Im", generated);
    assertEquals(first, EngineSources.adapt(SOURCE, "com.example.im", "Im", generated));
    assertEquals(first.replace("package com.example.im;", "package com.example.chat;"),
        EngineSources.adapt(SOURCE, "com.example.chat", "Im", generated));
    assertEquals(first.replace("ImIndex", "ChatIndex").replace("ImTexts", "ChatTexts"),
        EngineSources.adapt(SOURCE, "com.example.im", "Chat", generated));
    assertEquals(first.replace("@javax.annotation.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n", ""),
        EngineSources.adapt(SOURCE, "com.example.im", "Im", null));
  }
}
