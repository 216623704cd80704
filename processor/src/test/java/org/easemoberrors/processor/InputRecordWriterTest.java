package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.easemoberrors.inputs.InputRecord;
import org.easemoberrors.processor.read.CatalogLocator;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record the processor writes is the one the Maven plugin reads: {@link InputRecord}'s format. */
class InputRecordWriterTest {
  private static final String APP = "catalog: 1\nentries:\n  - id: wallet-frozen\n    status: 400\n    error: acme_wallet_frozen\n"
      + "    causes:\n      zh_CN: 钱包已冻结\n      en: The wallet is frozen.\n";

  @TempDir Path dir;

  private static InputRecord record(Compilation compilation, String pkg) throws IOException {
    String path = "/SOURCE_OUTPUT/" + pkg.replace('.', '/') + "/" + InputRecord.FILE_NAME;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.toUri().getPath().endsWith(path)) {
        try (InputStream in = file.openInputStream()) {
          return InputRecord.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        }
      }
    }
    throw new AssertionError("no " + path + " among " + compilation.generatedFiles());
  }

  @Test
  void theRecordNamesTheDefaultCatalogueAndEveryFileRead() throws IOException {
    Compiles.catalogDir(dir, "com/acme/app.yaml", APP);
    Compilation compilation = Compiles.compile(dir, List.of(), Compiles.packageInfo("com.acme.errors", "catalog = \"/com/acme/app.yaml\""));
    assertThat(compilation).succeededWithoutWarnings();
    InputRecord record = record(compilation, "com.acme.errors");
    assertEquals("com/acme/errors/package-info.class", record.classFile());
    // In memory the record has no directory: the search path is written absolute.
    assertEquals(List.of(dir.toAbsolutePath().normalize().toString()), record.searchPath());
    assertEquals(InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, CatalogLocator.defaultCatalog().bytes()), record.defaultCatalog());
    assertEquals(List.of(new InputRecord.Catalog(InputRecord.sha256(APP.getBytes(StandardCharsets.UTF_8)), "com/acme/app.yaml")),
        record.catalogs());
    // The processor runs from target/classes here: no jar to name, so no processor line. (The
    // integration tests run it from its jar.)
    assertNull(record.processor());
  }

  @Test
  void onANestedTypeTheRecordNamesTheTopLevelClassFile() throws IOException {
    Compilation compilation = Compiles.compile(null, List.of(),
        JavaFileObjects.forSourceString("com.acme.client.Api",
            "package com.acme.client;\npublic class Api {\n  @org.easemoberrors.EasemobErrors(defaultCatalog = true)\n"
                + "  static class Errors {}\n}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    InputRecord record = record(compilation, "com.acme.client");
    assertEquals("com/acme/client/Api.class", record.classFile());
    assertEquals(List.of(), record.searchPath());
    assertEquals(List.of(), record.catalogs());
  }

  @Test
  void withoutTheDefaultCatalogueThereIsNoDefaultLine() throws IOException {
    Compiles.catalogDir(dir, "app.yaml", APP.replace("catalog: 1\n", "catalog: 1\nlocales: [zh_CN, en]\nfallbackLocale: en\n"
        + "classes:\n  4xx: {action: fix_request, description: {zh_CN: 客户端错误, en: Client error}}\n"
        + "  5xx: {action: alert, description: {zh_CN: 服务器错误, en: Server error}}\n"
        + "statuses:\n  400:\n    name: BadRequest\n    action: fix_request\n    description: {zh_CN: 错误请求, en: Bad Request}\n"));
    Compilation compilation = Compiles.compile(dir, List.of(), Compiles.packageInfo("com.acme.own", "catalog = \"app.yaml\", defaultCatalog = false"));
    assertThat(compilation).succeededWithoutWarnings();
    InputRecord record = record(compilation, "com.acme.own");
    assertNull(record.defaultCatalog());
    assertEquals(List.of("app.yaml"), record.catalogs().stream().map(InputRecord.Catalog::name).toList());
  }
}
