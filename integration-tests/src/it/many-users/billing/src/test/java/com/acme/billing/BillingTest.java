package com.acme.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.acme.billing.partner.PartnerErrorMatcher;
import com.acme.billing.partner.PartnerServerException.ServiceUnavailable;
import com.acme.billing.pay.PayClientException.BadRequest;
import com.acme.billing.pay.PayClientException.PaymentRequired;
import com.acme.billing.pay.PayAction;
import com.acme.billing.pay.PayErrorMatch;
import com.acme.billing.pay.PayErrorMatcher;
import com.acme.billing.pay.PayException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BillingTest {

  @Test
  void addedStatusAndEntry() {
    PayException e = PayErrorMatcher.from(402, "{\"error\":\"acme_order_unpaid\",\"error_description\":\"order 42 is unpaid\"}");
    PaymentRequired.OrderUnpaid unpaid = assertInstanceOf(PaymentRequired.OrderUnpaid.class, e);
    assertInstanceOf(PaymentRequired.class, unpaid);
    assertEquals("42", unpaid.order());
    assertEquals("The order 42 is not paid.", unpaid.explanation(Locale.ENGLISH));
    assertInstanceOf(BadRequest.CardExpired.class, PayErrorMatcher.fromFields(400, "acme_card_expired", "anything"));
  }

  @Test
  void overriddenDefaultEntry() {
    PayErrorMatch m = PayErrorMatcher.matchFields(400, "duplicate_unique_property_exists",
        "Application appEntity user requires that property named username be unique, value of bob exists");
    assertEquals("duplicate-username", m.entryId());
    assertEquals(PayAction.ALERT, m.action());
    assertEquals("An account named bob exists already; pick another name.", m.explanation(Locale.ENGLISH));
    assertEquals("账户bob已存在", m.explanation(Locale.SIMPLIFIED_CHINESE));
    assertInstanceOf(BadRequest.DuplicateUsername.class, m.toException());
  }

  @Test
  void catalogueFromAnotherModule() {
    assertInstanceOf(ServiceUnavailable.PartnerOffline.class, PartnerErrorMatcher.from(503, "{\"error\":\"acme_partner_offline\"}"));
    assertEquals("The partner service is offline.", PartnerErrorMatcher.matchFields(503, "acme_partner_offline", null).explanation(Locale.ENGLISH));
  }
}
