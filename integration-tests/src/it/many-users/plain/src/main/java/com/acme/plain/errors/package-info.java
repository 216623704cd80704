/** The default catalogue only. */
@EasemobErrors
package com.acme.plain.errors;

import org.easemoberrors.EasemobErrors;
