package com.example.im;

import javax.annotation.processing.Generated;

/**
 * HTTP 401: catalogue entry {@code expired-token}.
 *
 * <p>Description: <i>Unable to authenticate due to expired access token</i>
 *
 * <p>The access token has expired.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class ExpiredTokenException extends UnauthorizedException {
    private static final long serialVersionUID = 1L;

    ExpiredTokenException(EasemobErrorMatch match) {
        super(match);
    }
}
