package vn.dangvu.audit;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's way to see a masked field in clear: same right, same audit entry as the page's. */
@RestController
@RequestMapping("/api/v1/sensitive")
class SensitiveApiController {

    private final SensitiveFields fields;

    SensitiveApiController(SensitiveFields fields) {
        this.fields = fields;
    }

    record Revealed(String recordType, String recordId, String field, String value) {
    }

    @PostMapping("/{recordType}/{recordId}/{field}")
    Revealed reveal(@PathVariable String recordType, @PathVariable String recordId, @PathVariable String field) {
        return new Revealed(recordType, recordId, field, fields.reveal(recordType, recordId, field));
    }
}
