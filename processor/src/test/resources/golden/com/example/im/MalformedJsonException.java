package com.example.im;

import javax.annotation.processing.Generated;

/**
 * HTTP 400 {@code json_parse} or {@code JsonParseException}: catalogue entry {@code malformed-json}.
 *
 * <p>The request body is not valid JSON.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class MalformedJsonException extends BadRequestException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(EasemobErrorMatch match) {
        super(match);
    }
}
