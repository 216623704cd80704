/** Errors of the regenerate project: the default catalogue and regen-errors.yaml. */
@EasemobErrors(catalog = "regen-errors.yaml")
package com.example.regen.errors;

import org.easemoberrors.EasemobErrors;
