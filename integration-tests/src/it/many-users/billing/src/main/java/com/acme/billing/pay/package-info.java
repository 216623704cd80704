/** Payment errors: the default catalogue with billing's additions and overrides. */
@EasemobErrors(catalog = "billing/pay-errors.yaml", prefix = "Pay")
package com.acme.billing.pay;

import org.easemoberrors.EasemobErrors;
