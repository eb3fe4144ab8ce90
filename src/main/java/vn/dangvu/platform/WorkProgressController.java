package vn.dangvu.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** What a waiting page asks every half second: the step its own long request has reached, as a sentence. */
@Controller
class WorkProgressController {

    /** The step in the reader's language, with the numbers for the page's progress bar. */
    record StepView(String message, long done, long total, int percent) {
    }

    private final WorkProgress progress;
    private final MessageSource messages;

    WorkProgressController(WorkProgress progress, MessageSource messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @GetMapping("/progress/{token}")
    @ResponseBody
    ResponseEntity<StepView> step(@PathVariable String token, HttpServletRequest request, Locale locale) {
        HttpSession session = request.getSession(false);
        WorkProgress.Step step = progress.read(token, session == null ? null : session.getId())
                .orElseThrow(() -> new NotFoundException("progress", token));
        String message = messages.getMessage(step.messageKey(), new Object[] {step.done(), step.total()}, locale);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new StepView(message, step.done(), step.total(), step.percent()));
    }
}
