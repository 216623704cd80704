package org.easemoberrors.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.easemoberrors.sample.errors.EasemobException;

/** Turns a response into the explanation {@code explain} prints, as JSON or as text. */
final class Explanations {
  private final ObjectMapper json;
  private final Locale locale;

  Explanations(ObjectMapper json, Locale locale) {
    this.json = json;
    this.locale = locale;
  }

  ObjectNode toJson(int status, String body) {
    EasemobErrorMatch match = EasemobErrorMatcher.match(status, body);
    EasemobException exception = match.toException();
    ObjectNode out = json.createObjectNode();
    out.put("status", status);
    out.put("error", match.errorCode());
    out.put("entry", match.entryId());
    out.put("exception", exception.getClass().getCanonicalName());
    out.put("action", match.action().id());
    List<String> causes = match.explanations(locale);
    causes.forEach(out.putArray("causes")::add);
    out.put("help", match.help(locale));
    ObjectNode params = out.putObject("params");
    for (Map.Entry<String, String> p : match.params().entrySet()) {
      params.put(p.getKey(), p.getValue());
    }
    return out;
  }

  /**
   * A readable explanation, in the manner of {@code rustc --explain}: the entry and what matched,
   * the cause, the status, the recommended action, and the catalogue's help on what to change.
   */
  String toText(int status, String body) {
    EasemobErrorMatch match = EasemobErrorMatcher.match(status, body);
    EasemobException exception = match.toException();
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    sb.append("error[").append(match.entryId() != null ? match.entryId() : status).append("]: HTTP ").append(status);
    if (match.errorCode() != null) {
      sb.append(' ').append(match.errorCode());
    }
    sb.append('\n');
    if (match.description() != null) {
      sb.append("  ").append(zh ? "错误描述" : "description").append(": ").append(match.description()).append('\n');
    }
    sb.append("  ").append(zh ? "目录条目" : "entry").append(": ")
        .append(match.entryId() != null ? match.entryId() : (zh ? "无,仅按状态码匹配" : "none; matched on the status only"))
        .append('\n');
    sb.append("  ").append(zh ? "异常类型" : "exception").append(": ").append(exception.getClass().getCanonicalName()).append('\n');
    if (!match.params().isEmpty()) {
      sb.append("  ").append(zh ? "参数" : "parameters").append(": ");
      String separator = "";
      for (Map.Entry<String, String> p : match.params().entrySet()) {
        sb.append(separator).append(p.getKey()).append(" = ").append(p.getValue());
        separator = ", ";
      }
      sb.append('\n');
    }
    sb.append('\n').append(zh ? "可能原因:" : "Likely cause:").append('\n');
    for (String cause : match.explanations(locale)) {
      sb.append("  ").append(cause).append('\n');
    }
    sb.append('\n').append(zh ? "HTTP 状态:" : "HTTP status:").append('\n')
        .append("  ").append(status).append(' ').append(match.statusType().description(locale)).append('\n');
    sb.append('\n').append(zh ? "建议处理: " : "Recommended action: ").append(match.action().id()).append('\n')
        .append("  ").append(capitalized(Actions.advice(match.action(), zh))).append('\n');
    sb.append('\n').append(zh ? "如何修改:" : "What to change:").append('\n')
        .append("  ").append(match.help(locale)).append('\n');
    return sb.toString();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
