package org.easemoberrors.spring;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Turns every Easemob error response (a 4xx or 5xx status) of a {@code WebClient} into the typed
 * exception the matcher finds for it, as an error of the response's {@code Mono}: for
 * {@code WebClient.builder().filter(new EasemobExchangeFilter())}. Other statuses pass through
 * untouched. Stateless, so one instance may serve every client.
 */
public final class EasemobExchangeFilter implements ExchangeFilterFunction {
  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(EasemobExchangeFilter::check);
  }

  private static Mono<ClientResponse> check(ClientResponse response) {
    if (!response.statusCode().isError()) {
      return Mono.just(response);
    }
    final int status = response.statusCode().value();
    final String retryAfter = response.headers().asHttpHeaders().getFirst("Retry-After");
    // A body beyond the codecs' buffer limit (256 KB unless configured), such as a proxy's error
    // page, still gives the status's exception, without the body.
    return response.bodyToMono(String.class)
        .onErrorResume(DataBufferLimitException.class, e -> Mono.just(""))
        .defaultIfEmpty("")
        .flatMap(body -> Mono.<ClientResponse>error(EasemobResponseErrorHandler.exception(status, body, retryAfter)));
  }
}
