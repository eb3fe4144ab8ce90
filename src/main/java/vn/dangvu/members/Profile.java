package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

    /** The fields as the audit log records them: the identity number masked, never in clear. */
    public java.util.Map<String, Object> auditFields() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("fullName", fullName);
        map.put("sex", sex);
        map.put("birthDate", birthDate);
        map.put("ethnicity", ethnicity);
        map.put("religion", religion);
        map.put("hometown", hometown);
        map.put("address", address);
        map.put("identityNumber", identityNumber == null ? null : identityNumber.masked());
        map.put("education", education);
        map.put("theoryLevel", theoryLevel);
        map.put("occupation", occupation);
        map.put("workplace", workplace);
        map.put("partyCardNumber", partyCardNumber);
        map.put("phone", phone);
        map.put("email", email);
        return map;
    }

    /** The given name: the last word of a Vietnamese full name. */
    public String givenName() {
        String[] words = fullName.split(" ");
        return words[words.length - 1];
    }

    /**
     * "Nguyễn Văn Sẵn" sorts by "Sẵn", then "Văn", then "Nguyễn": the given name, the middle names and
     * the family name, each compared whole (tones included) before the next is looked at.
     */
    List<String> sortFields() {
        String[] words = fullName.split(" ");
        if (words.length == 1) {
            return List.of(words[0]);
        }
        String middle = String.join(" ", Arrays.asList(words).subList(1, words.length - 1));
        return List.of(words[words.length - 1], middle, words[0]);
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }
}
