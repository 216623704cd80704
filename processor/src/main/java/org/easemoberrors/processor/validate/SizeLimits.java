package org.easemoberrors.processor.validate;

import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.CodeSize;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.Entry;

/**
 * Refuses a catalogue whose generated code would outgrow what a class file can hold, by the
 * estimates of {@link CodeSize}, so that javac never fails with "code too large": an entry with too
 * many strings for one method at its position, too many entries for one enum on the annotation.
 */
public final class SizeLimits {
  private SizeLimits() {}

  public static void check(Catalog catalog, Diagnostics diagnostics, Position annotation) {
    int maxElements = CodeSize.maxElements();
    for (Entry e : catalog.entries()) {
      int elements = CodeSize.elements(e);
      if (elements > maxElements) {
        diagnostics.report(Message.ENTRY_TOO_LARGE, e.position(), e.id(), elements, maxElements);
      }
    }
    int entries = catalog.entries().size();
    if (entries > CodeSize.maxEntries()) {
      diagnostics.report(Message.TOO_MANY_ENTRIES, annotation, entries, CodeSize.maxEntries(), CodeSize.CONSTANT_BYTES);
    }
  }
}
