package org.boxoffice.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.boxoffice.platform.BusinessException;

/**
 * Why this request's sign-in failed: locked, throttled, unverified or simply wrong. Jakarta
 * Security only says "failed"; the sign-in page reads the reason here to say what to do next.
 */
@RequestScoped
public class SignInOutcome {

    private BusinessException failure;

    void failed(BusinessException reason) {
        this.failure = reason;
    }

    public Optional<BusinessException> failure() {
        return Optional.ofNullable(failure);
    }
}
