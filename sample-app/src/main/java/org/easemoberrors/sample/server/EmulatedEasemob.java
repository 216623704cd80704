package org.easemoberrors.sample.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An emulated Easemob IM REST server on loopback, for the demo and the tests: a handful of real
 * endpoints with the checks that produce the documented error responses, in their real shape.
 *
 * <p>Endpoints, under {@code /{org}/{app}}: {@code POST /token} (grant types client_credentials
 * and password), {@code POST /users} (one user or a batch), {@code GET /users?ql=...}, {@code GET
 * /users/{username}}, {@code PUT /users/{username}/password}, {@code POST
 * /chatgroups/{id}/users}, {@code POST /messages} (rate limited when asked to be).
 *
 * <p>Checks, in the order a real deployment meets them: a body over 5 kb (413, at the gateway), an
 * unknown org or app (400), an unknown API (500) or a method the API does not support (500), the
 * token (401: missing, corrupt, not issued here, expired; or registration closed), the rate limit
 * (429 with Retry-After, in seconds or as an HTTP date), malformed JSON (400), then each API's own
 * checks (missing username or password, duplicate user, wrong password, missing newpassword,
 * unknown group member, unknown user, full-text query on username). State (users, groups,
 * messages, tokens with their expiry) lives in memory. Faults of the infrastructure in front (502,
 * 503, 504, a stalled answer) are injected per request with {@link #inject}.
 */
public final class EmulatedEasemob implements AutoCloseable {
  /** The largest body the gateway lets through: 5 kb. */
  public static final int MAX_BODY_BYTES = 5 * 1024;

  /** The {@code exception} field of the documented error bodies. */
  private static final String EXCEPTION = "org.apache.usergrid.rest.exceptions.IllegalArgumentException";

  private static final String JSON_TYPE = "application/json;charset=UTF-8";
  private static final Pattern TOKEN = Pattern.compile("YWMt[A-Za-z0-9_-]{64}");
  private static final Pattern CONTAINS = Pattern.compile("(?i)\\bwhere\\s+(\\w+)\\s+contains\\b");
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  static {
    // The JDK server writes the head and the body of an answer apart; without TCP_NODELAY, Nagle's
    // algorithm and delayed ACKs hold each answer on a kept-alive connection back by some 40 ms.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AdjustableClock clock;
  private final ObjectMapper json =
      JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  private EmulatedEasemob(HttpServer server, ExecutorService executor, AdjustableClock clock) {
    this.server = server;
    this.executor = executor;
    this.clock = clock;
  }

  /** Starts a server on a free loopback port, on real time. */
  public static EmulatedEasemob start() throws IOException {
    return start(new AdjustableClock());
  }

  /** Starts a server on a free loopback port, on the given clock. */
  public static EmulatedEasemob start(AdjustableClock clock) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "emulated-easemob");
      t.setDaemon(true);
      return t;
    });
    EmulatedEasemob easemob = new EmulatedEasemob(server, executor, clock);
    server.createContext("/", easemob::handle);
    server.setExecutor(executor);
    server.start();
    return easemob;
  }

  /** Where the server listens, such as {@code http://127.0.0.1:41234}. */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  public AdjustableClock clock() {
    return clock;
  }

  /** Creates an app {@code org/name} whose app token is issued for the given client id and secret. */
  public App createApp(String org, String name, String clientId, String clientSecret) {
    App app = new App(org, name, clientId, clientSecret);
    apps.put(org + "/" + name, app);
    return app;
  }

  /**
   * Answers the next requests to {@code method path} (the raw path, no query) with these faults,
   * one request each, in order; later requests are handled normally.
   */
  public void inject(String method, String path, Fault... sequence) {
    synchronized (faults) {
      faults.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(Arrays.asList(sequence));
    }
  }

  /** Every request answered so far, in order. */
  public List<Exchange> exchanges() {
    return Collections.unmodifiableList(new ArrayList<>(exchanges));
  }

  /** How many requests to {@code method path} were answered. */
  public long count(String method, String path) {
    return exchanges.stream().filter(e -> e.method().equals(method) && e.path().equals(path)).count();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    Instant arrived = clock.instant();
    String method = exchange.getRequestMethod();
    URI uri = exchange.getRequestURI();
    String path = uri.getRawPath();
    Response response;
    boolean stalled = false;
    try {
      byte[] body = readAll(exchange.getRequestBody());
      Fault fault = nextFault(method + " " + path);
      stalled = fault != null && fault.isStall();
      if (stalled) {
        // Logged on arrival, as status 0: the client has given up long before the late answer.
        exchanges.add(new Exchange(method, path, 0, arrived, null));
        Thread.sleep(fault.stall.toMillis());
        fault = null;
      }
      if (fault != null && fault.when == Fault.When.BEFORE_PROCESSING) {
        response = Response.of(fault);
      } else {
        response = route(method, uri, exchange.getRequestHeaders().getFirst("Authorization"), body);
        if (fault != null) {
          response = Response.of(fault);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
      return;
    }
    if (!stalled) {
      exchanges.add(new Exchange(method, path, response.status, arrived, response.headers.get("Retry-After")));
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", response.contentType);
      response.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(response.status, response.body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body);
      }
    } catch (IOException clientGone) {
      // The client stopped waiting (its timeout); nothing to answer.
    } finally {
      exchange.close();
    }
  }

  private Fault nextFault(String key) {
    synchronized (faults) {
      Deque<Fault> queue = faults.get(key);
      return queue == null ? null : queue.poll();
    }
  }

  private Response route(String method, URI uri, String authorization, byte[] body) {
    if (body.length > MAX_BODY_BYTES) {
      return error(413, "Request Entity Too Large", "Request Entity Too Large");
    }
    List<String> segments = new ArrayList<>();
    for (String s : uri.getRawPath().split("/")) {
      if (!s.isEmpty()) {
        segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
      }
    }
    if (segments.size() < 2) {
      return error(404, "service_resource_not_found", "Service resource not found");
    }
    String org = segments.get(0);
    String name = segments.get(1);
    App app = apps.get(org + "/" + name);
    if (app == null) {
      return error(400, "organization_application_not_found",
          "Could not find application for " + org + "/" + name + " from URI: " + String.join("/", segments));
    }
    Request request = new Request(method, segments.subList(2, segments.size()), query(uri), authorization, body);
    synchronized (app) {
      return app.handle(request);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(key, value);
    }
    return out;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (InputStream body = in) {
      return body.readAllBytes();
    }
  }

  // ---- responses ------------------------------------------------------------------------------

  /** An error body in the documented shape: error, exception, timestamp, duration, error_description. */
  private Response error(int status, String error, String description) {
    ObjectNode body = json.createObjectNode();
    if (error != null) {
      body.put("error", error);
    }
    body.put("exception", EXCEPTION);
    body.put("timestamp", clock.millis());
    body.put("duration", 0);
    body.put("error_description", description);
    return Response.json(status, body.toString());
  }

  private ObjectNode envelope(App app, String action, String path) {
    ObjectNode body = json.createObjectNode();
    body.put("action", action);
    body.put("application", app.uuid);
    body.put("path", path);
    body.put("uri", "https://a1.easemob.com/" + app.org + "/" + app.name + path);
    return body;
  }

  private Response ok(App app, ObjectNode body) {
    body.put("timestamp", clock.millis());
    body.put("duration", 0);
    body.put("organization", app.org);
    body.put("applicationName", app.name);
    return Response.json(200, body.toString());
  }

  private String newToken() {
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    return "YWMt" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static final class Request {
    final String method;
    final List<String> path;
    final Map<String, String> query;
    final String authorization;
    final byte[] body;

    Request(String method, List<String> path, Map<String, String> query, String authorization, byte[] body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.authorization = authorization;
      this.body = body;
    }

    boolean is(String... pattern) {
      if (pattern.length != path.size()) {
        return false;
      }
      for (int i = 0; i < pattern.length; i++) {
        if (!pattern[i].equals("*") && !pattern[i].equals(path.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Response {
    final int status;
    final String contentType;
    final byte[] body;
    final Map<String, String> headers;

    Response(int status, String contentType, byte[] body, Map<String, String> headers) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.headers = headers;
    }

    static Response json(int status, String body) {
      return new Response(status, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    /** A fault's answer, its body encoded in the charset its content type names (else UTF-8). */
    static Response of(Fault fault) {
      java.nio.charset.Charset charset = StandardCharsets.UTF_8;
      java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)").matcher(fault.contentType);
      if (named.find()) {
        charset = java.nio.charset.Charset.forName(named.group(1));
      }
      return new Response(fault.status, fault.contentType, fault.body.getBytes(charset), new LinkedHashMap<>(fault.headers));
    }

    Response withHeader(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  /** The JSON body, or the json_parse error Easemob answers for a body that is not JSON. */
  private static final class Parsed {
    final JsonNode node;
    final String error;

    Parsed(JsonNode node, String error) {
      this.node = node;
      this.error = error;
    }
  }

  private Parsed parse(byte[] body) {
    try {
      JsonNode node = json.readTree(new ByteArrayInputStream(body));
      return new Parsed(node == null ? json.createObjectNode() : node, null);
    } catch (JsonProcessingException e) {
      return new Parsed(null, e.getMessage());
    } catch (IOException e) {
      return new Parsed(null, e.toString());
    }
  }

  // ---- apps -----------------------------------------------------------------------------------

  /** One app of the emulated server: its users, groups, messages and tokens. Guarded by itself. */
  public final class App {
    final String org;
    final String name;
    final String uuid = UUID.randomUUID().toString();
    private final String clientId;
    private final String clientSecret;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Deque<Instant> recentMessages = new ArrayDeque<>();
    private boolean registrationOpen;
    private Duration tokenTtl = Duration.ofDays(7);
    private int messagesPerSecond;
    private boolean retryAfterAsDate;

    App(String org, String name, String clientId, String clientSecret) {
      this.org = org;
      this.name = name;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
    }

    /** Open registration: POST /users needs no token (the default is authorized registration). */
    public synchronized App openRegistration(boolean open) {
      registrationOpen = open;
      return this;
    }

    /** How long the tokens issued from now on live, unless the request asks for a ttl. */
    public synchronized App tokenTtl(Duration ttl) {
      tokenTtl = ttl;
      return this;
    }

    /** At most this many messages in any one second; 0 for no limit. */
    public synchronized App messageRateLimit(int perSecond) {
      messagesPerSecond = perSecond;
      return this;
    }

    /** Whether 429 answers carry Retry-After as an HTTP date rather than in seconds. */
    public synchronized App retryAfterAsHttpDate(boolean asDate) {
      retryAfterAsDate = asDate;
      return this;
    }

    public synchronized App addUser(String username, String password) {
      users.put(username, new User(username, password, clock.millis()));
      return this;
    }

    public synchronized App createGroup(String id) {
      groups.put(id, new LinkedHashSet<>());
      return this;
    }

    public synchronized boolean hasUser(String username) {
      return users.containsKey(username);
    }

    public synchronized int userCount() {
      return users.size();
    }

    public synchronized String password(String username) {
      User user = users.get(username);
      return user == null ? null : user.password;
    }

    public synchronized Set<String> members(String groupId) {
      return new LinkedHashSet<>(groups.getOrDefault(groupId, Collections.emptySet()));
    }

    /** The messages delivered so far, as "from>to: text". */
    public synchronized List<String> messages() {
      return new ArrayList<>(messages);
    }

    /** How many tokens (app and user) this app has issued. */
    public synchronized int tokensIssued() {
      return tokens.size();
    }

    public String org() {
      return org;
    }

    public String name() {
      return name;
    }

    public String uuid() {
      return uuid;
    }

    Response handle(Request r) {
      if (r.is("token")) {
        return r.method.equals("POST") ? token(r) : unsupported();
      }
      if (r.is("users")) {
        switch (r.method) {
          case "POST":
            return createUsers(r);
          case "GET":
            return queryUsers(r);
          default:
            return unsupported();
        }
      }
      if (r.is("users", "*")) {
        return r.method.equals("GET") ? getUser(r) : unsupported();
      }
      if (r.is("users", "*", "password")) {
        return r.method.equals("PUT") ? changePassword(r) : unsupported();
      }
      if (r.is("chatgroups", "*", "users")) {
        return r.method.equals("POST") ? addMembers(r) : unsupported();
      }
      if (r.is("messages")) {
        return r.method.equals("POST") ? sendMessage(r) : unsupported();
      }
      return error(500, "web_application", "javax.ws.rs.WebApplicationException");
    }

    private Response unsupported() {
      return error(500, "unsupported_service_operation", "Service operation not supported");
    }

    /** Null when the request carries a valid token of this app, else the 401 it gets. */
    private Response authenticate(Request r) {
      String header = r.authorization;
      if (header == null || !header.startsWith("Bearer ")) {
        // Not in the documented tables: worded like its neighbours, it matches on the status alone.
        return error(401, "unauthorized", "Unable to authenticate due to missing access token");
      }
      String token = header.substring("Bearer ".length()).trim();
      if (!TOKEN.matcher(token).matches()) {
        return error(401, "auth_bad_access_token", "Unable to authenticate due to corrupt access token");
      }
      Instant expiry = tokens.get(token);
      if (expiry == null) {
        return error(401, "auth_bad_access_token", "Unable to authenticate");
      }
      if (!clock.instant().isBefore(expiry)) {
        return error(401, null, "Unable to authenticate due to expired access token");
      }
      return null;
    }

    private Response token(Request r) {
      Parsed body = parse(r.body);
      if (body.error != null) {
        return error(400, "json_parse", body.error);
      }
      JsonNode in = body.node;
      String grant = in.path("grant_type").asText("");
      Duration ttl = in.path("ttl").canConvertToLong() && in.path("ttl").asLong() > 0
          ? Duration.ofSeconds(in.path("ttl").asLong()) : tokenTtl;
      ObjectNode out = json.createObjectNode();
      if (grant.equals("client_credentials")) {
        if (!clientId.equals(in.path("client_id").asText()) || !clientSecret.equals(in.path("client_secret").asText())) {
          // Not in the documented tables; the emulator's own wording.
          return error(400, "invalid_grant", "invalid client_id or client_secret");
        }
      } else if (grant.equals("password")) {
        User user = users.get(in.path("username").asText());
        if (user == null || !user.password.equals(in.path("password").asText())) {
          return error(400, "invalid_grant", "invalid username or password");
        }
        ObjectNode u = out.putObject("user");
        user.write(u);
      } else {
        // Not in the documented tables; the emulator's own wording.
        return error(400, "unsupported_grant_type", "grant_type must be client_credentials or password");
      }
      String token = newToken();
      tokens.put(token, clock.instant().plus(ttl));
      out.put("access_token", token);
      out.put("expires_in", ttl.getSeconds());
      out.put("application", uuid);
      return Response.json(200, out.toString());
    }

    private Response createUsers(Request r) {
      if (r.authorization == null) {
        if (!registrationOpen) {
          return error(401, "unauthorized", "registration is not open, please contact the app admin");
        }
      } else {
        Response denied = authenticate(r);
        if (denied != null) {
          return denied;
        }
      }
      Parsed body = parse(r.body);
      if (body.error != null) {
        return error(400, "json_parse", body.error);
      }
      List<JsonNode> batch = new ArrayList<>();
      if (body.node.isArray()) {
        body.node.forEach(batch::add);
      } else {
        batch.add(body.node);
      }
      Set<String> seen = new LinkedHashSet<>();
      for (JsonNode user : batch) {
        String username = user.path("username").asText("");
        if (username.trim().isEmpty()) {
          return error(400, "illegal_argument", "Entity user requires a property named username");
        }
        if (user.path("password").asText("").isEmpty()) {
          return error(400, "illegal_argument", "password or pin must provided");
        }
        if (users.containsKey(username) || !seen.add(username)) {
          return error(400, "duplicate_unique_property_exists", "Application " + uuid
              + "Entity user requires that property named username be unique, value of " + username + " exists");
        }
      }
      ObjectNode out = envelope(this, "post", "/users");
      ArrayNode entities = out.putArray("entities");
      for (JsonNode user : batch) {
        User created = new User(user.path("username").asText(), user.path("password").asText(), clock.millis());
        users.put(created.username, created);
        created.write(entities.addObject());
      }
      return ok(this, out);
    }

    private Response queryUsers(Request r) {
      Response denied = authenticate(r);
      if (denied != null) {
        return denied;
      }
      String ql = r.query.getOrDefault("ql", "");
      Matcher contains = CONTAINS.matcher(ql);
      if (contains.find()) {
        return error(500, "no_full_text_index", "Entity 'user' with property named '" + contains.group(1)
            + "' is not full text indexed.  You cannot use the 'contains' operand on this field");
      }
      ObjectNode out = envelope(this, "get", "/users");
      ArrayNode entities = out.putArray("entities");
      users.values().forEach(u -> u.write(entities.addObject()));
      out.put("count", users.size());
      return ok(this, out);
    }

    private Response getUser(Request r) {
      Response denied = authenticate(r);
      if (denied != null) {
        return denied;
      }
      User user = users.get(r.path.get(1));
      if (user == null) {
        return error(404, "service_resource_not_found", "Service resource not found");
      }
      ObjectNode out = envelope(this, "get", "/users/" + user.username);
      user.write(out.putArray("entities").addObject());
      return ok(this, out);
    }

    private Response changePassword(Request r) {
      Response denied = authenticate(r);
      if (denied != null) {
        return denied;
      }
      User user = users.get(r.path.get(1));
      if (user == null) {
        return error(404, "service_resource_not_found", "Service resource not found");
      }
      Parsed body = parse(r.body);
      if (body.error != null) {
        return error(400, "json_parse", body.error);
      }
      String password = body.node.path("newpassword").asText("");
      if (password.isEmpty()) {
        return error(400, "illegal_argument", "newpassword is required");
      }
      user.password = password;
      ObjectNode out = json.createObjectNode();
      out.put("action", "set user password");
      out.put("timestamp", clock.millis());
      out.put("duration", 0);
      return Response.json(200, out.toString());
    }

    private Response addMembers(Request r) {
      Response denied = authenticate(r);
      if (denied != null) {
        return denied;
      }
      String groupId = r.path.get(1);
      Set<String> members = groups.get(groupId);
      if (members == null) {
        return error(404, "service_resource_not_found", "Service resource not found");
      }
      Parsed body = parse(r.body);
      if (body.error != null) {
        return error(400, "json_parse", body.error);
      }
      List<String> usernames = new ArrayList<>();
      body.node.path("usernames").forEach(n -> usernames.add(n.asText()));
      for (String username : usernames) {
        if (!users.containsKey(username)) {
          return error(400, "illegal_argument", "group member " + username + " doesn't exist");
        }
      }
      members.addAll(usernames); // a set: adding a member twice leaves one
      ObjectNode out = envelope(this, "post", "/chatgroups/" + groupId + "/users");
      ObjectNode data = out.putObject("data");
      usernames.forEach(data.putArray("newmembers")::add);
      data.put("groupid", groupId);
      data.put("action", "add_member");
      return ok(this, out);
    }

    private Response sendMessage(Request r) {
      Response denied = authenticate(r);
      if (denied != null) {
        return denied;
      }
      Response limited = rateLimit();
      if (limited != null) {
        return limited;
      }
      Parsed body = parse(r.body);
      if (body.error != null) {
        return error(400, "json_parse", body.error);
      }
      String from = body.node.path("from").asText("admin");
      String text = body.node.path("msg").path("msg").asText("");
      ObjectNode out = envelope(this, "post", "/messages");
      ObjectNode data = out.putObject("data");
      for (JsonNode target : body.node.path("target")) {
        messages.add(from + ">" + target.asText() + ": " + text);
        data.put(target.asText(), "success");
      }
      return ok(this, out);
    }

    /** A rolling one-second window: null when the call may go on, else the 429 with its Retry-After. */
    private Response rateLimit() {
      if (messagesPerSecond <= 0) {
        return null;
      }
      Instant now = clock.instant();
      while (!recentMessages.isEmpty() && !recentMessages.peekFirst().plusSeconds(1).isAfter(now)) {
        recentMessages.pollFirst();
      }
      if (recentMessages.size() < messagesPerSecond) {
        recentMessages.addLast(now);
        return null;
      }
      Instant free = recentMessages.peekFirst().plusSeconds(1);
      String retryAfter;
      if (retryAfterAsDate) {
        Instant whole = free.getNano() == 0 ? free : free.plusSeconds(1).minusNanos(free.getNano());
        retryAfter = HTTP_DATE.format(whole);
      } else {
        long millis = Duration.between(now, free).toMillis();
        retryAfter = Long.toString(Math.max(1, (millis + 999) / 1000));
      }
      return error(429, "reach_limit", "This request has reached api limit").withHeader("Retry-After", retryAfter);
    }
  }

  private static final class User {
    final String username;
    final String uuid = UUID.randomUUID().toString();
    final long created;
    String password;

    User(String username, String password, long created) {
      this.username = username;
      this.password = password;
      this.created = created;
    }

    void write(ObjectNode out) {
      out.put("uuid", uuid);
      out.put("type", "user");
      out.put("created", created);
      out.put("modified", created);
      out.put("username", username);
      out.put("activated", true);
    }
  }
}
