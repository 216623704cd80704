package org.easemoberrors.sample.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.easemoberrors.sample.client.EasemobClient;
import org.easemoberrors.sample.errors.EasemobClientException.BadRequest;
import org.easemoberrors.sample.errors.EasemobError;
import org.junit.jupiter.api.Test;

/** The README's example of testing a client against an entry's example response, as it stands there. */
class MockWebServerExampleTest {

  @Test
  void aDuplicateUsernameFromAMockServerArrivesTyped() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse()
          .setResponseCode(400)
          .setHeader("Content-Type", "application/json")
          .setBody(EasemobError.DUPLICATE_USERNAME.exampleBody(Map.of("value", "alice"))));

      EasemobClient client = EasemobClient.builder(server.url("/").uri(), "easemob-demo", "chatdemoui")
          .token("YWMtexample").build();
      BadRequest.DuplicateUsername e =
          assertThrows(BadRequest.DuplicateUsername.class, () -> client.registerUser("alice", "secret"));
      assertEquals("alice", e.value());
      assertEquals("chatdemoui", e.application());
    }
  }
}
