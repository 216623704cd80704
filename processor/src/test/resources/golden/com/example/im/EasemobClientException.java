package com.example.im;

import javax.annotation.processing.Generated;

/**
 * An Easemob error with a 4xx status: the request was wrong.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public class EasemobClientException extends EasemobException {
  private static final long serialVersionUID = 1L;

  EasemobClientException(EasemobErrorMatch match) {
    super(match);
  }

  /**
   * HTTP 400 from the Easemob REST API, and the base of the errors the catalogue lists for it.
   */
  public static class BadRequest extends EasemobClientException {
    private static final long serialVersionUID = 1L;

    BadRequest(EasemobErrorMatch match) {
      super(match);
    }

    /**
     * HTTP 400 {@code duplicate_unique_property_exists}: catalogue entry {@code duplicate-username}, description <i>Application {application}Entity user requires that property named username be unique, value of {value} exists</i>.
     * A user named {value} already exists.
     */
    public static final class DuplicateUsername extends BadRequest {
      private static final long serialVersionUID = 1L;

      DuplicateUsername(EasemobErrorMatch match) {
        super(match);
      }

      /**
       * The value of {@code {application}}, or null when the matched template lacks it.
       */
      public String application() {
        return param("application");
      }

      /**
       * The value of {@code {value}}, or null when the matched template lacks it.
       */
      public String value() {
        return param("value");
      }
    }

    /**
     * HTTP 400 {@code json_parse} or {@code JsonParseException}: catalogue entry {@code malformed-json}.
     * The request body is not valid JSON.
     */
    public static final class MalformedJson extends BadRequest {
      private static final long serialVersionUID = 1L;

      MalformedJson(EasemobErrorMatch match) {
        super(match);
      }
    }
  }

  /**
   * HTTP 401 from the Easemob REST API, and the base of the errors the catalogue lists for it.
   */
  public static class Unauthorized extends EasemobClientException {
    private static final long serialVersionUID = 1L;

    Unauthorized(EasemobErrorMatch match) {
      super(match);
    }

    /**
     * HTTP 401: catalogue entry {@code expired-token}, description <i>Unable to authenticate due to expired access token</i>.
     * The access token has expired.
     */
    public static final class ExpiredToken extends Unauthorized {
      private static final long serialVersionUID = 1L;

      ExpiredToken(EasemobErrorMatch match) {
        super(match);
      }
    }
  }
}
