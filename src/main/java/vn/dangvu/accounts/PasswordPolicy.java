package vn.dangvu.accounts;

import java.security.SecureRandom;
import java.text.Normalizer;

/**
 * {@link AccountRule#PASSWORD_LENGTH} and {@link AccountRule#PASSWORD_DIFFERENT}: length counts
 * characters as a person types them (NFC code points, so "ế" is one), and nothing else is imposed.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String password, String username) {
        String typed = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw AccountRule.PASSWORD_LENGTH.violation("password-length", MIN_LENGTH, MAX_LENGTH);
        }
        if (username != null && typed.strip().equalsIgnoreCase(username.strip())) {
            throw AccountRule.PASSWORD_DIFFERENT.violation("password-is-username");
        }
    }

    /** A one-time password that is easy to read out and type: four groups of four, no 0/O or 1/l. */
    static String oneTimePassword() {
        var out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
