package org.easemoberrors.processor.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a file stops being UTF-8. */
final class Utf8 {

  /** Where decoding failed: 1-based line and column, and the offending byte. */
  record Failure(int line, int column, int badByte) {}

  /** The decoded text, or the failure. */
  record Decoded(String text, Failure failure) {}

  private Utf8() {}

  static Decoded decode(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3; // a byte order mark: harmless, skipped
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      return new Decoded(null, locate(bytes, start, bad));
    }
    out.flip();
    return new Decoded(out.toString(), null);
  }

  private static Failure locate(byte[] bytes, int start, int bad) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters: decode the good part of the line to count them.
    int column = 1;
    try {
      column =
          StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart))
                  .length()
              + 1;
    } catch (CharacterCodingException e) {
      column = bad - lineStart + 1;
    }
    return new Failure(line, column, bytes[bad] & 0xFF);
  }
}
