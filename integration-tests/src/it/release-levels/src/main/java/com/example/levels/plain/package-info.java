/** The generated code with json = NONE. */
@EasemobErrors(catalog = "levels-errors.yaml", json = EasemobErrors.Json.NONE)
package com.example.levels.plain;

import org.easemoberrors.EasemobErrors;
