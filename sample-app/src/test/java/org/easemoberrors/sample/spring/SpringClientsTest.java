package org.easemoberrors.sample.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Function;
import org.easemoberrors.sample.client.EasemobClient;
import org.easemoberrors.sample.server.EmulatedEasemob;
import org.easemoberrors.sample.server.Fault;
import org.easemoberrors.sample.spring.errors.EasemobClientException.BadRequest;
import org.easemoberrors.sample.spring.errors.EasemobClientException.TooManyRequests;
import org.easemoberrors.sample.spring.errors.EasemobException;
import org.easemoberrors.sample.spring.errors.EasemobExchangeFilter;
import org.easemoberrors.sample.spring.errors.EasemobResponseErrorHandler;
import org.easemoberrors.sample.spring.errors.EasemobServerException.BadGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The generated Spring handlers through real Spring clients against the emulated Easemob server:
 * run by the default surefire execution on Spring 6.2 and by the spring-7 one on Spring 7.
 */
class SpringClientsTest {
  private static final String ORG = "easemob-demo";
  private static final String APP = "chatdemoui";
  private static final String BASE = "/" + ORG + "/" + APP;
  private static final String DUPLICATE = "[{\"username\":\"alice\",\"password\":\"pw\"}]";
  private static final String MESSAGE =
      "{\"target_type\":\"users\",\"target\":[\"alice\"],\"msg\":{\"type\":\"txt\",\"msg\":\"hi\"},\"from\":\"alice\"}";

  private EmulatedEasemob server;
  private EmulatedEasemob.App app;
  private String token;

  /** Each way of sending a request: method, path and JSON body (or null), giving the 2xx body. */
  enum Client {
    REST_CLIENT {
      @Override
      Function<String[], String> open(String base, String token) {
        RestClient client = RestClient.builder()
            .baseUrl(base)
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .defaultStatusHandler(new EasemobResponseErrorHandler())
            .build();
        return r -> r[2] == null
            ? client.method(org.springframework.http.HttpMethod.valueOf(r[0])).uri(r[1]).retrieve().body(String.class)
            : client.method(org.springframework.http.HttpMethod.valueOf(r[0])).uri(r[1])
                .contentType(MediaType.APPLICATION_JSON).body(r[2]).retrieve().body(String.class);
      }
    },
    REST_TEMPLATE {
      @Override
      Function<String[], String> open(String base, String token) {
        RestTemplate template = new RestTemplate();
        template.setErrorHandler(new EasemobResponseErrorHandler());
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return r -> template.exchange(base + r[1], org.springframework.http.HttpMethod.valueOf(r[0]),
            new org.springframework.http.HttpEntity<>(r[2], headers), String.class).getBody();
      }
    },
    WEB_CLIENT {
      @Override
      Function<String[], String> open(String base, String token) {
        WebClient client = WebClient.builder()
            .clientConnector(new JdkClientHttpConnector())
            .baseUrl(base)
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .filter(new EasemobExchangeFilter())
            .build();
        return r -> {
          WebClient.RequestBodySpec spec = client.method(org.springframework.http.HttpMethod.valueOf(r[0])).uri(r[1]);
          WebClient.RequestHeadersSpec<?> request = r[2] == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(r[2]);
          return request.retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10));
        };
      }
    };

    abstract Function<String[], String> open(String base, String token);
  }

  @BeforeEach
  void start() throws Exception {
    server = EmulatedEasemob.start();
    app = server.createApp(ORG, APP, "YXA6client", "YXA6secret").addUser("alice", "alice-pw");
    token = EasemobClient.builder(server.baseUri(), ORG, APP).credentials("YXA6client", "YXA6secret").build().appToken();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Function<String[], String> open(Client client) {
    return client.open(server.baseUri().toString().replaceAll("/$", "") + BASE, token);
  }

  @Test
  void theSpringLineIsTheOneThisExecutionIsFor() {
    assertEquals(System.getProperty("easemob.spring.version"), SpringVersion.getVersion());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void anErrorArrivesAsItsTypedExceptionWithItsValuesAndBody(Client client) {
    Function<String[], String> send = open(client);
    BadRequest.DuplicateUsername e =
        assertThrows(BadRequest.DuplicateUsername.class, () -> send.apply(new String[] {"POST", "/users", DUPLICATE}));
    assertEquals("alice", e.value());
    assertEquals(app.uuid(), e.application());
    assertEquals(400, e.status());
    assertTrue(e.body().contains("\"duplicate_unique_property_exists\""), e.body());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aSuccessPassesThroughUntouched(Client client) {
    String body = open(client).apply(new String[] {"GET", "/users/alice", null});
    assertTrue(body.contains("\"username\":\"alice\"") || body.contains("\"username\" : \"alice\""), body);
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aBadGatewayPageGivesTheStatusException(Client client) {
    server.inject("GET", BASE + "/users/alice", Fault.badGateway());
    BadGateway e = assertThrows(BadGateway.class, () -> open(client).apply(new String[] {"GET", "/users/alice", null}));
    assertNull(e.entry());
    assertTrue(e.body().contains("502 Bad Gateway"), e.body());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aRateLimitArrivesAsTooManyRequests(Client client) {
    app.messageRateLimit(1);
    Function<String[], String> send = open(client);
    send.apply(new String[] {"POST", "/messages", MESSAGE});
    TooManyRequests e = assertThrows(TooManyRequests.class, () -> send.apply(new String[] {"POST", "/messages", MESSAGE}));
    assertEquals("reach_limit", e.errorCode());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void theRetryAfterHeaderReachesTheException(Client client) {
    app.messageRateLimit(1);
    Function<String[], String> send = open(client);
    send.apply(new String[] {"POST", "/messages", MESSAGE});
    EasemobException e = assertThrows(EasemobException.class, () -> send.apply(new String[] {"POST", "/messages", MESSAGE}));
    assertEquals(Duration.ofSeconds(1), e.retryAfter());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aBodyIsReadInTheCharsetItsContentTypeNames(Client client) {
    String body = "{\"error\":\"duplicate_unique_property_exists\",\"error_description\":\"Application " + app.uuid()
        + "Entity user requires that property named username be unique, value of \u5f20\u4e09 exists\"}";
    server.inject("POST", BASE + "/users", Fault.of(400, "application/json;charset=GBK", body));
    BadRequest.DuplicateUsername e =
        assertThrows(BadRequest.DuplicateUsername.class, () -> open(client).apply(new String[] {"POST", "/users", DUPLICATE}));
    assertEquals("\u5f20\u4e09", e.value());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aBodyBeyondWebClientsBufferStillGivesTheStatusException(Client client) {
    // Every client alike: the RestClient and RestTemplate handler reads no more than WebClient's
    // codecs buffer, rather than the whole of a body of any size.
    String body = "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\",\"x\":\""
        + "x".repeat(300_000) + "\"}";
    server.inject("GET", BASE + "/users/alice", Fault.of(400, "application/json", body));
    BadRequest e = assertThrows(BadRequest.class, () -> open(client).apply(new String[] {"GET", "/users/alice", null}));
    assertEquals(BadRequest.class, e.getClass(), "the status's own exception, not an entry's");
    assertNull(e.entry());
  }

  @ParameterizedTest
  @EnumSource(Client.class)
  void aBodyJustWithinTheBufferIsMatched(Client client) {
    String head = "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\",\"x\":\"";
    String body = head + "x".repeat(200_000) + "\"}";
    server.inject("GET", BASE + "/users/alice", Fault.of(400, "application/json", body));
    assertThrows(BadRequest.InvalidCredentials.class, () -> open(client).apply(new String[] {"GET", "/users/alice", null}));
  }
}
