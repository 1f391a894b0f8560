package org.zhicheng.core.internal.file;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** One filled field of a file's section; an emptied field has no row. */
@Entity
@Table(name = "ZC_FILE_VALUE", uniqueConstraints = @UniqueConstraint(name = "ZC_FILE_VALUE_ONCE",
        columnNames = {"APPLICATION_ID", "SECTION_ID", "FIELD_ID"}))
@NamedQuery(name = FileValueEntity.FOR_APPLICATION,
        query = "SELECT v FROM FileValueEntity v WHERE v.applicationId = :applicationId ORDER BY v.id")
// one section's rows, to change them: a save no longer reads (and EclipseLink no longer copies and compares) the others
@NamedQuery(name = FileValueEntity.FOR_SECTION, query = "SELECT v FROM FileValueEntity v"
        + " WHERE v.applicationId = :applicationId AND v.sectionId = :sectionId ORDER BY v.id")
// what reads only need (section, field, value) as columns, not as entities each copied into the transaction
@NamedQuery(name = FileValueEntity.VALUES_OF_APPLICATION, query = "SELECT v.sectionId, v.fieldId, v.value"
        + " FROM FileValueEntity v WHERE v.applicationId = :applicationId ORDER BY v.id")
public class FileValueEntity {
    public static final String FOR_APPLICATION = "FileValue.forApplication";
    public static final String FOR_SECTION = "FileValue.forSection";
    /** Rows of {@code [sectionId, fieldId, value]}. */
    public static final String VALUES_OF_APPLICATION = "FileValue.valuesOfApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "SECTION_ID", nullable = false, length = 40)
    private String sectionId;

    @Column(name = "FIELD_ID", nullable = false, length = 40)
    private String fieldId;

    @Column(name = "FIELD_VALUE", nullable = false, length = 4000)
    private String value;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    protected FileValueEntity() {
        // for JPA
    }

    public FileValueEntity(long applicationId, String sectionId, String fieldId, String value, Instant at, String by) {
        this.applicationId = applicationId;
        this.sectionId = sectionId;
        this.fieldId = fieldId;
        update(value, at, by);
    }

    public final void update(String newValue, Instant at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getSectionId() {
        return sectionId;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getValue() {
        return value;
    }
}
