package vn.dangvu.accounts;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.platform.NotFoundException;

/** Who the API client is signed in as, and with which grants: a first call to check a token. */
@RestController
class MeApiController {

    private final OwnAccount own;

    MeApiController(OwnAccount own) {
        this.own = own;
    }

    record Me(long id, String username, String displayName, List<GrantJson> grants) {
    }

    record GrantJson(Role role, Long unitId, String unitCode, String unitName) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        var principal = Actor.principal().orElseThrow(() -> new NotFoundException("account", "self"));
        var view = own.view(principal);
        return new Me(view.id(), view.username(), view.displayName(), view.grants().stream()
                .map(g -> new GrantJson(g.role(), g.unitId(), g.unitCode(), g.unitName())).toList());
    }
}
