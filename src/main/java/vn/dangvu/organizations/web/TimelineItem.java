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
 * receiving side and "chuyển giao" on the giving side.
 */
record TimelineItem(LocalDate on, UnitEventKind kind, String messageKey, Object[] arguments, List<UnitRef> links,
        String decision, String note) {

    static TimelineItem of(TimelineEntry e, UnitId viewer) {
        String role = e.unit().id().equals(viewer) ? "self"
                : e.to() != null && e.to().id().equals(viewer) ? "to" : "from";
        String subject = e.unit().name();
        String from = e.from() == null ? "" : e.from().name();
        String to = e.to() == null ? "" : e.to().name();
        List<UnitRef> links = new ArrayList<>();
        for (UnitRef ref : new UnitRef[] {e.unit(), e.from(), e.to()}) {
            if (ref != null && !ref.id().equals(viewer)) {
                links.add(ref);
            }
        }
        String variant = switch (e.kind()) {
            case ESTABLISHED -> role.equals("self") ? (e.from() != null ? "self.split" : e.to() != null ? "self" : "self.top")
                    : role;
            case RENAMED, SPLIT -> "self";
            default -> role;
        };
        Object[] args = {subject, from, to, e.oldName() == null ? "" : e.oldName(),
                e.newName() == null ? "" : e.newName()};
        return new TimelineItem(e.on(), e.kind(), "units.timeline." + e.kind().name() + "." + variant, args, links,
                e.decision(), e.note());
    }
}
