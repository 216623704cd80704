package org.easemoberrors.processor;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.easemoberrors.processor.read.CatalogLocator;

/**
 * Writes down which catalogue files the processor read for one package, so that a build tool can
 * tell when the generated code is out of date.
 *
 * <p>javac knows nothing of the catalogues: Maven's compiler plugin sees no changed source after
 * an edit of a YAML file, and would not run the processor again. The record, a small text file
 * beside the generated sources ({@value #FILE_NAME} in the package's directory of {@code
 * SOURCE_OUTPUT}, so never in the user's jar), lists the SHA-256 of every catalogue file read, by
 * the name it was looked up under, and the class file whose absence makes the compiler recompile.
 * {@code easemob-errors-maven-plugin} looks the names up again before the next compile and deletes
 * that class file when one now reads differently. Paths are relative to the record where possible
 * and the lines are in the order the files were read, so two builds write the same bytes.
 *
 * <p>Format, one entry a line, fields separated by a tab:
 *
 * <pre>
 * version  1
 * class    the class file to delete, relative to the class output
 * search   a directory of the option easemob.errors.path (one line each, in order)
 * default  sha-256 (hex)  the default catalogue's resource name (only when it was used)
 * catalog  sha-256 (hex)  the name looked up
 * </pre>
 *
 * <p>The default catalogue is part of the processor's jar, so its line names the resource the
 * processor loads from its own class path ({@value CatalogLocator#DEFAULT_RESOURCE}) rather than a
 * file of the user's: the plugin finds it again on the compiler's processor path, so that a new
 * processor version, or an edit of the default catalogue in this repository's own build, also
 * recompiles. It has a key of its own, not {@code catalog}: an older plugin skips keys it does not
 * know, where a {@code catalog} line would have it look the resource up among the user's files,
 * miss it, and recompile on every build. No processor version is written: the hash alone decides whether
 * the code is out of date, and the shaded jar carries no version it could read at run time.
 */
final class InputRecord {

  /** The record's file name, in the annotated package's directory of the source output. */
  static final String FILE_NAME = "easemob-errors.inputs";

  /** One catalogue file read: the name it was looked up under and its bytes. */
  record Input(String name, byte[] bytes) {}

  private InputRecord() {}

  /**
   * Writes the record.
   *
   * @param defaultCatalog the bytes of the default catalogue, or null when the annotation has
   *     {@code defaultCatalog = false}
   */
  static void write(
      Filer filer,
      Elements elements,
      PackageElement pkg,
      Element annotated,
      List<Path> searchPath,
      byte[] defaultCatalog,
      List<Input> inputs)
      throws IOException {
    FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, pkg.getQualifiedName(), FILE_NAME, annotated);
    Path dir = directoryOf(file);
    StringBuilder out = new StringBuilder();
    out.append("# The catalogue files easemob-errors read for package ").append(pkg.getQualifiedName()).append(".\n");
    out.append("# easemob-errors-maven-plugin looks them up again before a compile and, when one changed,\n");
    out.append("# deletes the class file named below so that the compiler runs the processor again.\n");
    out.append("version\t1\n");
    out.append("class\t").append(classFile(annotated, elements)).append('\n');
    for (Path dir1 : searchPath) {
      out.append("search\t").append(relative(dir, dir1)).append('\n');
    }
    if (defaultCatalog != null) {
      out.append("default\t").append(sha256(defaultCatalog)).append('\t').append(CatalogLocator.DEFAULT_RESOURCE).append('\n');
    }
    for (Input input : inputs) {
      String name = input.name().startsWith("/") ? input.name().substring(1) : input.name();
      out.append("catalog\t").append(sha256(input.bytes())).append('\t').append(name).append('\n');
    }
    try (Writer w = file.openWriter()) {
      w.write(out.toString());
    }
  }

  /**
   * The class file javac writes for the source file that holds the annotation: {@code
   * package-info.class} for a package, else the top-level type's. Maven's compiler plugin
   * recompiles a module when a source file's class file is missing.
   */
  static String classFile(Element annotated, Elements elements) {
    if (annotated instanceof PackageElement pkg) {
      String name = pkg.getQualifiedName().toString();
      return (name.isEmpty() ? "" : name.replace('.', '/') + "/") + "package-info.class";
    }
    Element top = annotated;
    while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)) {
      top = top.getEnclosingElement();
    }
    String binary = top instanceof TypeElement type ? elements.getBinaryName(type).toString() : top.getSimpleName().toString();
    return binary.replace('.', '/') + ".class";
  }

  private static Path directoryOf(FileObject file) {
    try {
      URI uri = file.toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).toAbsolutePath().normalize().getParent() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code target} relative to {@code base} with forward slashes, or absolute when it cannot be. */
  static String relative(Path base, Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (base != null) {
      try {
        String relative = base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
        return relative.isEmpty() ? "." : relative;
      } catch (IllegalArgumentException e) {
        // Another root (a different drive): keep the absolute path.
      }
    }
    return absolute.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
