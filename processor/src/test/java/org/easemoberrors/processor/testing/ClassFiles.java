package org.easemoberrors.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * What the JVM limits in the class files of a compilation: the size of each method's code and of
 * each class's constant pool, read from the class file format (JVMS chapter 4).
 */
public final class ClassFiles {
  /** One class file: the entries of its constant pool and the code length of each method. */
  public record Sizes(int constants, Map<String, Integer> code) {
    public int maxCode() {
      return code.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  private ClassFiles() {}

  /** The sizes of every class the compilation wrote, by binary name ({@code com/example/A$B}). */
  public static Map<String, Sizes> of(Compilation compilation) {
    Map<String, Sizes> out = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        try (InputStream in = file.openInputStream()) {
          Sizes sizes = read(new DataInputStream(in));
          String name = file.toUri().getPath();
          out.put(name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), name.length() - ".class".length()), sizes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  static Sizes read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipBytes(6);
    in.skipBytes(2 * in.readUnsignedShort());
    skipMembers(in, utf8, null);
    Map<String, Integer> code = new LinkedHashMap<>();
    skipMembers(in, utf8, code);
    return new Sizes(count - 1, code);
  }

  private static void skipMembers(DataInputStream in, String[] utf8, Map<String, Integer> code) throws IOException {
    int members = in.readUnsignedShort();
    for (int m = 0; m < members; m++) {
      in.skipBytes(2);
      String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (code != null && attribute.equals("Code")) {
          in.skipBytes(4);
          int codeLength = in.readInt();
          code.put(name, codeLength);
          in.skipBytes(length - 8);
        } else {
          in.skipBytes(length);
        }
      }
    }
  }
}
