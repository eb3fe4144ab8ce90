package vn.dangvu.platform;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem details for {@code /api/v1}: a refused rule answers 422 with the rule's name and
 * the message in the client's language (Accept-Language, Vietnamese by default); what is out of
 * reach answers 404 whether it exists or not. Exception messages never reach the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    static final URI RULE_TYPE = URI.create("https://dangvu.vn/problems/rule-violation");

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(violation.messageKey(), violation.arguments(), violation.rule(), locale));
        problem.setType(RULE_TYPE);
        problem.setTitle(messages.getMessage("problem.rule.title", null, "Rule violated", locale));
        problem.setProperty("rule", violation.rule());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("problem.not-found", null, "Not found", locale));
        problem.setTitle(messages.getMessage("problem.not-found.title", null, "Not found", locale));
        return problem;
    }

    @ExceptionHandler(UnitAccess.AccessDeniedException.class)
    ProblemDetail forbidden(Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("problem.forbidden", null, "Forbidden", locale));
        problem.setTitle(messages.getMessage("problem.forbidden.title", null, "Forbidden", locale));
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid", null, "Invalid request", locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, "Invalid request", locale));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), messages.getMessage(f, locale))).toList());
        return problem;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ProblemDetail badArgument(Exception e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.bad-argument", null, "Bad argument", locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, "Invalid request", locale));
        return problem;
    }

    record FieldProblem(String field, String message) {
    }
}
