package vn.dangvu.meetings;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;

/** Commands and views of conferences, read by the reports through {@link ConferenceDirectory}. */
public final class ConferenceViews {

    private ConferenceViews() {
    }

    /** A guest from the superior committee: "Nguyễn Văn Sẵn", "Ủy viên Thường vụ, Trưởng ban Tuyên giáo …". */
    public record Guest(String name, String title) {

        /** "Name, Title" as typed on one line: the name is what comes before the first comma. */
        public static Guest parse(String line) {
            String s = line.strip();
            int comma = s.indexOf(',');
            return comma < 0 ? new Guest(s, null) : new Guest(s.substring(0, comma).strip(), s.substring(comma + 1).strip());
        }

        public String line() {
            return title == null || title.isBlank() ? name : name + ", " + title;
        }
    }

    /** A file of the minutes, as uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    /**
     * A conference to record. Attendance is either {@code attendees} recorded one by one (the branches are
     * then counted from them) or the numbers {@code attendeesCount} and {@code branchesCount} as entered.
     */
    public record NewConference(UnitId unit, ConferenceKind kind, LocalDate heldOn, String title, String place,
            String presiding, List<Guest> guests, List<MemberId> attendees, Integer attendeesCount,
            Integer branchesCount, List<String> documents, String minutes, List<Upload> files) {

        public NewConference {
            guests = guests == null ? List.of() : List.copyOf(guests);
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
            documents = documents == null ? List.of() : List.copyOf(documents);
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * A conference's fields as corrected: everything but its attendees recorded one by one and its files. The
     * numbers stand for the attendance only while nobody is recorded one by one.
     */
    public record ConferenceEdit(ConferenceKind kind, LocalDate heldOn, String title, String place, String presiding,
            List<Guest> guests, Integer attendeesCount, Integer branchesCount, List<String> documents,
            String minutes) {

        public ConferenceEdit {
            guests = guests == null ? List.of() : List.copyOf(guests);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /**
     * Someone recorded present at a conference, with the branch they were counted in on the day.
     * {@code visible} is false for someone since moved out of the reader's reach: the line stays, unnamed.
     */
    public record AttendeeLine(MemberId member, String fullName, UnitId branch, String branchName, boolean visible) {
    }

    /** A member who may be recorded present: in the conference's subtree on the day and within the reader's reach. */
    public record AttendeeChoice(MemberId member, String fullName, LocalDate birthDate, String branchName) {
    }

    public record FileInfo(long id, String fileName, String contentType, int sizeBytes) {
    }

    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /**
     * A conference as the reports read it. {@code attendees} and {@code branches} are counted from the
     * attendees recorded one by one when there are any, else as entered ({@code null}: not known).
     */
    public record ConferenceView(long id, UnitId unit, String unitName, ConferenceKind kind, LocalDate heldOn,
            String title, String place, String presiding, List<Guest> guests, Integer attendees, Integer branches,
            boolean attendeesRecorded, List<String> documents, String minutes, List<FileInfo> files) {

        /** "62 đảng viên của 06 chi bộ", as the reports write it; empty when the attendance is not known. */
        public String attendancePhrase() {
            return AttendancePhrase.vietnamese(attendees, branches);
        }
    }
}
