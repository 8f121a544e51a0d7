package org.aitco.core.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aitco.core.model.ValidationException;
import org.aitco.core.model.Violation;
import org.aitco.core.money.Currencies;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;

/**
 * Reads the fields of one JSON object strictly, recording every problem with its path and carrying on.
 *
 * <p>A field that cannot be read is remembered as failed and a placeholder is returned (null, NaN or 0).
 * {@link #build(Supplier)} then runs the model's constructor anyway, so that the model's own checks of the
 * other fields are still reported, and drops the model's complaints about the failed fields (already reported,
 * better, by the reader). An object with any failed field is not built: {@code build} returns null and the
 * parent marks its own field as failed.
 */
public final class Fields {
    /** Reads one value of a list or object field; null (after recording why) when it cannot. */
    @FunctionalInterface
    public interface Element<T> {
        T read(JsonNode node, String path, Problems problems);
    }

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> failed = new LinkedHashSet<>();

    private Fields(ObjectNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, which must be an object with no fields outside {@code allowed}; null (after
     * recording why) when it is not an object. Unknown fields are reported but do not stop the object being read.
     */
    public static Fields open(JsonNode node, String path, Problems problems, List<String> allowed) {
        if (!(node instanceof ObjectNode object)) {
            problems.add(path, Json.show(node), "must be an object {...}, not " + Json.kind(node));
            return null;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(Json.field(path, e.getKey()), Json.show(e.getValue()),
                        "is not a known field here; allowed fields are " + String.join(", ", allowed)
                                + suggestion(e.getKey(), allowed));
            }
        }
        return new Fields(object, path, problems);
    }

    private static String suggestion(String given, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(given) || Json.distance(a, given) <= 2) {
                return ". Maybe you meant " + a;
            }
        }
        return "";
    }

    /** The path of this object. */
    public String path() {
        return path;
    }

    /** Whether every field read so far could be read. */
    public boolean ok() {
        return failed.isEmpty();
    }

    /** Marks a field failed whose problem was recorded elsewhere (a nested object that could not be built). */
    public void failed(String name) {
        failed.add(name);
    }

    private String pathOf(String name) {
        return Json.field(path, name);
    }

    private void fail(String name, JsonNode value, String expected) {
        problems.add(pathOf(name), Json.show(value), expected);
        failed.add(name);
    }

    /**
     * The value of a field: null when absent and optional (use the default), or when it failed (absent and
     * required, or null).
     */
    private JsonNode get(String name, boolean required, String what) {
        JsonNode value = node.get(name);
        if (value == null) {
            if (required) {
                problems.add(pathOf(name), "missing", "is required: " + what);
                failed.add(name);
            }
            return null;
        }
        if (value.isNull()) {
            fail(name, value, "must be " + what + ", not null" + (required ? "" : "; leave the field out for the default"));
            return null;
        }
        return value;
    }

    public String string(String name) {
        return string(get(name, true, "a string"), name, null);
    }

    public String string(String name, String defaultValue) {
        return string(get(name, false, "a string"), name, defaultValue);
    }

    private String string(JsonNode value, String name, String defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (!value.isTextual()) {
            fail(name, value, "must be a string, not " + Json.kind(value));
            return null;
        }
        return value.asText();
    }

    public double number(String name) {
        JsonNode value = get(name, true, "a number");
        return value == null ? Double.NaN : number(value, name);
    }

    public double number(String name, double defaultValue) {
        JsonNode value = get(name, false, "a number");
        if (value == null) {
            return failed.contains(name) ? Double.NaN : defaultValue;
        }
        return number(value, name);
    }

    private double number(JsonNode value, String name) {
        Double d = toDouble(value, pathOf(name), problems);
        if (d == null) {
            failed.add(name);
            return Double.NaN;
        }
        return d;
    }

    /** A JSON number as a finite double; null (after recording why) when it is not one. */
    public static Double toDouble(JsonNode value, String path, Problems problems) {
        if (!value.isNumber()) {
            problems.add(path, Json.show(value), "must be a number, not " + Json.kind(value));
            return null;
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            problems.add(path, Json.show(value), "must be a finite number; this one is too large for a double");
            return null;
        }
        return d;
    }

    public int integer(String name) {
        JsonNode value = get(name, true, "a whole number");
        return value == null ? 0 : integer(value, name);
    }

    public int integer(String name, int defaultValue) {
        JsonNode value = get(name, false, "a whole number");
        if (value == null) {
            return failed.contains(name) ? 0 : defaultValue;
        }
        return integer(value, name);
    }

    private int integer(JsonNode value, String name) {
        if (!value.isNumber()) {
            fail(name, value, "must be a whole number, not " + Json.kind(value));
        } else if (!value.isIntegralNumber()) {
            fail(name, value, "must be a whole number, written without a decimal point");
        } else if (!value.canConvertToInt()) {
            fail(name, value, "must be a whole number between %d and %d".formatted(Integer.MIN_VALUE,
                    Integer.MAX_VALUE));
        } else {
            return value.intValue();
        }
        return 0;
    }

    public boolean bool(String name, boolean defaultValue) {
        JsonNode value = get(name, false, "true or false");
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            fail(name, value, "must be true or false, not " + Json.kind(value));
            return defaultValue;
        }
        return value.booleanValue();
    }

    public Price price(String name) {
        return price(get(name, true, "a price such as \"0.21 EUR\""), name);
    }

    /** An optional price: empty when absent (and as a placeholder when it failed). */
    public Optional<Price> optionalPrice(String name) {
        return Optional.ofNullable(price(get(name, false, "a price such as \"0.21 EUR\""), name));
    }

    private Price price(JsonNode value, String name) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            fail(name, value, "must be a string \"<amount> <ISO code>\" such as \"0.21 EUR\", not "
                    + Json.kind(value));
            return null;
        }
        try {
            return Price.parse(value.asText());
        } catch (IllegalArgumentException e) {
            fail(name, value, "must be \"<amount> <ISO code>\" such as \"0.21 EUR\": " + e.getMessage());
            return null;
        }
    }

    public Currency currency(String name) {
        return currency(get(name, true, "an ISO 4217 currency code such as \"EUR\""), name);
    }

    /** An optional currency: {@code defaultValue} when absent (null as a placeholder when it failed). */
    public Currency currency(String name, Currency defaultValue) {
        JsonNode value = get(name, false, "an ISO 4217 currency code such as \"EUR\"");
        return value == null && !failed.contains(name) ? defaultValue : currency(value, name);
    }

    private Currency currency(JsonNode value, String name) {
        if (value == null) {
            return null;
        }
        String expected = "must be a three-letter ISO 4217 currency code such as \"EUR\" or \"USD\"";
        if (!value.isTextual()) {
            fail(name, value, expected + ", not " + Json.kind(value));
            return null;
        }
        try {
            return Currencies.parse(value.asText());
        } catch (IllegalArgumentException e) {
            fail(name, value, expected + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * An exact decimal written as a JSON number; null when absent and optional (and as a placeholder when it
     * failed).
     */
    public BigDecimal decimal(String name, boolean required) {
        JsonNode value = get(name, required, "a number");
        if (value == null) {
            return null;
        }
        BigDecimal d = toDecimal(value, pathOf(name), problems);
        if (d == null) {
            failed.add(name);
        }
        return d;
    }

    /** A JSON number as an exact decimal; null (after recording why) when it is not one. */
    public static BigDecimal toDecimal(JsonNode value, String path, Problems problems) {
        if (!value.isNumber()) {
            problems.add(path, Json.show(value), "must be a number, not " + Json.kind(value));
            return null;
        }
        return value.decimalValue();
    }

    /**
     * An amount of money: a JSON number or a string holding a decimal number ({@code "1500.00"}, which keeps its
     * cents as written), at most {@link Money#MAX_INPUT} either side of zero; null when absent and optional (and as
     * a placeholder when it failed).
     */
    public BigDecimal amount(String name, boolean required) {
        JsonNode value = get(name, required, "an amount such as \"1500.00\"");
        if (value == null) {
            return null;
        }
        BigDecimal amount = null;
        if (value.isNumber()) {
            amount = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                amount = new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (amount == null) {
            fail(name, value, "must be an amount such as \"1500.00\" or 1500.00, not " + Json.kind(value));
        } else if (!Money.isPlausibleInput(amount)) {
            fail(name, value, "must be at most 1e15 either side of zero: larger amounts are no plausible cost, "
                    + "and could not be charged exactly");
            return null;
        }
        return amount;
    }

    /** A month written {@code "2024-09"}; null (after recording why) when it is not one. */
    public YearMonth month(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            fail(name, node.get(name), "must be a month such as \"2024-09\"");
            return null;
        }
    }

    /**
     * One of the words of {@code choices} (a string, matched exactly), mapped to its value; {@code defaultValue}
     * when absent, null when it failed. A null {@code defaultValue} makes the field required.
     */
    public <T> T choice(String name, Map<String, T> choices, T defaultValue) {
        String words = String.join(", ", choices.keySet());
        JsonNode value = get(name, defaultValue == null, "one of " + words);
        if (value == null) {
            return failed.contains(name) ? null : defaultValue;
        }
        T t = choice(value, pathOf(name), problems, choices);
        if (t == null) {
            failed.add(name);
        }
        return t;
    }

    /** The value of {@code choices} named by a JSON string; null (after recording why) when it names none. */
    public static <T> T choice(JsonNode value, String path, Problems problems, Map<String, T> choices) {
        T t = value.isTextual() ? choices.get(value.asText()) : null;
        if (t == null) {
            String hint = "";
            for (String c : choices.keySet()) {
                if (value.isTextual() && c.equalsIgnoreCase(value.asText())) {
                    hint = ". Maybe you meant " + c;
                }
            }
            problems.add(path, Json.show(value), "must be one of " + String.join(", ", choices.keySet()) + hint);
        }
        return t;
    }

    /**
     * Records a problem with a field that was read but breaks a rule of the reader (a sum, a uniqueness), and
     * marks the field failed.
     */
    public void reject(String name, String value, String expected) {
        problems.add(pathOf(name), value, expected);
        failed.add(name);
    }

    /** An optional object whose values are read by {@code element}, in file order; null if any value failed. */
    public <T> Map<String, T> map(String name, Element<T> element) {
        JsonNode value = get(name, false, "an object {...}");
        if (value == null) {
            return failed.contains(name) ? null : Map.of();
        }
        if (!value.isObject()) {
            fail(name, value, "must be an object {...}, not " + Json.kind(value));
            return null;
        }
        Map<String, T> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            T t = element.read(e.getValue(), Json.field(pathOf(name), e.getKey()), problems);
            if (t == null) {
                failed.add(name);
            } else {
                map.put(e.getKey(), t);
            }
        }
        return failed.contains(name) ? null : map;
    }

    /**
     * Exchange rates: an object of {@code "BASE/QUOTE": rate}. Each pair is checked on its own by the money
     * package (so that a problem names its pair), then all together (a pair given both ways).
     */
    public static ExchangeRates exchangeRates(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, Json.show(node), "must be an object such as {\"USD/EUR\": 0.92}, not "
                    + Json.kind(node));
            return null;
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String pairPath = Json.field(path, e.getKey());
            JsonNode value = e.getValue();
            if (!value.isNumber()) {
                problems.add(pairPath, Json.show(value), "must be a number (units of the second currency that one"
                        + " unit of the first buys), not " + Json.kind(value));
                ok = false;
                continue;
            }
            BigDecimal rate = value.decimalValue();
            try {
                new ExchangeRates(Map.of(e.getKey(), rate));
                rates.put(e.getKey(), rate);
            } catch (IllegalArgumentException ex) {
                problems.add(pairPath, Json.show(value), ex.getMessage());
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return new ExchangeRates(rates);
        } catch (IllegalArgumentException ex) {
            problems.add(path, Json.show(node), ex.getMessage());
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        JsonNode value = get(name, true, "one of " + names);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            for (E c : constants) {
                if (c.name().equals(value.asText())) {
                    return c;
                }
            }
        }
        String hint = "";
        for (E c : constants) {
            if (value.isTextual() && c.name().equalsIgnoreCase(value.asText().replace('-', '_'))) {
                hint = ". Maybe you meant " + c.name() + " (names are written in capitals)";
            }
        }
        fail(name, value, "must be one of " + names + hint);
        return null;
    }

    /** A nested object read by {@code element}; null when absent (optional) or failed. */
    public <T> T object(String name, boolean required, Element<T> element) {
        JsonNode value = get(name, required, "an object {...}");
        if (value == null) {
            return null;
        }
        T t = element.read(value, pathOf(name), problems);
        if (t == null) {
            failed.add(name);
        }
        return t;
    }

    /** Whether the object has the field at all (null counts as given). */
    public boolean has(String name) {
        return node.has(name);
    }

    /** A list whose elements are read by {@code element}; null if any element failed; empty when absent and optional. */
    public <T> List<T> list(String name, boolean required, Element<T> element) {
        JsonNode value = get(name, required, "an array [...]");
        if (value == null) {
            return failed.contains(name) ? null : List.of();
        }
        if (!value.isArray()) {
            fail(name, value, "must be an array [...], not " + Json.kind(value));
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean allRead = true;
        for (int i = 0; i < value.size(); i++) {
            T t = element.read(value.get(i), Json.index(pathOf(name), i), problems);
            allRead &= t != null;
            out.add(t);
        }
        if (!allRead) {
            failed.add(name);
            return null;
        }
        return out;
    }

    /** An optional array of distinct strings; empty when absent. */
    public Set<String> stringSet(String name) {
        List<String> list = list(name, false, Fields::text);
        if (list == null) {
            return null;
        }
        Set<String> set = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!set.add(list.get(i))) {
                problems.add(Json.index(pathOf(name), i), Json.quoted(list.get(i)), "is given twice; give it once");
                failed.add(name);
            }
        }
        return failed.contains(name) ? null : set;
    }

    /** An optional object of string values; empty when absent. */
    public Map<String, String> stringMap(String name) {
        JsonNode value = get(name, false, "an object {...} of strings");
        if (value == null) {
            return failed.contains(name) ? null : Map.of();
        }
        if (!value.isObject()) {
            fail(name, value, "must be an object {...} of strings, not " + Json.kind(value));
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String s = text(e.getValue(), Json.field(pathOf(name), e.getKey()), problems);
            if (s == null) {
                failed.add(name);
            } else {
                map.put(e.getKey(), s);
            }
        }
        return failed.contains(name) ? null : map;
    }

    /** A JSON string; null (after recording why) when it is another kind of value. */
    public static String text(JsonNode value, String path, Problems problems) {
        if (!value.isTextual()) {
            problems.add(path, Json.show(value), "must be a string, not " + Json.kind(value));
            return null;
        }
        return value.asText();
    }

    /**
     * Runs a model constructor and returns its value, or null if a field failed or the model rejected the value.
     * The model's violations are reported under this object's path, except those about fields already reported
     * as failed (the constructor saw a placeholder there).
     */
    public <T> T build(Supplier<T> constructor) {
        T value;
        try {
            value = constructor.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                if (!aboutFailedField(v.path())) {
                    problems.add(v.prefixed(path));
                }
            }
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            if (failed.isEmpty()) {
                problems.add(path, "invalid", String.valueOf(e.getMessage()));
            }
            return null;
        }
        return failed.isEmpty() ? value : null;
    }

    private boolean aboutFailedField(String violationPath) {
        for (String f : failed) {
            String p = Json.field("", f);
            if (violationPath.equals(p) || violationPath.startsWith(p + ".") || violationPath.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }
}
