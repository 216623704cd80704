package com.example.im;

import javax.annotation.processing.Generated;

/**
 * HTTP 400 from the Easemob REST API, and the base of the errors the catalogue lists for it.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public class BadRequestException extends EasemobClientException {
    private static final long serialVersionUID = 1L;

    BadRequestException(EasemobErrorMatch match) {
        super(match);
    }
}
