package dev.engagehub.events;

/** What a catalog reward turns into when fulfilled. */
public enum RewardKind {
    /** A Discord role or similar perk, granted at once, possibly for a number of days. */
    DIGITAL_PERK,
    /** One code from an uploaded pool, handed to exactly one member. */
    DISCOUNT_CODE,
    /** Physical goods: needs shipping details and admin fulfilment. */
    MERCH,
    PARTNER_OFFER,
    CUSTOM
}
