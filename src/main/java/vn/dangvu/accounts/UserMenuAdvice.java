package vn.dangvu.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;

/** What the header's user menu needs on every page: who is signed in and which menus they have. */
@ControllerAdvice(annotations = Controller.class)
class UserMenuAdvice {

    private final UnitAccess access;

    UserMenuAdvice(UnitAccess access) {
        this.access = access;
    }

    record UserMenu(String displayName, String username, boolean manageAccounts, boolean readAudit) {
    }

    @ModelAttribute("userMenu")
    UserMenu userMenu() {
        return Actor.principal().map(p -> new UserMenu(p.displayName(), p.username(),
                        !access.scope(Permission.MANAGE_ACCOUNTS).isEmpty(), !access.scope(Permission.READ_AUDIT).isEmpty()))
                .orElse(null);
    }
}
