package vn.dangvu.organizations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.Commands.ListedUnit;
import vn.dangvu.organizations.ImportPlan.Existing;
import vn.dangvu.organizations.ImportPlan.Problem;
import vn.dangvu.organizations.UnitsRefused.Refusal;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.WorkProgress;

/**
 * Imports a whole organization tree from an .xlsx workbook, all or nothing: every row is read and
 * checked first, and every problem is reported with its row and column; only a file without any
 * problem is written, in one transaction, through {@link BulkEstablishment} and so through the same
 * rules as a unit established by hand.
 */
@Service
public class TreeImport {

    /** The largest file accepted, in bytes; the pages and the API refuse larger uploads with the same message. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most data rows one file may hold: a province's tree fits, a whole country is split by province. */
    public static final int MAX_ROWS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(TreeImport.class);

    private final BulkEstablishment bulk;
    private final UnitTypeNames typeNames;
    private final UnitAccess access;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SheetReader reader;

    TreeImport(BulkEstablishment bulk, UnitTypeNames typeNames, UnitAccess access, MessageSource messages,
            JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.bulk = bulk;
        this.typeNames = typeNames;
        this.access = access;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reader = new SheetReader(knownHeaders(messages), knownSheetNames(messages), MAX_ROWS);
    }

    /** What an import ended with. */
    public sealed interface Outcome permits Imported, Refused {
    }

    /** Every row was established. */
    public record Imported(int created, Map<UnitType, Integer> createdByType) implements Outcome {
    }

    /** Nothing was written; {@code summary} says why, {@code errors} say where (row and column empty for the whole file). */
    public record Refused(String summary, List<RowError> errors) implements Outcome {
    }

    /** One problem: the row number as Excel shows it, the column's header, the message; row and column are null for the whole file. */
    public record RowError(Integer row, String column, String message) {
    }

    public Outcome importWorkbook(InputStream file, Locale locale) {
        return importWorkbook(file, locale, WorkProgress.Tracker.NONE);
    }

    /** As {@link #importWorkbook(InputStream, Locale)}, telling {@code progress} which step it is at. */
    public Outcome importWorkbook(InputStream file, Locale locale, WorkProgress.Tracker progress) {
        try {
            byte[] bytes = file.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return refusedFile(locale, "workbook.file.too-large", String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            progress.at("progress.units.reading", 0, 0);
            List<SheetReader.Row> rows = reader.read(bytes);
            return importRows(rows, locale, progress);
        } catch (IOException e) {
            log.warn("Upload could not be read", e);
            return refusedFile(locale, "workbook.file.broken");
        } catch (WorkbookProblem problem) {
            log.info("Workbook refused: {}", problem.messageKey(), problem.getCause());
            return refusedFile(locale, problem.messageKey(), translatedArguments(problem.arguments(), locale));
        } catch (DataIntegrityViolationException e) {
            // Another import or user took one of the codes between our check and our insert.
            log.info("Import collided with a concurrent change", e);
            return refusedFile(locale, "workbook.file.conflict");
        }
    }

    private String refusedSummary(int errors, Locale locale) {
        return messages.getMessage("workbook.refused.summary", new Object[] {errors}, locale);
    }

    /** The message for a file refused before it was read, such as a form sent without one. */
    public Refused refusedFile(Locale locale, String messageKey, Object... arguments) {
        String message = messages.getMessage(messageKey, arguments, locale);
        return new Refused(message, List.of(new RowError(null, null, message)));
    }

    private Outcome importRows(List<SheetReader.Row> rows, Locale locale, WorkProgress.Tracker progress) {
        long started = System.nanoTime();
        progress.at("progress.units.checking", rows.size(), 0);
        var read = new ImportPlan.Rows(rows, typeNames::parse, typeNames.allowed(locale));
        Outcome outcome = transaction.execute(status -> {
            ImportPlan plan = read.plan(existing(read.codes()), access.canWriteEverywhere());
            List<Problem> problems = new ArrayList<>(plan.problems());
            if (problems.isEmpty()) {
                progress.at("progress.units.saving", plan.units().units().size(), 0);
                try {
                    bulk.establish(plan.units());
                    return imported(plan);
                } catch (UnitsRefused refused) {
                    problems.addAll(toProblems(plan, refused.refusals()));
                }
            } else {
                problems.addAll(toProblems(plan, bulk.refusals(plan.units())));
            }
            status.setRollbackOnly();
            return refused(problems, locale);
        });
        log.info("Workbook of {} rows {} in {} ms", rows.size(),
                outcome instanceof Imported ? "imported" : "refused", (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    /** The units of the file's codes that the database already holds, and what the user may do with each. */
    private Map<String, Existing> existing(Set<String> codes) {
        Map<String, Existing> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, upper(code) as code from org_unit where upper(code) = any(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    found.put(rs.getString("code"), new Existing(new UnitId(id), access.canRead(id), access.canWrite(id)));
                    return null;
                }).list();
        return found;
    }

    private static List<Problem> toProblems(ImportPlan plan, List<Refusal> refusals) {
        return refusals.stream().map(r -> new Problem(plan.rowOf(r.index()), columnOf(r.violation()),
                r.violation().messageKey(), r.violation().arguments())).toList();
    }

    /** The column a rule's refusal points at, by what the rule is about. */
    static UnitColumn columnOf(RuleViolation violation) {
        String key = violation.messageKey();
        if (key.contains("code")) {
            return UnitColumn.CODE;
        }
        if (key.contains("name")) {
            return UnitColumn.NAME;
        }
        if (key.endsWith("type-required")) {
            return UnitColumn.TYPE;
        }
        if (key.endsWith("date-required") || key.endsWith("before-establishment")) {
            return UnitColumn.ESTABLISHED;
        }
        return UnitColumn.SUPERIOR;
    }

    private Imported imported(ImportPlan plan) {
        Map<UnitType, Integer> byType = new EnumMap<>(UnitType.class);
        for (ListedUnit unit : plan.units().units()) {
            byType.merge(unit.unit().type(), 1, Integer::sum);
        }
        return new Imported(plan.units().units().size(), byType);
    }

    private Refused refused(List<Problem> problems, Locale locale) {
        Set<String> seen = new HashSet<>();
        List<RowError> errors = problems.stream()
                .sorted(Comparator.comparingInt(Problem::row).thenComparing(Problem::column))
                // one message per row and column: a rule's refusal never repeats what reading the row found
                .filter(p -> seen.add(p.row() + ":" + p.column()))
                .map(p -> new RowError(p.row(), header(p.column(), locale),
                        messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        return new Refused(refusedSummary(errors.size(), locale), errors);
    }

    private String header(UnitColumn column, Locale locale) {
        return messages.getMessage(column.headerKey(), null, locale);
    }

    private Object[] translatedArguments(Object[] arguments, Locale locale) {
        Object[] translated = arguments.clone();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof List<?> list) {
                translated[i] = list.stream()
                        .map(c -> c instanceof UnitColumn column ? "„" + header(column, locale) + "“" : String.valueOf(c))
                        .collect(Collectors.joining(", "));
            }
        }
        return translated;
    }

    private static Map<String, UnitColumn> knownHeaders(MessageSource messages) {
        Map<String, UnitColumn> headers = new HashMap<>();
        for (UnitColumn column : UnitColumn.IMPORTED) {
            for (Locale locale : UnitTypeNames.WORKBOOK_LOCALES) {
                headers.putIfAbsent(SheetReader.headerKey(messages.getMessage(column.headerKey(), null, locale)), column);
            }
        }
        return headers;
    }

    private static Set<String> knownSheetNames(MessageSource messages) {
        Set<String> names = new HashSet<>();
        for (Locale locale : UnitTypeNames.WORKBOOK_LOCALES) {
            names.add(SheetReader.headerKey(messages.getMessage("workbook.sheet.units", null, locale)));
        }
        return names;
    }
}
