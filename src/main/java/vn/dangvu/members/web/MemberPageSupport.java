package vn.dangvu.members.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * What the member pages share: finding a member or unit within the user's scope (out of scope
 * answers as not found), the user's readable roots for SQL, and the Post/Redirect/Get endings.
 */
@Component
class MemberPageSupport {

    private final MemberDirectory directory;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MemberPageSupport(MemberDirectory directory, OrganizationTree tree, UnitAccess access, MessageSource messages,
            Clock clock) {
        this.directory = directory;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The member, if the user may read the unit they belong to; otherwise not found, so nothing leaks. */
    MemberView readable(long id) {
        UnitId unit = directory.unitOf(new MemberId(id)).orElseThrow(() -> new NotFoundException("member", id));
        if (!access.canRead(unit.value())) {
            throw new NotFoundException("member", id);
        }
        return directory.find(new MemberId(id)).orElseThrow(() -> new NotFoundException("member", id));
    }

    /** The member, if the user may change the records of the unit they belong to. */
    MemberView writable(long id) {
        MemberView member = readable(id);
        access.checkWrite(member.unit().value());
        return member;
    }

    boolean canWrite(UnitId unit) {
        return access.canWrite(unit.value());
    }

    boolean canRead(UnitId unit) {
        return access.canRead(unit.value());
    }

    /** Whether the user may see the masked fields of the unit's members (identity numbers) in clear. */
    boolean canReveal(UnitId unit) {
        return access.can(Permission.REVEAL_SENSITIVE, unit.value());
    }

    /** The unit as it stood on the day, if the user may read it. */
    UnitView unit(long id, LocalDate on) {
        access.checkRead(id);
        return tree.find(new UnitId(id), on).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** The user's readable roots, or null when they read the whole tree. */
    Set<UnitId> scope() {
        return access.readableRoots()
                .map(roots -> roots.stream().map(UnitId::new).collect(Collectors.toSet()))
                .orElse(null);
    }

    /** A person's name for a page, or a neutral phrase when they belong to a unit the user may not read. */
    String memberName(MemberId id, Locale locale) {
        return directory.unitOf(id).filter(u -> access.canRead(u.value()))
                .flatMap(u -> directory.find(id)).map(MemberView::fullName)
                .orElseGet(() -> messages.getMessage("members.outOfScope", null, locale));
    }

    /** A unit's name today, or a neutral phrase when it lies outside the user's scope. */
    String unitName(UnitId id, Locale locale) {
        if (id == null) {
            return null;
        }
        return access.canRead(id.value())
                ? tree.find(id, today()).map(UnitView::name).orElse("")
                : messages.getMessage("units.outOfScope", null, locale);
    }

    String done(RedirectAttributes redirect, Locale locale, String key, long memberId, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, arguments, locale));
        return "redirect:/members/" + memberId;
    }

    /** The form again, with what was typed and the broken rule's message in the user's language: 422. */
    String refused(RuleViolation v, Locale locale, Model model, HttpServletResponse response, String view) {
        model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        return invalid(response, view);
    }

    static String invalid(HttpServletResponse response, String view) {
        response.setStatus(422);
        return view;
    }
}
