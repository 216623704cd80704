package org.easemoberrors.processor;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import org.easemoberrors.inputs.InputRecord;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.diagnostics.SourceFile;
import org.easemoberrors.processor.generate.Context;
import org.easemoberrors.processor.generate.Generator;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.generate.SpringSources;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.CatalogFile;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.read.CatalogLocator;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.easemoberrors.processor.validate.CatalogValidator;
import org.easemoberrors.processor.validate.ReservedNames;
import org.easemoberrors.processor.validate.SizeLimits;

/**
 * The flow for one annotated package: find and read the catalogue files, merge them into the
 * model, check it, and generate code only when no error was found.
 */
final class Pipeline {
  private final ProcessingEnvironment env;
  private final List<Path> searchPath;
  private final Set<? extends Element> compiled;
  private final Map<String, Boolean> present = new HashMap<>();
  private final Supplier<String> processorIdentity;

  /**
   * @param compiled the types of the sources being compiled, among which a generated name may not be
   * @param processorIdentity gives the processor's identity for the record (null when it has none)
   */
  Pipeline(ProcessingEnvironment env, List<Path> searchPath, Set<? extends Element> compiled, Supplier<String> processorIdentity) {
    this.env = env;
    this.searchPath = searchPath;
    this.compiled = compiled;
    this.processorIdentity = processorIdentity;
  }

  /** What one run read and found. */
  record Result(Diagnostics diagnostics, List<Path> filesRead) {}

  Result run(CatalogRequest request) throws IOException {
    Timing timing = Timing.start(request.pkg().getQualifiedName().toString());
    Diagnostics diagnostics = new Diagnostics();
    List<Path> read = new ArrayList<>();
    List<InputRecord.Catalog> inputs = new ArrayList<>();
    Position annotation = Position.ofFile(new SourceFile("@EasemobErrors on " + request.pkg().getQualifiedName(), -1));

    // A bad prefix stops nothing: the catalogues are read and checked all the same, so that one
    // build reports every problem (and generates nothing).
    if (!SourceVersion.isIdentifier(request.prefix()) || SourceVersion.isKeyword(request.prefix())
        || !Character.isUpperCase(request.prefix().charAt(0))) {
      diagnostics.report(Message.BAD_PREFIX, annotation, request.prefix());
    } else if (!CatalogValidator.ascii(request.prefix())) {
      diagnostics.report(Message.NON_ASCII_PREFIX, annotation, request.prefix());
    }
    Names names = new Names(request.pkg().getQualifiedName().toString(), request.prefix());
    if (!new ReservedNames(env.getElementUtils()).check(names, diagnostics, annotation)) {
      return new Result(diagnostics, read);
    }

    for (Path dir : searchPath) {
      if (!dir.isAbsolute()) {
        diagnostics.report(Message.RELATIVE_SEARCH_PATH, annotation, dir, dir.toAbsolutePath());
      }
    }

    List<CatalogSource> sources = new ArrayList<>();
    byte[] defaultCatalog = null;
    if (request.defaultCatalog()) {
      CatalogSource source = CatalogLocator.defaultCatalog();
      sources.add(source);
      defaultCatalog = source.bytes();
    }
    CatalogLocator locator = new CatalogLocator(env.getFiler(), searchPath);
    for (String name : request.catalogs()) {
      if (name.isBlank()) {
        diagnostics.report(Message.BLANK_CATALOG_NAME, annotation, name);
        continue;
      }
      CatalogLocator.Result found = locator.find(name);
      if (found.source() != null) {
        sources.add(found.source());
        inputs.add(InputRecord.Catalog.of(name, found.source().bytes()));
        if (found.source().path() != null) {
          read.add(found.source().path());
        }
      } else if (found.workingDirectory() != null) {
        String resource = CatalogLocator.resourceName(name);
        String hint = resource != null
            ? "name it by its path under the resource directory, catalog = \"" + resource + "\""
            : "move it under src/main/resources and name it by its path there, or give its directory in the option "
                + EasemobErrorsProcessor.PATH_OPTION + " as an absolute path";
        diagnostics.report(Message.FILE_IN_WORKING_DIRECTORY, annotation, name, found.workingDirectory(), hint);
      } else if (found.tooLarge() != null) {
        Position file = Position.ofFile(new SourceFile(found.tooLarge().displayName(), sources.size()));
        if (found.tooLarge().bytes() >= 0) {
          diagnostics.report(Message.FILE_TOO_LARGE, file, found.tooLarge().bytes(), CatalogReader.MAX_BYTES);
        } else {
          diagnostics.report(Message.FILE_TOO_LARGE_STREAM, file, CatalogReader.MAX_BYTES);
        }
      } else if (found.failure() != null) {
        diagnostics.report(Message.FILE_UNREADABLE, annotation, name, found.failure().getMessage());
      } else {
        String looked = String.join("", found.looked().stream().map(l -> "\n  " + l).toList());
        String resource = CatalogLocator.resourceName(name);
        String near = found.near().isEmpty() ? ""
            : " (did you mean " + String.join(" or ", found.near().stream().map(n -> "catalog = \"" + n + "\"").toList()) + "?)";
        if (resource != null) {
          diagnostics.report(Message.FILE_NOT_FOUND_PATH, annotation, name, near, looked, resource);
        } else {
          diagnostics.report(Message.FILE_NOT_FOUND, annotation, name, near, looked);
        }
      }
    }

    timing.mark("locate");
    CatalogReader reader = new CatalogReader(diagnostics);
    List<CatalogFile> files = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      CatalogFile file = reader.read(sources.get(i), i);
      if (file != null) {
        files.add(file);
      }
    }
    timing.mark("read");
    // Files with errors still go on to be merged and checked, so that one build reports every
    // problem; nothing is generated when there was any error.
    if (files.isEmpty()) {
      if (sources.isEmpty() && !diagnostics.hasErrors()) {
        diagnostics.report(Message.MISSING_FIELD, annotation, "@EasemobErrors(defaultCatalog = false)", "catalog");
      }
      return new Result(diagnostics, read);
    }

    Catalog catalog = new CatalogMerger(diagnostics).merge(files);
    diagnostics.suppress(catalog.suppressed());
    timing.mark("merge");
    new CatalogValidator(diagnostics).validate(catalog, names, Position.ofFile(files.get(files.size() - 1).source()));
    Context.JsonLibrary json = jsonLibrary(request, diagnostics, annotation);
    Context.ExceptionClasses classes =
        "STATUS_ONLY".equals(request.exceptionClasses()) ? Context.ExceptionClasses.STATUS_ONLY : Context.ExceptionClasses.ALL;
    // Independent of the catalogue's other errors (it counts the complete entries only), so it is
    // reported with them rather than after they are fixed.
    SizeLimits.check(catalog, diagnostics, annotation);
    if (!diagnostics.hasErrors()) {
      List<String> generated = new ArrayList<>(Generator.topLevelNames(names, json));
      springTypes().forEach(type -> generated.add(names.prefix() + type));
      ReservedNames.existing(compiled, names, generated, diagnostics, annotation);
    }
    timing.mark("validate");
    if (diagnostics.hasErrors()) {
      return new Result(diagnostics, read);
    }
    Context ctx = new Context(catalog, names, generatedAnnotation(), json, classes);
    new Generator(ctx, springTypes()).write(env.getFiler(), request.annotated());
    timing.mark("generate");
    InputRecordWriter.write(
        env.getFiler(), env.getElementUtils(), request.pkg(), request.annotated(), searchPath, defaultCatalog, inputs, processorIdentity.get());
    timing.mark("record");
    timing.print();
    return new Result(diagnostics, read);
  }

  private Context.JsonLibrary jsonLibrary(CatalogRequest request, Diagnostics diagnostics, Position annotation) {
    boolean jackson = has("com.fasterxml.jackson.core.JsonFactory");
    boolean gson = has("com.google.gson.stream.JsonReader");
    switch (request.json()) {
      case "JACKSON":
        if (!jackson) {
          diagnostics.report(Message.JSON_LIBRARY_MISSING, annotation, "JACKSON", "com.fasterxml.jackson.core:jackson-core");
        }
        return Context.JsonLibrary.JACKSON;
      case "GSON":
        if (!gson) {
          diagnostics.report(Message.JSON_LIBRARY_MISSING, annotation, "GSON", "com.google.code.gson:gson");
        }
        return Context.JsonLibrary.GSON;
      case "NONE":
        return Context.JsonLibrary.NONE;
      default:
        if (jackson) {
          return Context.JsonLibrary.JACKSON;
        }
        if (gson) {
          return Context.JsonLibrary.GSON;
        }
        // Only AUTO that finds nothing: json = NONE says the user knows.
        diagnostics.report(Message.NO_JSON_LIBRARY, annotation);
        return Context.JsonLibrary.NONE;
    }
  }

  /** The Spring handlers the package gets: those whose Spring modules the compile has. */
  private List<String> springTypes() {
    return SpringSources.types(has(SpringSources.SPRING_WEB), has(SpringSources.SPRING_WEBFLUX));
  }

  /** {@code @Generated} of the user's source level, or null when neither exists. */
  private ClassName generatedAnnotation() {
    if (env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0 && has("javax.annotation.processing.Generated")) {
      return ClassName.get("javax.annotation.processing", "Generated");
    }
    if (has("javax.annotation.Generated")) {
      return ClassName.get("javax.annotation", "Generated");
    }
    return null;
  }

  /**
   * Whether the compile has a type, remembered for the round. Most types asked about are absent,
   * and asking javac for an absent type is slow (it resolves the name in every module and fails),
   * so the type's package is asked for first: a missing package answers at once.
   */
  private boolean has(String qualifiedName) {
    return present.computeIfAbsent(qualifiedName, name -> {
      Elements elements = env.getElementUtils();
      int dot = name.lastIndexOf('.');
      if (dot > 0 && elements.getAllPackageElements(name.substring(0, dot)).isEmpty()) {
        return false;
      }
      return elements.getTypeElement(name) != null;
    });
  }
}
