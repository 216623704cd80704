package org.easemoberrors.sample;

import org.easemoberrors.sample.errors.EasemobAction;

/** What to do for each recommended action, in words a developer can act on. */
final class Actions {
  private Actions() {}

  static String advice(EasemobAction action, boolean zh) {
    switch (action) {
      case RETRY:
        return zh ? "稍等片刻后重发同一请求(超时或网关错误),仅对可安全重复的请求重试。"
            : "send the same request again after a short pause (a timeout or gateway error); retry only calls that are safe to repeat.";
      case BACKOFF:
        return zh ? "调用被限流:按 Retry-After 等待,再以更低的频率重试。"
            : "the call was rate limited: wait as Retry-After says, then try again at a lower rate.";
      case SPLIT:
        return zh ? "请求体过大:拆成几个更小的请求分别发送。"
            : "the body is too large: split it into several smaller requests.";
      case REFRESH_TOKEN:
        return zh ? "token 已过期:重新获取 app token,再重发一次请求。"
            : "the token expired: get a new app token and send the request once more.";
      case FIX_REQUEST:
        return zh ? "请求本身有误:按原因修改请求,原样重试不会成功。"
            : "the request itself is wrong: change it as the cause says; sending it again unchanged cannot succeed.";
      case ALERT:
      default:
        return zh ? "服务器端错误:记录日志并通知运维人员处理(如人工补发)。"
            : "a server-side failure: log it and alert an operator, who may have to resend by hand.";
    }
  }
}
