package vn.dangvu.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.platform.NotFoundException;

/** The audit log page: entries of the reader's subtree, filtered by date, user, record and action. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditBrowser browser;

    AuditController(AuditBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!browser.mayBrowse()) {
            throw new NotFoundException("page", "audit");
        }
        var filter = new AuditBrowser.Filter(from, to, actor, recordType, recordId, action);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", browser.search(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("actions", browser.actions());
        model.addAttribute("recordTypes", browser.recordTypes());
        return "audit/list";
    }
}
