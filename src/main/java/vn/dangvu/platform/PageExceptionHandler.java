package vn.dangvu.platform;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer with a page: a safe message in the user's language, never a stack trace. Hidden from
 * the OpenAPI document, whose error answers are {@link ApiExceptionHandler}'s problem details.
 */
@Hidden
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.not-found");
    }

    @ExceptionHandler(UnitAccess.AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST, "error.bad-request");
    }

    @ExceptionHandler(RuleViolation.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ModelAndView ruleViolation(RuleViolation violation) {
        log.info("Refused by {}", violation.rule());
        ModelAndView mav = page(HttpStatus.UNPROCESSABLE_CONTENT, violation.messageKey());
        mav.addObject("messageArguments", violation.arguments());
        return mav;
    }

    static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView mav = new ModelAndView("error/page");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArguments", new Object[0]);
        return mav;
    }
}
