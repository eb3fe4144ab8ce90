package vn.dangvu.organizations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.EstablishUnits;
import vn.dangvu.organizations.Commands.ListedUnit;
import vn.dangvu.platform.VietnameseText;

/**
 * From the rows of a workbook to the units to establish, in an order where every superior comes
 * before its subordinates: each row's cells are read, codes checked against the file and the
 * database, superiors resolved by code (in the file, above or below, or in the database) and cycles
 * found. What is wrong is collected per row and column, never stopping at the first problem. Rows
 * that depend on a faulty row are left out without a problem of their own.
 */
final class ImportPlan {

    /** One thing wrong with a row's column, as a message key with its arguments. */
    record Problem(int row, UnitColumn column, String messageKey, Object... arguments) {
    }

    /** A unit already in the database, as the importing user may see it. */
    record Existing(UnitId id, boolean readable, boolean writable) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private final List<Problem> problems;
    private final EstablishUnits units;
    private final int[] rowOfUnit;

    private ImportPlan(List<Problem> problems, EstablishUnits units, int[] rowOfUnit) {
        this.problems = problems;
        this.units = units;
        this.rowOfUnit = rowOfUnit;
    }

    List<Problem> problems() {
        return problems;
    }

    EstablishUnits units() {
        return units;
    }

    /** The workbook row of the unit at {@code index} in {@link #units()}. */
    int rowOf(int index) {
        return rowOfUnit[index];
    }

    /** A row's cells, read; problems found in the row alone are already noted. */
    record Candidate(int row, String code, String name, UnitType type, String superiorCode, LocalDate on,
            String decision, String note, boolean complete) {
    }

    /** The first step: every row read on its own. */
    static final class Rows {

        private final List<Candidate> candidates = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Rows(List<SheetReader.Row> rows, Function<String, Optional<UnitType>> types, String allowedTypes) {
            for (SheetReader.Row row : rows) {
                candidates.add(read(row, types, allowedTypes));
            }
        }

        private Candidate read(SheetReader.Row row, Function<String, Optional<UnitType>> types, String allowedTypes) {
            int before = problems.size();
            int n = row.number();
            String code = row.text(UnitColumn.CODE).strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(new Problem(n, UnitColumn.CODE, "workbook.error.code-required"));
            }
            String name = VietnameseText.clean(row.text(UnitColumn.NAME));
            if (name.isEmpty()) {
                problems.add(new Problem(n, UnitColumn.NAME, "workbook.error.name-required"));
            }
            String writtenType = row.text(UnitColumn.TYPE);
            UnitType type = null;
            if (writtenType.isBlank()) {
                problems.add(new Problem(n, UnitColumn.TYPE, "workbook.error.type-required"));
            } else {
                type = types.apply(writtenType).orElse(null);
                if (type == null) {
                    problems.add(new Problem(n, UnitColumn.TYPE, "workbook.error.type-unknown", writtenType, allowedTypes));
                }
            }
            String writtenDay = row.text(UnitColumn.ESTABLISHED);
            LocalDate on = null;
            if (writtenDay.isBlank()) {
                problems.add(new Problem(n, UnitColumn.ESTABLISHED, "workbook.error.date-required"));
            } else {
                on = parseDay(writtenDay).orElse(null);
                if (on == null) {
                    problems.add(new Problem(n, UnitColumn.ESTABLISHED, "workbook.error.date-invalid", writtenDay));
                }
            }
            String superior = row.text(UnitColumn.SUPERIOR).strip().toUpperCase(Locale.ROOT);
            return new Candidate(n, code, name, type, superior, on, row.text(UnitColumn.DECISION),
                    row.text(UnitColumn.NOTE), problems.size() == before);
        }

        /** The codes the database must be asked about: the rows' own and their superiors'. */
        Set<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            for (Candidate c : candidates) {
                if (!c.code().isEmpty()) {
                    codes.add(c.code());
                }
                if (!c.superiorCode().isEmpty()) {
                    codes.add(c.superiorCode());
                }
            }
            return codes;
        }

        /** The second step, once the database answered which of {@link #codes()} it holds. */
        ImportPlan plan(Map<String, Existing> existing, boolean mayCreateTopLevel) {
            return new Planner(candidates, new ArrayList<>(problems), existing, mayCreateTopLevel).plan();
        }
    }

    /** dd/mm/yyyy as Vietnamese write it (also with '-' or '.'), or yyyy-mm-dd; impossible dates are refused. */
    static Optional<LocalDate> parseDay(String written) {
        String text = written.strip();
        Matcher m = DAY.matcher(text);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            return Optional.of(LocalDate.parse(text, ISO_DAY));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final class Planner {

        private static final int UNSEEN = 0;
        private static final int ON_PATH = 1;
        private static final int DONE = 2;

        private final List<Candidate> candidates;
        private final List<Problem> problems;
        private final Map<String, Existing> existing;
        /** For each candidate: the candidate its superior code names, or -1. */
        private final int[] listedSuperior;
        private final boolean[] usable;

        private final boolean mayCreateTopLevel;

        Planner(List<Candidate> candidates, List<Problem> problems, Map<String, Existing> existing,
                boolean mayCreateTopLevel) {
            this.mayCreateTopLevel = mayCreateTopLevel;
            this.candidates = candidates;
            this.problems = problems;
            this.existing = existing;
            this.listedSuperior = new int[candidates.size()];
            this.usable = new boolean[candidates.size()];
        }

        ImportPlan plan() {
            Map<String, Integer> firstRowOfCode = codesInFile();
            resolveSuperiors(firstRowOfCode);
            int[] depth = depths();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (usable[i]) {
                    order.add(i);
                }
            }
            // A stable sort by depth keeps the file's order among equals and puts superiors first.
            order.sort(Comparator.comparingInt(i -> depth[i]));
            int[] position = new int[candidates.size()];
            Arrays.fill(position, -1);
            List<ListedUnit> units = new ArrayList<>(order.size());
            int[] rows = new int[order.size()];
            for (int i : order) {
                Candidate c = candidates.get(i);
                int listed = listedSuperior[i] >= 0 ? position[listedSuperior[i]] : -1;
                Existing superior = listedSuperior[i] < 0 && !c.superiorCode().isEmpty() ? existing.get(c.superiorCode()) : null;
                position[i] = units.size();
                rows[units.size()] = c.row();
                units.add(new ListedUnit(new EstablishUnit(c.code(), c.name(), c.type(),
                        superior == null ? null : superior.id(), c.on(), c.decision(), c.note()), listed));
            }
            problems.sort(Comparator.comparingInt(Problem::row).thenComparing(Problem::column));
            return new ImportPlan(List.copyOf(problems), new EstablishUnits(units), rows);
        }

        /** The first row of each code; a later row with the same code, or a code already in the database, is a problem. */
        private Map<String, Integer> codesInFile() {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                usable[i] = c.complete();
                if (c.code().isEmpty()) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(c.code(), i);
                if (earlier != null) {
                    problem(i, UnitColumn.CODE, "workbook.error.code-duplicate", c.code(),
                            String.valueOf(candidates.get(earlier).row()));
                } else if (existing.containsKey(c.code())) {
                    problem(i, UnitColumn.CODE, "workbook.error.code-exists", c.code());
                }
            }
            return first;
        }

        private void resolveSuperiors(Map<String, Integer> firstRowOfCode) {
            for (int i = 0; i < candidates.size(); i++) {
                listedSuperior[i] = -1;
                String code = candidates.get(i).superiorCode();
                if (code.isEmpty()) {
                    if (!mayCreateTopLevel) {
                        problem(i, UnitColumn.SUPERIOR, "workbook.error.top-level-forbidden");
                    }
                    continue;
                }
                Integer listed = firstRowOfCode.get(code);
                Existing found = existing.get(code);
                if (listed != null) {
                    listedSuperior[i] = listed;
                } else if (found == null || !found.readable()) {
                    // A unit the user may not see is answered as unknown, so its existence does not leak.
                    problem(i, UnitColumn.SUPERIOR, "workbook.error.superior-unknown", code);
                } else if (!found.writable()) {
                    problem(i, UnitColumn.SUPERIOR, "workbook.error.superior-forbidden", code);
                }
            }
        }

        /**
         * Each candidate's distance from a superior outside the file, walking up the listed
         * superiors; rows on a cycle get a problem, rows under a faulty row are left out.
         */
        private int[] depths() {
            int n = candidates.size();
            int[] state = new int[n];
            int[] depth = new int[n];
            for (int start = 0; start < n; start++) {
                if (state[start] != UNSEEN) {
                    continue;
                }
                List<Integer> path = new ArrayList<>();
                int at = start;
                while (at >= 0 && state[at] == UNSEEN) {
                    state[at] = ON_PATH;
                    path.add(at);
                    at = listedSuperior[at];
                }
                int base;
                boolean baseUsable;
                int cycleFrom = path.size();
                if (at < 0) {
                    base = -1;
                    baseUsable = true;
                } else if (state[at] == ON_PATH) {
                    cycleFrom = path.indexOf(at);
                    reportCycle(path.subList(cycleFrom, path.size()));
                    base = 0;
                    baseUsable = false;
                } else {
                    base = depth[at];
                    baseUsable = usable[at];
                }
                for (int k = cycleFrom - 1; k >= 0; k--) {
                    int i = path.get(k);
                    depth[i] = ++base;
                    usable[i] = usable[i] && baseUsable;
                    baseUsable = usable[i];
                }
                for (int i : path) {
                    state[i] = DONE;
                }
            }
            return depth;
        }

        private void reportCycle(List<Integer> cycle) {
            for (int k = 0; k < cycle.size(); k++) {
                StringBuilder chain = new StringBuilder();
                for (int step = 0; step <= cycle.size(); step++) {
                    if (step > 0) {
                        chain.append(" → ");
                    }
                    chain.append(candidates.get(cycle.get((k + step) % cycle.size())).code());
                }
                problem(cycle.get(k), UnitColumn.SUPERIOR, "workbook.error.cycle", chain.toString());
            }
        }

        private void problem(int candidate, UnitColumn column, String key, Object... arguments) {
            usable[candidate] = false;
            problems.add(new Problem(candidates.get(candidate).row(), column, key, arguments));
        }
    }
}
