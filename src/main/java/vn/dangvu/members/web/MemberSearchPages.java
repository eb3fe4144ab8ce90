package vn.dangvu.members.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.members.MemberDirectory;

/**
 * Finding a person by name without diacritics ("nguyen van san" finds "Nguyễn Văn Sẵn") among the
 * records of the units the user may read; htmx refreshes the results as they type.
 */
@Controller
class MemberSearchPages {

    static final int PAGE_SIZE = 50;

    private final MemberDirectory directory;
    private final MemberPageSupport pages;

    MemberSearchPages(MemberDirectory directory, MemberPageSupport pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/members/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String query = q.strip();
        model.addAttribute("q", query);
        model.addAttribute("today", pages.today());
        if (!query.isEmpty()) {
            model.addAttribute("results", directory.search(query, pages.scope(), Math.max(page, 0), PAGE_SIZE));
        }
        return htmx != null ? "members/search :: results" : "members/search";
    }
}
