/** The generated code with json = JACKSON. */
@EasemobErrors(catalog = "levels-errors.yaml", json = EasemobErrors.Json.JACKSON)
package com.example.levels.jackson;

import org.easemoberrors.EasemobErrors;
