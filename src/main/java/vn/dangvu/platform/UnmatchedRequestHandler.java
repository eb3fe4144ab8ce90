package vn.dangvu.platform;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request that no controller takes: an address mistyped or kept from an old bookmark, a form's
 * address opened as a link. A person in a browser gets the page of {@link PageExceptionHandler} in
 * their language; a client of {@code /api/v1} gets problem details. Without this, Spring's own
 * problem-details handler answered the browser with raw JSON.
 */
@Hidden
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedRequestHandler {

    private final MessageSource messages;

    UnmatchedRequestHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    Object unmatched(Exception e, HttpServletRequest request, Locale locale) {
        ErrorResponse error = (ErrorResponse) e;
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.NOT_FOUND
                    ? messages.getMessage("problem.not-found", null, "Not found", locale)
                    : messages.getMessage("problem.method-not-allowed", null, "Method not allowed", locale));
            problem.setTitle(status == HttpStatus.NOT_FOUND
                    ? messages.getMessage("problem.not-found.title", null, "Not found", locale)
                    : messages.getMessage("problem.invalid.title", null, "Invalid request", locale));
            return ResponseEntity.status(status).headers(error.getHeaders()).body(problem);
        }
        return PageExceptionHandler.page(status, status == HttpStatus.NOT_FOUND ? "error.not-found" : "error.bad-request");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }
}
