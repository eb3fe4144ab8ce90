package vn.dangvu.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;

/** What one step hands the next while the dataset is built: the units made, the terms opened, the people on record. */
final class DemoContext {

    UnitId city;
    UnitId bloc;
    UnitId enterprises;
    UnitId zones;
    UnitId federation;
    /** Where the industrial zones' members are on the day it was established: branches and grassroots branches. */
    final List<UnitId> zoneHomes = new ArrayList<>();
    /** Two of {@link #zoneHomes}, dissolved during the term once their members have moved. */
    final List<UnitId> zoneDissolved = new ArrayList<>();
    /** The grassroots branch the industrial zones received from the enterprises' committee. */
    UnitId zoneReceived;
    final List<UnitId> federationBranches = new ArrayList<>();
    Term zonesTerm;
    Term federationTerm;
    /** The official members of each branch, in the order their records were opened: the introducers and voters. */
    final Map<UnitId, List<MemberId>> officials = new HashMap<>();
    int units;
    int people;
    int events;

    List<MemberId> officialsOf(UnitId branch) {
        return officials.computeIfAbsent(branch, b -> new ArrayList<>());
    }
}
