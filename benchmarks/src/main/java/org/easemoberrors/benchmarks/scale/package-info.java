/**
 * The default catalogue with 10,000 generated entries merged over it (see {@code ScaleCatalog}):
 * the same lookups as against the default, in a catalogue five hundred times its size.
 */
@EasemobErrors(catalog = "scale-catalogue.yaml", exceptionClasses = EasemobErrors.ExceptionClasses.STATUS_ONLY)
package org.easemoberrors.benchmarks.scale;

import org.easemoberrors.EasemobErrors;
