/** The default catalogue and one entry of the app's own. */
@EasemobErrors(catalog = "yamlapp-errors.yaml")
package com.example.yamlapp.errors;

import org.easemoberrors.EasemobErrors;
