package vn.dangvu.members.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.PartyPost;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.UnitId;

/**
 * What API clients send to change member records. Bean Validation answers missing or oversized
 * fields with 400 and a message per field; what the membership rules decide (ages, deadlines,
 * introducers, decision numbers) answers 422 from {@link vn.dangvu.members.MemberHistory}, so each
 * rule is written once.
 */
final class MemberRequests {

    static final String REQUIRED = "{validation.required}";
    static final String TOO_LONG = "{members.validation.too-long}";
    static final String NOT_NEGATIVE = "{members.validation.not-negative}";
    static final String EMAIL = "{members.validation.email}";
    static final int NAME_MAX = 120;
    static final int TEXT_MAX = 255;
    static final int ADDRESS_MAX = 500;

    private MemberRequests() {
    }

    @Schema(description = "The personal record (sơ yếu lý lịch)")
    record ProfileRequest(
            @Schema(example = "Nguyễn Văn Sẵn") @NotBlank(message = REQUIRED) @Size(max = NAME_MAX, message = TOO_LONG)
            String fullName,
            @NotNull(message = REQUIRED) Sex sex,
            @Schema(example = "1998-03-04") @NotNull(message = REQUIRED) LocalDate birthDate,
            @Schema(example = "Kinh") @Size(max = TEXT_MAX, message = TOO_LONG) String ethnicity,
            @Schema(example = "Không") @Size(max = TEXT_MAX, message = TOO_LONG) String religion,
            @Size(max = TEXT_MAX, message = TOO_LONG) String hometown,
            @Size(max = ADDRESS_MAX, message = TOO_LONG) String address,
            @Schema(description = "Số CCCD, 12 digits. Left out when changing a profile, the number on file stays: "
                    + "clients only ever see it masked", example = "092098000123")
            @Size(max = 20, message = TOO_LONG) String identityNumber,
            @Size(max = TEXT_MAX, message = TOO_LONG) String education,
            @Size(max = TEXT_MAX, message = TOO_LONG) String theoryLevel,
            @Size(max = TEXT_MAX, message = TOO_LONG) String occupation,
            @Size(max = TEXT_MAX, message = TOO_LONG) String workplace,
            @Size(max = 20, message = TOO_LONG) String partyCardNumber,
            @Size(max = 30, message = TOO_LONG) String phone,
            @Email(message = EMAIL) @Size(max = TEXT_MAX, message = TOO_LONG) String email) {

        /** The profile the domain validates; {@code onFile} is kept when no identity number is sent. */
        Profile toProfile(IdentityNumber onFile) {
            IdentityNumber number = identityNumber == null || identityNumber.isBlank() ? onFile
                    : IdentityNumber.parse(identityNumber);
            return new Profile(fullName, sex, birthDate, ethnicity, religion, hometown, address, number, education,
                    theoryLevel, occupation, workplace, partyCardNumber, phone, email);
        }
    }

    @Schema(description = "A branch starts following an outstanding non-member (quần chúng ưu tú) from a date")
    record CandidateRequest(@NotNull(message = REQUIRED) @Valid ProfileRequest profile,
            @NotNull(message = REQUIRED) LocalDate on) {
    }

    @Schema(description = "The record of a member admitted before Dangvu knew them, from their paper file")
    record MemberRecordRequest(
            @NotNull(message = REQUIRED) @Valid ProfileRequest profile,
            @Schema(description = "From this date the member belongs to the branch") @NotNull(message = REQUIRED)
            LocalDate on,
            @Schema(description = "The admission decision's date") @NotNull(message = REQUIRED) LocalDate admittedOn,
            @Schema(description = "The admission ceremony, from which probation ran") LocalDate ceremonyOn,
            @Schema(description = "The day they became official, if recognized already") LocalDate officialFrom) {
    }

    /**
     * One event of a member's life, named by {@code kind} (the same names as the domain's events).
     * Timelines answer in the same shape, so a client reads and writes one format. Units and members
     * are referred to by numeric id.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
            visible = true)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EventBody.RecordOpened.class, name = "RecordOpened"),
            @JsonSubTypes.Type(value = EventBody.CandidateRegistered.class, name = "CandidateRegistered"),
            @JsonSubTypes.Type(value = EventBody.AwarenessCertified.class, name = "AwarenessCertified"),
            @JsonSubTypes.Type(value = EventBody.Introduced.class, name = "Introduced"),
            @JsonSubTypes.Type(value = EventBody.BranchVoted.class, name = "BranchVoted"),
            @JsonSubTypes.Type(value = EventBody.AdmissionDecided.class, name = "AdmissionDecided"),
            @JsonSubTypes.Type(value = EventBody.CeremonyHeld.class, name = "CeremonyHeld"),
            @JsonSubTypes.Type(value = EventBody.RecognizedOfficial.class, name = "RecognizedOfficial"),
            @JsonSubTypes.Type(value = EventBody.ProbationStruckOff.class, name = "ProbationStruckOff"),
            @JsonSubTypes.Type(value = EventBody.CandidateDropped.class, name = "CandidateDropped"),
            @JsonSubTypes.Type(value = EventBody.Transferred.class, name = "Transferred"),
            @JsonSubTypes.Type(value = EventBody.TemporarilyTransferred.class, name = "TemporarilyTransferred"),
            @JsonSubTypes.Type(value = EventBody.TemporaryTransferEnded.class, name = "TemporaryTransferEnded"),
            @JsonSubTypes.Type(value = EventBody.Exempted.class, name = "Exempted"),
            @JsonSubTypes.Type(value = EventBody.ExemptionEnded.class, name = "ExemptionEnded"),
            @JsonSubTypes.Type(value = EventBody.Disciplined.class, name = "Disciplined"),
            @JsonSubTypes.Type(value = EventBody.StruckOff.class, name = "StruckOff"),
            @JsonSubTypes.Type(value = EventBody.LeftParty.class, name = "LeftParty"),
            @JsonSubTypes.Type(value = EventBody.Died.class, name = "Died"),
            @JsonSubTypes.Type(value = EventBody.PostTaken.class, name = "PostTaken"),
            @JsonSubTypes.Type(value = EventBody.PostLeft.class, name = "PostLeft"),
            @JsonSubTypes.Type(value = EventBody.BadgeAwarded.class, name = "BadgeAwarded")})
    @Schema(description = "An event of a member's life; kind names it", discriminatorProperty = "kind",
            oneOf = {EventBody.RecordOpened.class, EventBody.CandidateRegistered.class,
                    EventBody.AwarenessCertified.class, EventBody.Introduced.class, EventBody.BranchVoted.class,
                    EventBody.AdmissionDecided.class, EventBody.CeremonyHeld.class, EventBody.RecognizedOfficial.class,
                    EventBody.ProbationStruckOff.class, EventBody.CandidateDropped.class, EventBody.Transferred.class,
                    EventBody.TemporarilyTransferred.class, EventBody.TemporaryTransferEnded.class,
                    EventBody.Exempted.class, EventBody.ExemptionEnded.class, EventBody.Disciplined.class,
                    EventBody.StruckOff.class, EventBody.LeftParty.class, EventBody.Died.class,
                    EventBody.PostTaken.class, EventBody.PostLeft.class, EventBody.BadgeAwarded.class},
            discriminatorMapping = {
                    @DiscriminatorMapping(value = "RecordOpened", schema = EventBody.RecordOpened.class),
                    @DiscriminatorMapping(value = "CandidateRegistered", schema = EventBody.CandidateRegistered.class),
                    @DiscriminatorMapping(value = "AwarenessCertified", schema = EventBody.AwarenessCertified.class),
                    @DiscriminatorMapping(value = "Introduced", schema = EventBody.Introduced.class),
                    @DiscriminatorMapping(value = "BranchVoted", schema = EventBody.BranchVoted.class),
                    @DiscriminatorMapping(value = "AdmissionDecided", schema = EventBody.AdmissionDecided.class),
                    @DiscriminatorMapping(value = "CeremonyHeld", schema = EventBody.CeremonyHeld.class),
                    @DiscriminatorMapping(value = "RecognizedOfficial", schema = EventBody.RecognizedOfficial.class),
                    @DiscriminatorMapping(value = "ProbationStruckOff", schema = EventBody.ProbationStruckOff.class),
                    @DiscriminatorMapping(value = "CandidateDropped", schema = EventBody.CandidateDropped.class),
                    @DiscriminatorMapping(value = "Transferred", schema = EventBody.Transferred.class),
                    @DiscriminatorMapping(value = "TemporarilyTransferred",
                            schema = EventBody.TemporarilyTransferred.class),
                    @DiscriminatorMapping(value = "TemporaryTransferEnded",
                            schema = EventBody.TemporaryTransferEnded.class),
                    @DiscriminatorMapping(value = "Exempted", schema = EventBody.Exempted.class),
                    @DiscriminatorMapping(value = "ExemptionEnded", schema = EventBody.ExemptionEnded.class),
                    @DiscriminatorMapping(value = "Disciplined", schema = EventBody.Disciplined.class),
                    @DiscriminatorMapping(value = "StruckOff", schema = EventBody.StruckOff.class),
                    @DiscriminatorMapping(value = "LeftParty", schema = EventBody.LeftParty.class),
                    @DiscriminatorMapping(value = "Died", schema = EventBody.Died.class),
                    @DiscriminatorMapping(value = "PostTaken", schema = EventBody.PostTaken.class),
                    @DiscriminatorMapping(value = "PostLeft", schema = EventBody.PostLeft.class),
                    @DiscriminatorMapping(value = "BadgeAwarded", schema = EventBody.BadgeAwarded.class)})
    sealed interface EventBody {

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        String kind();

        LocalDate on();

        MemberEvent toEvent();

        /** Units the event names besides the member's own branch: the caller must be able to change them. */
        default List<Long> unitIds() {
            return List.of();
        }

        /** Other members the event names: the caller must be able to read them. */
        default List<Long> memberIds() {
            return List.of();
        }

        /**
         * The body of a recorded event, for timelines. {@code unit} and {@code member} give the id a
         * reader may see, or null for what lies outside their scope.
         */
        static EventBody of(MemberEvent event, Function<UnitId, Long> unit, Function<MemberId, Long> member) {
            String kind = event.kind();
            return switch (event) {
                case MemberEvent.RecordOpened e -> new RecordOpened(kind, e.on(), unit.apply(e.branch()), e.admittedOn(),
                        e.ceremonyOn(), e.officialFrom());
                case MemberEvent.CandidateRegistered e -> new CandidateRegistered(kind, e.on(), unit.apply(e.branch()));
                case MemberEvent.AwarenessCertified e -> new AwarenessCertified(kind, e.on(), e.certificateNumber());
                case MemberEvent.Introduced e -> new Introduced(kind, e.on(), member.apply(e.first()),
                        member.apply(e.second()));
                case MemberEvent.BranchVoted e -> new BranchVoted(kind, e.on(), e.votesFor(), e.votesTotal(),
                        e.resolutionNumber());
                case MemberEvent.AdmissionDecided e -> new AdmissionDecided(kind, e.on(), e.decisionNumber(),
                        e.overAgeDecision(), e.lateReason());
                case MemberEvent.CeremonyHeld e -> new CeremonyHeld(kind, e.on(), e.lateReason());
                case MemberEvent.RecognizedOfficial e -> new RecognizedOfficial(kind, e.on(), e.decisionNumber(),
                        e.lateReason());
                case MemberEvent.ProbationStruckOff e -> new ProbationStruckOff(kind, e.on(), e.decisionNumber(),
                        e.reason());
                case MemberEvent.CandidateDropped e -> new CandidateDropped(kind, e.on(), e.reason());
                case MemberEvent.Transferred e -> new Transferred(kind, e.on(), unit.apply(e.to()), e.letterNumber());
                case MemberEvent.TemporarilyTransferred e -> new TemporarilyTransferred(kind, e.on(), unit.apply(e.to()),
                        e.until(), e.letterNumber());
                case MemberEvent.TemporaryTransferEnded e -> new TemporaryTransferEnded(kind, e.on());
                case MemberEvent.Exempted e -> new Exempted(kind, e.on(), e.reason());
                case MemberEvent.ExemptionEnded e -> new ExemptionEnded(kind, e.on());
                case MemberEvent.Disciplined e -> new Disciplined(kind, e.on(), e.form(), e.decisionNumber(),
                        e.decidedBy(), e.reason());
                case MemberEvent.StruckOff e -> new StruckOff(kind, e.on(), e.decisionNumber(), e.reason());
                case MemberEvent.LeftParty e -> new LeftParty(kind, e.on(), e.decisionNumber());
                case MemberEvent.Died e -> new Died(kind, e.on());
                case MemberEvent.PostTaken e -> new PostTaken(kind, e.on(), e.post(), unit.apply(e.unit()));
                case MemberEvent.PostLeft e -> new PostLeft(kind, e.on(), e.post());
                case MemberEvent.BadgeAwarded e -> new BadgeAwarded(kind, e.on(), e.years(), e.decisionNumber());
            };
        }

        private static UnitId unit(Long id) {
            return id == null ? null : UnitId.of(id);
        }

        private static MemberId member(Long id) {
            return id == null ? null : new MemberId(id);
        }

        @Schema(description = "Only as the first event of a record: POST /api/v1/units/{id}/member-records opens one")
        record RecordOpened(String kind, @NotNull(message = REQUIRED) LocalDate on, Long branchId,
                LocalDate admittedOn, LocalDate ceremonyOn, LocalDate officialFrom) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.RecordOpened(on, unit(branchId), admittedOn, ceremonyOn, officialFrom);
            }
        }

        @Schema(description = "Re-admission starts with a branch following the person again")
        record CandidateRegistered(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) Long branchId) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.CandidateRegistered(on, unit(branchId));
            }

            @Override
            public List<Long> unitIds() {
                return List.of(branchId);
            }
        }

        record AwarenessCertified(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String certificateNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.AwarenessCertified(on, certificateNumber);
            }
        }

        @Schema(description = "Two official members introduce the candidate")
        record Introduced(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) Long firstIntroducerId,
                @NotNull(message = REQUIRED) Long secondIntroducerId) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.Introduced(on, member(firstIntroducerId), member(secondIntroducerId));
            }

            @Override
            public List<Long> memberIds() {
                return List.of(firstIntroducerId, secondIntroducerId);
            }
        }

        @Schema(description = "The branch's resolution proposing admission; on is the day of the branch's review")
        record BranchVoted(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) @PositiveOrZero(message = NOT_NEGATIVE) Integer votesFor,
                @NotNull(message = REQUIRED) @PositiveOrZero(message = NOT_NEGATIVE) Integer votesTotal,
                @Size(max = TEXT_MAX, message = TOO_LONG) String resolutionNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.BranchVoted(on, votesFor, votesTotal, resolutionNumber);
            }
        }

        @Schema(description = "The admission decision; overAgeDecision for a candidate past the age limit, "
                + "lateReason when past the deadline")
        record AdmissionDecided(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber,
                @Size(max = TEXT_MAX, message = TOO_LONG) String overAgeDecision,
                @Size(max = TEXT_MAX, message = TOO_LONG) String lateReason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.AdmissionDecided(on, decisionNumber, overAgeDecision, lateReason);
            }
        }

        @Schema(description = "The admission ceremony, from which the 12 months of probation run")
        record CeremonyHeld(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String lateReason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.CeremonyHeld(on, lateReason);
            }
        }

        record RecognizedOfficial(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber,
                @Size(max = TEXT_MAX, message = TOO_LONG) String lateReason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.RecognizedOfficial(on, decisionNumber, lateReason);
            }
        }

        record ProbationStruckOff(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber,
                @Size(max = TEXT_MAX, message = TOO_LONG) String reason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.ProbationStruckOff(on, decisionNumber, reason);
            }
        }

        record CandidateDropped(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String reason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.CandidateDropped(on, reason);
            }
        }

        record Transferred(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) Long toId,
                @Size(max = TEXT_MAX, message = TOO_LONG) String letterNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.Transferred(on, unit(toId), letterNumber);
            }

            @Override
            public List<Long> unitIds() {
                return List.of(toId);
            }
        }

        record TemporarilyTransferred(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) Long toId, LocalDate until,
                @Size(max = TEXT_MAX, message = TOO_LONG) String letterNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.TemporarilyTransferred(on, unit(toId), until, letterNumber);
            }

            @Override
            public List<Long> unitIds() {
                return List.of(toId);
            }
        }

        record TemporaryTransferEnded(String kind, @NotNull(message = REQUIRED) LocalDate on) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.TemporaryTransferEnded(on);
            }
        }

        record Exempted(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String reason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.Exempted(on, reason);
            }
        }

        record ExemptionEnded(String kind, @NotNull(message = REQUIRED) LocalDate on) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.ExemptionEnded(on);
            }
        }

        record Disciplined(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) DisciplineForm form,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decidedBy,
                @Size(max = TEXT_MAX, message = TOO_LONG) String reason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.Disciplined(on, form, decisionNumber, decidedBy, reason);
            }
        }

        record StruckOff(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber,
                @Size(max = TEXT_MAX, message = TOO_LONG) String reason) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.StruckOff(on, decisionNumber, reason);
            }
        }

        record LeftParty(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.LeftParty(on, decisionNumber);
            }
        }

        record Died(String kind, @NotNull(message = REQUIRED) LocalDate on) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.Died(on);
            }
        }

        @Schema(description = "A post in a Party organization; unitId is the organization")
        record PostTaken(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) PartyPost post, @NotNull(message = REQUIRED) Long unitId)
                implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.PostTaken(on, post, unit(unitId));
            }

            @Override
            public List<Long> unitIds() {
                return List.of(unitId);
            }
        }

        record PostLeft(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) PartyPost post) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.PostLeft(on, post);
            }
        }

        @Schema(description = "A party badge presented for years of party age")
        record BadgeAwarded(String kind, @NotNull(message = REQUIRED) LocalDate on,
                @NotNull(message = REQUIRED) Integer years,
                @Size(max = TEXT_MAX, message = TOO_LONG) String decisionNumber) implements EventBody {
            @Override
            public MemberEvent toEvent() {
                return new MemberEvent.BadgeAwarded(on, years, decisionNumber);
            }
        }
    }
}
