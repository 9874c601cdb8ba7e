package dev.gonggo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real Chromium, headless, driven over the Chrome DevTools Protocol: open a page, read what
 * the browser reported while loading it (uncaught exceptions, console errors, blocked fetches),
 * evaluate JavaScript in it, ask which fonts drew an element, and take a screenshot.
 *
 * <p>The protocol is JSON over a WebSocket: the JDK's own WebSocket client and Jackson speak it,
 * so no driver binary (chromedriver) and no client library are needed. The browser is Debian's
 * {@code chromium} found on the PATH (or the {@code gonggo.chromium} system property); {@link
 * #find()} is empty where there is none, and the tests that need it skip.
 */
public final class HeadlessChromium implements AutoCloseable {

  /** A backstop for one protocol call; a healthy call takes milliseconds. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  /** Every event the tab sent, and the waits for one; both guarded by {@code events}. */
  private final List<JsonNode> events = new ArrayList<>();
  private final List<Waiting> waiting = new ArrayList<>();
  private String session;

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The Chromium executable, if one is installed. */
  public static Optional<Path> find() {
    String given = System.getProperty("gonggo.chromium");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts a headless Chromium with a new, empty profile and opens one blank tab. */
  public static HeadlessChromium start(Path executable, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("gonggo-chromium");
    Process process = new ProcessBuilder(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
        .start();
    try {
      // Chromium writes the port it chose and the browser's path into the profile.
      Path active = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
      while (!Files.exists(active) || Files.readAllLines(active).size() < 2) {
        if (!process.isAlive()) {
          throw new IOException("chromium ended at start (exit " + process.exitValue() + "): "
              + Files.readString(profile.resolveSibling(profile.getFileName() + ".log")));
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("chromium did not open its DevTools port");
        }
        Thread.sleep(50);
      }
      List<String> lines = Files.readAllLines(active);
      URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
      HeadlessChromium[] self = new HeadlessChromium[1];
      WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(uri, new Listener(message -> {
            if (self[0] != null) {
              self[0].receive(message);
            }
          }))
          .get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      self[0] = new HeadlessChromium(process, profile, socket);
      self[0].openTab(width, height);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      deleteQuietly(profile);
      throw e;
    }
  }

  private void openTab(int width, int height) throws Exception {
    String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
        .get("targetId").asText();
    session = call(null, "Target.attachToTarget", JSON.createObjectNode()
        .put("targetId", target).put("flatten", true)).get("sessionId").asText();
    call("Page.enable", JSON.createObjectNode());
    call("Runtime.enable", JSON.createObjectNode());
    call("Log.enable", JSON.createObjectNode());
    call("DOM.enable", JSON.createObjectNode());
    call("CSS.enable", JSON.createObjectNode());
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
        .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
  }

  /** Opens a page and waits until it has loaded (its load event). */
  public void open(URI page) throws Exception {
    CompletableFuture<JsonNode> loaded = awaitEvent("Page.loadEventFired");
    JsonNode navigation = call("Page.navigate", JSON.createObjectNode().put("url", page.toString()));
    if (navigation.has("errorText")) {
      throw new IOException("chromium could not open " + page + ": " + navigation.get("errorText").asText());
    }
    loaded.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * What the browser reported as wrong since the tab opened: uncaught exceptions, console.error
   * and console.assert calls, and error entries of its log (a blocked or failed fetch, a
   * Content-Security-Policy violation), one line each.
   */
  public List<String> errors() {
    List<String> out = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        JsonNode p = e.get("params");
        switch (e.get("method").asText()) {
          case "Runtime.exceptionThrown" -> out.add("exception: " + p.at("/exceptionDetails/exception/description")
              .asText(p.at("/exceptionDetails/text").asText()));
          case "Runtime.consoleAPICalled" -> {
            String type = p.get("type").asText();
            if (type.equals("error") || type.equals("assert")) {
              out.add("console." + type + ": " + p.get("args"));
            }
          }
          case "Log.entryAdded" -> {
            if (p.at("/entry/level").asText().equals("error")) {
              out.add("log: " + p.at("/entry/text").asText() + " " + p.at("/entry/url").asText());
            }
          }
          default -> { }
        }
      }
    }
    return out;
  }

  /** The value of a JavaScript expression, which must be JSON-serialisable. */
  public JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
    }
    return result.at("/result/value");
  }

  /** The fonts of the machine that drew the text of the first element matching a CSS selector. */
  public List<String> fontsOf(String selector) throws Exception {
    int root = call("DOM.getDocument", JSON.createObjectNode()).at("/root/nodeId").asInt();
    int node = call("DOM.querySelector", JSON.createObjectNode().put("nodeId", root)
        .put("selector", selector)).get("nodeId").asInt();
    if (node == 0) {
      throw new IllegalArgumentException("no element matches " + selector);
    }
    List<String> fonts = new ArrayList<>();
    for (JsonNode f : call("CSS.getPlatformFontsForNode", JSON.createObjectNode().put("nodeId", node)).get("fonts")) {
      if (f.get("glyphCount").asInt() > 0) {
        fonts.add(f.get("familyName").asText());
      }
    }
    return fonts;
  }

  /** A PNG of the whole page, as tall as its content, at the tab's width. */
  public void screenshot(Path png) throws Exception {
    JsonNode size = evaluate("({w: document.documentElement.clientWidth,"
        + " h: Math.ceil(document.documentElement.scrollHeight)})");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0)
        .put("width", size.get("w").asInt()).put("height", size.get("h").asInt()).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    byte[] image = Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, image);
  }

  private CompletableFuture<JsonNode> awaitEvent(String method) {
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    synchronized (events) {
      waiting.add(new Waiting(method, f));
    }
    return f;
  }

  private record Waiting(String method, CompletableFuture<JsonNode> future) {}

  private JsonNode call(String method, ObjectNode params) throws Exception {
    return call(session, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    synchronized (socket) {
      socket.sendText(JSON.writeValueAsString(message), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
    JsonNode answer = reply.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    if (message.has("method")) {
      synchronized (events) {
        events.add(message);
        String method = message.get("method").asText();
        waiting.removeIf(w -> {
          if (w.method().equals(method)) {
            w.future().complete(message);
            return true;
          }
          return false;
        });
      }
    }
  }

  @Override
  public void close() throws Exception {
    try {
      call(null, "Browser.close", JSON.createObjectNode());
    } catch (Exception ignored) {
      // the browser may close the socket before it answers
    }
    socket.abort();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(20, TimeUnit.SECONDS);
    }
    deleteQuietly(profile);
    Files.deleteIfExists(profile.resolveSibling(profile.getFileName() + ".log"));
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }

  /** Joins the parts of each text message and hands it on. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> onMessage;
    private final StringBuilder partial = new StringBuilder();

    Listener(java.util.function.Consumer<String> onMessage) {
      this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        onMessage.accept(message);
      }
      ws.request(1);
      return null;
    }
  }
}
