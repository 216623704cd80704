/** Errors of the default-catalogue project: the default catalogue only. */
@EasemobErrors
package com.example.defaults.errors;

import org.easemoberrors.EasemobErrors;
