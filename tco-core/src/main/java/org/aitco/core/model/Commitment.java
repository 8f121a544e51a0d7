package org.aitco.core.model;

import org.aitco.core.money.Price;

/**
 * A commitment option of a cloud offering (reserved instance, savings plan, committed use): a term, the
 * share paid upfront, and the effective hourly price per instance over the term. The committed instances are
 * paid every hour of the term whether used or not.
 *
 * @param termYears        1 or 3
 * @param upfrontFraction  share of the term's total paid at its start (0 = no upfront, 1 = all upfront)
 * @param effectivePerHour effective price per instance-hour over the term, upfront included
 * @param billing          when the part not paid upfront is paid: at each month's start (in advance) or hourly in
 *                         arrears (no-upfront and partial-upfront reservations billed on the monthly invoice)
 */
public record Commitment(int termYears, double upfrontFraction, Price effectivePerHour, Billing billing) {

    /** When the recurring (not upfront) part of a commitment is paid. */
    public enum Billing {
        /** The month's share at the first instant of each month of the term, in advance (the default). */
        MONTH_START,
        /** Hour by hour, billed in arrears: discounted and accrued like on-demand instance-hours. */
        HOURLY_IN_ARREARS
    }

    /** A commitment whose recurring part is paid at each month's start ({@link Billing#MONTH_START}). */
    public Commitment(int termYears, double upfrontFraction, Price effectivePerHour) {
        this(termYears, upfrontFraction, effectivePerHour, Billing.MONTH_START);
    }

    public Commitment {
        Checks checks = new Checks();
        if (termYears != 1 && termYears != 3) {
            checks.fail("termYears", termYears, "must be 1 or 3");
        }
        checks.fraction("upfrontFraction", upfrontFraction, 0, 1);
        checks.present("effectivePerHour", effectivePerHour);
        checks.atMost("effectivePerHour", effectivePerHour, Plausible.PER_HOUR, " per instance-hour");
        checks.present("billing", billing);
        checks.throwIfAny();
    }
}
