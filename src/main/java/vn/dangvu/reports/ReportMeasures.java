package vn.dangvu.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which catalog measures a report states, section by section, by their codes (the contract between
 * modules in the measure catalog). A code the catalog does not know is left out of the report.
 */
final class ReportMeasures {

    static final Map<String, List<String>> SECTIONS;

    /** The columns of the subordinates' table. */
    static final List<String> CONSOLIDATED = List.of("members.atDate", "members.admitted", "members.recognized",
            "members.disciplined", "units.grassroots", "units.branches", "training.attendance", "meetings.attendance",
            "ratings.organizations.goodOrBetter");

    private static final List<String> CLASS_TYPES = List.of("awareness", "newMembers", "resolution", "theory", "other");

    static {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("members", List.of("members.atDate", "members.officialAtDate", "members.admitted",
                "members.recognized", "members.transferredIn", "members.transferredOut", "members.struckOff",
                "members.expelled", "members.deceased", "members.left", "members.disciplined", "members.reviewed",
                "candidates.certified", "candidates.atDate"));
        sections.put("organization", List.of("units.established", "units.received", "units.handedOver",
                "units.dissolved", "units.grassroots", "units.branches"));
        java.util.ArrayList<String> training = new java.util.ArrayList<>();
        training.add("training.classes");
        CLASS_TYPES.forEach(t -> training.add("training.classes." + t));
        training.add("training.participants");
        training.add("training.attendance");
        CLASS_TYPES.forEach(t -> training.add("training.attendance." + t));
        training.add("training.completion");
        sections.put("training", List.copyOf(training));
        sections.put("meetings", List.of("meetings.monthlyHeld", "meetings.themedHeld", "meetings.attendance",
                "conferences.held", "conferences.attendees"));
        sections.put("inspection", List.of("inspection.cases", "supervision.cases", "units.disciplined"));
        sections.put("ratings", List.of("ratings.members.excellent", "ratings.members.goodOrBetter",
                "ratings.members.failed", "ratings.organizations.excellent", "ratings.organizations.goodOrBetter",
                "ratings.organizations.failed"));
        SECTIONS = java.util.Collections.unmodifiableMap(sections);
    }

    private ReportMeasures() {
    }
}
