package com.example.im;

import javax.annotation.processing.Generated;

/**
 * HTTP 401 from the Easemob REST API, and the base of the errors the catalogue lists for it.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public class UnauthorizedException extends EasemobClientException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(EasemobErrorMatch match) {
        super(match);
    }
}
