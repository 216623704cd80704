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
}
