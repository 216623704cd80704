package org.easemoberrors.sample.server;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the infrastructure in front of the emulated server does to one request instead of, or
 * after, handling it: a gateway timeout, an overloaded service, a stalled answer.
 */
public final class Fault {
  /** Whether the request reached the application before the fault answered. */
  public enum When {
    /** The request was refused before it did anything. */
    BEFORE_PROCESSING,
    /** The application did the work, then the gateway lost the answer. */
    AFTER_PROCESSING
  }

  final int status;
  final String contentType;
  final String body;
  final Map<String, String> headers;
  final When when;
  final Duration stall;

  private Fault(int status, String contentType, String body, Map<String, String> headers, When when, Duration stall) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.when = when;
    this.stall = stall;
  }

  /** Any answer: status, body and its content type. */
  public static Fault of(int status, String contentType, String body) {
    return new Fault(status, contentType, body, Collections.emptyMap(), When.BEFORE_PROCESSING, Duration.ZERO);
  }

  /** nginx's 502 page. */
  public static Fault badGateway() {
    return of(502, "text/html", nginxPage("502 Bad Gateway"));
  }

  /** nginx's 503 page, without Retry-After. */
  public static Fault serviceUnavailable() {
    return of(503, "text/html", nginxPage("503 Service Temporarily Unavailable"));
  }

  /** nginx's 504 page. */
  public static Fault gatewayTimeout() {
    return of(504, "text/html", nginxPage("504 Gateway Time-out"));
  }

  /** No answer for {@code stall}, then the normal one, late: the work is done, but a client with a shorter timeout has given up. */
  public static Fault stall(Duration stall) {
    return new Fault(0, null, null, Collections.emptyMap(), When.BEFORE_PROCESSING, stall);
  }

  /** The same fault with one more response header, such as Retry-After. */
  public Fault withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Fault(status, contentType, body, more, when, stall);
  }

  /** The same fault, answered only after the application has done the work. */
  public Fault afterProcessing() {
    return new Fault(status, contentType, body, headers, When.AFTER_PROCESSING, stall);
  }

  boolean isStall() {
    return status == 0;
  }

  private static String nginxPage(String title) {
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  }

  @Override
  public String toString() {
    return isStall() ? "stall " + stall.toMillis() + " ms" : status + (when == When.AFTER_PROCESSING ? " after processing" : "");
  }
}
