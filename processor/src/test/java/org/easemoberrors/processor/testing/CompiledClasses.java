package org.easemoberrors.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A class loader over the class files and resources of an in-memory compilation, so that tests can
 * run the code the processor generated.
 */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> files = new HashMap<>();

  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/");
      if (at < 0) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(path.substring(at + "/CLASS_OUTPUT/".length()), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = files.get(name.replace('.', '/') + ".class");
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = files.get(name);
    return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
  }

  @Override
  protected java.net.URL findResource(String name) {
    return null;
  }

  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
