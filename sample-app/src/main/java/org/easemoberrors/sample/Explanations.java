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
    out.put("exception", exception.getClass().getName());
    out.put("action", match.action().code());
    List<String> causes = match.causes(locale);
    causes.forEach(out.putArray("causes")::add);
    ObjectNode params = out.putObject("params");
    for (Map.Entry<String, String> p : match.params().entrySet()) {
      params.put(p.getKey(), p.getValue());
    }
    return out;
  }

  String toText(int status, String body) {
    EasemobErrorMatch match = EasemobErrorMatcher.match(status, body);
    EasemobException exception = match.toException();
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    sb.append(zh ? "HTTP 状态: " : "HTTP status: ").append(status)
        .append(" (").append(match.statusType().description(locale)).append(")\n");
    if (match.errorCode() != null) {
      sb.append(zh ? "错误码: " : "Error code: ").append(match.errorCode()).append('\n');
    }
    if (match.description() != null) {
      sb.append(zh ? "错误描述: " : "Description: ").append(match.description()).append('\n');
    }
    sb.append(zh ? "目录条目: " : "Catalogue entry: ")
        .append(match.entryId() != null ? match.entryId() : (zh ? "(无,仅按状态码匹配)" : "(none; matched on the status only)"))
        .append('\n');
    sb.append(zh ? "异常类型: " : "Exception: ").append(exception.getClass().getName()).append('\n');
    if (!match.params().isEmpty()) {
      sb.append(zh ? "参数: " : "Parameters: ").append(match.params()).append('\n');
    }
    sb.append(zh ? "可能原因:\n" : "Likely causes:\n");
    for (String cause : match.causes(locale)) {
      sb.append("  - ").append(cause).append('\n');
    }
    sb.append(zh ? "建议处理: " : "Recommended action: ").append(match.action().code())
        .append(" - ").append(Actions.advice(match.action(), zh)).append('\n');
    return sb.toString();
  }
}
