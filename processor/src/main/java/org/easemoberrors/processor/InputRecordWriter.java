package org.easemoberrors.processor;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.easemoberrors.inputs.InputRecord;

/**
 * Writes the {@link InputRecord} of one package through the Filer: {@value InputRecord#FILE_NAME}
 * in the package's directory of {@code SOURCE_OUTPUT}, so never in the user's jar. The format is
 * {@link InputRecord}'s, the one the Maven plugin reads.
 */
final class InputRecordWriter {

  private InputRecordWriter() {}

  /**
   * Writes the record.
   *
   * @param defaultCatalog the bytes of the default catalogue, or null when the annotation has
   *     {@code defaultCatalog = false}
   * @param inputs the catalogue files read, in order
   * @param processor the processor's {@link org.easemoberrors.inputs.ProcessorIdentity}, or null
   *     when it runs from no jar it can tell
   */
  static void write(
      Filer filer,
      Elements elements,
      PackageElement pkg,
      Element annotated,
      List<Path> searchPath,
      byte[] defaultCatalog,
      List<InputRecord.Catalog> inputs,
      String processor)
      throws IOException {
    FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, pkg.getQualifiedName(), InputRecord.FILE_NAME, annotated);
    Path dir = directoryOf(file);
    List<String> search = new ArrayList<>();
    for (Path entry : searchPath) {
      search.add(InputRecord.relative(dir, entry));
    }
    InputRecord.Catalog defaults = defaultCatalog == null ? null : InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, defaultCatalog);
    InputRecord record = new InputRecord(classFile(annotated, elements), search, defaults, inputs, processor);
    try (Writer w = file.openWriter()) {
      w.write(record.text());
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
}
