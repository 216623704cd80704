package org.easemoberrors.sample;

import java.util.HashMap;
import java.util.Map;
import org.easemoberrors.sample.errors.EasemobAction;
import org.easemoberrors.sample.errors.EasemobErrorMatch;

/**
 * What to change, for {@code explain}: a hint per entry of the default catalogue, with the
 * entry's {@code {placeholders}} filled in from the response, and one per action for the rest
 * (status-only matches, entries of a catalogue overlay).
 */
final class Hints {
  private static final Map<String, String[]> BY_ENTRY = new HashMap<>();

  private static void hint(String entry, String en, String zh) {
    BY_ENTRY.put(entry, new String[] {en, zh});
  }

  static {
    hint("invalid-credentials",
        "Check the username and password sent to /token. For an app token, send grant_type client_credentials with the app's Client ID and Client Secret instead.",
        "检查发送到 /token 的用户名和密码;获取 app token 时改用 grant_type client_credentials,并带上 app 的 Client ID 和 Client Secret。");
    hint("application-not-found",
        "Fix the org and app names in the URL ({org}/{app}): they are the two halves of the app key (org#app) shown in the console.",
        "修改 URL 中的 org 和 app 名称({org}/{app}):二者就是控制台中 app key(org#app)的两部分。");
    hint("username-missing",
        "Give each user in the body a non-empty \"username\".",
        "请求体中的每个用户都要有非空的 \"username\"。");
    hint("password-missing",
        "Give each user in the body a non-empty \"password\".",
        "请求体中的每个用户都要有非空的 \"password\"。");
    hint("malformed-json",
        "Build the body with a JSON library instead of joining strings, then check its quotes, colons and commas.",
        "用 JSON 库生成请求体,不要拼接字符串;再检查其中的引号、冒号和逗号。");
    hint("duplicate-username",
        "Choose a username other than {value}. If {value} is yours (an earlier attempt whose answer was lost), take the user as created.",
        "换一个 {value} 以外的用户名;如果 {value} 是你自己先前创建的(上次请求的应答丢失了),就当作已经创建成功。");
    hint("new-password-missing",
        "Send the new password as {\"newpassword\": \"...\"}, not empty.",
        "以 {\"newpassword\": \"...\"} 发送新密码,且不能为空。");
    hint("group-member-not-found",
        "Register {username} first, or leave {username} out of the new members.",
        "先注册 {username},或把 {username} 从新成员中去掉。");
    hint("registration-closed",
        "Send the app token (Authorization: Bearer <token>) with the registration, or open registration for the app in the console.",
        "注册请求带上 app token(Authorization: Bearer <token>),或在控制台把该 app 改为开放注册。");
    hint("corrupt-token",
        "Send the access_token exactly as /token returned it, as \"Authorization: Bearer <token>\", with nothing cut off or added.",
        "按 /token 返回的 access_token 原样发送,格式为 \"Authorization: Bearer <token>\",不要截断或多加字符。");
    hint("unrecognized-token",
        "Get the token from the same org, app and REST host you call: a token of another app or cluster is not recognised.",
        "从所调用的同一 org、app 和 REST 域名获取 token:其他 app 或集群的 token 不被识别。");
    hint("expired-token",
        "Get a new app token (POST /token) and send the request once more; refresh it before expires_in runs out.",
        "重新获取 app token(POST /token)后再发一次请求;在 expires_in 到期前主动刷新。");
    hint("resource-not-found",
        "Check that the user, group or other resource named in the URL exists and is spelled as it was created.",
        "检查 URL 中的用户、群组等资源是否存在,拼写是否与创建时一致。");
    hint("request-entity-too-large",
        "Keep each body under 5 kb: send a batch in smaller parts, halving it until each part fits.",
        "让每个请求体小于 5kb:把批量请求拆成更小的几部分,对半拆分直到合适。");
    hint("api-rate-limit-reached",
        "Wait as Retry-After says before sending again, and call less often (spread or batch the calls); if the traffic is real, ask Easemob for a higher limit.",
        "按 Retry-After 等待后再发,并降低调用频率(分散或合并调用);如果确实需要,联系环信提高限流。");
    hint("not-full-text-indexed",
        "Do not use '{operand}' on {property}: query by its exact value ({property} = '...') instead.",
        "不要对 {property} 使用 '{operand}':改用精确值查询({property} = '...')。");
    hint("unsupported-service-operation",
        "Use the HTTP method the REST API documents for this URL.",
        "使用 REST API 文档为这个 URL 规定的 HTTP 方法。");
    hint("unknown-api",
        "Check the URL path against the REST API documentation: no such API exists.",
        "对照 REST API 文档检查 URL 路径:没有这个接口。");
  }

  private Hints() {}

  /** What to change for this response, in English or Chinese. */
  static String whatToChange(EasemobErrorMatch match, boolean zh) {
    String[] texts = match.entryId() == null ? null : BY_ENTRY.get(match.entryId());
    if (texts == null) {
      return forAction(match.action(), zh);
    }
    return fill(texts[zh ? 1 : 0], match.params());
  }

  /**
   * The hint with each {@code {name}} that names a parameter replaced by its value, in one pass
   * from left to right: a value is never searched for placeholders itself, so a response whose
   * value reads {@code {operand}} shows just that. Braces that name no parameter stay as they are.
   */
  static String fill(String hint, Map<String, String> params) {
    StringBuilder filled = new StringBuilder(hint.length() + 32);
    int from = 0;
    int open;
    while ((open = hint.indexOf('{', from)) >= 0) {
      int close = hint.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String value = params.get(hint.substring(open + 1, close));
      if (value == null) {
        filled.append(hint, from, open + 1);
        from = open + 1;
      } else {
        filled.append(hint, from, open).append(value);
        from = close + 1;
      }
    }
    return filled.append(hint, from, hint.length()).toString();
  }

  private static String forAction(EasemobAction action, boolean zh) {
    switch (action) {
      case RETRY:
        return zh ? "请求本身无需修改:如果可以安全重复,稍后重发;否则先确认上次请求是否已生效。"
            : "Nothing in the request: send it again after a short pause if it is safe to repeat; otherwise first check whether it took effect.";
      case BACKOFF:
        return zh ? "请求本身无需修改:按 Retry-After 等待(没有时逐步加长等待),然后降低调用频率。"
            : "Nothing in the request: wait as Retry-After says (or back off longer each time), then call less often.";
      case SPLIT:
        return zh ? "减小请求体:把批量请求拆成小于 5kb 的几部分。"
            : "Make the body smaller: send a batch in parts under 5 kb.";
      case REFRESH_TOKEN:
        return zh ? "重新获取 app token,再发一次请求。"
            : "Get a new app token and send the request once more.";
      case FIX_REQUEST:
        return zh ? "对照接口文档检查请求的方法、URL、请求头和请求体;状态说明指出了问题的类别。"
            : "Compare the method, URL, headers and body with the API's documentation; the status says what kind of problem it is.";
      case ALERT:
      default:
        return zh ? "多半不是请求的问题:记录日志并通知运维;服务恢复后再人工补发。"
            : "Probably nothing in the request: log it and alert an operator; resend by hand once the server is fine.";
    }
  }
}
