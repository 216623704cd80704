package org.easemoberrors.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes a synthetic catalogue of any size, shaped like the real one: the twelve statuses, error
 * codes shared by many entries, exact descriptions, templates with one to three placeholders whose
 * distinctive literal stands first or last, and code-only entries.
 *
 * <p>Uses the JDK alone, so the build runs it straight from source ({@code java ScaleCatalog.java
 * 2500 out.yaml overlay}) before the annotation processor reads the result.
 */
public final class ScaleCatalog {
  private static final int[] STATUSES = {400, 401, 403, 404, 408, 413, 429, 500, 501, 502, 503, 504};
  private static final String[] NAMES = {
    "BadRequest", "Unauthorized", "Forbidden", "NotFound", "RequestTimeout", "PayloadTooLarge",
    "TooManyRequests", "InternalServerError", "NotImplemented", "BadGateway", "ServiceUnavailable",
    "GatewayTimeout"
  };
  private static final String[] CODES = {
    "illegal_argument", "forbidden_op", "service_resource_not_found", "resource_limited",
    "storage_failure", "quota_exceeded", "invalid_parameter", "unsupported_operation"
  };
  private static final String[] THINGS = {
    "group", "chat room", "user", "message", "thread", "contact", "device", "token", "attachment",
    "channel", "reaction", "presence", "label", "member", "application", "push profile"
  };
  private static final String[] PROBLEMS = {
    "is not allowed here", "was not found", "is over its limit", "cannot be changed now",
    "is disabled for this app", "is already taken", "has expired", "is in use"
  };

  private ScaleCatalog() {}

  /**
   * A catalogue of {@code entries} generated entries. An overlay has only entries (it is merged
   * over the default catalogue, whose statuses it uses); a standalone one also has the locales,
   * classes and statuses.
   */
  public static String yaml(int entries, boolean overlay) {
    StringBuilder y = new StringBuilder(entries * 260 + 4096);
    y.append("catalog: 1\n");
    if (!overlay) {
      y.append("locales: [zh_CN, en]\nfallbackLocale: en\nclasses:\n");
      for (String c : new String[] {"4xx", "5xx"}) {
        y.append("  ").append(c).append(":\n    action: ").append(c.startsWith("4") ? "fix_request" : "alert")
            .append("\n    description:\n      zh_CN: ").append(c).append(" 错误\n      en: A ").append(c).append(" error.\n");
      }
      y.append("statuses:\n");
      for (int s = 0; s < STATUSES.length; s++) {
        y.append("  ").append(STATUSES[s]).append(":\n    name: ").append(NAMES[s])
            .append("\n    action: ").append(STATUSES[s] < 500 ? "fix_request" : "alert")
            .append("\n    description:\n      zh_CN: 状态 ").append(STATUSES[s])
            .append("\n      en: Status ").append(STATUSES[s]).append(".\n");
      }
    }
    y.append("entries:\n");
    for (int i = 0; i < entries; i++) {
      entry(y, i);
    }
    return y.toString();
  }

  private static void entry(StringBuilder y, int i) {
    int status = STATUSES[i % STATUSES.length];
    String thing = THINGS[(i / 7) % THINGS.length];
    String problem = PROBLEMS[(i / 3) % PROBLEMS.length];
    String code = CODES[(i / 5) % CODES.length];
    y.append("  - id: generated-").append(i).append("\n    status: ").append(status).append('\n');
    // Every template starts with "Gen" and ends with "[gen]", so none competes with a template
    // of the default catalogue that starts or ends with a literal, and each has its number in
    // its longer end, so none competes with another generated one.
    String template;
    String causeEn;
    String causeZh;
    switch (i % 5) {
      case 0 -> { // exact description, shared code
        template = "Gen-" + i + ": the " + thing + " " + problem + " [gen]";
        causeEn = "The " + thing + " " + problem + ".";
        causeZh = "该对象" + i + "不可用。";
      }
      case 1 -> { // distinctive first literal
        template = "Gen-" + i + ": the " + thing + " named {name} " + problem + " [gen]";
        causeEn = "The " + thing + " {name} " + problem + ".";
        causeZh = "对象 {name} 不可用。";
      }
      case 2 -> { // distinctive last literal
        template = "Gen: {user} cannot use the " + thing + " " + i + " because it " + problem + " [gen]";
        causeEn = "The user {user} cannot use it.";
        causeZh = "用户 {user} 无法使用。";
      }
      case 3 -> { // three placeholders
        template = "Gen-" + i + ": operation on {owner}/{item} failed: " + thing + " " + problem + " ({detail}) [gen]";
        causeEn = "The operation on {item} of {owner} failed.";
        causeZh = "对 {owner} 的 {item} 操作失败。";
      }
      default -> { // code only, no description
        template = null;
        code = "generated_code_" + i;
        causeEn = "The server reported " + code + ".";
        causeZh = "服务器返回 " + code + "。";
      }
    }
    y.append("    error: ").append(code).append('\n');
    if (template != null) {
      y.append("    description: \"").append(template).append("\"\n");
    }
    y.append("    causes:\n      zh_CN: \"").append(causeZh).append("\"\n      en: \"").append(causeEn).append("\"\n");
  }

  /** {@code ScaleCatalog <entries> <file> [overlay|standalone]}. */
  public static void main(String[] args) throws IOException {
    int entries = Integer.parseInt(args[0]);
    Path out = Paths.get(args[1]);
    boolean overlay = args.length < 3 || args[2].equals("overlay");
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, yaml(entries, overlay).getBytes(StandardCharsets.UTF_8));
  }
}
