package vn.dangvu.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Reveals a masked field on request, from a page (an htmx POST that swaps the masked value for the
 * clear one). A POST, not a GET: each reveal is an act that is logged, never a prefetch or a cache hit.
 */
@Controller
class SensitiveController {

    private final SensitiveFields fields;

    SensitiveController(SensitiveFields fields) {
        this.fields = fields;
    }

    @PostMapping("/sensitive/{recordType}/{recordId}/{field}")
    String reveal(@PathVariable String recordType, @PathVariable String recordId, @PathVariable String field,
            Model model) {
        model.addAttribute("clear", fields.reveal(recordType, recordId, field));
        return "fragments/sensitive :: revealed";
    }
}
