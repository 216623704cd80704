package org.easemoberrors.spring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Turns every Easemob error response (a 4xx or 5xx status) into the typed exception the matcher
 * finds for it, with the status, the body and the values of its description. For
 * {@code RestClient.builder().defaultStatusHandler(new EasemobResponseErrorHandler())} and
 * {@code restTemplate.setErrorHandler(new EasemobResponseErrorHandler())}; other statuses pass
 * through untouched. Stateless, so one instance may serve every client.
 */
public final class EasemobResponseErrorHandler implements ResponseErrorHandler {
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    throw exception(response.getStatusCode().value(), read(response.getBody(), charset(response)),
        response.getHeaders().getFirst("Retry-After"));
  }

  /**
   * The exception of an error response: the one place where the Spring handlers of this package
   * turn a response into an exception.
   *
   * @param retryAfter the response's {@code Retry-After} header, or null
   */
  static EasemobException exception(int status, String body, String retryAfter) {
    return EasemobErrorMatcher.from(status, body, retryAfter);
  }

  /**
   * The charset the response's {@code Content-Type} names, else UTF-8, the encoding of JSON (also
   * for a header Spring cannot parse), as the WebClient filter decodes it.
   */
  private static Charset charset(ClientHttpResponse response) {
    try {
      MediaType type = response.getHeaders().getContentType();
      Charset charset = type == null ? null : type.getCharset();
      return charset != null ? charset : StandardCharsets.UTF_8;
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * The most of an error body that is read: 256 KB, the buffer limit of WebClient's codecs unless
   * configured, so that both handlers treat a body the same way. A longer body (a proxy's error
   * page, or a hostile server) is not kept in memory: the response gives its status's exception,
   * as it does through {@code EasemobExchangeFilter}.
   */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private static String read(InputStream in, Charset charset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) != -1; ) {
      if (out.size() + n > MAX_BODY_BYTES) {
        return "";
      }
      out.write(buffer, 0, n);
    }
    return new String(out.toByteArray(), charset);
  }
}
