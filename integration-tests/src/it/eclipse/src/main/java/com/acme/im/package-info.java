/** Easemob errors of the Acme app server, generated from the default catalogue and acme-errors.yaml. */
@EasemobErrors(catalog = "acme-errors.yaml")
package com.acme.im;

import org.easemoberrors.EasemobErrors;
