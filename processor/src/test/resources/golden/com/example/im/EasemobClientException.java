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
         * HTTP 400 {@code duplicate_unique_property_exists}: catalogue entry {@code duplicate-username}.
         *
         * <p>Description: <i>Application &#123;application&#125;Entity user requires that property named username be unique, value of &#123;value&#125; exists</i>
         *
         * <p>A user named &#123;value&#125; already exists.
         */
        public static final class DuplicateUsername extends BadRequest {
            private static final long serialVersionUID = 1L;

            DuplicateUsername(EasemobErrorMatch match) {
                super(match);
            }

            /**
             * The {@code {application}} of the description, or null when the matched template has no such placeholder.
             */
            public String application() {
                return param("application");
            }

            /**
             * The {@code {value}} of the description, or null when the matched template has no such placeholder.
             */
            public String value() {
                return param("value");
            }
        }

        /**
         * HTTP 400 {@code json_parse} or {@code JsonParseException}: catalogue entry {@code malformed-json}.
         *
         * <p>The request body is not valid JSON.
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
         * HTTP 401: catalogue entry {@code expired-token}.
         *
         * <p>Description: <i>Unable to authenticate due to expired access token</i>
         *
         * <p>The access token has expired.
         */
        public static final class ExpiredToken extends Unauthorized {
            private static final long serialVersionUID = 1L;

            ExpiredToken(EasemobErrorMatch match) {
                super(match);
            }
        }
    }
}
