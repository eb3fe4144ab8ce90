package vn.dangvu.platform;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request Spring MVC refuses before any controller runs: an address mistyped or kept from an old
 * bookmark (404), a form's address opened with the wrong method (405), a missing parameter. A person in
 * a browser gets the page of {@link PageExceptionHandler} in their language; a client of {@code /api/v1}
 * gets Spring's problem details, worded by the {@code problemDetail.*} codes of the message bundles.
 * Without this, Spring's problem-details handler answered the browser with raw JSON too.
 */
@Hidden
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedRequestHandler {

    private final MessageSource messages;

    UnmatchedRequestHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServletException.class)
    Object refused(ServletException e, HttpServletRequest request, Locale locale) throws ServletException {
        if (!(e instanceof ErrorResponse error)) {
            throw e;
        }
        if (isApi(request)) {
            return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
                    .body(error.updateAndGetBody(messages, locale));
        }
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        return PageExceptionHandler.page(status, status == HttpStatus.NOT_FOUND ? "error.not-found" : "error.bad-request");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }
}
