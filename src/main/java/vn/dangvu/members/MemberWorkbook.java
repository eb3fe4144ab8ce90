package vn.dangvu.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.PersonalDataExported;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.WorkProgress;

/**
 * Member records in Excel: the template to fill in, the import of a filled-in file and the export of a
 * list. An import opens records under exactly the rules of {@link MemberRegistry#openRecord} (the
 * profile, the identity number, the opened history, a writable branch) and is all or nothing: every
 * row is checked, each refused cell gets its message, and nothing is committed unless every row
 * passes. For speed the rows that pass are sent with COPY while the rest of the file is still being
 * checked, in one transaction that is rolled back as soon as any row is refused, so no one ever sees
 * a part of a file. Exports are personal data leaving Dangvu and are announced with
 * {@link PersonalDataExported} for the audit log.
 */
@Service
public class MemberWorkbook {

    /** The name of the members' sheet, in the template, in imports and in exports. */
    public static final String SHEET = "Đảng viên";
    /** At most this many people in one file: a province's branches send their files separately. */
    public static final int MAX_ROWS = 200_000;
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** How many refused cells a result lists; the count covers them all. */
    public static final int MAX_LISTED_ERRORS = 1_000;

    private static final int MAX_KEPT_ERRORS = 10_000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final UnitId UNRESOLVED = new UnitId(-1);
    private static final Pattern IDENTITY_SEPARATORS = Pattern.compile("[\\s.-]");
    private static final WorkbookColumn[] COLUMNS = WorkbookColumn.values();

    /** A refused cell: Excel's row number, the column's heading and cell (such as "H5"), and why. */
    /** How often the checks tell the waiting page how far they are: a few times a second at any speed. */
    private static final int PROGRESS_EVERY = 500;

    public record ImportError(Integer row, String column, String cell, String message) {

        /** An error about the whole file, such as a damaged one. */
        static ImportError ofFile(String message) {
            return new ImportError(null, null, null, message);
        }
    }

    /**
     * What an import did: how many records it opened, or (and then none) the refused cells, the
     * first {@link #MAX_LISTED_ERRORS} of them listed in row order, {@code errorCount} in all.
     */
    public record ImportResult(int imported, List<ImportError> errors, int errorCount) {

        public boolean succeeded() {
            return errorCount == 0;
        }
    }

    private final MemberCopy copy;
    private final MemberDirectory directory;
    private final OrganizationTree tree;
    private final MembershipPolicy policy;
    private final WorkingDays workingDays;
    private final UnitAccess access;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** Reads while the import's own connection is busy with COPY: committed data only, on another connection. */
    private final TransactionTemplate separately;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberWorkbook(MemberCopy copy, MemberDirectory directory, OrganizationTree tree,
            MembershipPolicy policy, WorkingDays workingDays, UnitAccess access, MessageSource messages, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
        this.copy = copy;
        this.directory = directory;
        this.tree = tree;
        this.policy = policy;
        this.workingDays = workingDays;
        this.access = access;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
        this.events = events;
        this.clock = clock;
    }

    // --- template -------------------------------------------------------------------------------

    /** The template: the members' sheet with two example rows, and a guide in the user's language. */
    public void writeTemplate(OutputStream out, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = membersSheet(workbook, styles);
            for (WorkbookColumn column : COLUMNS) {
                sheet.setDefaultColumnStyle(column.ordinal(), styles.forKind(column.kind()));
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            DataValidation sex = validations.createValidation(validations.createExplicitListConstraint(
                    new String[] {"Nam", "Nữ"}), new CellRangeAddressList(1, MAX_ROWS, WorkbookColumn.SEX.ordinal(),
                    WorkbookColumn.SEX.ordinal()));
            sex.setShowErrorBox(true);
            sex.createErrorBox(WorkbookColumn.SEX.heading(), message("workbook.template.sex-choice", VIETNAMESE));
            sheet.addValidationData(sex);
            writeRow(sheet.createRow(1), styles, new Object[] {"Nguyễn Văn An", "Nam", LocalDate.of(1985, 3, 12),
                    "Kinh", "Không", "Xã Tân Phú Thạnh, TP Cần Thơ", "Phường Ninh Kiều, TP Cần Thơ", "092085001234",
                    "12/12", "Trung cấp", "Công chức", "UBND phường Ninh Kiều", "92.001234", "0912345678",
                    "an.nv@example.vn", "CB-VIDU", LocalDate.of(2015, 6, 1), LocalDate.of(2010, 5, 19),
                    LocalDate.of(2010, 6, 2), LocalDate.of(2011, 6, 2)});
            writeRow(sheet.createRow(2), styles, new Object[] {"Trần Thị Bình", "Nữ", LocalDate.of(1996, 9, 2),
                    "Kinh", "Phật giáo", "Xã Long Hưng, tỉnh Vĩnh Long", "Phường Cái Khế, TP Cần Thơ", "086196004321",
                    "12/12", "Sơ cấp", "Giáo viên", "Trường THCS Cái Khế", null, "0987654321", null, "CB-VIDU",
                    LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 20), null});
            writeGuide(workbook.createSheet(message("workbook.guide.sheet", locale)), styles, locale);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private Sheet membersSheet(Workbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet(SHEET);
        Row heading = sheet.createRow(0);
        for (WorkbookColumn column : COLUMNS) {
            Cell cell = heading.createCell(column.ordinal());
            cell.setCellValue(column.heading());
            cell.setCellStyle(column.required() ? styles.requiredHeading : styles.heading);
            sheet.setColumnWidth(column.ordinal(), switch (column.kind()) {
                case DATE -> 14 * 256;
                case SEX -> 10 * 256;
                case CODE -> 16 * 256;
                case TEXT -> 24 * 256;
            });
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void writeGuide(Sheet guide, Styles styles, Locale locale) {
        guide.setColumnWidth(0, 24 * 256);
        guide.setColumnWidth(1, 14 * 256);
        guide.setColumnWidth(2, 90 * 256);
        int r = 0;
        Cell title = guide.createRow(r++).createCell(0);
        title.setCellValue(message("workbook.guide.title", locale));
        title.setCellStyle(styles.heading);
        for (int i = 1; i <= 5; i++) {
            guide.createRow(r++).createCell(0).setCellValue(message("workbook.guide.line" + i, locale,
                    MAX_ROWS, MAX_BYTES / (1024 * 1024)));
        }
        r++;
        Row head = guide.createRow(r++);
        String[] headings = {message("workbook.guide.column", locale), message("workbook.guide.required", locale),
                message("workbook.guide.meaning", locale)};
        for (int i = 0; i < headings.length; i++) {
            head.createCell(i).setCellValue(headings[i]);
            head.getCell(i).setCellStyle(styles.heading);
        }
        for (WorkbookColumn column : COLUMNS) {
            Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(column.heading());
            row.createCell(1).setCellValue(column.required() ? message("workbook.guide.yes", locale) : "");
            row.createCell(2).setCellValue(message(column.messageKey(), locale));
        }
    }

    private static void writeRow(Row row, Styles styles, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(value.toString());
            }
            cell.setCellStyle(styles.forKind(COLUMNS[i].kind()));
        }
    }

    /** The cell styles of a workbook: created once, as Excel allows only some 64,000 per file. */
    private static final class Styles {
        final CellStyle heading;
        final CellStyle requiredHeading;
        final CellStyle text;
        final CellStyle date;
        final CellStyle plain;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            requiredHeading = workbook.createCellStyle();
            requiredHeading.cloneStyleFrom(heading);
            requiredHeading.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            text = workbook.createCellStyle();
            // Text, so Excel keeps the leading zeros of identity numbers, phones and codes.
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            plain = workbook.createCellStyle();
        }

        CellStyle forKind(WorkbookColumn.Kind kind) {
            return switch (kind) {
                case CODE -> text;
                case DATE -> date;
                case TEXT, SEX -> plain;
            };
        }
    }

    // --- import ---------------------------------------------------------------------------------

    /**
     * Opens a record for every row of the file under {@code root}, or for none: the result then lists
     * the refused cells. Throws {@link NotFoundException} or {@link UnitAccess.AccessDeniedException}
     * when the user may not change the unit's records.
     */
    public ImportResult importInto(UnitId root, InputStream in, Locale locale) {
        return importInto(root, in, locale, WorkProgress.Tracker.NONE);
    }

    /** As {@link #importInto(UnitId, InputStream, Locale)}, telling {@code progress} how far it has got. */
    public ImportResult importInto(UnitId root, InputStream in, Locale locale, WorkProgress.Tracker progress) {
        access.checkWrite(root.value());
        LocalDate today = LocalDate.now(clock);
        UnitView rootView = tree.find(root, today).orElseThrow(() -> new NotFoundException("unit", root));
        Path file;
        try {
            file = Files.createTempFile("dangvu-import-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long size = copyAtMost(in, file, MAX_BYTES);
            if (size > MAX_BYTES) {
                return rejected(locale, "workbook.error.too-large", MAX_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                return rejected(locale, "workbook.error.empty-file");
            }
            Check check = new Check(root, rootView, today, locale, progress);
            try {
                return transactions.execute(status -> {
                    try (MemberCopy.Writer writer = copy.writer()) {
                        check.writer = writer;
                        ImportResult refused = check.readAll(file);
                        if (refused != null || check.errorCount > 0) {
                            status.setRollbackOnly();
                            return refused != null ? refused : check.result();
                        }
                        progress.at("progress.members.saving", check.accepted.size(), 0);
                        writer.finish();
                        // One event for the whole file, in its transaction: the audit log's one entry for the import.
                        events.publishEvent(new MembersImported(check.accepted));
                        return new ImportResult(check.accepted.size(), List.of(), 0);
                    }
                });
            } catch (RuleViolation raced) {
                return rejected(locale, raced.messageKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the others when the machine restarts.
            }
        }
    }

    private ImportResult rejected(Locale locale, String key, Object... args) {
        return new ImportResult(0, List.of(ImportError.ofFile(message(key, locale, args))), 1);
    }

    /** Copies at most {@code limit + 1} bytes, so a larger upload is known to be too large without reading it all. */
    private static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    /** A unit named by a code in the file, and why it may not take the row's member, if it may not. */
    private record Branch(UnitId id, UnitView view, String refusalKey, Object[] refusalArgs) {
    }

    /**
     * The check of every row of one file. While no row has been refused, each accepted record goes to
     * the writer at once; the transaction decides at the end whether any of it stays.
     */
    private final class Check {

        private final UnitId root;
        private final UnitView rootView;
        private final LocalDate today;
        private final Locale locale;
        private final MembershipContext context;
        private final Map<String, Branch> branchesByCode = new HashMap<>();
        private final Map<UnitId, Branch> branchesById = new HashMap<>();
        private final Map<String, Integer> identityRows = new HashMap<>();
        private final Set<Long> refusedCells = new HashSet<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final List<MembersImported.Opened> accepted = new ArrayList<>();
        private final WorkProgress.Tracker progress;
        private MemberCopy.Writer writer;
        /** The data rows the sheet declares, 0 when it declares none; set by the parser's thread. */
        private volatile int declaredRows;
        private boolean headingSeen;
        private boolean headingRight;
        private int dataRows;
        private int errorCount;

        Check(UnitId root, UnitView rootView, LocalDate today, Locale locale, WorkProgress.Tracker progress) {
            this.progress = progress;
            this.root = root;
            this.rootView = rootView;
            this.today = today;
            this.locale = locale;
            // As MemberRegistry's context: a branch (chi bộ) that exists on the day. The units' types and
            // lifespans come from the few codes the file names, once each, not once per row.
            this.context = new MembershipContext() {
                @Override
                public boolean isBranchOn(UnitId unit, LocalDate on) {
                    if (UNRESOLVED.equals(unit)) {
                        return true;
                    }
                    Branch branch = branchesById.get(unit);
                    return branch != null && branch.view().type().isBranch() && asOf(branch.view(), on).existsOnDate();
                }

                @Override
                public Optional<MemberStatus> statusOf(MemberId member, LocalDate on) {
                    return Optional.empty();
                }

                @Override
                public LocalDate today() {
                    return today;
                }
            };
        }

        /** Reads and checks the whole file; a file refused whole answers its result. */
        ImportResult readAll(Path file) {
            try {
                // The heading row counts as one: MAX_ROWS people and their headings.
                WorkbookSheet.read(file, SHEET, COLUMNS.length, MAX_ROWS + 1, new WorkbookSheet.RowHandler() {
                    @Override
                    public void row(int number, String[] cells) {
                        Check.this.row(number, cells);
                    }

                    @Override
                    public void declaredLastRow(int number) {
                        declaredRows = Math.max(0, number - 1); // less the heading
                    }
                });
            } catch (WorkbookSheet.Unreadable e) {
                return rejected(locale, "workbook.error.not-xlsx");
            } catch (WorkbookSheet.TooManyRows e) {
                return rejected(locale, "workbook.error.too-many-rows", MAX_ROWS);
            }
            finish();
            return null;
        }

        void row(int number, String[] cells) {
            if (!headingSeen) {
                headingSeen = true;
                headingRight = true;
                for (WorkbookColumn column : COLUMNS) {
                    if (!column.matches(cells[column.ordinal()])) {
                        headingRight = false;
                        refuse(number, column, "workbook.error.heading", column.letter(), column.heading());
                    }
                }
                return;
            }
            dataRows++;
            if (headingRight) {
                checkRow(number, cells);
            }
            if (dataRows % PROGRESS_EVERY == 0) {
                int declared = declaredRows;
                progress.at("progress.members.checking", dataRows, declared > 0 ? Math.max(declared, dataRows) : 0);
            }
        }

        private void checkRow(int row, String[] cells) {
            String name = cells[WorkbookColumn.FULL_NAME.ordinal()];
            Sex sex = sex(row, cells);
            LocalDate birth = date(row, cells, WorkbookColumn.BIRTH_DATE);
            IdentityNumber identity = identity(row, cells);
            String card = cells[WorkbookColumn.PARTY_CARD.ordinal()];
            Profile profile = profile(row, cells, name, sex, birth, identity, card);

            Branch branch = branch(row, cells);
            LocalDate joined = date(row, cells, WorkbookColumn.JOINED_ON);
            LocalDate admitted = date(row, cells, WorkbookColumn.ADMITTED_ON);
            LocalDate ceremony = date(row, cells, WorkbookColumn.CEREMONY_ON);
            LocalDate official = date(row, cells, WorkbookColumn.OFFICIAL_ON);
            if (joined == null && cells[WorkbookColumn.JOINED_ON.ordinal()] == null) {
                refuse(row, WorkbookColumn.JOINED_ON, "workbook.error.required");
            }
            MemberHistory history = null;
            if (birth != null && joined != null) {
                RecordOpened opened = new RecordOpened(joined, branch == null ? UNRESOLVED : branch.id(), admitted,
                        ceremony, official);
                try {
                    history = MemberHistory.empty(birth, policy).append(opened, workingDays, context);
                } catch (RuleViolation v) {
                    refuse(row, historyColumn(v, opened), v);
                }
            }
            // Once a row is refused nothing will be written, so the rows are no longer sent.
            if (errorCount == 0 && profile != null && history != null) {
                accepted.add(writer.add(writer.prepare(profile, history)));
            }
        }

        private Sex sex(int row, String[] cells) {
            String text = cells[WorkbookColumn.SEX.ordinal()];
            if (text == null) {
                return null;
            }
            return switch (Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(VIETNAMESE)) {
                case "nam", "male" -> Sex.MALE;
                case "nữ", "nu", "female" -> Sex.FEMALE;
                default -> {
                    refuse(row, WorkbookColumn.SEX, "workbook.error.sex", text);
                    yield null;
                }
            };
        }

        private LocalDate date(int row, String[] cells, WorkbookColumn column) {
            String text = cells[column.ordinal()];
            if (text == null) {
                return null;
            }
            LocalDate date = parseDate(text.strip());
            if (date == null) {
                refuse(row, column, "workbook.error.date", text);
            }
            return date;
        }

        private IdentityNumber identity(int row, String[] cells) {
            String text = cells[WorkbookColumn.IDENTITY_NUMBER.ordinal()];
            if (text == null) {
                return null;
            }
            String digits = IDENTITY_SEPARATORS.matcher(text).replaceAll("");
            // Excel drops the leading zeros of a number; every province code starts with 0 (Thông tư 07/2016/TT-BCA).
            if (digits.length() >= 9 && digits.length() <= 11 && digits.chars().allMatch(Character::isDigit)) {
                digits = "0".repeat(12 - digits.length()) + digits;
            }
            try {
                IdentityNumber identity = IdentityNumber.parse(digits);
                Integer first = identityRows.putIfAbsent(identity.value(), row);
                if (first != null) {
                    refuse(row, WorkbookColumn.IDENTITY_NUMBER, "workbook.error.identity-repeated", first);
                }
                return identity;
            } catch (RuleViolation v) {
                refuse(row, WorkbookColumn.IDENTITY_NUMBER, v);
                return null;
            }
        }

        /**
         * The profile under {@link Profile}'s own rules. It refuses at the first fault, so a refused
         * name, identity number or card number is set aside and the rest checked again, to report
         * every faulty cell of the row at once.
         */
        private Profile profile(int row, String[] cells, String name, Sex sex, LocalDate birth, IdentityNumber identity,
                String card) {
            boolean faulty = false;
            for (int attempt = 0; attempt < 4; attempt++) {
                try {
                    Profile profile = new Profile(name, sex, birth, cells[WorkbookColumn.ETHNICITY.ordinal()],
                            cells[WorkbookColumn.RELIGION.ordinal()], cells[WorkbookColumn.HOMETOWN.ordinal()],
                            cells[WorkbookColumn.ADDRESS.ordinal()], identity, cells[WorkbookColumn.EDUCATION.ordinal()],
                            cells[WorkbookColumn.THEORY_LEVEL.ordinal()], cells[WorkbookColumn.OCCUPATION.ordinal()],
                            cells[WorkbookColumn.WORKPLACE.ordinal()], card, cells[WorkbookColumn.PHONE.ordinal()],
                            cells[WorkbookColumn.EMAIL.ordinal()]);
                    return faulty ? null : profile;
                } catch (RuleViolation v) {
                    faulty = true;
                    WorkbookColumn column = profileColumn(v);
                    refuse(row, column, v);
                    switch (column) {
                        case FULL_NAME -> name = "?";
                        case IDENTITY_NUMBER -> identity = null;
                        case PARTY_CARD -> card = null;
                        default -> {
                            return null;
                        }
                    }
                }
            }
            return null;
        }

        private Branch branch(int row, String[] cells) {
            String code = cells[WorkbookColumn.BRANCH_CODE.ordinal()];
            if (code == null) {
                refuse(row, WorkbookColumn.BRANCH_CODE, "workbook.error.required");
                return null;
            }
            Branch branch = branchesByCode.computeIfAbsent(code.strip().toUpperCase(Locale.ROOT),
                    c -> separately.execute(status -> resolve(code.strip())));
            if (branch.refusalKey() != null) {
                refuse(row, WorkbookColumn.BRANCH_CODE, branch.refusalKey(), branch.refusalArgs());
                return null;
            }
            return branch;
        }

        /** A unit the user may not read is answered as unknown, so its existence does not leak. */
        private Branch resolve(String code) {
            Optional<UnitId> id = tree.findByCode(code);
            if (id.isEmpty() || !access.canRead(id.get().value())) {
                return new Branch(null, null, "workbook.error.branch-unknown", new Object[] {code});
            }
            UnitView view = tree.find(id.get(), today).orElseThrow();
            if (!access.canWrite(id.get().value())) {
                return new Branch(null, null, "workbook.error.branch-read-only", new Object[] {code});
            }
            // Under the importing unit today, or on its last day for a branch since dissolved.
            LocalDate on = view.existsOnDate() || view.establishedOn().isAfter(today) ? today
                    : view.dissolvedOn().minusDays(1);
            if (!tree.isWithin(id.get(), root, on)) {
                return new Branch(null, null, "workbook.error.branch-outside", new Object[] {code, rootView.name()});
            }
            Branch branch = new Branch(id.get(), view, null, null);
            branchesById.put(branch.id(), branch);
            return branch;
        }

        /** Identity numbers already in the records, asked in one query for the whole file. */
        private void finish() {
            if (!headingSeen || headingRight && dataRows == 0) {
                refuseFile("workbook.error.no-rows");
                return;
            }
            if (identityRows.isEmpty()) {
                return;
            }
            separately.execute(status -> jdbc.sql("select identity_number from member where identity_number = any(?)")
                    .param(identityRows.keySet().toArray(String[]::new)).query(String.class).list())
                    .forEach(taken -> refuse(identityRows.get(taken), WorkbookColumn.IDENTITY_NUMBER,
                            new RuleViolation("members.record", "members.rule.identity-taken")));
        }

        ImportResult result() {
            List<ImportError> listed = errors.stream()
                    .sorted(Comparator.comparing(ImportError::row, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(e -> e.cell() == null ? "" : e.cell(),
                                    Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                    .limit(MAX_LISTED_ERRORS).toList();
            return new ImportResult(0, listed, errorCount);
        }

        private void refuse(int row, WorkbookColumn column, RuleViolation v) {
            add(row, column, messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        }

        private void refuse(int row, WorkbookColumn column, String key, Object... args) {
            add(row, column, message(key, locale, args));
        }

        /** One message per cell: the first fault found in it. */
        private void add(int row, WorkbookColumn column, String message) {
            if (!refusedCells.add((long) row * COLUMNS.length + column.ordinal())) {
                return;
            }
            errorCount++;
            if (errors.size() < MAX_KEPT_ERRORS) {
                errors.add(new ImportError(row, column.heading(), column.letter() + row, message));
            }
        }

        private void refuseFile(String key) {
            errorCount++;
            errors.add(ImportError.ofFile(message(key, locale)));
        }
    }

    /**
     * A date as the reader gives a date cell (2025-09-02) or as people type one: 02/09/2025, 2/9/2025,
     * 02-09-2025 or 02.09.2025, day first as Vietnamese write it; null if it is none.
     */
    static LocalDate parseDate(String text) {
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int part = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (lengths[part] == 4) {
                    return null;
                }
                parts[part] = parts[part] * 10 + (c - '0');
                lengths[part]++;
            } else if ((c == '/' || c == '-' || c == '.') && lengths[part] > 0 && part < 2) {
                part++;
            } else {
                return null;
            }
        }
        if (part != 2 || lengths[2] == 0) {
            return null;
        }
        boolean yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
        boolean dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4;
        if (!yearFirst && !dayFirst) {
            return null;
        }
        try {
            return yearFirst ? LocalDate.of(parts[0], parts[1], parts[2]) : LocalDate.of(parts[2], parts[1], parts[0]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static UnitView asOf(UnitView view, LocalDate on) {
        return new UnitView(view.id(), view.code(), view.type(), view.name(), view.establishedOn(), view.dissolvedOn(),
                view.superior(), view.superiorName(), on);
    }

    /** The cell a refusal of {@link Profile} or {@link IdentityNumber} is about. */
    private static WorkbookColumn profileColumn(RuleViolation v) {
        return switch (v.messageKey()) {
            case "members.rule.sex-required" -> WorkbookColumn.SEX;
            case "members.rule.birth-required" -> WorkbookColumn.BIRTH_DATE;
            case "members.rule.identity-format", "members.rule.identity-mismatch", "members.rule.identity-taken" ->
                    WorkbookColumn.IDENTITY_NUMBER;
            case "members.rule.card-format" -> WorkbookColumn.PARTY_CARD;
            default -> WorkbookColumn.FULL_NAME;
        };
    }

    /** The cell a refusal of the opened history is about, as {@link MemberHistory} checks a {@link RecordOpened}. */
    private static WorkbookColumn historyColumn(RuleViolation v, RecordOpened e) {
        return switch (v.messageKey()) {
            // The day of the record is checked first, the day of recognition last.
            case "members.rule.future" -> Labels.date(e.on()).equals(v.arguments()[0])
                    ? WorkbookColumn.JOINED_ON : WorkbookColumn.OFFICIAL_ON;
            case "members.rule.not-a-branch" -> WorkbookColumn.BRANCH_CODE;
            case "members.rule.record-admission", "members.rule.too-young" -> WorkbookColumn.ADMITTED_ON;
            case "members.rule.record-dates" -> e.ceremonyOn() != null && e.admittedOn() != null
                    && e.ceremonyOn().isBefore(e.admittedOn()) ? WorkbookColumn.CEREMONY_ON : WorkbookColumn.OFFICIAL_ON;
            default -> WorkbookColumn.JOINED_ON;
        };
    }

    // --- export ---------------------------------------------------------------------------------

    /**
     * Writes the list that {@link MemberDirectory#list} gives for the filter, in the template's columns,
     * and announces it with {@link PersonalDataExported}. It takes the right to export personal data
     * (403 for a reader without it); identity numbers are masked unless the user may see them in clear.
     */
    @Transactional(readOnly = true)
    public int export(MemberFilter filter, OutputStream out) throws IOException {
        access.check(Permission.EXPORT_PERSONAL_DATA, filter.unit().value());
        // On a past day the list may hold people who have since left the user's reach: their numbers stay
        // masked unless the user may see numbers everywhere.
        var reveal = access.scope(Permission.REVEAL_SENSITIVE);
        boolean pastDay = filter.on() != null && filter.on().isBefore(reveal.on());
        return export(filter, out, access.can(Permission.REVEAL_SENSITIVE, filter.unit().value())
                && (!pastDay || reveal.everything()));
    }

    @Transactional(readOnly = true)
    int export(MemberFilter filter, OutputStream out, boolean clearIdentity) throws IOException {
        long unit = filter.unit().value();
        SXSSFWorkbook workbook = new SXSSFWorkbook(256);
        int rows;
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = membersSheet(workbook, styles);
            int[] count = {0};
            // as the user may see the list: on a past day it held people since moved out of their reach
            List<UnitId> scope = access.readableRoots().map(roots -> roots.stream().map(UnitId::new).toList())
                    .orElse(null);
            directory.forEachWorkbookRow(filter, scope, r -> {
                if (count[0] >= SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
                    throw new IllegalStateException("More members than an Excel sheet holds");
                }
                String identity = r.identityNumber() == null ? null
                        : clearIdentity ? r.identityNumber() : new IdentityNumber(r.identityNumber()).masked();
                writeRow(sheet.createRow(++count[0]), styles, new Object[] {r.fullName(),
                        r.sex() == Sex.MALE ? "Nam" : "Nữ", r.birthDate(), r.ethnicity(), r.religion(), r.hometown(),
                        r.address(), identity, r.education(), r.theoryLevel(), r.occupation(), r.workplace(),
                        r.partyCardNumber(), r.phone(), r.email(), r.branchCode(), r.joinedOn(), r.admittedOn(),
                        r.ceremonyOn(), r.officialOn()});
            });
            rows = count[0];
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
        events.publishEvent(new PersonalDataExported("member-list", unit, rows));
        return rows;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
