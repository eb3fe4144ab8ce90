package vn.dangvu.members.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.PartyPost;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;

/** The records the member forms bind to; what the user typed comes back in them when a change is refused. */
final class MemberForms {

    private MemberForms() {
    }

    /**
     * The personal record, with the dates of the form it sits in: {@code on} for a new candidate or
     * a record opened from paper files, and the admission dates of such a record.
     */
    record ProfileForm(
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{members.form.too-long}") String fullName,
            @NotNull(message = "{validation.required}") Sex sex,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @Size(max = 60, message = "{members.form.too-long}") String ethnicity,
            @Size(max = 60, message = "{members.form.too-long}") String religion,
            @Size(max = 255, message = "{members.form.too-long}") String hometown,
            @Size(max = 255, message = "{members.form.too-long}") String address,
            @Size(max = 20, message = "{members.form.too-long}") String identityNumber,
            @Size(max = 120, message = "{members.form.too-long}") String education,
            @Size(max = 120, message = "{members.form.too-long}") String theoryLevel,
            @Size(max = 120, message = "{members.form.too-long}") String occupation,
            @Size(max = 255, message = "{members.form.too-long}") String workplace,
            @Size(max = 20, message = "{members.form.too-long}") String partyCardNumber,
            @Size(max = 30, message = "{members.form.too-long}") String phone,
            @Size(max = 120, message = "{members.form.too-long}") String email,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ceremonyOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate officialFrom) {

        static ProfileForm blank(LocalDate on) {
            return new ProfileForm("", null, null, "Kinh", "Không", "", "", "", "", "", "", "", "", "", "", on, null,
                    null, null);
        }

        /** The member's record as it stands; the identity number stays empty, meaning "keep it". */
        static ProfileForm of(MemberView m) {
            return new ProfileForm(m.fullName(), m.sex(), m.birthDate(), m.ethnicity(), m.religion(), m.hometown(),
                    m.address(), "", m.education(), m.theoryLevel(), m.occupation(), m.workplace(),
                    m.partyCardNumber(), m.phone(), m.email(), null, null, null, null);
        }

        /** The profile, or the {@link vn.dangvu.platform.RuleViolation} of the field that fails its rules. */
        Profile toProfile(String keptIdentityNumber) {
            String typed = identityNumber == null ? "" : identityNumber.strip();
            String number = typed.isEmpty() ? keptIdentityNumber : typed;
            return new Profile(fullName, sex, birthDate, ethnicity, religion, hometown, address,
                    number == null || number.isBlank() ? null : IdentityNumber.parse(number), education, theoryLevel,
                    occupation, workplace, partyCardNumber, phone, email);
        }
    }

    /**
     * Every field an event of a member's life may carry; the form of each kind shows only its own
     * (see {@link EventKind}), and the rest stay empty.
     */
    record EventForm(
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 60, message = "{members.form.too-long}") String certificateNumber,
            Long firstIntroducer,
            Long secondIntroducer,
            @Min(value = 0, message = "{members.form.not-negative}") @Max(10000) Integer votesFor,
            @Min(value = 1, message = "{members.form.positive}") @Max(10000) Integer votesTotal,
            @Size(max = 120, message = "{members.form.too-long}") String resolutionNumber,
            @Size(max = 120, message = "{members.form.too-long}") String decisionNumber,
            @Size(max = 120, message = "{members.form.too-long}") String overAgeDecision,
            @Size(max = 1000, message = "{members.form.too-long}") String lateReason,
            @Size(max = 1000, message = "{members.form.too-long}") String reason,
            Long targetUnit,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @Size(max = 120, message = "{members.form.too-long}") String letterNumber,
            DisciplineForm disciplineForm,
            @Size(max = 255, message = "{members.form.too-long}") String decidedBy,
            PartyPost post,
            Integer years) {

        static EventForm on(LocalDate on) {
            return new EventForm(on, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }
    }
}
