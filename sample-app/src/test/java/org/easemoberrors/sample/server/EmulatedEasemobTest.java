package org.easemoberrors.sample.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's answers, read raw: the documented shape, and the entry each one matches. */
class EmulatedEasemobTest {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private EmulatedEasemob server;
  private String token;
  private EmulatedEasemob.App app;

  @BeforeEach
  void start() throws Exception {
    server = EmulatedEasemob.start();
    app = server.createApp("org", "app", "id", "secret").addUser("alice", "pw").createGroup("g1");
    token = json.readTree(send("POST", "/org/app/token", null,
        "{\"grant_type\":\"client_credentials\",\"client_id\":\"id\",\"client_secret\":\"secret\"}").body())
        .path("access_token").asText();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String auth, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      request.header("Authorization", "Bearer " + auth);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String entry(String method, String path, String auth, String body) throws Exception {
    HttpResponse<String> response = send(method, path, auth, body);
    EasemobErrorMatch match = EasemobErrorMatcher.match(response.statusCode(), response.body());
    return response.statusCode() + " " + match.entryId();
  }

  @Test
  void errorBodiesHaveTheDocumentedShape() throws Exception {
    HttpResponse<String> response = send("POST", "/org/app/users", token, "{\"password\":\"pw\"}");

    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertEquals(Arrays.asList("error", "exception", "timestamp", "duration", "error_description"), fields);
    assertEquals("illegal_argument", body.path("error").asText());
    assertEquals("Entity user requires a property named username", body.path("error_description").asText());
  }

  @Test
  void eachCheckAnswersWithItsCatalogueEntry() throws Exception {
    String big = "{\"username\":\"x\",\"password\":\"" + new String(new char[6000]).replace('\0', 'p') + "\"}";
    String corrupt = "abc";
    String foreign = "YWMt" + new String(new char[64]).replace('\0', 'A');

    assertEquals("400 invalid-credentials", entry("POST", "/org/app/token", null,
        "{\"grant_type\":\"password\",\"username\":\"alice\",\"password\":\"no\"}"));
    assertEquals("400 application-not-found", entry("GET", "/org/nope/users/alice", token, null));
    assertEquals("400 username-missing", entry("POST", "/org/app/users", token, "{\"username\":\" \",\"password\":\"pw\"}"));
    assertEquals("400 password-missing", entry("POST", "/org/app/users", token, "[{\"username\":\"bob\"}]"));
    assertEquals("400 malformed-json", entry("POST", "/org/app/users", token, "{\"username\"=\"bob\"}"));
    assertEquals("400 duplicate-username", entry("POST", "/org/app/users", token,
        "[{\"username\":\"bob\",\"password\":\"pw\"},{\"username\":\"bob\",\"password\":\"pw\"}]"));
    assertEquals("400 new-password-missing", entry("PUT", "/org/app/users/alice/password", token, "{}"));
    assertEquals("400 group-member-not-found", entry("POST", "/org/app/chatgroups/g1/users", token,
        "{\"usernames\":[\"alice\",\"zed\"]}"));
    assertEquals("401 registration-closed", entry("POST", "/org/app/users", null, "{\"username\":\"bob\",\"password\":\"pw\"}"));
    assertEquals("401 corrupt-token", entry("GET", "/org/app/users/alice", corrupt, null));
    assertEquals("401 unrecognized-token", entry("GET", "/org/app/users/alice", foreign, null));
    assertEquals("404 resource-not-found", entry("GET", "/org/app/users/nobody", token, null));
    assertEquals("413 request-entity-too-large", entry("POST", "/org/nope/users", token, big));
    assertEquals("500 not-full-text-indexed", entry("GET", "/org/app/users?ql=where%20nickname%20contains%20%27a%27", token, null));
    assertEquals("500 unsupported-service-operation", entry("PUT", "/org/app/messages", token, "{}"));
    assertEquals("500 unknown-api", entry("GET", "/org/app/nothing/here", token, null));
    // Nothing was created by the refused calls.
    assertEquals(1, app.userCount());
    assertTrue(app.members("g1").isEmpty());
    assertEquals("pw", app.password("alice"));
  }
}
