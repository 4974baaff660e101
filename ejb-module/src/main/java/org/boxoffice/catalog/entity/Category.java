package org.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A category of events, such as concerts or trains. Customers browse and filter by it; its slug
 * stands for it in URLs and API filters and therefore never changes, while admins may rename it.
 */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.name")
@NamedQuery(name = Category.BY_SLUG, query = "select c from Category c where c.slug = :slug")
@NamedQuery(
        name = Category.WITH_EVENT_COUNTS,
        query = "select c, (select count(e) from Event e where e.category = c) from Category c"
                + " order by c.name, c.id")
@NamedQuery(name = Category.EVENT_COUNT, query = "select count(e) from Event e where e.category = :category")
public class Category {

    public static final String ALL = "Category.all";
    public static final String BY_SLUG = "Category.bySlug";
    /** Every category with how many events (of any status) use it: rows of {@code [Category, Long]}. */
    public static final String WITH_EVENT_COUNTS = "Category.withEventCounts";
    /** How many events (of any status) use {@code :category}. */
    public static final String EVENT_COUNT = "Category.eventCount";

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_SLUG_LENGTH = 80;

    /** Lower-case ASCII letters and digits, in words joined by single hyphens: {@code jazz-and-blues}. */
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);

    /** Letters that do not decompose into a base letter and marks, written as they are spelt in ASCII. */
    private static final String[][] LETTERS = {
        {"ß", "ss"},
        {"æ", "ae"},
        {"œ", "oe"},
        {"ø", "o"},
        {"ł", "l"},
        {"đ", "d"},
        {"ð", "d"},
        {"þ", "th"},
        {"ı", "i"},
        {"ħ", "h"}
    };

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The category in URLs and API filters: {@code concerts}. */
    @Column(nullable = false, length = MAX_SLUG_LENGTH)
    private String slug;

    protected Category() {}

    /**
     * @throws InvalidCategoryException for a blank or too long name, or a slug that is not 1 to 80
     *     lower-case letters a to z and digits in words joined by single hyphens
     */
    public Category(String name, String slug) {
        this.name = normalizeName(name);
        this.slug = checkSlug(slug);
    }

    /**
     * A new category; without a slug (null or blank), the slug is derived from the name.
     *
     * @throws InvalidCategoryException for an invalid name or slug, or a name that gives no slug
     */
    public static Category of(String name, String slug) {
        String normalized = normalizeName(name);
        return new Category(normalized, slug == null || slug.isBlank() ? slugOf(normalized) : slug);
    }

    /**
     * Gives the category another name. The slug stays: links and API filters keep working.
     *
     * @throws InvalidCategoryException for a blank or too long name
     */
    public void rename(String newName) {
        this.name = normalizeName(newName);
    }

    /**
     * The name as it is stored: without spaces around, with one space between words, in Unicode's
     * composed form, so that "Jazz  " cannot pass for a second "Jazz".
     *
     * @throws InvalidCategoryException for a blank name or one longer than 80 characters
     */
    public static String normalizeName(String name) {
        String normalized = tidy(name);
        if (normalized.isEmpty() || normalized.length() > MAX_NAME_LENGTH) {
            throw new InvalidCategoryException("name");
        }
        return normalized;
    }

    /**
     * Names are unique whatever their case and spacing: "Jazz" and " JAZZ" are one category. Works
     * on any text, also on a name stored before today's rules.
     */
    public static String comparable(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }

    private static String tidy(String name) {
        return name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFC)
                        .replaceAll("(?U)[\\s\\p{Cc}]+", " ")
                        .strip();
    }

    /**
     * The slug made from a name: lower case, accents dropped ("Théâtre" gives "theatre"),
     * apostrophes dropped, every other run of characters that are not ASCII letters or digits a
     * single hyphen, at most 80 characters.
     *
     * @throws InvalidCategoryException for a name without a single ASCII letter or digit to make one of
     */
    public static String slugOf(String name) {
        String text = normalizeName(name).toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            text = text.replace(letter[0], letter[1]);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’ʼ]", "")
                .replaceAll("[^a-z0-9]+", "-");
        text = trimHyphens(text);
        if (text.length() > MAX_SLUG_LENGTH) {
            text = trimHyphens(text.substring(0, MAX_SLUG_LENGTH));
        }
        if (text.isEmpty()) {
            throw new InvalidCategoryException("derived-slug");
        }
        return text;
    }

    /**
     * The slug as given, without spaces around.
     *
     * @throws InvalidCategoryException unless it is 1 to 80 lower-case letters a to z and digits in
     *     words joined by single hyphens
     */
    public static String checkSlug(String slug) {
        String stripped = slug == null ? "" : slug.strip();
        if (stripped.length() > MAX_SLUG_LENGTH || !SLUG.matcher(stripped).matches()) {
            throw new InvalidCategoryException("slug");
        }
        return stripped;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }
}
