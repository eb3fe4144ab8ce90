package vn.dangvu.members;

/** Posts a member may hold in a Party organization. */
public enum PartyPost {
    SECRETARY, DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, EXECUTIVE_COMMITTEE_MEMBER, INSPECTION_COMMITTEE_MEMBER;

    public String messageKey() {
        return "member.post." + name();
    }
}
