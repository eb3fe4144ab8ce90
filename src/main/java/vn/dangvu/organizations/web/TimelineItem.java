package vn.dangvu.organizations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.organizations.UnitEventKind;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.TimelineEntry;
import vn.dangvu.organizations.Views.UnitRef;

/**
 * A timeline entry as the unit whose page it is reads it: a hand-over is "tiếp nhận" on the
 * receiving side and "chuyển giao" on the giving side. Units outside the reader's scope are not named.
 */
record TimelineItem(LocalDate on, UnitEventKind kind, String messageKey, Object[] arguments, List<UnitRef> links,
        String decision, String note) {

    static TimelineItem of(TimelineEntry e, UnitId viewer, java.util.function.Predicate<UnitRef> readable,
            String outOfScope) {
        String role = e.unit().id().equals(viewer) ? "self"
                : e.to() != null && e.to().id().equals(viewer) ? "to" : "from";
        String subject = readable.test(e.unit()) ? e.unit().name() : outOfScope;
        String from = e.from() == null ? "" : readable.test(e.from()) ? e.from().name() : outOfScope;
        String to = e.to() == null ? "" : readable.test(e.to()) ? e.to().name() : outOfScope;
        List<UnitRef> links = new ArrayList<>();
        for (UnitRef ref : new UnitRef[] {e.unit(), e.from(), e.to()}) {
            if (ref != null && !ref.id().equals(viewer) && readable.test(ref)) {
                links.add(ref);
            }
        }
        String variant = switch (e.kind()) {
            case ESTABLISHED -> role.equals("self") ? (e.from() != null ? "self.split" : e.to() != null ? "self" : "self.top")
                    : role;
            case RENAMED, SPLIT -> "self";
            default -> role;
        };
        // The names an event records (a unit's name when established or renamed) are the subject's.
        boolean named = readable.test(e.unit());
        Object[] args = {subject, from, to, e.oldName() == null || !named ? "" : e.oldName(),
                e.newName() == null || !named ? "" : e.newName()};
        return new TimelineItem(e.on(), e.kind(), "units.timeline." + e.kind().name() + "." + variant, args, links,
                e.decision(), e.note());
    }
}
