/**
 * The Easemob error types of the sample app, generated from the default catalogue: {@code
 * EasemobErrorMatcher}, {@code EasemobException} and its subclasses, and the message files.
 */
@EasemobErrors
package org.easemoberrors.sample.errors;

import org.easemoberrors.EasemobErrors;
