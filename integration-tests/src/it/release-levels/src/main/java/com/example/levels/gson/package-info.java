/** The generated code with json = GSON. */
@EasemobErrors(catalog = "levels-errors.yaml", json = EasemobErrors.Json.GSON)
package com.example.levels.gson;

import org.easemoberrors.EasemobErrors;
