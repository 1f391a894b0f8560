package org.zhicheng.core.internal.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.file.Commitment;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.career.CareerFields;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.Guarded;

/** The file's sections and the personal commitment, on JPA; each change in the audit log. */
@Component(service = FileContentService.class)
public class FileContentServiceImpl implements FileContentService {

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final FileContents contents;

    @Activate
    public FileContentServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                  @Reference SeriesCatalog catalog, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.contents = new FileContents(catalog);
    }

    @Override
    public List<FileSection> sections(long applicationId, Actor actor) {
        // definitions only, no personal data: an assigned expert needs the labels of what they read blind
        return jpa.txExpr(TransactionType.Required, em -> contents.sections(ExpertAssignmentEntity.blindReadable(em, applicationId, actor).getSeriesCode()));
    }

    @Override
    public Map<String, String> values(long applicationId, String sectionId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW);
            FileSection section = section(file, sectionId);
            return inFieldOrder(section, FileContents.stored(em, applicationId));
        });
    }

    @Override
    public Map<String, Map<String, String>> allValues(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW);
            // one query for every section, where a form of n sections used to make n
            Map<String, Map<String, String>> stored = FileContents.stored(em, applicationId);
            Map<String, Map<String, String>> all = new LinkedHashMap<>();
            for (FileSection section : contents.sections(file.getSeriesCode())) {
                Map<String, String> filled = inFieldOrder(section, stored);
                if (!filled.isEmpty()) {
                    all.put(section.id(), filled);
                }
            }
            return Collections.unmodifiableMap(all);
        });
    }

    /** The section's stored values in the order of its fields; values of fields it no longer declares are left out. */
    private static Map<String, String> inFieldOrder(FileSection section, Map<String, Map<String, String>> stored) {
        Map<String, String> filled = stored.getOrDefault(section.id(), Map.of());
        Map<String, String> ordered = new LinkedHashMap<>();
        section.fields().stream().filter(f -> filled.containsKey(f.id())).forEach(f -> ordered.put(f.id(), filled.get(f.id())));
        return Collections.unmodifiableMap(ordered);
    }

    @Override
    public void save(long applicationId, String sectionId, Map<String, String> values, Actor actor) {
        Access.requireActor(actor);
        if (values == null) {
            throw Refusals.invalidInput("栏目内容不能为空");
        }
        jpa.tx(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.editable(em, applicationId, actor, Act.EDIT, "申报材料");
            FileSection section = section(file, sectionId);
            // the fields the professional record fills take its values, whatever was sent
            Map<String, String> wanted = CareerFields.withRecord(em, file.getApplicant().getId(), section.id(),
                    FieldValues.check(section, values));
            Map<String, FileValueEntity> rows = new LinkedHashMap<>();
            em.createNamedQuery(FileValueEntity.FOR_SECTION, FileValueEntity.class).setParameter("applicationId", applicationId)
                    .setParameter("sectionId", section.id()).getResultList().forEach(v -> rows.put(v.getFieldId(), v));
            Instant now = Instant.now();
            List<String> changed = new ArrayList<>();
            for (FileField field : section.fields()) {
                String value = wanted.get(field.id());
                FileValueEntity row = rows.get(field.id());
                if (value == null && row != null) {
                    em.remove(row);
                } else if (value != null && row == null) {
                    em.persist(new FileValueEntity(applicationId, section.id(), field.id(), value, now, actor.username()));
                } else if (value != null && !value.equals(row.getValue())) {
                    row.update(value, now, actor.username());
                } else {
                    continue;
                }
                changed.add(field.label());
            }
            if (!changed.isEmpty()) {
                // no flush of its own (as FileHistory.record): the audit head's query writes the rows before its lock
                // which fields changed, not their content: the log outlives the file's personal data
                audit.record(em, actor.username(), "FILE_SECTION_SAVED", FileHistory.subject(applicationId),
                        section.title() + "：" + String.join("、", changed));
            }
        });
    }

    @Override
    public List<String> missing(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> contents.missing(em,
                Guarded.application(em, applicationId, actor, Act.VIEW)));
    }

    @Override
    public String commitmentText() {
        return FileContents.COMMITMENT_TEXT;
    }

    @Override
    public Commitment signCommitment(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.editable(em, applicationId, actor, Act.SIGN, "个人承诺书");
            CommitmentEntity commitment = em.find(CommitmentEntity.class, applicationId);
            boolean again = commitment != null;
            if (!again) {
                commitment = new CommitmentEntity(applicationId);
                em.persist(commitment);
            }
            commitment.sign(FileContents.COMMITMENT_TEXT, actor.username(), Instant.now());
            // no flush of its own: the audit head's query flushes these rows before it takes the head lock (issue 16)
            audit.record(em, actor.username(), "COMMITMENT_SIGNED", FileHistory.subject(applicationId),
                    (again ? "重新签署" : "签署") + "个人承诺书（附件3）：" + FileContents.COMMITMENT_TEXT);
            return commitment.toRecord(file.getApplicant().getFullName());
        });
    }

    @Override
    public Optional<Commitment> commitment(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW);
            return Optional.ofNullable(em.find(CommitmentEntity.class, applicationId))
                    .map(signed -> signed.toRecord(file.getApplicant().getFullName()));
        });
    }

    @Override
    public Map<String, Map<String, String>> anonymisedValues(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = ExpertAssignmentEntity.blindReadable(em, applicationId, actor);
            Map<String, Map<String, String>> stored = FileContents.stored(em, applicationId);
            Map<String, Map<String, String>> blind = new LinkedHashMap<>();
            for (FileSection section : contents.sections(file.getSeriesCode())) {
                Map<String, String> filled = stored.getOrDefault(section.id(), Map.of());
                Map<String, String> shown = new LinkedHashMap<>();
                boolean anyShown = false;
                for (FileField field : section.fields()) {
                    if (field.identity()) {
                        continue; // never to experts, nor to anyone through this view
                    }
                    anyShown = true;
                    if (filled.containsKey(field.id())) {
                        shown.put(field.id(), filled.get(field.id()));
                    }
                }
                if (anyShown) {
                    blind.put(section.id(), Collections.unmodifiableMap(shown));
                }
            }
            return Collections.unmodifiableMap(blind);
        });
    }

    private FileSection section(ApplicationEntity file, String sectionId) {
        return contents.sections(file.getSeriesCode()).stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> Refusals.unknownSection(sectionId));
    }

    /** The values a section takes, checked against its fields. */
    static final class FieldValues {

        private FieldValues() {
        }

        /**
         * The non-blank values, trimmed, by field id; refused with the section's title and the field's label when a
         * field is unknown or a value is not what its field takes.
         */
        static Map<String, String> check(FileSection section, Map<String, String> values) {
            Map<String, String> checked = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                FileField field = section.field(entry.getKey()).orElseThrow(() -> Refusals.invalidInput(
                        section.title() + "没有“" + entry.getKey() + "”一项"));
                String value = entry.getValue() == null ? "" : entry.getValue().strip();
                if (!value.isEmpty()) {
                    checked.put(field.id(), checkValue(section, field, value));
                }
            }
            return checked;
        }

        private static String checkValue(FileSection section, FileField field, String value) {
            String where = section.title() + "：" + field.label();
            boolean paragraphs = field.type() == FieldType.LONG_TEXT;
            if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(paragraphs && (c == '\n' || c == '\r' || c == '\t')))) {
                throw wrong(field.id(), where + "含有不可见的控制字符");
            }
            switch (field.type()) {
                case NUMBER -> {
                    if (!isNumber(value)) {
                        throw wrong(field.id(), where + "须为不小于0的数字，不是“" + abbreviated(value) + "”");
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw wrong(field.id(), where + "须为日期，格式如2010-07-01，不是“" + abbreviated(value) + "”");
                    }
                }
                case CHOICE -> {
                    if (!field.choices().contains(value)) {
                        throw wrong(field.id(), where + "须为以下之一：" + String.join("、", field.choices()));
                    }
                }
                case TEXT, LONG_TEXT -> {
                    if (value.length() > field.type().maxLength()) {
                        throw wrong(field.id(), where + "不得超过" + field.type().maxLength() + "字");
                    }
                }
            }
            return value;
        }

        /** A wrong value, naming its field so that a form marks it there. */
        private static org.zhicheng.api.service.ZhichengException wrong(String fieldId, String message) {
            return Refusals.invalidInput(fieldId, message, message);
        }

        private static boolean isNumber(String value) {
            if (value.length() > FieldType.NUMBER.maxLength()) {
                return false;
            }
            try {
                return new BigDecimal(value).signum() >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static String abbreviated(String value) {
            return value.length() <= 20 ? value : value.substring(0, 20) + "…";
        }
    }
}
