/** Error types for the tests only, from regen-test-errors.yaml. */
@EasemobErrors(catalog = "regen-test-errors.yaml", prefix = "Probe")
package com.example.regen.probe;

import org.easemoberrors.EasemobErrors;
