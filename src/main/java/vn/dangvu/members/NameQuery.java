package vn.dangvu.members;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.platform.VietnameseText;

/**
 * A name as typed into the search, folded like {@code member.name_folded} ("Nguyễn Văn Sẵn" and
 * "nguyen  van san" both give "nguyen van san", "đ" gives "d"), and cut into words. Every word must be a
 * whole word of the name except the last, which may be the start of one, since people type names from
 * the left: "nguyen van hu" finds "Nguyễn Văn Hùng" and "Nguyễn Văn Huy".
 *
 * Other modules that look people up by name (a conference's attendees) use it too, so every search of
 * names in the app matches alike.
 *
 * @param words the folded words, letters and digits only
 */
public record NameQuery(List<String> words) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public NameQuery {
        words = List.copyOf(words);
    }

    public static NameQuery of(String typed) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(VietnameseText.fold(typed == null ? "" : typed));
        while (m.find()) {
            words.add(m.group());
        }
        return new NameQuery(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The whole name typed, as {@code member.name_folded} holds it: people with exactly this name come first. */
    String exactName() {
        return String.join(" ", words);
    }

    /**
     * The query for {@code to_tsquery('simple', …)} over the words of a name: every word, the last as a
     * prefix ("nguyen & van & hu:*"). The words hold only letters and digits, so nothing in them is an
     * operator of the query syntax.
     */
    public String textSearch() {
        return String.join(" & ", words) + ":*";
    }
}
