package org.easemoberrors.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which processor generated a package's code: a hash of the processor jar's content, written to
 * the {@link InputRecord} by the processor and computed again by the Maven plugin for the jar on
 * the compiler's processor path. Every generator, engine source and default catalogue is in that
 * jar (shaded), so any change that could change the generated code changes the identity.
 *
 * <p>The hash is the SHA-256 of the jar's file entries in name order, each as its name, a zero
 * byte, its length (eight bytes, big-endian) and its CRC-32 (four bytes), both as the jar's central
 * directory records them. Nothing is inflated, so a compile pays for reading the directory only,
 * not for hashing the whole jar. A CRC-32 is no defence against a jar made to look unchanged, but
 * this identity only tells the build whether to generate again: an accidental change of content
 * that keeps every entry's length and CRC-32 is not a case to plan for. The jar's own bytes would
 * not do: a jar built again from the same sources differs in its entries' timestamps, and the
 * build would then recompile every time. Directory entries, {@code META-INF/MANIFEST.MF} and
 * {@code META-INF/maven/} (the build's metadata, not what the processor runs) are left out.
 */
public final class ProcessorIdentity {

  /** The processor's class file: the plugin takes the first processor path entry that has it. */
  public static final String PROCESSOR_CLASS = "org/easemoberrors/processor/EasemobErrorsProcessor.class";

  private ProcessorIdentity() {}

  /** The identity of the processor in this jar. */
  public static String ofJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> names = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && !skipped(entry.getName())) {
          names.add(entry.getName());
        }
      }
      names.sort(null);
      MessageDigest digest = sha256();
      byte[] buffer = null;
      for (String name : names) {
        ZipEntry entry = zip.getEntry(name);
        long size = entry.getSize();
        long crc = entry.getCrc();
        if (size < 0 || crc < 0) {
          // Not in the directory (no jar tool writes that): read the entry to learn both.
          buffer = buffer == null ? new byte[8192] : buffer;
          CRC32 check = new CRC32();
          size = 0;
          try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              check.update(buffer, 0, n);
              size += n;
            }
          }
          crc = check.getValue();
        }
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        for (int shift = 56; shift >= 0; shift -= 8) {
          digest.update((byte) (size >>> shift));
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
          digest.update((byte) (crc >>> shift));
        }
      }
      return InputRecord.hex(digest.digest());
    }
  }

  /**
   * The identity of the jar a class was loaded from, or null when it was loaded from a directory
   * (a build's classes, in tests) or from a place that cannot be told or read: such a processor
   * writes no identity, and its code is then not compared by processor.
   */
  public static String ofClass(Class<?> type) {
    Path jar = jarOf(type);
    if (jar == null) {
      return null;
    }
    try {
      return ofJar(jar);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The jar a class was loaded from, or null when it is no jar on the file system. */
  static Path jarOf(Class<?> type) {
    URL location = null;
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      location = source == null ? null : source.getLocation();
    } catch (SecurityException e) {
      // Asked below by the class file's own URL.
    }
    if (location == null) {
      URL self = type.getResource(type.getSimpleName() + ".class");
      if (self != null && "jar".equals(self.getProtocol())) {
        String spec = self.toString().substring("jar:".length());
        int bang = spec.indexOf("!/");
        if (bang >= 0) {
          try {
            location = new URI(spec.substring(0, bang)).toURL();
          } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return null;
          }
        }
      }
    }
    if (location == null || !"file".equals(location.getProtocol())) {
      return null;
    }
    try {
      Path path = Path.of(location.toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static boolean skipped(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/MAVEN/");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
