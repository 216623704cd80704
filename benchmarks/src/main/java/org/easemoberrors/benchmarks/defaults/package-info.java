/** The default catalogue, generated as a user's project gets it: the baseline of the benchmarks. */
@EasemobErrors
package org.easemoberrors.benchmarks.defaults;

import org.easemoberrors.EasemobErrors;
