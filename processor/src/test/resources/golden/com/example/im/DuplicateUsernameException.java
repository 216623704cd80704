package com.example.im;

import javax.annotation.processing.Generated;

/**
 * HTTP 400 {@code duplicate_unique_property_exists}: catalogue entry {@code duplicate-username}.
 *
 * <p>Description: <i>Application &#123;application&#125;Entity user requires that property named username be unique, value of &#123;value&#125; exists</i>
 *
 * <p>A user named &#123;value&#125; already exists.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class DuplicateUsernameException extends BadRequestException {
    private static final long serialVersionUID = 1L;

    DuplicateUsernameException(EasemobErrorMatch match) {
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
