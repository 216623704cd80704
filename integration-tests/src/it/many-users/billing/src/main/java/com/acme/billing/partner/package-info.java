/** Errors of the partner gateway, from the partner-catalog module's catalogue. */
@EasemobErrors(catalog = "com/acme/partner/partner-errors.yaml", prefix = "Partner")
package com.acme.billing.partner;

import org.easemoberrors.EasemobErrors;
