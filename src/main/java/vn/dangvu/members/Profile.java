package vn.dangvu.members;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.VietnameseText;

/** The personal record (sơ yếu lý lịch) of a member or candidate. */
public record Profile(String fullName, Sex sex, LocalDate birthDate, String ethnicity, String religion, String hometown,
        String address, IdentityNumber identityNumber, String education, String theoryLevel, String occupation,
        String workplace, String partyCardNumber, String phone, String email) {

    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9.\\-]{4,20}");

    public Profile {
        fullName = VietnameseText.clean(fullName);
        if (fullName.isEmpty() || fullName.length() > 120) {
            throw new RuleViolation("members.record", "members.rule.name-required");
        }
        if (sex == null) {
            throw new RuleViolation("members.record", "members.rule.sex-required");
        }
        if (birthDate == null) {
            throw new RuleViolation("members.record", "members.rule.birth-required");
        }
        if (identityNumber != null) {
            identityNumber.matching(sex, birthDate);
        }
        if (partyCardNumber != null && !partyCardNumber.isBlank() && !CARD_NUMBER.matcher(partyCardNumber.strip()).matches()) {
            throw new RuleViolation("members.record", "members.rule.card-format");
        }
        ethnicity = optional(ethnicity);
        religion = optional(religion);
        hometown = optional(hometown);
        address = optional(address);
        education = optional(education);
        theoryLevel = optional(theoryLevel);
        occupation = optional(occupation);
        workplace = optional(workplace);
        partyCardNumber = optional(partyCardNumber);
        phone = optional(phone);
        email = optional(email);
    }

    /** The given name: the last word of a Vietnamese full name. */
    public String givenName() {
        String[] words = fullName.split(" ");
        return words[words.length - 1];
    }

    /** "Nguyễn Văn Sẵn" sorts as "Sẵn Văn Nguyễn": given name, then middle names, then family name. */
    String sortText() {
        String[] words = fullName.split(" ");
        if (words.length == 1) {
            return words[0];
        }
        StringBuilder out = new StringBuilder(words[words.length - 1]);
        for (int i = 1; i < words.length - 1; i++) {
            out.append(' ').append(words[i]);
        }
        return out.append(' ').append(words[0]).toString();
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }
}
