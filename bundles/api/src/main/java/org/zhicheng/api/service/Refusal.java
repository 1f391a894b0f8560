package org.zhicheng.api.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of refusals: every code core (and the REST edge) refuses with, its HTTP status, and its Chinese and
 * English text. The texts are in {@code refusals.properties} (Chinese, the default) and {@code refusals_en.properties}
 * beside this class, keyed by the code, or by {@code CODE.variant} where one code is worded for several situations;
 * they are {@link MessageFormat} patterns whose arguments the caller gives as words (every argument is formatted as its
 * {@code String.valueOf}, so a year is never written 2,023). The Chinese text never names an enum constant.
 * <p>
 * The constant's name is its code, stable for clients: never rename one. {@link #SERIES_VETO} is the one entry whose
 * code comes from elsewhere: a series plugin's veto names its own.
 * <p>
 * Statuses: 400 the request itself is wrong, 403 the act or the file is not the caller's, 404 what the request names
 * does not exist, 409 the request conflicts with the current state (of the file, the year, the series, the calendar),
 * 422 a well-formed request that the rules refuse, 429 too many failed logins.
 *
 * @since 2.2
 */
public enum Refusal {
    // 400: the request itself is wrong
    INVALID_INPUT(400),
    // 403: not the caller's
    FORBIDDEN(403),
    NOT_ASSIGNED(403),
    // 404: what the request names does not exist
    UNKNOWN_ACCOUNT(404),
    UNKNOWN_APPLICANT(404),
    UNKNOWN_APPLICATION(404),
    UNKNOWN_ATTACHMENT(404),
    UNKNOWN_CAMPAIGN(404),
    UNKNOWN_CAREER_RECORD(404),
    UNKNOWN_CERTIFICATE(404),
    UNKNOWN_COMMITTEE(404),
    UNKNOWN_DEFENSE_APPOINTMENT(404),
    UNKNOWN_ENTRUSTMENT_LETTER(404),
    UNKNOWN_EXPERT(404),
    UNKNOWN_FEE_PAYMENT(404),
    UNKNOWN_HOLIDAY_SCHEDULE(404),
    UNKNOWN_ITEM(404),
    UNKNOWN_NOTIFICATION(404),
    UNKNOWN_PUBLICITY(404),
    UNKNOWN_SECTION(404),
    UNKNOWN_SERIES(404),
    UNKNOWN_SPECIALTY(404),
    UNKNOWN_UNIT(404),
    // 409: the file, the applicant's year, the series or the calendar is not where the request needs it
    STALE_VERSION(409),
    DUPLICATE_ID_NUMBER(409),
    NOT_SUBMITTABLE(409),
    NOT_RETURNABLE(409),
    NOT_SCORABLE(409),
    ALREADY_SCORED(409),
    ONE_CHANNEL_PER_YEAR(409),
    SUBMISSION_LIMIT(409),
    SERIES_SUSPENDED(409),
    OUTSIDE_APPLICATION_WINDOW(409),
    RESUBMISSION_LATE(409),
    OUTSIDE_REVIEW_WINDOW(409),
    NO_OPEN_OBJECTION(409),
    PUBLICITY_NOT_OVER(409),
    OBJECTION_OPEN(409),
    FEE_LATE(409),
    ALREADY_CERTIFIED(409),
    ALREADY_REVOKED(409),
    CERTIFICATES_NOT_YET(409),
    FILING_LATE(409),
    FILING_TOO_EARLY(409),
    BANNED_FOR_FALSIFICATION(409),
    USERNAME_TAKEN(409),
    APPLICANT_HAS_ACCOUNT(409),
    NOT_AWAITING_EMPLOYER_REVIEW(409),
    OBJECTION_OUTSIDE_PUBLICITY(409),
    NO_PUBLICITY_TO_RESOLVE(409),
    NOT_IN_PUBLICITY(409),
    NOT_RECOMMENDED(409),
    FEE_BEFORE_MATERIAL_RECEIVED(409),
    FILE_FINAL(409),
    FEE_NOT_PAID(409),
    NOT_UNDER_EVALUATION(409),
    NOT_PASSED(409),
    NOT_SCORED(409),
    DEFENSE_MISSING(409),
    NO_CANDIDATES(409),
    NO_QUALIFICATION_DOCUMENT(409),
    PLACE_TAKEN(409),
    DEFENSE_DONE(409),
    DEFENSE_EXEMPT(409),
    ALREADY_EXEMPT(409),
    NOT_EDITABLE(409),
    ENTRUSTMENT_LETTER_MISSING(409),
    INCOMPLETE_FILE(409),
    AMBIGUOUS_CONFIGURATION(409),
    SUBMISSION_SUSPENDED(409),
    DUPLICATE_CREDIT_CODE(409),
    UNIT_NOT_PROPOSED(409),
    UNIT_NOT_CONFIRMED(409),
    NOT_WITHDRAWABLE(409),
    NOT_IN_WORKFLOW(409),
    // 422: well-formed, but the rules refuse it; retrying it unchanged will not help
    ATTACHMENT_ALTERED(422),
    ATTACHMENT_TOO_LARGE(422),
    BRIDGE_NOT_OPEN(422),
    CAREER_RECORD_MISSING(422),
    CHANNEL_C_CLOSED(422),
    CHANNEL_C_PRIVATE_ONLY(422),
    CONFLICT_DECLARED_RELATION(422),
    CONFLICT_SAME_EMPLOYER(422),
    DEFENSE_IN_PAST(422),
    EMPTY_ATTACHMENT(422),
    EXAM_ONLY_LEVEL(422),
    EXPERT_NOT_IN_SERIES(422),
    GRADE_NOT_EVALUATED(422),
    INVALID_PASS_RATE(422),
    ITEM_COMPUTED(422),
    ITEM_NOT_SCORED(422),
    ITEM_OUT_OF_RANGE(422),
    LEVEL_NOT_EVALUATED(422),
    MEETING_OUTSIDE_WINDOW(422),
    NO_CAMPAIGN(422),
    NO_DEFENSE(422),
    NO_ENTRUSTMENT_NEEDED(422),
    NO_SCORING_STANDARD(422),
    PASS_RATE_NOT_APPLICABLE(422),
    PLATFORM_RECORD_REQUIRED(422),
    SELF_EVALUATING_UNIVERSITY(422),
    SENIORITY_TOO_SHORT(422),
    VOTE_MISSING(422), // no longer raised: the tick vote it guarded is gone (issue 14); the catalogue only grows
    WRONG_FEE(422),
    WRONG_FILE_TYPE(422),
    // the committee meeting (issue 14): membership, quorum, recusal, secret ballot, minutes
    MEMBERS_EVEN(422),
    COMMITTEE_TOO_SMALL(422),
    MEMBER_TITLE_TOO_LOW(422),
    TERM_TOO_LONG(422),
    NO_CHAIR(422),
    MEMBER_NOT_IN_POOL(422),
    DUPLICATE_MEMBER(422),
    MEETING_IN_PROGRESS(409),
    UNKNOWN_MEETING(404),
    MEETING_STATUS(409),
    NO_QUORUM(422),
    NOT_A_MEMBER(403),
    NOT_PRESENT(422),
    NOT_A_CANDIDATE(422),
    RECUSED(422),
    ALREADY_VOTED(409),
    NOT_PRESIDING(403),
    TIE_UNRESOLVED(422),
    NO_TIE(422),
    // security hardening (issue 15): objections come from colleagues; new passwords; too many failed logins
    OBJECTION_BY_APPLICANT(403),
    OBJECTION_BY_APPROVER(403),
    WEAK_PASSWORD(400),
    /** Too many failed logins: REST answers 429 Too Many Requests with {@code Retry-After}. */
    LOGIN_LOCKED(429),
    // documents (issue 18): an annex the file has not come far enough for
    DOCUMENT_NOT_READY(409),
    /** A series plugin's veto: thrown with the plugin's own code, see {@link #refuseAs}. */
    SERIES_VETO(422),
    // spreadsheet imports (issue 18): the file has errors, listed per row and column in the problem's {@code errors}
    SHEET_INVALID(422),
    // backups (issue 17): the target under the configured root, new or empty; Derby only (PostgreSQL: pg_dump)
    BACKUP_OUTSIDE_ROOT(400),
    BACKUP_TARGET_NOT_EMPTY(409),
    BACKUP_NOT_DERBY(409),
    BACKUP_FAILED(409),
    // bulk office acts (issue 16): the list itself; a refused file keeps its own code, worded by BULK_FILE_REFUSED
    BULK_EMPTY(400),
    BULK_TOO_MANY(400),
    BULK_DUPLICATE(400),
    /** Only the wording of a refused list item ({@link #inList}); the refusal keeps the item's own code and status. */
    BULK_FILE_REFUSED(409);

    /** The status of a code the catalogue does not list (a plugin's veto): a refusal by the rules. */
    public static final int DEFAULT_STATUS = 422;

    private static final String BASE = "refusals";
    /** Uyghur (issue 19): the language of the texts in refusals_ug.properties. */
    private static final Locale UYGHUR = new Locale("ug");
    private static final Map<String, Refusal> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Refusal::code, Function.identity()));

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    /**
     * One file of a list refused (bulk office acts, issue 16): the file's own refusal (its code, status and field under
     * {@code files[i]}) with a message naming the file and its place in the list, worded by {@link #BULK_FILE_REFUSED}.
     *
     * @param position the file's place in the list, from 1
     * @since 2.4
     */
    public static ZhichengException inList(ZhichengException refused, int position, long applicationId) {
        Text text = BULK_FILE_REFUSED.variant(null);
        String field = "files[" + (position - 1) + "]" + refused.field().map(f -> "." + f).orElse("");
        return new ZhichengException(refused.code(), refused.status(),
                text.chinese(position, applicationId, refused.chineseMessage()),
                text.english(position, applicationId, refused.getMessage()), field,
                text.uyghur(position, applicationId, refused.message(UYGHUR)));
    }

    /** The stable machine code, as clients see it ({@link ZhichengException#code()}, the problem's {@code code}). */
    public String code() {
        return name();
    }

    /** The HTTP status the REST API answers this refusal with. */
    public int status() {
        return status;
    }

    /** The refusal with the main text, {@code args} filling its placeholders in both languages. */
    public ZhichengException refuse(Object... args) {
        return variant(null).refuse(args);
    }

    /** The refusal with the main text, naming the wrong input (see {@link ZhichengException#field()}). */
    public ZhichengException refuseOn(String field, Object... args) {
        return variant(null).refuseOn(field, args);
    }

    /** One of the texts {@code CODE.name} of this code. */
    public Text variant(String name) {
        return new Text(this, name == null ? code() : code() + "." + name);
    }

    /**
     * The refusal under a code that the catalogue does not list, for {@link #SERIES_VETO}: a series plugin names its
     * veto's code.
     */
    public ZhichengException refuseAs(String code, Object... args) {
        if (this != SERIES_VETO) {
            throw new IllegalStateException(code() + " has its own code");
        }
        Text text = variant(null);
        return new ZhichengException(code, status, text.chinese(args), text.english(args), null);
    }

    /** The entry of a code, empty for a code the catalogue does not list (a plugin's veto). */
    public static Optional<Refusal> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The status of any code: the catalogue's, or {@link #DEFAULT_STATUS}. */
    public static int statusOf(String code) {
        return of(code).map(Refusal::status).orElse(DEFAULT_STATUS);
    }

    /** This code's text keys ({@code CODE} and {@code CODE.variant}), sorted; for the docs table and tests. */
    public List<String> keys() {
        return Texts.CHINESE.keySet().stream().filter(key -> key.equals(code()) || key.startsWith(code() + "."))
                .toList();
    }

    /**
     * A text of the catalogue (a key as {@link #keys()} lists it): the pattern as written, in Chinese or English, or in
     * Uyghur where refusals_ug.properties has it (else the Chinese one).
     */
    public static Optional<String> pattern(String key, Locale locale) {
        return Optional.ofNullable(Texts.of(locale).get(key));
    }

    /** One worded situation of a code: its key and the factories that fill its placeholders. */
    public static final class Text {
        private final Refusal refusal;
        private final String key;

        private Text(Refusal refusal, String key) {
            this.refusal = refusal;
            this.key = key;
        }

        public String key() {
            return key;
        }

        public ZhichengException refuse(Object... args) {
            return refuseOn(null, args);
        }

        public ZhichengException refuseOn(String field, Object... args) {
            return new ZhichengException(refusal.code(), refusal.status(), chinese(args), english(args), field,
                    uyghur(args));
        }

        /**
         * The Uyghur text (refusals_ug.properties, issue 19), the Chinese one where the catalogue has none in Uyghur.
         *
         * @since 2.3
         */
        public String uyghur(Object... args) {
            return format(Texts.UYGHUR, UYGHUR, args);
        }

        public String chinese(Object... args) {
            return format(Texts.CHINESE, Locale.SIMPLIFIED_CHINESE, args);
        }

        public String english(Object... args) {
            return format(Texts.ENGLISH, Locale.ENGLISH, args);
        }

        private String format(Map<String, String> texts, Locale locale, Object... args) {
            String pattern = texts.get(key);
            if (pattern == null) {
                // a missing text is a programming error that the catalogue's tests catch; never a silent blank
                throw new IllegalStateException("no " + locale + " text for refusal " + key);
            }
            Object[] words = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Enum<?> constant) {
                    // its toString() is its code (SUBMITTED): a text names it in words (已提交)
                    throw new IllegalArgumentException("refusal " + key + " given the constant " + constant.name()
                            + ": pass its words");
                }
                words[i] = String.valueOf(args[i]);
            }
            return new MessageFormat(pattern, locale).format(words);
        }
    }

    /** The two property files, read once as UTF-8 (not through ResourceBundle: no fallback to the JVM's locale). */
    private static final class Texts {
        static final Map<String, String> CHINESE = load(BASE + ".properties");
        static final Map<String, String> ENGLISH = load(BASE + "_en.properties");
        /** The Uyghur texts over the Chinese ones: a code without a Uyghur text shows in Chinese, never in English. */
        static final Map<String, String> UYGHUR = overlay(CHINESE, load(BASE + "_ug.properties"));

        static Map<String, String> of(Locale locale) {
            if ("ug".equals(locale.getLanguage())) {
                return UYGHUR;
            }
            return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
        }

        private static Map<String, String> overlay(Map<String, String> base, Map<String, String> over) {
            Map<String, String> texts = new TreeMap<>(base);
            texts.putAll(over);
            return Collections.unmodifiableMap(texts);
        }

        private static Map<String, String> load(String name) {
            Properties properties = new Properties();
            try (InputStream in = Refusal.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name + " beside " + Refusal.class.getName());
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return Collections.unmodifiableMap(texts);
        }
    }
}
