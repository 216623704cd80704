/**
 * The default catalogue with 2,500 generated entries merged over it (see {@code ScaleCatalog}):
 * the same lookups as against the default, in a catalogue nearly twenty times its size, near the most one enum can hold.
 */
@EasemobErrors(catalog = "scale-catalogue.yaml", exceptionClasses = EasemobErrors.ExceptionClasses.STATUS_ONLY)
package org.easemoberrors.benchmarks.scale;

import org.easemoberrors.EasemobErrors;
